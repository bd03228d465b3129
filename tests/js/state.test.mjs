// The wall's state (wwwroot/js/murs/state.mjs): changes in sequence order, duplicates skipped, gaps reported.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createWallState, applySnapshot, applyChanges, cardsOf, arrangementOf } from '../../wwwroot/js/murs/state.mjs';

const column = (id, orderKey, title = 'Colonne ' + id) => ({ id, title, orderKey, deleted: false });
const card = (id, columnId, orderKey, extra = {}) => ({ id, columnId, orderKey, html: 'Carte ' + id, deleted: false, hidden: false, version: 1, ...extra });

function wall() {
  const state = createWallState();
  applySnapshot(state, { sequence: 10, columns: [column(1, 'a0'), column(2, 'a1')], cards: [card(11, 1, 'a0'), card(12, 1, 'a1')] });
  return state;
}

test('a snapshot replaces everything, including a sequence lower than the one known (a restored server)', () => {
  const state = wall();
  state.sequence = 99;
  applySnapshot(state, { sequence: 4, columns: [column(1, 'a0')], cards: [] });
  assert.equal(state.sequence, 4);
  assert.equal(state.cards.size, 0);
});

test('changes following the last sequence are applied in order, whatever order they arrive in', () => {
  const state = wall();
  const result = applyChanges(state, [
    { sequence: 12, kind: 'card', card: card(12, 2, 'a0') },
    { sequence: 11, kind: 'card', card: card(13, 1, 'a2') },
  ]);
  assert.equal(state.sequence, 12);
  assert.equal(result.gap, false);
  assert.deepEqual([...result.touched].sort(), [1, 2]);
  assert.deepEqual(arrangementOf(state), [{ id: 1, cards: [11, 13] }, { id: 2, cards: [12] }]);
});

test('a change seen already (acknowledgement and broadcast) is skipped', () => {
  const state = wall();
  applyChanges(state, [{ sequence: 11, kind: 'card', card: card(11, 1, 'a0', { html: 'Nouveau' }) }]);
  const again = applyChanges(state, [{ sequence: 11, kind: 'card', card: card(11, 1, 'a0', { html: 'Ancien' }) }]);
  assert.equal(again.applied.length, 0);
  assert.equal(state.cards.get(11).html, 'Nouveau');
});

test('a gap stops the replay and is reported, so that the client asks for what it missed', () => {
  const state = wall();
  const result = applyChanges(state, [
    { sequence: 11, kind: 'card', card: card(14, 2, 'a0') },
    { sequence: 13, kind: 'card', card: card(15, 2, 'a1') },
  ]);
  assert.equal(result.gap, true);
  assert.equal(state.sequence, 11, 'nothing after the gap is applied');
  assert.equal(state.cards.has(15), false);
});

test('a deleted card leaves its column; a column change is reported as such', () => {
  const state = wall();
  const result = applyChanges(state, [
    { sequence: 11, kind: 'card', card: card(11, 1, 'a0', { deleted: true }) },
    { sequence: 12, kind: 'column', column: column(3, 'a2', 'Nouvelle') },
  ]);
  assert.equal(result.columnsChanged, true);
  assert.deepEqual(cardsOf(state, 1).map((c) => c.id), [12]);
  assert.deepEqual(arrangementOf(state).map((c) => c.id), [1, 2, 3]);
});
