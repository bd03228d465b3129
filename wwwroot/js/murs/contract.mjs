// The hub's contract (method and event names, statuses, limits), written into the page by the server from its own
// constants (web/Walls/WallHubContract.cs): the script never spells a method name or a status itself.

const required = ['hub', 'maxMessageBytes', 'statuses', 'methods', 'events', 'limits', 'colours', 'reactions'];

/** Parses the data-contrat attribute; throws when the page carries no usable contract (a stale cached script). */
export function readContract(json) {
  const contract = JSON.parse(json || '{}');
  const missing = required.filter((k) => !(k in contract));
  if (missing.length) throw new Error('Wall contract without ' + missing.join(', '));
  return Object.freeze(contract);
}

// SignalR wraps arguments in an invocation message ({"type":1,"invocationId":"12","target":"EditCard",…} and a
// record separator): this much room is kept for it below the server's limit.
const envelopeBytes = 512;

/** Whether an invocation with these arguments stays under the hub's message limit (a bigger one closes the connection). */
export function fitsInMessage(contract, method, args) {
  const bytes = new TextEncoder().encode(JSON.stringify([method, ...args])).length;
  return bytes + envelopeBytes <= contract.maxMessageBytes;
}
