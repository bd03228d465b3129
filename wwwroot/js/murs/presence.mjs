// Who is on the wall: the whole list once (on joining), then deltas (arrivals and departures by opaque id).
// One person may be there twice (two tabs): names are shown once.

export function createPresence() {
  return new Map();
}

export function setPeople(presence, people) {
  presence.clear();
  for (const p of people) presence.set(p.id, p.name);
}

export function applyPresenceDelta(presence, joined, left) {
  for (const id of left || []) presence.delete(id);
  for (const p of joined || []) presence.set(p.id, p.name);
}

export function presentNames(presence) {
  return [...new Set(presence.values())].sort((a, b) => a.localeCompare(b, 'fr'));
}
