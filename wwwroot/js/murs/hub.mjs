// The connection to the wall hub, named by the contract the server wrote into the page.

/* global signalR */

export function createConnection(contract, handlers) {
  const connection = new signalR.HubConnectionBuilder()
    // WebSockets only, without the negotiate round trip: every message of a connection then travels on one socket to
    // one server, so several instances behind a load balancer need no sticky sessions.
    .withUrl(contract.hub, { skipNegotiation: true, transport: signalR.HttpTransportType.WebSockets })
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: (ctx) => Math.min(30000, 1000 * 2 ** ctx.previousRetryCount) })
    .build();
  connection.on(contract.events.changed, handlers.changed);
  connection.on(contract.events.presence, handlers.presence);
  connection.on(contract.events.presenceChanged, handlers.presenceChanged);
  connection.onreconnecting(handlers.offline);
  connection.onreconnected(handlers.online);
  connection.onclose(handlers.closed);
  return {
    start: () => connection.start(),
    /** Calls a hub method by its contract key (« addCard »), never by a spelled name. */
    invoke: (key, ...args) => connection.invoke(contract.methods[key], ...args),
    get connected() { return connection.state === signalR.HubConnectionState.Connected; },
  };
}

/** The French message of a HubException, or a general one (a crash tells the browser nothing). */
export function messageOf(error) {
  const text = String((error && error.message) || error || '');
  const i = text.indexOf('HubException: ');
  if (i >= 0) return text.slice(i + 14);
  return "Le serveur a refusé cette modification ; rien n'a été enregistré.";
}

/** Whether the server refused for a passing reason (its database away, the wall busy): the change is kept and sent again. */
export function isTemporary(contract, error) {
  const text = String((error && error.message) || error || '');
  return Array.isArray(contract.temporaryRefusals) && text.indexOf('HubException: ') >= 0 && contract.temporaryRefusals.includes(messageOf(error));
}
