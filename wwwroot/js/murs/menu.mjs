// One actions button per card (and per column) opening a menu: the WAI-ARIA menu button pattern. Enter, Space or
// ArrowDown open it on the first item, ArrowUp on the last; arrows, Home and End move; Escape closes it and gives
// the focus back to the button; Tab or a click elsewhere closes it.

import { el, icon } from './dom.mjs';

let open = null;

export function closeOpenMenu(returnFocus) {
  if (!open) return;
  const { buttonEl, list } = open;
  open = null;
  list.hidden = true;
  buttonEl.setAttribute('aria-expanded', 'false');
  if (returnFocus) buttonEl.focus();
}

document.addEventListener('click', (e) => {
  if (open && !open.wrapper.contains(e.target)) closeOpenMenu(false);
});

/**
 * items: [{ label, run, danger, id }]; label: the button's accessible name (« Actions sur la carte de … »).
 * The visible face is an icon; the name is for screen readers and voice control.
 */
export function menuButton(id, label, items) {
  const wrapper = el('div', { class: 'menu' });
  const buttonEl = el('button', { type: 'button', id, class: 'menu__bouton', 'aria-haspopup': 'true', 'aria-expanded': 'false', 'aria-controls': id + '-liste', title: label });
  buttonEl.appendChild(icon('actions'));
  buttonEl.appendChild(el('span', { class: 'sr-only' }, label));
  const list = el('ul', { id: id + '-liste', class: 'menu__liste', role: 'menu', 'aria-labelledby': id, hidden: 'hidden' });
  const entries = items.map((item) => {
    const li = el('li', { role: 'none' });
    const entry = el('button', { type: 'button', role: 'menuitem', tabindex: '-1', id: item.id, class: 'menu__entree' + (item.danger ? ' menu__entree--danger' : '') }, item.label);
    entry.addEventListener('click', () => { closeOpenMenu(false); item.run(); });
    li.appendChild(entry);
    list.appendChild(li);
    return entry;
  });

  const show = (index) => {
    closeOpenMenu(false);
    list.hidden = false;
    buttonEl.setAttribute('aria-expanded', 'true');
    open = { wrapper, buttonEl, list };
    entries[(index + entries.length) % entries.length].focus();
  };

  buttonEl.addEventListener('click', () => {
    if (open && open.list === list) closeOpenMenu(true); else show(0);
  });
  buttonEl.addEventListener('keydown', (e) => {
    if (e.key === 'ArrowDown') { e.preventDefault(); show(0); }
    if (e.key === 'ArrowUp') { e.preventDefault(); show(entries.length - 1); }
  });
  list.addEventListener('keydown', (e) => {
    const i = entries.indexOf(document.activeElement);
    const moves = { ArrowDown: i + 1, ArrowUp: i - 1, Home: 0, End: entries.length - 1 };
    if (e.key in moves) { e.preventDefault(); entries[(moves[e.key] + entries.length) % entries.length].focus(); }
    else if (e.key === 'Escape') { e.preventDefault(); e.stopPropagation(); closeOpenMenu(true); }
    else if (e.key === 'Tab') closeOpenMenu(false);
  });

  wrapper.append(buttonEl, list);
  return wrapper;
}
