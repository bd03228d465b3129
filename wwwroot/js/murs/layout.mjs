// The wall's two layouts: « colonnes » (side by side, scrolling sideways inside the board) and « grille » (each
// column a row of cards that wrap). Chosen by ?disposition= (which also works without JavaScript), else the
// person's last choice kept in localStorage, else columns.

export const layouts = ['colonnes', 'grille'];

export function chooseLayout(queryValue, storedValue) {
  if (layouts.includes(queryValue)) return queryValue;
  if (layouts.includes(storedValue)) return storedValue;
  return 'colonnes';
}
