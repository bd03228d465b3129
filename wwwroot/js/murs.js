// Live wall (murs collaboratifs). The page is rendered on the server, read-only; this script joins the wall's SignalR
// group, renders the wall from the server's snapshot and keeps it live. Every operation carries an id and goes
// through a queue kept in sessionStorage until the server acknowledges it, so edits typed while offline are sent
// when the connection comes back, and a resent operation is never applied twice (the server de-duplicates ids).
// Changes carry a per-wall sequence number: a gap means something was missed, and the client asks for it.
(function () {
  'use strict';

  var root = document.getElementById('mur');
  if (!root || !window.signalR) return;

  var wallId = Number(root.dataset.wallId);
  var canWrite = root.dataset.canWrite === 'true';
  var canModerate = root.dataset.canModerate === 'true';
  var colours = (root.dataset.colours || 'jaune').split(',');
  var colourLabels = { jaune: 'Jaune', bleu: 'Bleu', vert: 'Vert', rose: 'Rose', gris: 'Gris' };
  var reactions = [['pouce', '👍', "J'approuve"], ['coeur', '❤️', "J'adore"], ['idee', '💡', 'Bonne idée']];

  var state = { columns: new Map(), cards: new Map(), sequence: -1 };
  var editing = new Map(); // card id -> version the editor started from
  var queueKey = 'mur-file-' + wallId;
  var queue = readQueue();
  var joined = false;
  var flushing = false;
  var catching = false;
  var rendered = false;
  var dragged = null;

  var statusEl = byId('mur-etat');
  var errorEl = byId('mur-erreur');
  var announceEl = byId('mur-annonces');
  var conflictEl = byId('mur-conflit');
  var columnsEl = byId('mur-colonnes');
  var presenceEl = byId('mur-presence');

  var connection = new signalR.HubConnectionBuilder()
    // WebSockets only, without the negotiate round trip: every message of a connection then travels on one socket to
    // one server, so several instances behind a load balancer need no sticky sessions.
    .withUrl(root.dataset.hub, { skipNegotiation: true, transport: signalR.HttpTransportType.WebSockets })
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: function (ctx) { return Math.min(30000, 1000 * Math.pow(2, ctx.previousRetryCount)); } })
    .build();

  connection.on('Changed', function (changes) { applyChanges(changes, true); });
  connection.on('Presence', function (id, names) { if (id === wallId) renderPresence(names); });
  connection.onreconnecting(function () { offline(); });
  connection.onreconnected(function () { join(); });
  connection.onclose(function () { offline(); setTimeout(start, 5000); });

  start();

  // ---- connection ----

  function start() {
    connection.start().then(join).catch(function () {
      offline();
      setTimeout(start, 5000);
    });
  }

  function join() {
    // After a reconnect (maybe on another server) the client rejoins its group and asks what it missed.
    return connection.invoke('Join', wallId, state.sequence).then(function (sync) {
      if (sync.snapshot) applySnapshot(sync.snapshot); else applyChanges(sync.changes, true);
      joined = true;
      online();
      flush();
    }).catch(function (e) { showError(messageOf(e)); });
  }

  function catchUp() {
    if (catching || !joined) return;
    catching = true;
    connection.invoke('Since', wallId, state.sequence).then(function (sync) {
      catching = false;
      if (sync.snapshot) applySnapshot(sync.snapshot); else applyChanges(sync.changes, true);
    }).catch(function () { catching = false; });
  }

  function online() {
    setStatus(canWrite ? 'En direct : vos modifications apparaissent aussitôt pour tous.' : 'En direct, en lecture seule.', false);
  }

  function offline() {
    joined = false;
    setStatus('Hors ligne, reconnexion en cours… Vos modifications sont gardées et seront envoyées au retour de la connexion.', true);
  }

  function setStatus(text, isOffline) {
    var pending = queue.length ? ' ' + queue.length + ' modification' + (queue.length > 1 ? 's' : '') + ' en attente d\'envoi.' : '';
    statusEl.textContent = text + pending;
    root.classList.toggle('mur--hors-ligne', !!isOffline);
  }

  // ---- operations: queued, sent in order, kept until acknowledged ----

  // The hub closes a connection that sends more than its message limit (40 KB); such an edit is refused here,
  // before it enters the queue, so it cannot be resent again and again.
  var maxMessageBytes = 32 * 1024;

  function send(method, args) {
    clearError();
    if (new Blob([JSON.stringify(args)]).size > maxMessageBytes) {
      showError('Ce texte est trop long pour être envoyé : une carte compte 2 000 caractères au plus.');
      return;
    }
    queue.push({ id: newId(), method: method, args: args });
    saveQueue();
    if (!joined) offline();
    flush();
  }

  function flush() {
    if (flushing || !joined || connection.state !== signalR.HubConnectionState.Connected) return;
    if (!queue.length) return;
    flushing = true;
    var op = queue[0];
    connection.invoke.apply(connection, [op.method, wallId, op.id].concat(op.args)).then(function (result) {
      queue.shift();
      saveQueue();
      flushing = false;
      applyChanges(result.changes, false);
      if (result.status === 'conflit') showConflict(op, result.current);
      online();
      flush();
    }).catch(function (e) {
      flushing = false;
      if (connection.state !== signalR.HubConnectionState.Connected) { offline(); return; }
      // Refused by the server: nothing was stored; say why and go on with the rest.
      queue.shift();
      saveQueue();
      showError(messageOf(e));
      online();
      flush();
    });
  }

  function readQueue() {
    try { return JSON.parse(sessionStorage.getItem(queueKey) || '[]'); } catch (e) { return []; }
  }

  function saveQueue() {
    try { sessionStorage.setItem(queueKey, JSON.stringify(queue)); } catch (e) { /* private mode: the queue stays in memory */ }
  }

  function newId() {
    if (window.crypto && crypto.randomUUID) return crypto.randomUUID();
    var b = crypto.getRandomValues(new Uint8Array(16));
    b[6] = (b[6] & 0x0f) | 0x40; b[8] = (b[8] & 0x3f) | 0x80;
    var h = Array.prototype.map.call(b, function (x) { return (x + 0x100).toString(16).slice(1); }).join('');
    return h.slice(0, 8) + '-' + h.slice(8, 12) + '-' + h.slice(12, 16) + '-' + h.slice(16, 20) + '-' + h.slice(20);
  }

  function messageOf(e) {
    var text = String((e && e.message) || e || '');
    var i = text.indexOf('HubException: ');
    if (i >= 0) return text.slice(i + 14);
    return 'Le serveur a refusé cette modification ; rien n\'a été enregistré.';
  }

  // ---- state ----

  function applySnapshot(s) {
    state.columns.clear();
    state.cards.clear();
    s.columns.forEach(function (c) { state.columns.set(c.id, c); });
    s.cards.forEach(function (c) { state.cards.set(c.id, c); });
    state.sequence = s.sequence;
    renderColumns();
  }

  function applyChanges(changes, remote) {
    var sorted = (changes || []).slice().sort(function (a, b) { return a.sequence - b.sequence; });
    var touched = new Set();
    var columnsChanged = false;
    for (var i = 0; i < sorted.length; i++) {
      var ch = sorted[i];
      if (ch.sequence <= state.sequence) continue; // seen already (own acknowledgement and broadcast both arrive)
      if (ch.sequence > state.sequence + 1) { catchUp(); break; }
      if (ch.column) {
        state.columns.set(ch.column.id, ch.column);
        columnsChanged = true;
      } else if (ch.card) {
        var before = state.cards.get(ch.card.id);
        if (before) touched.add(before.columnId);
        touched.add(ch.card.columnId);
        if (ch.card.deleted) state.cards.delete(ch.card.id); else state.cards.set(ch.card.id, ch.card);
      }
      state.sequence = ch.sequence;
      if (remote) announce(describe(ch));
    }
    if (columnsChanged) renderColumns(); else touched.forEach(renderCards);
  }

  function describe(ch) {
    if (ch.column) return 'Colonne « ' + ch.column.title + ' » mise à jour.';
    var column = state.columns.get(ch.card.columnId);
    if (ch.card.deleted) return 'Une carte a été supprimée.';
    if (ch.card.hidden) return 'Une carte a été masquée par la coordination.';
    return 'Carte de ' + ch.card.authorName + ' mise à jour' + (column ? ' dans « ' + column.title + ' »' : '') + '.';
  }

  function byKey(a, b) { return a.orderKey < b.orderKey ? -1 : a.orderKey > b.orderKey ? 1 : 0; } // ordinal, like the server

  function sortedColumns() { return Array.from(state.columns.values()).filter(function (c) { return !c.deleted; }).sort(byKey); }

  function cardsOf(columnId) {
    return Array.from(state.cards.values()).filter(function (c) { return c.columnId === columnId && !c.deleted; }).sort(byKey);
  }

  // ---- rendering ----

  function renderColumns() {
    var focusId = document.activeElement && document.activeElement.id;
    if (!rendered) { columnsEl.textContent = ''; rendered = true; }
    var columns = sortedColumns();
    columns.forEach(function (column, index) {
      var section = columnsEl.querySelector('section[data-column-id="' + column.id + '"]') || buildColumn(column);
      section.querySelector('h2').textContent = column.title;
      var left = section.querySelector('[data-action="colonne-gauche"]');
      var right = section.querySelector('[data-action="colonne-droite"]');
      if (left) left.disabled = index === 0;
      if (right) right.disabled = index === columns.length - 1;
      columnsEl.appendChild(section);
      renderCards(column.id);
    });
    if (canWrite) columnsEl.appendChild(byId('mur-nouvelle-colonne') || buildNewColumnForm());
    restoreFocus(focusId);
  }

  function buildColumn(column) {
    var id = 'colonne-' + column.id;
    var section = el('section', { 'class': 'colonne', 'data-column-id': column.id, 'aria-labelledby': id + '-titre' });
    section.appendChild(el('h2', { id: id + '-titre', 'class': 'colonne__titre' }, column.title));
    if (canWrite) {
      var tools = el('div', { 'class': 'colonne__outils' });
      tools.appendChild(button('Renommer', id + '-renommer', function () {
        var current = state.columns.get(column.id);
        var title = window.prompt('Nouveau titre de la colonne', current.title);
        if (title !== null && title.trim()) send('RenameColumn', [column.id, title.trim()]);
      }, id + '-titre'));
      tools.appendChild(button('← Déplacer la colonne', id + '-gauche', function () { moveColumn(column.id, -1); }, id + '-titre', 'colonne-gauche'));
      tools.appendChild(button('Déplacer la colonne →', id + '-droite', function () { moveColumn(column.id, 1); }, id + '-titre', 'colonne-droite'));
      section.appendChild(tools);
    }
    var list = el('ul', { 'class': 'cartes', 'data-column-id': column.id, 'aria-labelledby': id + '-titre' });
    if (canWrite) enableDrop(list, column.id);
    section.appendChild(list);
    if (canWrite) section.appendChild(buildCardForm(column.id));
    return section;
  }

  function renderCards(columnId) {
    var list = columnsEl.querySelector('ul.cartes[data-column-id="' + columnId + '"]');
    if (!list) return;
    var focusId = document.activeElement && document.activeElement.id;
    var cards = cardsOf(columnId);
    var items = cards.map(function (card, index) {
      var existing = editing.has(card.id) ? byId('carte-' + card.id) : null;
      return existing || buildCard(card, index, cards.length);
    });
    list.textContent = '';
    items.forEach(function (li) { list.appendChild(li); });
    restoreFocus(focusId);
  }

  function buildCard(card, index, count) {
    var id = 'carte-' + card.id;
    var li = el('li', { 'class': 'carte carte--' + card.colour, id: id, 'data-card-id': card.id });
    var article = el('article', { 'aria-labelledby': id + '-auteur' });
    li.appendChild(article);
    if (card.hidden) {
      article.appendChild(el('p', { 'class': 'carte__masquee' }, 'Carte masquée par la coordination.'));
    } else {
      var text = el('div', { 'class': 'carte__texte' });
      text.innerHTML = card.html; // sanitised by the server (PortalHtmlSanitizer) when written
      article.appendChild(text);
      if (card.link) {
        var p = el('p', { 'class': 'carte__lien' });
        p.appendChild(el('a', { href: card.link, rel: 'nofollow noopener noreferrer' }, card.link));
        article.appendChild(p);
      }
      if (card.imageUrl) {
        var figure = el('figure', { 'class': 'carte__image' });
        figure.appendChild(el('img', { src: card.imageUrl, alt: card.imageAlt || '', loading: 'lazy' }));
        article.appendChild(figure);
      }
    }
    var author = el('p', { 'class': 'carte__auteur', id: id + '-auteur' }, 'Carte de ' + card.authorName + ' ');
    author.appendChild(el('span', { 'class': 'sr-only' }, '(couleur ' + (colourLabels[card.colour] || card.colour) + ')'));
    article.appendChild(author);
    if (card.hidden) return li;

    var reactionsEl = el('p', { 'class': 'carte__reactions' });
    reactions.forEach(function (r) {
      var label = r[1] + ' ' + (card.reactions[r[0]] || 0);
      if (canWrite) {
        var b = button(label, id + '-reaction-' + r[0], function () { send('ToggleReaction', [card.id, r[0]]); }, id + '-auteur');
        b.setAttribute('aria-label', r[2] + ' : ' + (card.reactions[r[0]] || 0));
        b.className = 'reaction';
        reactionsEl.appendChild(b);
      } else {
        reactionsEl.appendChild(el('span', { 'aria-label': r[2] + ' : ' + (card.reactions[r[0]] || 0) }, label + ' '));
      }
    });
    article.appendChild(reactionsEl);

    if (card.comments.length) {
      var comments = el('ul', { 'class': 'carte__commentaires', 'aria-label': 'Commentaires' });
      card.comments.forEach(function (c) {
        var item = el('li');
        item.appendChild(el('strong', null, c.authorName));
        item.appendChild(document.createTextNode(' : ' + c.text));
        comments.appendChild(item);
      });
      article.appendChild(comments);
    }
    if (card.sentUp) article.appendChild(el('p', { 'class': 'carte__remontee' }, 'Remontée à la coordination'));
    if (!canWrite) return li;

    if (editing.has(card.id)) return li; // never reached: editors are kept as they are
    li.setAttribute('draggable', 'true');
    li.addEventListener('dragstart', function (e) { dragged = card.id; e.dataTransfer.setData('text/plain', String(card.id)); e.dataTransfer.effectAllowed = 'move'; });
    li.addEventListener('dragend', function () { dragged = null; });

    var actions = el('div', { 'class': 'carte__actions' });
    var columns = sortedColumns();
    var columnIndex = columns.findIndex(function (c) { return c.id === card.columnId; });
    actions.appendChild(button('Modifier', id + '-modifier', function () { openEditor(card.id); }, id + '-auteur'));
    actions.appendChild(button('Supprimer', id + '-supprimer', function () {
      if (window.confirm('Supprimer cette carte ?')) send('DeleteCard', [card.id, state.cards.get(card.id).version]);
    }, id + '-auteur'));
    actions.appendChild(button('↑ Monter', id + '-monter', function () { moveWithin(card.id, -1); }, id + '-auteur', null, index === 0));
    actions.appendChild(button('↓ Descendre', id + '-descendre', function () { moveWithin(card.id, 1); }, id + '-auteur', null, index === count - 1));
    actions.appendChild(button('← Colonne précédente', id + '-gauche', function () { moveToColumn(card.id, -1); }, id + '-auteur', null, columnIndex <= 0));
    actions.appendChild(button('Colonne suivante →', id + '-droite', function () { moveToColumn(card.id, 1); }, id + '-auteur', null, columnIndex === columns.length - 1));
    if (!card.sentUp) {
      actions.appendChild(button('Remonter à la coordination', id + '-remonter', function () {
        var note = window.prompt('Une note pour la coordination (facultatif)', '');
        if (note !== null) send('SendUp', [card.id, note]);
      }, id + '-auteur'));
    }
    if (canModerate) {
      actions.appendChild(button('Masquer', id + '-masquer', function () {
        var reason = window.prompt('Motif du masquage (gardé pour la trace)', '');
        if (reason !== null && reason.trim()) send('HideCard', [card.id, reason.trim()]);
      }, id + '-auteur'));
    }
    article.appendChild(actions);

    var form = el('form', { 'class': 'carte__commenter' });
    var inputId = id + '-commentaire';
    form.appendChild(el('label', { 'for': inputId }, 'Commenter'));
    form.appendChild(el('input', { id: inputId, type: 'text', maxlength: '500', required: 'required' }));
    form.appendChild(el('button', { type: 'submit', 'class': 'bouton bouton--petit' }, 'Envoyer'));
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var input = byId(inputId);
      if (input.value.trim()) send('AddComment', [card.id, input.value.trim()]);
      input.value = '';
    });
    article.appendChild(form);
    return li;
  }

  // A card's text is stored as sanitised HTML, where "Caf & CCAS" became "Caf &amp; CCAS". The edit box shows what
  // the person typed: entities for characters that are harmless as text are turned back; &lt; and &gt; stay encoded
  // so that text which looked like a tag is not turned into one on save.
  function editableText(html) {
    return html.replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&nbsp;/g, '\u00a0').replace(/&amp;/g, '&');
  }

  function openEditor(cardId) {
    var card = state.cards.get(cardId);
    editing.set(cardId, card.version);
    var li = byId('carte-' + cardId);
    li.removeAttribute('draggable');
    li.textContent = '';
    var form = cardFields('edition-' + cardId, editableText(card.html), card.link || '', card.colour);
    form.appendChild(el('button', { type: 'submit', 'class': 'bouton' }, 'Enregistrer'));
    var cancel = button('Annuler', 'edition-' + cardId + '-annuler', function () { editing.delete(cardId); renderCards(card.columnId); focus('carte-' + cardId + '-modifier'); });
    form.appendChild(cancel);
    li.appendChild(imageFields(cardId));
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var version = editing.get(cardId);
      var values = fieldValues('edition-' + cardId);
      editing.delete(cardId);
      send('EditCard', [cardId, version, values.text, values.link, values.colour]);
      renderCards(state.cards.get(cardId).columnId);
    });
    li.insertBefore(form, li.firstChild);
    focus('edition-' + cardId + '-texte');
  }

  // The image goes over HTTP (a file does not belong in a hub message, whose size is limited): a multipart POST with
  // the page's antiforgery token. The server records the change like any other and pushes it to the wall.
  var maxImageBytes = 5 * 1024 * 1024;

  function imageFields(cardId) {
    var prefix = 'edition-' + cardId + '-image';
    var card = state.cards.get(cardId);
    var box = el('fieldset', { 'class': 'carte-image' });
    box.appendChild(el('legend', null, 'Image (facultatif)'));
    box.appendChild(el('label', { 'for': prefix + '-fichier' }, card.imageUrl ? "Remplacer l'image (JPEG, PNG ou WebP, 5 Mo au plus)" : 'Joindre une image (JPEG, PNG ou WebP, 5 Mo au plus)'));
    box.appendChild(el('input', { id: prefix + '-fichier', type: 'file', accept: 'image/jpeg,image/png,image/webp', 'aria-describedby': prefix + '-etat' }));
    box.appendChild(el('label', { 'for': prefix + '-description' }, "Description de l'image pour qui ne la voit pas (facultatif)"));
    var alt = el('input', { id: prefix + '-description', type: 'text', maxlength: '200' });
    if (card.imageUrl && card.imageAlt) alt.value = card.imageAlt;
    box.appendChild(alt);
    box.appendChild(button("Enregistrer l'image", prefix + '-envoyer', function () { uploadImage(cardId, prefix); }));
    if (card.imageUrl) box.appendChild(button("Retirer l'image", prefix + '-retirer', function () { removeImage(cardId, prefix); }));
    box.appendChild(el('p', { id: prefix + '-etat', 'class': 'carte-image__etat', role: 'status' }));
    return box;
  }

  function uploadImage(cardId, prefix) {
    var file = byId(prefix + '-fichier').files[0];
    if (!file) { imageStatus(prefix, 'Choisissez une image JPEG, PNG ou WebP.', true); return; }
    if (file.size > maxImageBytes) { imageStatus(prefix, "L'image dépasse 5 Mo. Choisissez une image plus légère.", true); return; }
    var data = new FormData();
    data.append('image', file);
    data.append('alt', byId(prefix + '-description').value.trim());
    postImage(cardId, prefix, '', data, 'Image enregistrée.');
  }

  function removeImage(cardId, prefix) {
    postImage(cardId, prefix, '?handler=supprimer', new FormData(), 'Image retirée.');
  }

  function postImage(cardId, prefix, handler, data, done) {
    var token = document.querySelector('input[name="__RequestVerificationToken"]');
    data.append('operationId', newId());
    if (token) data.append('__RequestVerificationToken', token.value);
    imageStatus(prefix, 'Envoi en cours…', false);
    fetch('/murs/' + wallId + '/cartes/' + cardId + '/image' + handler, { method: 'POST', body: data, credentials: 'same-origin' })
      .then(function (response) {
        if (response.status === 413) throw new Error("L'image dépasse 5 Mo. Choisissez une image plus légère.");
        return response.json().catch(function () { return {}; }).then(function (body) {
          if (!response.ok) throw new Error(body.message || "L'image n'a pas été enregistrée : rechargez la page et réessayez.");
          return body;
        });
      })
      .then(function (result) {
        var before = state.cards.get(cardId);
        applyChanges(result.changes, false);
        var after = state.cards.get(cardId);
        // Our own change moved the version on: the text editor still open may save from the new one.
        if (before && after && editing.get(cardId) === before.version) editing.set(cardId, after.version);
        // Redraw the image controls (replace/remove now apply) and keep the keyboard where it was.
        var box = byId(prefix + '-fichier');
        if (box && after) {
          box.closest('fieldset').replaceWith(imageFields(cardId));
          focus(prefix + '-envoyer');
        }
        imageStatus(prefix, done, false);
        announce(done);
      })
      .catch(function (e) {
        imageStatus(prefix, e && e.message && e.message !== 'Failed to fetch' ? e.message : "L'image n'a pas été envoyée : vérifiez la connexion et réessayez.", true);
      });
  }

  function imageStatus(prefix, text, isError) {
    var node = byId(prefix + '-etat');
    if (!node) return;
    node.textContent = text;
    node.className = 'carte-image__etat' + (isError ? ' carte-image__etat--erreur' : '');
  }

  function showConflict(op, current) {
    var mine = { text: op.args[2], link: op.args[3], colour: op.args[4] };
    conflictEl.textContent = '';
    conflictEl.hidden = false;
    conflictEl.appendChild(el('h2', { id: 'mur-conflit-titre', tabindex: '-1' }, 'Cette carte a changé pendant que vous la modifiiez'));
    conflictEl.appendChild(el('p', null, 'Votre modification n\'a pas été enregistrée, pour ne pas effacer celle de ' + current.authorName + ' ou d\'un autre membre. Voici le texte actuel :'));
    var now = el('div', { 'class': 'mur-conflit__actuel' });
    now.innerHTML = current.deleted ? '<p>(carte supprimée)</p>' : current.html; // sanitised by the server
    conflictEl.appendChild(now);
    if (current.deleted || current.hidden) {
      conflictEl.appendChild(button('Fermer', 'mur-conflit-fermer', closeConflict));
      focus('mur-conflit-titre');
      return;
    }
    var form = cardFields('conflit', mine.text, mine.link || '', mine.colour);
    form.querySelector('label').textContent = 'Votre texte (modifiez-le pour fusionner les deux)';
    form.appendChild(el('button', { type: 'submit', 'class': 'bouton' }, 'Enregistrer mon texte à la place'));
    form.appendChild(button('Fusionner : ajouter le texte actuel au mien', 'conflit-fusionner', function () {
      var area = byId('conflit-texte');
      area.value = editableText(current.html) + '\n' + area.value;
      area.focus();
    }));
    form.appendChild(button('Garder le texte actuel', 'conflit-abandonner', closeConflict));
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var values = fieldValues('conflit');
      send('EditCard', [current.id, current.version, values.text, values.link, values.colour]);
      closeConflict();
    });
    conflictEl.appendChild(form);
    focus('mur-conflit-titre');
  }

  function closeConflict() { conflictEl.hidden = true; conflictEl.textContent = ''; }

  function buildCardForm(columnId) {
    var prefix = 'nouvelle-carte-' + columnId;
    var details = el('details', { 'class': 'colonne__ajout' });
    details.appendChild(el('summary', null, 'Ajouter une carte'));
    var form = cardFields(prefix, '', '', colours[0]);
    form.appendChild(el('button', { type: 'submit', 'class': 'bouton' }, 'Ajouter la carte'));
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var values = fieldValues(prefix);
      if (!values.text.trim()) { showError('Écrivez le texte de la carte.'); return; }
      send('AddCard', [columnId, values.text, values.link, values.colour]);
      byId(prefix + '-texte').value = '';
      byId(prefix + '-lien').value = '';
      byId(prefix + '-texte').focus();
    });
    details.appendChild(form);
    return details;
  }

  function buildNewColumnForm() {
    var form = el('form', { id: 'mur-nouvelle-colonne', 'class': 'colonne colonne--nouvelle' });
    form.appendChild(el('label', { 'for': 'mur-nouvelle-colonne-titre' }, 'Nouvelle colonne'));
    form.appendChild(el('input', { id: 'mur-nouvelle-colonne-titre', type: 'text', maxlength: '80', required: 'required' }));
    form.appendChild(el('button', { type: 'submit', 'class': 'bouton' }, 'Ajouter la colonne'));
    form.addEventListener('submit', function (e) {
      e.preventDefault();
      var input = byId('mur-nouvelle-colonne-titre');
      if (input.value.trim()) send('AddColumn', [input.value.trim()]);
      input.value = '';
    });
    return form;
  }

  function cardFields(prefix, text, link, colour) {
    var form = el('form', { 'class': 'carte-formulaire' });
    form.appendChild(el('label', { 'for': prefix + '-texte' }, 'Texte de la carte (2 000 caractères au plus)'));
    var area = el('textarea', { id: prefix + '-texte', rows: '4', maxlength: '8000', required: 'required' });
    area.value = text;
    form.appendChild(area);
    form.appendChild(el('label', { 'for': prefix + '-lien' }, 'Lien (facultatif, https://…)'));
    var input = el('input', { id: prefix + '-lien', type: 'url', maxlength: '500' });
    input.value = link;
    form.appendChild(input);
    form.appendChild(el('label', { 'for': prefix + '-couleur' }, 'Couleur'));
    var select = el('select', { id: prefix + '-couleur' });
    colours.forEach(function (c) {
      var option = el('option', { value: c }, colourLabels[c] || c);
      if (c === colour) option.selected = true;
      select.appendChild(option);
    });
    form.appendChild(select);
    return form;
  }

  function fieldValues(prefix) {
    var link = byId(prefix + '-lien').value.trim();
    return { text: byId(prefix + '-texte').value, link: link || null, colour: byId(prefix + '-couleur').value };
  }

  function renderPresence(names) {
    presenceEl.textContent = '';
    (names.length ? names : ['—']).forEach(function (n) { presenceEl.appendChild(el('li', null, n)); });
  }

  // ---- moves: buttons (keyboard) and drag and drop ----

  function moveWithin(cardId, delta) {
    var card = state.cards.get(cardId);
    var list = cardsOf(card.columnId).filter(function (c) { return c.id !== cardId; });
    var index = cardsOf(card.columnId).findIndex(function (c) { return c.id === cardId; }) + delta;
    if (index < 0 || index > list.length) return;
    var previous = list[index - 1], next = list[index];
    send('MoveCard', [cardId, card.columnId, previous ? previous.id : null, next ? next.id : null]);
    announce('Déplacement de la carte envoyé.');
  }

  function moveToColumn(cardId, delta) {
    var card = state.cards.get(cardId);
    var columns = sortedColumns();
    var target = columns[columns.findIndex(function (c) { return c.id === card.columnId; }) + delta];
    if (!target) return;
    var last = cardsOf(target.id).pop();
    send('MoveCard', [cardId, target.id, last ? last.id : null, null]);
  }

  function moveColumn(columnId, delta) {
    var others = sortedColumns().filter(function (c) { return c.id !== columnId; });
    var index = sortedColumns().findIndex(function (c) { return c.id === columnId; }) + delta;
    if (index < 0 || index > others.length) return;
    var previous = others[index - 1], next = others[index];
    send('MoveColumn', [columnId, previous ? previous.id : null, next ? next.id : null]);
  }

  function enableDrop(list, columnId) {
    list.addEventListener('dragover', function (e) { if (dragged !== null) { e.preventDefault(); list.classList.add('cartes--cible'); } });
    list.addEventListener('dragleave', function () { list.classList.remove('cartes--cible'); });
    list.addEventListener('drop', function (e) {
      e.preventDefault();
      list.classList.remove('cartes--cible');
      var cardId = Number(e.dataTransfer.getData('text/plain')) || dragged;
      if (!cardId) return;
      var items = Array.prototype.filter.call(list.children, function (li) { return Number(li.dataset.cardId) !== cardId; });
      var next = items.find(function (li) { var r = li.getBoundingClientRect(); return e.clientY < r.top + r.height / 2; });
      var index = next ? items.indexOf(next) : items.length;
      var previous = items[index - 1];
      send('MoveCard', [cardId, columnId, previous ? Number(previous.dataset.cardId) : null, next ? Number(next.dataset.cardId) : null]);
    });
  }

  // ---- helpers ----

  function el(tag, attributes, text) {
    var node = document.createElement(tag);
    if (attributes) Object.keys(attributes).forEach(function (k) { node.setAttribute(k, attributes[k]); });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function button(label, id, onClick, describedBy, action, disabled) {
    var b = el('button', { type: 'button', id: id, 'class': 'bouton bouton--petit' }, label);
    if (describedBy) b.setAttribute('aria-describedby', describedBy);
    if (action) b.setAttribute('data-action', action);
    if (disabled) b.disabled = true;
    b.addEventListener('click', onClick);
    return b;
  }

  function byId(id) { return document.getElementById(id); }

  function focus(id) { var node = byId(id); if (node) node.focus(); }

  // Re-rendering replaces nodes: put focus back on the same control, or, when it is now disabled (a card moved to
  // the last column), on the first usable control of the same card, so keyboard users do not lose their place.
  function restoreFocus(id) {
    if (!id || document.activeElement && document.activeElement.id === id) return;
    var node = byId(id);
    if (!node) return;
    if (!node.disabled) { node.focus(); return; }
    var card = node.closest('li.carte, section.colonne');
    var fallback = card && card.querySelector('button:not([disabled])');
    if (fallback) fallback.focus();
  }

  function announce(text) {
    announceEl.textContent = '';
    setTimeout(function () { announceEl.textContent = text; }, 50);
  }

  function showError(text) { errorEl.hidden = false; errorEl.textContent = text; }

  function clearError() { errorEl.hidden = true; errorEl.textContent = ''; }

  window.addEventListener('online', flush);
})();
