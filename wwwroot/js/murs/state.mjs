// The wall as the client knows it: columns and cards by id, and the last sequence applied. Changes are applied in
// sequence order; one seen already is skipped (the acknowledgement and the broadcast both carry it); a gap stops
// the replay and is reported, so that the caller asks the server for what it missed.

export function createWallState() {
  return { columns: new Map(), cards: new Map(), sequence: -1 };
}

/** Replaces everything with the server's snapshot (first join, a client far behind, or ahead after a restore). */
export function applySnapshot(state, snapshot) {
  state.columns.clear();
  state.cards.clear();
  for (const c of snapshot.columns) state.columns.set(c.id, c);
  for (const c of snapshot.cards) state.cards.set(c.id, c);
  state.sequence = snapshot.sequence;
}

/**
 * Applies the changes that follow the last sequence. Returns what was applied, the columns whose cards changed,
 * whether columns themselves changed, and whether a gap was met (changes after it are left for the catch-up).
 */
export function applyChanges(state, changes) {
  const result = { applied: [], touched: new Set(), columnsChanged: false, gap: false };
  const sorted = [...(changes || [])].sort((a, b) => a.sequence - b.sequence);
  for (const change of sorted) {
    if (change.sequence <= state.sequence) continue;
    if (change.sequence > state.sequence + 1) { result.gap = true; break; }
    if (change.column) {
      state.columns.set(change.column.id, change.column);
      result.columnsChanged = true;
    } else if (change.card) {
      const before = state.cards.get(change.card.id);
      if (before) result.touched.add(before.columnId);
      result.touched.add(change.card.columnId);
      if (change.card.deleted) state.cards.delete(change.card.id);
      else state.cards.set(change.card.id, change.card);
    }
    state.sequence = change.sequence;
    result.applied.push(change);
  }
  return result;
}

/** Ordinal comparison of order keys, as the server sorts them. */
export function byKey(a, b) {
  return a.orderKey < b.orderKey ? -1 : a.orderKey > b.orderKey ? 1 : 0;
}

export function sortedColumns(state) {
  return [...state.columns.values()].filter((c) => !c.deleted).sort(byKey);
}

export function cardsOf(state, columnId) {
  return [...state.cards.values()].filter((c) => c.columnId === columnId && !c.deleted).sort(byKey);
}

/** The board as ordered ids: [{ id, cards: [cardId…] }…], what moves compute on. */
export function arrangementOf(state) {
  return sortedColumns(state).map((c) => ({ id: c.id, cards: cardsOf(state, c.id).map((card) => card.id) }));
}
