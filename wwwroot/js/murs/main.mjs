// Live wall (murs collaboratifs). The page is rendered on the server, read-only; this module joins the wall's
// SignalR group, draws the wall from the server's snapshot and keeps it live. Every operation carries an id and
// waits in a queue (sessionStorage) until the server answers, so edits made offline are sent when the connection
// comes back and a resent operation is never applied twice. Changes carry a per-wall sequence number: a gap means
// something was missed, and the client asks for the changes since the last one it has.

import { readContract, fitsInMessage } from './contract.mjs';
import { createWallState, applySnapshot, applyChanges, sortedColumns, cardsOf, arrangementOf } from './state.mjs';
import { OperationQueue } from './queue.mjs';
import { createPresence, setPeople, applyPresenceDelta, presentNames } from './presence.mjs';
import { preview } from './moves.mjs';
import { conflictOf, editableText, mergedText, overwriteArgs } from './conflict.mjs';
import { chooseLayout } from './layout.mjs';
import { createConnection, messageOf, isTemporary } from './hub.mjs';
import { createRenderer } from './render.mjs';
import { createMover } from './drag.mjs';
import { byId, el, button, focusById } from './dom.mjs';
import { closeOpenMenu } from './menu.mjs';

const root = byId('mur');
if (root && window.signalR) start(root);

