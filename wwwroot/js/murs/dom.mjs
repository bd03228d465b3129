// Small DOM helpers shared by the wall's modules.

export const byId = (id) => document.getElementById(id);

export function el(tag, attributes, text) {
  const node = document.createElement(tag);
  if (attributes) for (const [k, v] of Object.entries(attributes)) if (v !== null && v !== undefined && v !== false) node.setAttribute(k, v);
  if (text !== undefined) node.textContent = text;
  return node;
}

const svgNs = 'http://www.w3.org/2000/svg';

/** One of the portal's own icons (the sprite drawn once in the page): no emoji font needed. Decorative. */
export function icon(name) {
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('class', 'icone');
  svg.setAttribute('aria-hidden', 'true');
  svg.setAttribute('focusable', 'false');
  const use = document.createElementNS(svgNs, 'use');
  use.setAttribute('href', '#icone-' + name);
  svg.appendChild(use);
  return svg;
}

export function button(label, attributes, onClick) {
  const b = el('button', { type: 'button', class: 'bouton bouton--petit', ...attributes }, label);
  if (onClick) b.addEventListener('click', onClick);
  return b;
}

export function focusById(id) {
  const node = id && byId(id);
  if (node) node.focus();
  return !!node;
}
