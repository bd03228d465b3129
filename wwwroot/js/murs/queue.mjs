// Operations waiting for the server. Each has an id the server de-duplicates on, and stays in the queue (and in
// sessionStorage, so a reload keeps it) until the server answers: applied, already applied (a resend whose first
// answer was lost) or in conflict. One operation is in flight at a time, in order. When the connection drops
// with an operation in flight, it is sent again, once, after the reconnect: the server answers « déjà appliqué »
// if the first send had arrived, and nothing is applied twice.

export class OperationQueue {
  constructor({ storage, key, newId, statuses }) {
    this.storage = storage;
    this.key = key;
    this.newId = newId;
    this.statuses = statuses;
    this.items = this.load();
    this.inFlight = null;
  }

  get length() { return this.items.length; }

  get pending() { return this.items.slice(); }

  enqueue(method, args) {
    const op = { id: this.newId(), method, args };
    this.items.push(op);
    this.save();
    return op;
  }

  /** The operation to send now, or null when one is already on its way (or nothing waits). */
  next() {
    if (this.inFlight !== null || this.items.length === 0) return null;
    this.inFlight = this.items[0].id;
    return this.items[0];
  }

  /**
   * The server's answer to an operation: removes it and says what happened ('applied', 'already-applied' or
   * 'conflict'). An answer to an operation no longer at the head (answered already) changes nothing: 'stale'.
   */
  acknowledge(op, result) {
    if (!this.isHead(op)) return 'stale';
    this.remove();
    if (result && result.status === this.statuses.conflict) return 'conflict';
    if (result && result.status === this.statuses.alreadyApplied) return 'already-applied';
    return 'applied';
  }

  /** The server refused the operation (a rule, a right): nothing was stored, and resending would be refused again. */
  refuse(op) {
    if (this.isHead(op)) this.remove();
  }

  /**
   * The server could not store the operation for now (its database is away): nothing was stored, and the operation
   * stays at the head of the queue, to be sent again later with the same id.
   */
  postpone(op) {
    if (this.isHead(op)) this.inFlight = null;
  }

  /** The connection dropped: an operation in flight may or may not have arrived; it will be sent again once. */
  connectionLost() {
    this.inFlight = null;
  }

  isHead(op) {
    return this.items.length > 0 && this.items[0].id === op.id;
  }

  remove() {
    this.items.shift();
    this.inFlight = null;
    this.save();
  }

  load() {
    try { return JSON.parse(this.storage.getItem(this.key) || '[]'); } catch { return []; }
  }

  save() {
    try { this.storage.setItem(this.key, JSON.stringify(this.items)); } catch { /* private mode: kept in memory */ }
  }
}