function start(root) {
  const contract = readContract(root.dataset.contrat);
  const wallId = Number(root.dataset.wallId);
  const canWrite = root.dataset.canWrite === 'true';
  const canModerate = root.dataset.canModerate === 'true';

  const state = createWallState();
  const presence = createPresence();
  const queue = new OperationQueue({ storage: window.sessionStorage, key: 'mur-file-' + wallId, newId, statuses: contract.statuses });
  const editing = new Map(); // card id -> { version, li }: editors are kept as they are while the wall changes
  const openComments = new Set();
  const pendingMoves = new Map(); // operation id -> { cardId, target }: drawn where dropped until the server answers
  let panel = null; // { cardId, kind }: the delete confirmation, send-up note or hiding reason open in a card
  let joined = false;
  let catching = false;
  let buffered = [];
  let epoch = 0;
  let firstDraw = true;

  const statusEl = byId('mur-etat');
  const errorEl = byId('mur-erreur');
  const announceEl = byId('mur-annonces');
  const conflictEl = byId('mur-conflit');
  const columnsEl = byId('mur-colonnes');
  const presenceEl = byId('mur-presence');

  // ---- layout ----
  const params = new URLSearchParams(location.search);
  let layout = chooseLayout(params.get('disposition'), storedLayout());
  showLayout();
  for (const link of root.querySelectorAll('[data-disposition]')) {
    link.addEventListener('click', (e) => {
      e.preventDefault();
      layout = link.dataset.disposition;
      try { localStorage.setItem('mur-disposition', layout); } catch { /* private mode */ }
      const url = new URL(location.href);
      url.searchParams.set('disposition', layout);
      history.replaceState(null, '', url);
      showLayout();
      announce(layout === 'grille' ? 'Disposition en grille.' : 'Disposition en colonnes.');
    });
  }

  function storedLayout() { try { return localStorage.getItem('mur-disposition'); } catch { return null; } }

  function showLayout() {
    root.classList.toggle('mur--grille', layout === 'grille');
    root.classList.toggle('mur--colonnes', layout !== 'grille');
    for (const link of root.querySelectorAll('[data-disposition]')) {
      if (link.dataset.disposition === layout) link.setAttribute('aria-current', 'true'); else link.removeAttribute('aria-current');
    }
  }

  // ---- drawing ----
  const renderer = createRenderer({ contract, canWrite, canModerate, on: actions() });
  const mover = createMover({
    arrangement: displayed,
    layout: () => layout,
    redraw: () => redraw(false),
    focusCard: (id) => focusById('carte-' + id + '-deplacer'),
    announce,
    commit: (move, target) => {
      const op = send('moveCard', [move.cardId, target.columnId, target.previousId, target.nextId]);
      if (op) pendingMoves.set(op.id, { cardId: move.cardId, target });
    },
    columnTitle: (id) => (state.columns.get(id) || { title: '' }).title,
    authorOf: (id) => (state.cards.get(id) || { authorName: '' }).authorName,
  });

  /** The board as drawn: the server's state with this person's moves not yet acknowledged. */
  function displayed() {
    let arrangement = arrangementOf(state);
    for (const { cardId, target } of pendingMoves.values()) {
      const rest = arrangement.map((c) => ({ id: c.id, cards: c.cards.filter((id) => id !== cardId) }));
      const column = rest.find((c) => c.id === target.columnId);
      if (!column || !state.cards.has(cardId)) continue;
      let at = target.previousId !== null ? column.cards.indexOf(target.previousId) + 1 : target.nextId !== null ? column.cards.indexOf(target.nextId) : column.cards.length;
      if (at < 0) at = column.cards.length;
      column.cards.splice(at, 0, cardId);
      arrangement = rest;
    }
    return arrangement;
  }

  function redraw(columnsChanged) {
    const focusId = document.activeElement && document.activeElement.id;
    if (firstDraw) { columnsEl.textContent = ''; firstDraw = false; columnsChanged = true; }
    const columns = sortedColumns(state);
    if (columnsChanged) {
      columns.forEach((column, index) => {
        const existing = columnsEl.querySelector('section[data-column-id="' + column.id + '"]');
        const fresh = renderer.column(column, index, columns.length);
        if (existing) {
          existing.replaceChild(fresh.querySelector('.colonne__entete'), existing.querySelector('.colonne__entete'));
          columnsEl.appendChild(existing);
        } else {
          if (canWrite) mover.enableDrop(fresh.querySelector('ul.cartes'), column.id);
          columnsEl.appendChild(fresh);
        }
      });
      for (const section of [...columnsEl.querySelectorAll('section.colonne')]) {
        if (!state.columns.has(Number(section.dataset.columnId)) || state.columns.get(Number(section.dataset.columnId)).deleted) section.remove();
      }
    }
    const board = preview(displayed(), mover.current);
    for (const column of board) {
      const list = columnsEl.querySelector('ul.cartes[data-column-id="' + column.id + '"]');
      if (list) drawCards(list, column.cards);
    }
    if (focusId && (!document.activeElement || document.activeElement.id !== focusId)) focusById(focusId);
  }

  /** Redraws a list, keeping each card's element when nothing about it changed (a comment being typed survives). */
  function drawCards(list, ids) {
    const moving = mover.current && mover.current.cardId;
    const items = ids.map((id) => {
      if (editing.has(id)) return editing.get(id).li;
      const view = state.cards.get(id);
      const panelKind = panel && panel.cardId === id ? panel.kind : null;
      const flags = (id === moving ? 'm' : '') + (panelKind || '') + (openComments.has(id) ? 'o' : '');
      const existing = document.getElementById('carte-' + id);
      if (existing && existing.wallView === view && existing.wallFlags === flags) return existing;
      const li = renderer.card(view, { moving: id === moving, commentsOpen: openComments.has(id), panel: panelKind });
      li.wallView = view;
      li.wallFlags = flags;
      return li;
    });
    items.forEach((li, i) => { if (list.children[i] !== li) list.insertBefore(li, list.children[i] || null); });
    while (list.children.length > items.length) list.lastElementChild.remove();
  }

  // ---- actions of the person ----
  function actions() {
    return {
      renameColumn(columnId) {
        const title = window.prompt('Nouveau titre de la colonne', state.columns.get(columnId).title);
        if (title !== null && title.trim()) send('renameColumn', [columnId, title.trim()]);
      },
      moveColumn(columnId, delta) {
        const columns = sortedColumns(state);
        const others = columns.filter((c) => c.id !== columnId);
        const index = columns.findIndex((c) => c.id === columnId) + delta;
        if (index < 0 || index > others.length) return;
        send('moveColumn', [columnId, others[index - 1] ? others[index - 1].id : null, others[index] ? others[index].id : null]);
        focusById('colonne-' + columnId + '-actions');
      },
      addCard(columnId, prefix) {
        const values = fieldValues(prefix);
        if (!values.text.trim()) { showError('Écrivez le texte de la carte.'); byId(prefix + '-texte').focus(); return; }
        if (!send('addCard', [columnId, values.text, values.link, values.colour])) return;
        byId(prefix + '-texte').value = '';
        byId(prefix + '-lien').value = '';
        byId(prefix + '-texte').focus();
      },
      edit: openEditor,
      lift: (cardId) => mover.start(cardId),
      handleKey: (cardId, e) => mover.key(cardId, e),
      handleClick: (cardId) => mover.start(cardId),
      openPanel(cardId, kind) {
        panel = { cardId, kind };
        redraw(false);
        focusById('carte-' + cardId + '-' + kind + (kind === 'supprimer' ? '-non' : '-texte'));
      },
      closePanel(cardId) { panel = null; redraw(false); focusById('carte-' + cardId + '-actions'); },
      confirmPanel(cardId, kind, text) {
        if (kind === 'masquer' && !text) { focusById('carte-' + cardId + '-masquer-texte'); return; }
        panel = null;
        if (kind === 'supprimer') send('deleteCard', [cardId, state.cards.get(cardId).version]);
        if (kind === 'remonter') send('sendUp', [cardId, text || null]);
        if (kind === 'masquer') send('hideCard', [cardId, text]);
        redraw(false);
        focusById('carte-' + cardId + '-actions');
      },
      react: (cardId, kind) => send('toggleReaction', [cardId, kind]),
      comment: (cardId, text) => { openComments.add(cardId); send('addComment', [cardId, text]); },
      commentsToggled: (cardId, isOpen) => { if (isOpen) openComments.add(cardId); else openComments.delete(cardId); const li = byId('carte-' + cardId); if (li) li.wallFlags = null; },
      dragStart: (cardId, e) => mover.dragStart(cardId, e),
      dragEnd: (cardId) => mover.dragEnd(cardId),
    };
  }

  function fieldValues(prefix) {
    const link = byId(prefix + '-lien').value.trim();
    return { text: byId(prefix + '-texte').value, link: link || null, colour: byId(prefix + '-couleur').value };
  }

  function openEditor(cardId) {
    const card = state.cards.get(cardId);
    const li = el('li', { class: 'carte carte--' + card.colour + ' carte--edition', id: 'carte-' + cardId, 'data-card-id': cardId });
    editing.set(cardId, { version: card.version, li });
    const prefix = 'edition-' + cardId;
    const form = renderer.cardFields(prefix, editableText(card.html), card.link || '', card.colour);
    form.appendChild(el('button', { type: 'submit', class: 'bouton bouton--petit' }, 'Enregistrer'));
    form.appendChild(button('Annuler', { id: prefix + '-annuler', class: 'bouton bouton--petit bouton--secondaire' }, () => {
      editing.delete(cardId);
      redraw(false);
      focusById('carte-' + cardId + '-actions');
    }));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      const values = fieldValues(prefix);
      const { version } = editing.get(cardId);
      if (!send('editCard', [cardId, version, values.text, values.link, values.colour])) return;
      editing.delete(cardId);
      redraw(false);
      focusById('carte-' + cardId + '-actions');
    });
    li.appendChild(form);
    li.appendChild(imageFields(cardId));
    const old = byId('carte-' + cardId);
    if (old) old.replaceWith(li);
    focusById(prefix + '-texte');
  }

  // ---- images: over HTTP (a file does not belong in a hub message), with the page's antiforgery token ----
  function imageFields(cardId) {
    const prefix = 'edition-' + cardId + '-image';
    const card = state.cards.get(cardId);
    const megabytes = Math.round(contract.limits.imageBytes / 1024 / 1024);
    const box = el('fieldset', { class: 'carte-image' });
    box.appendChild(el('legend', null, 'Image (facultatif)'));
    box.appendChild(el('label', { for: prefix + '-fichier' }, (card.imageUrl ? "Remplacer l'image" : 'Joindre une image') + ' (JPEG, PNG ou WebP, ' + megabytes + ' Mo au plus)'));
    box.appendChild(el('input', { id: prefix + '-fichier', type: 'file', accept: 'image/jpeg,image/png,image/webp', 'aria-describedby': prefix + '-etat' }));
    box.appendChild(el('label', { for: prefix + '-description' }, "Description de l'image pour qui ne la voit pas (facultatif)"));
    const alt = el('input', { id: prefix + '-description', type: 'text', maxlength: String(contract.limits.imageAlt) });
    if (card.imageUrl && card.imageAlt) alt.value = card.imageAlt;
    box.appendChild(alt);
    box.appendChild(button("Enregistrer l'image", { id: prefix + '-envoyer' }, () => uploadImage(cardId, prefix)));
    if (card.imageUrl) box.appendChild(button("Retirer l'image", { id: prefix + '-retirer', class: 'bouton bouton--petit bouton--secondaire' }, () => postImage(cardId, prefix, '?handler=supprimer', new FormData(), 'Image retirée.')));
    box.appendChild(el('p', { id: prefix + '-etat', class: 'carte-image__etat', role: 'status' }));
    return box;
  }

  function uploadImage(cardId, prefix) {
    const file = byId(prefix + '-fichier').files[0];
    const tooBig = "L'image dépasse " + Math.round(contract.limits.imageBytes / 1024 / 1024) + ' Mo. Choisissez une image plus légère.';
    if (!file) { imageStatus(prefix, 'Choisissez une image JPEG, PNG ou WebP.', true); return; }
    if (file.size > contract.limits.imageBytes) { imageStatus(prefix, tooBig, true); return; }
    const data = new FormData();
    data.append('image', file);
    data.append('alt', byId(prefix + '-description').value.trim());
    postImage(cardId, prefix, '', data, 'Image enregistrée.');
  }

  function postImage(cardId, prefix, handler, data, done) {
    const token = document.querySelector('input[name="__RequestVerificationToken"]');
    data.append('operationId', newId());
    if (token) data.append('__RequestVerificationToken', token.value);
    imageStatus(prefix, 'Envoi en cours…', false);
    fetch('/murs/' + wallId + '/cartes/' + cardId + '/image' + handler, { method: 'POST', body: data, credentials: 'same-origin' })
      .then((response) => {
        if (response.status === 413) throw new Error("L'image dépasse 5 Mo. Choisissez une image plus légère.");
        return response.json().catch(() => ({})).then((body) => {
          if (!response.ok) throw new Error(body.message || "L'image n'a pas été enregistrée : rechargez la page et réessayez.");
          return body;
        });
      })
      .then((result) => {
        const before = state.cards.get(cardId);
        apply(result.changes, false);
        const after = state.cards.get(cardId);
        // Our own change moved the version on: the text editor still open may save from the new one.
        const editor = editing.get(cardId);
        if (before && after && editor && editor.version === before.version) editor.version = after.version;
        const input = byId(prefix + '-fichier');
        if (input && after) {
          input.closest('fieldset').replaceWith(imageFields(cardId));
          focusById(prefix + '-envoyer');
        }
        imageStatus(prefix, done, false);
        announce(done);
      })
      .catch((e) => {
        imageStatus(prefix, e && e.message && e.message !== 'Failed to fetch' ? e.message : "L'image n'a pas été envoyée : vérifiez la connexion et réessayez.", true);
      });
  }

  function imageStatus(prefix, text, isError) {
    const node = byId(prefix + '-etat');
    if (!node) return;
    node.textContent = text;
    node.className = 'carte-image__etat' + (isError ? ' carte-image__etat--erreur' : '');
  }

  // ---- conflicts ----
  function showConflict(op, current) {
    const conflict = conflictOf(op, current);
    conflictEl.textContent = '';
    conflictEl.hidden = false;
    conflictEl.appendChild(el('h2', { id: 'mur-conflit-titre', tabindex: '-1' }, 'Cette carte a changé pendant que vous la modifiiez'));
    conflictEl.appendChild(el('p', null, "Votre modification n'a pas été enregistrée, pour ne pas effacer celle de " + current.authorName + " ou d'un autre membre. Voici le texte actuel :"));
    const now = el('div', { class: 'mur-conflit__actuel' });
    if (current.deleted) now.textContent = '(carte supprimée)'; else now.innerHTML = current.html; // sanitised by the server
    conflictEl.appendChild(now);
    if (conflict.gone) {
      conflictEl.appendChild(button('Fermer', { id: 'mur-conflit-fermer' }, closeConflict));
      focusById('mur-conflit-titre');
      return;
    }
    const form = renderer.cardFields('conflit', conflict.mine.text, conflict.mine.link || '', conflict.mine.colour);
    form.querySelector('label').textContent = 'Votre texte (modifiez-le pour fusionner les deux)';
    form.appendChild(el('button', { type: 'submit', class: 'bouton bouton--petit' }, 'Enregistrer mon texte à la place'));
    form.appendChild(button('Fusionner : ajouter le texte actuel au mien', { id: 'conflit-fusionner', class: 'bouton bouton--petit bouton--secondaire' }, () => {
      const area = byId('conflit-texte');
      area.value = mergedText({ ...conflict, mine: { ...conflict.mine, text: area.value } });
      area.focus();
    }));
    form.appendChild(button('Garder le texte actuel', { id: 'conflit-abandonner', class: 'bouton bouton--petit bouton--secondaire' }, closeConflict));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      send('editCard', overwriteArgs(conflict, fieldValues('conflit')));
      closeConflict();
    });
    conflictEl.appendChild(form);
    focusById('mur-conflit-titre');
  }

  function closeConflict() { conflictEl.hidden = true; conflictEl.textContent = ''; }

  // ---- new column (in the toolbar, so that the columns themselves fill the board) ----
  if (canWrite) {
    const form = byId('mur-nouvelle-colonne');
    if (form) {
      form.hidden = false;
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        const input = byId('mur-nouvelle-colonne-titre');
        if (input.value.trim()) send('addColumn', [input.value.trim()]);
        input.value = '';
      });
    }
  }

  // ---- operations: queued, sent in order, kept until acknowledged ----
  function send(method, args) {
    clearError();
    if (!fitsInMessage(contract, contract.methods[method], [wallId, newId(), ...args])) {
      showError('Ce texte est trop long pour être envoyé : une carte compte ' + contract.limits.cardText.toLocaleString('fr-FR') + ' caractères au plus.');
      return null;
    }
    const op = queue.enqueue(method, args);
    if (!joined) offline();
    flush();
    return op;
  }

  function settled(op) {
    if (pendingMoves.delete(op.id)) redraw(false);
  }

  // Pause before resending a change the server could not store for now (doubles up to 15 s while it lasts).
  let retryDelay = 1000;
  let retryTimer = 0;

  function flush() {
    if (!joined || !hub.connected) return;
    const op = queue.next();
    if (!op) return;
    const sentOn = epoch;
    hub.invoke(op.method, wallId, op.id, ...op.args).then((result) => {
      if (retryDelay > 1000) { retryDelay = 1000; clearError(); }
      const outcome = queue.acknowledge(op, result);
      if (outcome !== 'stale') {
        apply(result.changes, false);
        settled(op);
        if (outcome === 'conflict') showConflict(op, result.current);
      }
      online();
      flush();
    }).catch((e) => {
      if (sentOn !== epoch || !hub.connected) { queue.connectionLost(); offline(); return; }
      if (isTemporary(contract, e)) {
        // The database is away for a moment: keep the change (and those after it) and try again, a little later each time.
        queue.postpone(op);
        showError(messageOf(e));
        setStatus('Enregistrement en attente : le portail ne joint plus sa base de données. Vos modifications sont gardées et renvoyées automatiquement.', true);
        retryDelay = Math.min(retryDelay * 2, 15000);
        clearTimeout(retryTimer);
        retryTimer = setTimeout(flush, retryDelay);
        return;
      }
      retryDelay = 1000;
      // Refused by the server: nothing was stored; say why and go on with the rest.
      queue.refuse(op);
      settled(op);
      redraw(false);
      showError(messageOf(e));
      online();
      flush();
    });
  }

  function newId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    const b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    const h = [...b].map((x) => (x + 0x100).toString(16).slice(1)).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  // ---- changes from the server ----
  function apply(changes, remote) {
    if (catching) { buffered.push(...(changes || [])); return; }
    const result = applyChanges(state, changes);
    if (result.applied.length) {
      mover.boardChanged();
      redraw(result.columnsChanged);
      if (remote) {
        const mine = new Set(queue.pending.map((op) => op.args[0]));
        const told = result.applied.filter((ch) => !(ch.card && mine.has(ch.card.id)));
        if (told.length === 1) announce(describe(told[0]));
        else if (told.length > 1) announce(told.length + ' modifications du mur.');
      }
    }
    if (result.gap) catchUp();
  }

  /** A gap in sequences: ask for everything after the last change applied (changes arriving meanwhile wait). */
  function catchUp() {
    if (catching || !joined) return;
    catching = true;
    hub.invoke('since', wallId, state.sequence).then((sync) => {
      catching = false;
      synced(sync);
      const waiting = buffered;
      buffered = [];
      if (waiting.length) apply(waiting, true);
    }).catch(() => { catching = false; buffered = []; });
  }

  function synced(sync) {
    if (sync.snapshot) {
      applySnapshot(state, sync.snapshot);
      mover.boardChanged();
      redraw(true);
    } else {
      apply(sync.changes, true);
    }
  }

  function describe(ch) {
    if (ch.column) return 'Colonne « ' + ch.column.title + ' » mise à jour.';
    if (ch.card.deleted) return 'Une carte a été supprimée.';
    if (ch.card.hidden) return 'Une carte a été masquée par la coordination.';
    const column = state.columns.get(ch.card.columnId);
    return 'Carte de ' + ch.card.authorName + ' mise à jour' + (column ? ' dans « ' + column.title + ' »' : '') + '.';
  }

  // ---- connection ----
  const hub = createConnection(contract, {
    changed: (changes) => apply(changes, true),
    presence: (id, people) => { if (id === wallId) { setPeople(presence, people); renderer.presence(presenceEl, presentNames(presence)); } },
    presenceChanged: (id, arrived, left) => { if (id === wallId) { applyPresenceDelta(presence, arrived, left); renderer.presence(presenceEl, presentNames(presence)); } },
    offline: () => { epoch++; queue.connectionLost(); offline(); },
    online: () => join(),
    closed: () => { epoch++; queue.connectionLost(); offline(); setTimeout(connect, 5000); },
  });

  function connect() {
    hub.start().then(join).catch(() => { offline(); setTimeout(connect, 5000); });
  }

  function join() {
    // After a reconnect (maybe on another server) the client rejoins its group and asks what it missed; a client
    // ahead of the server (a restored database) gets the whole wall back.
    return hub.invoke('join', wallId, state.sequence).then((sync) => {
      joined = true;
      synced(sync);
      if (firstDraw) redraw(true);
      online();
      flush();
    }).catch((e) => showError(messageOf(e)));
  }

  function online() {
    setStatus(canWrite ? 'En direct : vos modifications apparaissent aussitôt pour tous.' : 'En direct, en lecture seule.', false);
  }

  function offline() {
    joined = false;
    setStatus('Hors ligne, reconnexion en cours… Vos modifications sont gardées et seront envoyées au retour de la connexion.', true);
  }

  function setStatus(text, isOffline) {
    const n = queue.length;
    statusEl.textContent = text + (n ? ' ' + n + ' modification' + (n > 1 ? 's' : '') + " en attente d'envoi." : '');
    root.classList.toggle('mur--hors-ligne', !!isOffline);
  }

  function announce(text) {
    announceEl.textContent = '';
    setTimeout(() => { announceEl.textContent = text; }, 50);
  }

  function showError(text) { errorEl.hidden = false; errorEl.textContent = text; }

  function clearError() { errorEl.hidden = true; errorEl.textContent = ''; }

  document.addEventListener('keydown', (e) => { if (e.key === 'Escape') closeOpenMenu(true); });
  window.addEventListener('online', flush);
  connect();
}
