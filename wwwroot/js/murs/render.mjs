// Drawing the wall: columns, cards, their menus and forms. The markup follows the server's (_Carte.cshtml), which
// is what people without JavaScript read. Every action goes back to main.mjs through `on`.

import { el, icon, button } from './dom.mjs';
import { menuButton } from './menu.mjs';

/** Shows a link as « site.fr/chemin… » (the full address stays in href and in the title). */
export function shortLink(link) {
  try {
    const u = new URL(link);
    const text = u.hostname.replace(/^www\./, '') + (u.pathname === '/' ? '' : u.pathname);
    return text.length > 40 ? text.slice(0, 39) + '…' : text;
  } catch { return link; }
}

export function commentsLabel(count) {
  return count === 0 ? 'Commenter' : count === 1 ? '1 commentaire' : count + ' commentaires';
}

export function createRenderer({ contract, canWrite, canModerate, on }) {
  const colourLabel = (id) => (contract.colours.find((c) => c.id === id) || { label: id }).label;

  function column(columnView, index, count) {
    const id = 'colonne-' + columnView.id;
    const section = el('section', { class: 'colonne', 'data-column-id': columnView.id, 'aria-labelledby': id + '-titre' });
    const header = el('div', { class: 'colonne__entete' });
    header.appendChild(el('h2', { id: id + '-titre', class: 'colonne__titre' }, columnView.title));
    if (canWrite) {
      const items = [{ id: id + '-renommer', label: 'Renommer la colonne', run: () => on.renameColumn(columnView.id) }];
      if (index > 0) items.push({ id: id + '-gauche', label: 'Déplacer la colonne avant', run: () => on.moveColumn(columnView.id, -1) });
      if (index < count - 1) items.push({ id: id + '-droite', label: 'Déplacer la colonne après', run: () => on.moveColumn(columnView.id, 1) });
      header.appendChild(menuButton(id + '-actions', 'Actions sur la colonne « ' + columnView.title + ' »', items));
    }
    section.appendChild(header);
    const list = el('ul', { class: 'cartes', 'data-column-id': columnView.id, 'aria-labelledby': id + '-titre' });
    section.appendChild(list);
    if (canWrite) section.appendChild(newCardForm(columnView.id));
    return section;
  }

  function card(view, { moving, commentsOpen, panel }) {
    const id = 'carte-' + view.id;
    const li = el('li', { class: 'carte carte--' + view.colour + (moving ? ' carte--soulevee' : ''), id, 'data-card-id': view.id });
    const article = el('article', { class: 'carte__corps', 'aria-labelledby': id + '-auteur' });
    li.appendChild(article);

    const header = el('header', { class: 'carte__entete' });
    const author = el('p', { class: 'carte__auteur', id: id + '-auteur' });
    author.appendChild(el('span', { class: 'sr-only' }, 'Carte de '));
    author.appendChild(document.createTextNode(view.authorName));
    author.appendChild(el('span', { class: 'sr-only' }, ' (couleur ' + colourLabel(view.colour) + ')'));
    header.appendChild(author);
    if (canWrite && !view.hidden) header.appendChild(commands(view));
    article.appendChild(header);

    if (panel) article.appendChild(panelOf(view, panel));
    if (view.hidden) {
      article.appendChild(el('p', { class: 'carte__masquee' }, 'Carte masquée par la coordination.'));
      return li;
    }
    if (view.imageUrl) {
      const figure = el('figure', { class: 'carte__image' });
      figure.appendChild(el('img', { src: view.imageUrl, alt: view.imageAlt || '', loading: 'lazy' }));
      article.appendChild(figure);
    }
    const text = el('div', { class: 'carte__texte' });
    text.innerHTML = view.html; // sanitised by the server (PortalHtmlSanitizer) when written
    article.appendChild(text);
    if (view.link) {
      const p = el('p', { class: 'carte__lien' });
      const a = el('a', { href: view.link, rel: 'nofollow noopener noreferrer', title: view.link });
      a.appendChild(icon('lien'));
      a.appendChild(document.createTextNode(' ' + shortLink(view.link)));
      p.appendChild(a);
      article.appendChild(p);
    }

    const footer = el('div', { class: 'carte__pied' });
    footer.appendChild(reactions(view));
    if (view.sentUp) footer.appendChild(el('p', { class: 'carte__remontee' }, 'Remontée à la coordination'));
    article.appendChild(footer);
    if (view.comments.length || canWrite) article.appendChild(comments(view, commentsOpen));
    if (canWrite) {
      li.setAttribute('draggable', 'true');
      li.addEventListener('dragstart', (e) => on.dragStart(view.id, e));
      li.addEventListener('dragend', () => on.dragEnd(view.id));
    }
    return li;
  }

  function commands(view) {
    const id = 'carte-' + view.id;
    const box = el('div', { class: 'carte__commandes' });
    const handle = el('button', { type: 'button', id: id + '-deplacer', class: 'carte__poignee', 'aria-describedby': 'mur-aide-deplacement', title: 'Déplacer (Espace, puis flèches)' });
    handle.appendChild(icon('poignee'));
    handle.appendChild(el('span', { class: 'sr-only' }, 'Déplacer la carte de ' + view.authorName));
    handle.addEventListener('keydown', (e) => on.handleKey(view.id, e));
    handle.addEventListener('click', (e) => { if (e.detail === 0) return; on.handleClick(view.id); });
    box.appendChild(handle);
    const items = [
      { id: id + '-modifier', label: 'Modifier', run: () => on.edit(view.id) },
      { id: id + '-deplacer-menu', label: 'Déplacer au clavier', run: () => on.lift(view.id) },
    ];
    if (!view.sentUp) items.push({ id: id + '-remonter', label: 'Remonter à la coordination…', run: () => on.openPanel(view.id, 'remonter') });
    if (canModerate) items.push({ id: id + '-masquer', label: 'Masquer (modération)…', run: () => on.openPanel(view.id, 'masquer') });
    items.push({ id: id + '-supprimer', label: 'Supprimer…', danger: true, run: () => on.openPanel(view.id, 'supprimer') });
    box.appendChild(menuButton(id + '-actions', 'Actions sur la carte de ' + view.authorName, items));
    return box;
  }

  /**
   * What a menu entry opens inside the card, instead of a browser dialog: the delete confirmation, the note sent up
   * with a card, the reason for hiding it. Escape or « Annuler » closes it and gives the focus back to the menu.
   */
  function panelOf(view, kind) {
    const id = 'carte-' + view.id + '-' + kind;
    const texts = {
      supprimer: { question: 'Supprimer cette carte pour tout le monde ? Elle ne pourra pas être rétablie.', ok: 'Supprimer la carte', danger: true },
      remonter: { question: 'Remonter cette carte à la coordination de la CTG', field: 'Une note pour la coordination (facultatif)', ok: 'Remonter la carte' },
      masquer: { question: 'Masquer cette carte pour tout le monde', field: 'Motif du masquage (gardé pour la trace)', ok: 'Masquer la carte', required: true },
    }[kind];
    const box = el('form', { class: 'carte__panneau' + (texts.danger ? ' carte__panneau--danger' : ''), role: 'group', 'aria-labelledby': id + '-question', id });
    box.appendChild(el('p', { id: id + '-question', class: 'carte__panneau-titre' }, texts.question));
    if (texts.field) {
      box.appendChild(el('label', { for: id + '-texte' }, texts.field));
      box.appendChild(el('textarea', { id: id + '-texte', rows: '2', maxlength: '1000', required: texts.required ? 'required' : null }));
    }
    box.appendChild(el('button', { type: 'submit', id: id + '-oui', class: 'bouton bouton--petit' + (texts.danger ? ' bouton--danger' : '') }, texts.ok));
    box.appendChild(button('Annuler', { id: id + '-non', class: 'bouton bouton--petit bouton--secondaire' }, () => on.closePanel(view.id)));
    box.addEventListener('submit', (e) => {
      e.preventDefault();
      const field = box.querySelector('textarea');
      on.confirmPanel(view.id, kind, field ? field.value.trim() : null);
    });
    box.addEventListener('keydown', (e) => { if (e.key === 'Escape') { e.preventDefault(); on.closePanel(view.id); } });
    return box;
  }

  function reactions(view) {
    const box = el('div', { class: 'carte__reactions' });
    for (const r of contract.reactions) {
      const count = view.reactions[r.id] || 0;
      const name = r.label + ' : ' + count;
      const face = canWrite
        ? el('button', { type: 'button', id: 'carte-' + view.id + '-reaction-' + r.id, class: 'reaction reaction--' + r.id, 'aria-label': name, title: r.label })
        : el('span', { class: 'reaction reaction--' + r.id, role: 'img', 'aria-label': name, title: r.label });
      face.appendChild(icon(r.id));
      face.appendChild(el('span', { class: 'reaction__nombre', 'aria-hidden': 'true' }, String(count)));
      if (canWrite) face.addEventListener('click', () => on.react(view.id, r.id));
      box.appendChild(face);
    }
    return box;
  }

  function comments(view, isOpen) {
    const id = 'carte-' + view.id;
    const details = el('details', { class: 'carte__commentaires', id: id + '-commentaires', open: isOpen ? 'open' : null });
    const summary = el('summary');
    summary.appendChild(icon('commentaire'));
    summary.appendChild(document.createTextNode(' ' + commentsLabel(view.comments.length)));
    details.appendChild(summary);
    details.addEventListener('toggle', () => on.commentsToggled(view.id, details.open));
    if (view.comments.length) {
      const list = el('ul', { class: 'carte__fil', 'aria-label': 'Commentaires' });
      for (const c of view.comments) {
        const item = el('li');
        item.appendChild(el('strong', null, c.authorName));
        item.appendChild(document.createTextNode(' : ' + c.text));
        list.appendChild(item);
      }
      details.appendChild(list);
    }
    if (canWrite) {
      const form = el('form', { class: 'carte__commenter' });
      const inputId = id + '-commentaire';
      form.appendChild(el('label', { for: inputId }, 'Votre commentaire'));
      form.appendChild(el('input', { id: inputId, type: 'text', maxlength: String(contract.limits.comment), required: 'required' }));
      form.appendChild(el('button', { type: 'submit', class: 'bouton bouton--petit' }, 'Envoyer'));
      form.addEventListener('submit', (e) => {
        e.preventDefault();
        const input = form.querySelector('input');
        if (input.value.trim()) on.comment(view.id, input.value.trim());
        input.value = '';
      });
      details.appendChild(form);
    }
    return details;
  }

  function cardFields(prefix, text, link, colour) {
    const form = el('form', { class: 'carte-formulaire' });
    form.appendChild(el('label', { for: prefix + '-texte' }, 'Texte de la carte (' + contract.limits.cardText.toLocaleString('fr-FR') + ' caractères au plus)'));
    const area = el('textarea', { id: prefix + '-texte', rows: '4', maxlength: String(contract.limits.cardInput), required: 'required' });
    area.value = text;
    form.appendChild(area);
    form.appendChild(el('label', { for: prefix + '-lien' }, 'Lien (facultatif, https://…)'));
    const input = el('input', { id: prefix + '-lien', type: 'url', maxlength: String(contract.limits.link) });
    input.value = link;
    form.appendChild(input);
    form.appendChild(el('label', { for: prefix + '-couleur' }, 'Couleur'));
    const select = el('select', { id: prefix + '-couleur' });
    for (const c of contract.colours) {
      const option = el('option', { value: c.id }, c.label);
      if (c.id === colour) option.selected = true;
      select.appendChild(option);
    }
    form.appendChild(select);
    return form;
  }

  function newCardForm(columnId) {
    const prefix = 'nouvelle-carte-' + columnId;
    const details = el('details', { class: 'colonne__ajout' });
    const summary = el('summary');
    summary.appendChild(icon('plus'));
    summary.appendChild(document.createTextNode(' Ajouter une carte'));
    details.appendChild(summary);
    const form = cardFields(prefix, '', '', contract.colours[0].id);
    form.appendChild(el('button', { type: 'submit', class: 'bouton bouton--petit' }, 'Ajouter la carte'));
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      on.addCard(columnId, prefix);
    });
    details.appendChild(form);
    return details;
  }

  function presence(list, names) {
    list.textContent = '';
    for (const n of names.length ? names : ['—']) list.appendChild(el('li', null, n));
  }

  return { column, card, cardFields, presence };
}
