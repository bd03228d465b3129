// A conflict: the card changed on the server since the version this edit started from. The server stored nothing
// and answered with the card as it is now; the person then keeps the current text, overwrites it with theirs, or
// merges both. Pure helpers for that choice.

/**
 * A card's text is stored as sanitised HTML, where "Caf & CCAS" became "Caf &amp; CCAS". The edit box shows what
 * the person typed: entities for characters that are harmless as text are turned back; &lt; and &gt; stay encoded
 * so that text which looked like a tag is not turned into one on save.
 */
export function editableText(html) {
  return String(html || '')
    .replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&nbsp;/g, '\u00a0').replace(/&amp;/g, '&');
}

/** The edit the person made (from the queued EditCard operation) and the card as it is now. */
export function conflictOf(op, current) {
  const [, , text, link, colour] = op.args;
  return { cardId: current.id, mine: { text, link, colour }, current, gone: !!(current.deleted || current.hidden) };
}

/** Both texts, the current one first, for the person to tidy up before saving. */
export function mergedText(conflict) {
  return editableText(conflict.current.html) + '\n' + conflict.mine.text;
}

/** The EditCard arguments that save the person's text over the current version (after they saw it). */
export function overwriteArgs(conflict, values) {
  return [conflict.cardId, conflict.current.version, values.text, values.link, values.colour];
}
