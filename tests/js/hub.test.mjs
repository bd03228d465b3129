// Telling a passing refusal (the database away) from a refusal by a rule (wwwroot/js/murs/hub.mjs).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { isTemporary, messageOf } from '../../wwwroot/js/murs/hub.mjs';

const contract = { temporaryRefusals: ['Le portail ne joint plus sa base de données pour le moment.', 'Le mur est très sollicité en ce moment.'] };
const invoking = "An unexpected error occurred invoking 'AddCard' on the server. HubException: ";

test('the database-outage and busy-wall refusals are temporary: the change is kept', () => {
  assert.equal(isTemporary(contract, new Error(invoking + contract.temporaryRefusals[0])), true);
  assert.equal(isTemporary(contract, new Error(invoking + contract.temporaryRefusals[1])), true);
});

test('a refusal by a rule or a right is not temporary, and its French message is shown', () => {
  const refused = new Error(invoking + "Ce mur n'existe pas ou vous n'y avez pas accès.");
  assert.equal(isTemporary(contract, refused), false);
  assert.equal(messageOf(refused), "Ce mur n'existe pas ou vous n'y avez pas accès.");
  assert.equal(isTemporary(contract, new Error('WebSocket closed')), false);
  assert.equal(isTemporary({}, new Error(invoking + contract.temporaryRefusals[0])), false);
});
