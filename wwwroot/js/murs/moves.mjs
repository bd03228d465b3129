// Moving a card, as positions on the board's arrangement ([{ id, cards: [cardId…] }…], columns in order). A move
// in progress is { cardId, origin, at }, each a { column, index } where column is the column's index on the board
// and index the card's place among the other cards of that column. Pure: the keyboard and the pointer both use it.

function locate(arrangement, cardId) {
  for (let column = 0; column < arrangement.length; column++) {
    const index = arrangement[column].cards.indexOf(cardId);
    if (index >= 0) return { column, index };
  }
  return null;
}

function without(arrangement, cardId) {
  return arrangement.map((c) => ({ id: c.id, cards: c.cards.filter((id) => id !== cardId) }));
}

/** Starts moving a card: it stands where it is. */
export function lift(arrangement, cardId) {
  const origin = locate(arrangement, cardId);
  return origin ? { cardId, origin, at: { ...origin } } : null;
}

/** Which way a key moves the card, for the layout in use: columns side by side, or stacked as rows (« grille »). */
export function directionOf(key, layout) {
  const across = layout === 'grille' ? { ArrowUp: 'previousColumn', ArrowDown: 'nextColumn', ArrowLeft: 'previous', ArrowRight: 'next' }
    : { ArrowLeft: 'previousColumn', ArrowRight: 'nextColumn', ArrowUp: 'previous', ArrowDown: 'next' };
  return across[key] || null;
}

/** The move one step further in a direction; the same move when it cannot go further. */
export function step(arrangement, move, direction) {
  const rest = without(arrangement, move.cardId);
  const { column, index } = move.at;
  let at = move.at;
  if (direction === 'previous' && index > 0) at = { column, index: index - 1 };
  else if (direction === 'next' && index < rest[column].cards.length) at = { column, index: index + 1 };
  else if (direction === 'previousColumn' && column > 0) at = { column: column - 1, index: Math.min(index, rest[column - 1].cards.length) };
  else if (direction === 'nextColumn' && column < rest.length - 1) at = { column: column + 1, index: Math.min(index, rest[column + 1].cards.length) };
  return { ...move, at };
}

/** The board as it would look with the card at the move's place (what is drawn while moving). */
export function preview(arrangement, move) {
  if (!move) return arrangement;
  const rest = without(arrangement, move.cardId);
  if (!rest[move.at.column]) return arrangement;
  rest[move.at.column].cards.splice(move.at.index, 0, move.cardId);
  return rest;
}

export function hasMoved(move) {
  return move.at.column !== move.origin.column || move.at.index !== move.origin.index;
}

/** What the hub's MoveCard needs: the target column and the neighbours the card lands between. */
export function placement(arrangement, move) {
  const column = preview(arrangement, move)[move.at.column];
  const i = column.cards.indexOf(move.cardId);
  return { columnId: column.id, previousId: column.cards[i - 1] ?? null, nextId: column.cards[i + 1] ?? null };
}

/** Where the card stands, in words: « position 2 sur 3 ». */
export function positionOf(arrangement, move) {
  const column = preview(arrangement, move)[move.at.column];
  return { columnId: column.id, position: move.at.index + 1, count: column.cards.length };
}

/** A move to a given place (a pointer drop): index among the other cards of the target column. */
export function moveTo(arrangement, cardId, columnId, index) {
  const move = lift(arrangement, cardId);
  const column = arrangement.findIndex((c) => c.id === columnId);
  if (!move || column < 0) return null;
  const others = arrangement[column].cards.filter((id) => id !== cardId).length;
  return { ...move, at: { column, index: Math.max(0, Math.min(index, others)) } };
}
