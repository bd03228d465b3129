// Conflict handling (wwwroot/js/murs/conflict.mjs) and the other pure helpers of the wall.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { conflictOf, mergedText, overwriteArgs, editableText } from '../../wwwroot/js/murs/conflict.mjs';
import { readContract, fitsInMessage } from '../../wwwroot/js/murs/contract.mjs';
import { chooseLayout } from '../../wwwroot/js/murs/layout.mjs';
import { createPresence, setPeople, applyPresenceDelta, presentNames } from '../../wwwroot/js/murs/presence.mjs';

const op = { id: 'op-1', method: 'editCard', args: [7, 2, 'Mon texte', 'https://exemple.fr/', 'bleu'] };
const current = { id: 7, version: 3, html: 'Texte de Caf &amp; CCAS', authorName: 'Léa', deleted: false, hidden: false };

test('a conflict keeps the person\'s edit and the card as it is now', () => {
  const conflict = conflictOf(op, current);
  assert.deepEqual(conflict.mine, { text: 'Mon texte', link: 'https://exemple.fr/', colour: 'bleu' });
  assert.equal(conflict.gone, false);
  assert.equal(mergedText(conflict), 'Texte de Caf & CCAS\nMon texte');
});

test('overwriting saves from the current version, so the server accepts it', () => {
  const args = overwriteArgs(conflictOf(op, current), { text: 'Fusion', link: null, colour: 'vert' });
  assert.deepEqual(args, [7, 3, 'Fusion', null, 'vert']);
});

test('a card deleted or hidden meanwhile cannot be overwritten', () => {
  assert.equal(conflictOf(op, { ...current, deleted: true }).gone, true);
  assert.equal(conflictOf(op, { ...current, hidden: true }).gone, true);
});

test('the edit box shows an ampersand as typed but keeps a tag-looking text encoded', () => {
  assert.equal(editableText('Caf &amp; CCAS &lt;b&gt;'), 'Caf & CCAS &lt;b&gt;');
});

test('the contract comes from the page and the message limit is the server\'s', () => {
  const contract = readContract(JSON.stringify({
    hub: '/hubs/murs', maxMessageBytes: 40960, statuses: {}, methods: { editCard: 'EditCard' }, events: {}, limits: {}, colours: [], reactions: [],
  }));
  assert.equal(fitsInMessage(contract, 'EditCard', [1, 'id', 7, 2, 'x'.repeat(30000), null, 'bleu']), true, '30 KB fits under 40 960 bytes');
  assert.equal(fitsInMessage(contract, 'EditCard', [1, 'id', 7, 2, 'é'.repeat(20400), null, 'bleu']), false, 'bytes, not characters');
  assert.throws(() => readContract('{"hub":"/hubs/murs"}'), /without/);
});

test('the layout comes from the address, else the person\'s last choice, else columns', () => {
  assert.equal(chooseLayout('grille', 'colonnes'), 'grille');
  assert.equal(chooseLayout(null, 'grille'), 'grille');
  assert.equal(chooseLayout('n-importe-quoi', null), 'colonnes');
});

test('presence: the whole list once, then arrivals and departures; one name per person', () => {
  const presence = createPresence();
  setPeople(presence, [{ id: 'a', name: 'Nadia B.' }, { id: 'b', name: 'Léa' }]);
  applyPresenceDelta(presence, [{ id: 'c', name: 'Nadia B.' }, { id: 'd', name: 'Yves' }], ['b']);
  assert.deepEqual(presentNames(presence), ['Nadia B.', 'Yves']);
  applyPresenceDelta(presence, [], ['a', 'c', 'inconnu']);
  assert.deepEqual(presentNames(presence), ['Yves']);
});
