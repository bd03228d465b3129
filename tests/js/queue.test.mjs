// The wall's operation queue (wwwroot/js/murs/queue.mjs): nothing acknowledged is lost, nothing is applied twice.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { OperationQueue } from '../../wwwroot/js/murs/queue.mjs';

const statuses = { applied: 'applique', alreadyApplied: 'deja-applique', conflict: 'conflit' };

function memoryStorage() {
  const items = new Map();
  return { getItem: (k) => items.get(k) ?? null, setItem: (k, v) => items.set(k, String(v)) };
}

function newQueue(storage = memoryStorage()) {
  let n = 0;
  return new OperationQueue({ storage, key: 'mur-file-1', newId: () => 'op-' + ++n, statuses });
}

test('an operation is kept until the server acknowledges it, even across a reload', () => {
  const storage = memoryStorage();
  const queue = newQueue(storage);
  const op = queue.enqueue('addCard', [3, 'Atelier', null, 'jaune']);
  assert.equal(queue.next(), op);
  assert.equal(queue.length, 1);

  const reloaded = newQueue(storage);
  assert.deepEqual(reloaded.pending, [op]);

  assert.equal(queue.acknowledge(op, { status: 'applique', changes: [] }), 'applied');
  assert.equal(queue.length, 0);
  assert.deepEqual(newQueue(storage).pending, []);
});

test('one operation is in flight at a time, in order', () => {
  const queue = newQueue();
  const first = queue.enqueue('addCard', [1, 'Un', null, null]);
  const second = queue.enqueue('addCard', [1, 'Deux', null, null]);
  assert.equal(queue.next(), first);
  assert.equal(queue.next(), null, 'nothing else is sent while the first waits for its answer');
  queue.acknowledge(first, { status: 'applique' });
  assert.equal(queue.next(), second);
});

test('an operation in flight when the connection drops is resent once after the reconnect, with the same id', () => {
  const queue = newQueue();
  const op = queue.enqueue('editCard', [7, 2, 'Texte', null, 'bleu']);
  assert.equal(queue.next(), op);

  queue.connectionLost();
  const resent = queue.next();
  assert.equal(resent.id, op.id);
  assert.equal(queue.next(), null, 'resent once, not once per retry');
  assert.equal(queue.length, 1);
});

test('« déjà appliqué » drops the operation: the first send had arrived', () => {
  const queue = newQueue();
  const op = queue.enqueue('addCard', [1, 'Carte', null, null]);
  queue.next();
  queue.connectionLost();
  queue.next();

  assert.equal(queue.acknowledge(op, { status: 'deja-applique', changes: [{ sequence: 4 }] }), 'already-applied');
  assert.equal(queue.length, 0);
  assert.equal(queue.next(), null);
});

test('a late answer to an operation already answered changes nothing', () => {
  const queue = newQueue();
  const op = queue.enqueue('addCard', [1, 'Carte', null, null]);
  const other = queue.enqueue('addCard', [1, 'Autre', null, null]);
  queue.next();
  queue.acknowledge(op, { status: 'applique' });
  assert.equal(queue.acknowledge(op, { status: 'deja-applique' }), 'stale');
  assert.deepEqual(queue.pending, [other]);
});

test('a conflict removes the operation and is reported as such', () => {
  const queue = newQueue();
  const op = queue.enqueue('editCard', [7, 2, 'Texte', null, 'bleu']);
  queue.next();
  assert.equal(queue.acknowledge(op, { status: 'conflit', changes: [], current: { id: 7, version: 3 } }), 'conflict');
  assert.equal(queue.length, 0);
});

test('an operation the server refuses is dropped and the next one goes', () => {
  const queue = newQueue();
  const refused = queue.enqueue('addColumn', ['']);
  const next = queue.enqueue('addColumn', ['Idées']);
  queue.next();
  queue.refuse(refused);
  assert.equal(queue.next(), next);
});

test('a storage that refuses writes (private mode) keeps the queue in memory', () => {
  const queue = new OperationQueue({
    storage: { getItem: () => { throw new Error('denied'); }, setItem: () => { throw new Error('denied'); } },
    key: 'k', newId: () => 'x', statuses,
  });
  queue.enqueue('addColumn', ['Idées']);
  assert.equal(queue.length, 1);
});

test('a change the server could not store for now stays first in line and is sent again with the same id', () => {
  const queue = newQueue();
  const first = queue.enqueue('addCard', [3, 'Atelier', null, 'jaune']);
  const second = queue.enqueue('editCard', [7, 'Texte', 2]);
  assert.equal(queue.next(), first);
  queue.postpone(first);
  assert.equal(queue.length, 2);
  assert.equal(queue.next(), first);
  assert.equal(queue.acknowledge(first, { status: 'applique', changes: [] }), 'applied');
  assert.equal(queue.next(), second);
});
