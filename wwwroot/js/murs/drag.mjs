// Moving cards by keyboard and by pointer. Keyboard: Space (or Enter) on a card's handle lifts it, arrows move it
// across cards and columns (the board is redrawn with the card at its new place), Space drops it, Escape puts it
// back where it was. Each step is announced; the focus stays on the card's handle throughout. Pointer: native drag
// and drop of the card onto a list. Both end in one MoveCard between the neighbours where the card lands.

import { lift, step, directionOf, hasMoved, placement, positionOf, moveTo } from './moves.mjs';

export function createMover({ arrangement, layout, redraw, focusCard, announce, commit, columnTitle, authorOf }) {
  let move = null;
  let dragged = null;

  const where = (m) => {
    const p = positionOf(arrangement(), m);
    return 'position ' + p.position + ' sur ' + p.count + ' dans « ' + columnTitle(p.columnId) + ' »';
  };

  function start(cardId) {
    if (move) cancel();
    move = lift(arrangement(), cardId);
    if (!move) return;
    redraw();
    focusCard(cardId);
    announce('Carte de ' + authorOf(cardId) + ' soulevée, ' + where(move) + '. Flèches pour la déplacer, Espace pour la déposer, Échap pour annuler.');
  }

  function drop() {
    const done = move;
    move = null;
    if (!hasMoved(done)) {
      redraw();
      focusCard(done.cardId);
      announce('Carte déposée à sa place : rien n\'a changé.');
      return;
    }
    const target = placement(arrangement(), done);
    const text = 'Carte déposée, ' + where(done) + '.';
    commit(done, target);
    redraw();
    focusCard(done.cardId);
    announce(text);
  }

  function cancel() {
    const was = move;
    move = null;
    redraw();
    focusCard(was.cardId);
    announce('Déplacement annulé : la carte reste ' + where({ ...was, at: was.origin }) + '.');
  }

  function key(cardId, e) {
    if (!move || move.cardId !== cardId) {
      if (e.key === ' ' || e.key === 'Enter') { e.preventDefault(); start(cardId); }
      return;
    }
    if (e.key === ' ' || e.key === 'Enter') { e.preventDefault(); drop(); return; }
    if (e.key === 'Escape') { e.preventDefault(); cancel(); return; }
    if (e.key === 'Tab') { cancel(); return; }
    const direction = directionOf(e.key, layout());
    if (!direction) return;
    e.preventDefault();
    const next = step(arrangement(), move, direction);
    if (next.at.column === move.at.column && next.at.index === move.at.index) {
      announce('La carte ne peut pas aller plus loin : ' + where(move) + '.');
      return;
    }
    move = next;
    redraw();
    focusCard(cardId);
    announce(where(move) + '.');
  }

  /** The board changed under a move in progress (someone else's change): a card that is gone cannot be moved. */
  function boardChanged() {
    if (move && !arrangement().some((c) => c.cards.includes(move.cardId))) {
      move = null;
      announce('La carte que vous déplaciez a été supprimée ou masquée.');
    }
  }

  // ---- pointer ----

  function dragStart(cardId, e) {
    dragged = cardId;
    e.dataTransfer.setData('text/plain', String(cardId));
    e.dataTransfer.effectAllowed = 'move';
  }

  function dragEnd() { dragged = null; }

  /** Where in the list the pointer is: before the first card whose middle it has not passed. */
  function indexAt(list, cardId, x, y) {
    const items = [...list.children].filter((li) => Number(li.dataset.cardId) !== cardId);
    const grid = layout() === 'grille';
    const i = items.findIndex((li) => {
      const r = li.getBoundingClientRect();
      return grid ? (y < r.top || (y <= r.bottom && x < r.left + r.width / 2)) : y < r.top + r.height / 2;
    });
    return i < 0 ? items.length : i;
  }

  function enableDrop(list, columnId) {
    list.addEventListener('dragover', (e) => { if (dragged !== null) { e.preventDefault(); list.classList.add('cartes--cible'); } });
    list.addEventListener('dragleave', () => list.classList.remove('cartes--cible'));
    list.addEventListener('drop', (e) => {
      e.preventDefault();
      list.classList.remove('cartes--cible');
      const cardId = Number(e.dataTransfer.getData('text/plain')) || dragged;
      if (!cardId) return;
      const m = moveTo(arrangement(), cardId, columnId, indexAt(list, cardId, e.clientX, e.clientY));
      if (!m || !hasMoved(m)) return;
      const text = 'Carte déposée, ' + where(m) + '.';
      commit(m, placement(arrangement(), m));
      redraw();
      focusCard(cardId);
      announce(text);
    });
  }

  return {
    key, start, boardChanged, dragStart, dragEnd, enableDrop,
    get current() { return move; },
  };
}
