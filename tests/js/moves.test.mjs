// Moving cards (wwwroot/js/murs/moves.mjs): the keyboard path and the pointer path end in the same MoveCard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { lift, step, directionOf, preview, placement, hasMoved, positionOf, moveTo } from '../../wwwroot/js/murs/moves.mjs';

const board = [{ id: 1, cards: [11, 12, 13] }, { id: 2, cards: [21] }, { id: 3, cards: [] }];

test('arrows move a card within its column and across columns, keeping its rank where it can', () => {
  let move = lift(board, 12);
  move = step(board, move, directionOf('ArrowRight', 'colonnes'));
  assert.deepEqual(move.at, { column: 1, index: 1 });
  assert.deepEqual(placement(board, move), { columnId: 2, previousId: 21, nextId: null });
  move = step(board, move, directionOf('ArrowUp', 'colonnes'));
  assert.deepEqual(placement(board, move), { columnId: 2, previousId: null, nextId: 21 });
  assert.deepEqual(positionOf(board, move), { columnId: 2, position: 1, count: 2 });
});

test('the card cannot go past the ends of the board', () => {
  let move = lift(board, 11);
  move = step(board, move, 'previous');
  move = step(board, move, 'previousColumn');
  assert.deepEqual(move.at, { column: 0, index: 0 });
  assert.equal(hasMoved(move), false);
  for (let i = 0; i < 3; i++) move = step(board, move, 'nextColumn');
  assert.deepEqual(placement(board, move), { columnId: 3, previousId: null, nextId: null });
});

test('in the grid layout, left and right move within a band, up and down across bands', () => {
  assert.equal(directionOf('ArrowRight', 'grille'), 'next');
  assert.equal(directionOf('ArrowDown', 'grille'), 'nextColumn');
  assert.equal(directionOf('ArrowDown', 'colonnes'), 'next');
  assert.equal(directionOf('a', 'colonnes'), null);
});

test('the preview shows the card at its new place and leaves the board untouched', () => {
  const move = step(board, lift(board, 11), 'next');
  assert.deepEqual(preview(board, move)[0].cards, [12, 11, 13]);
  assert.deepEqual(board[0].cards, [11, 12, 13]);
  assert.deepEqual(placement(board, move), { columnId: 1, previousId: 12, nextId: 13 });
});

test('a pointer drop at an index among the other cards gives the same placement', () => {
  const move = moveTo(board, 13, 2, 0);
  assert.deepEqual(placement(board, move), { columnId: 2, previousId: null, nextId: 21 });
  assert.equal(moveTo(board, 99, 2, 0), null);
  assert.equal(hasMoved(moveTo(board, 12, 1, 1)), false);
});
