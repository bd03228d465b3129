// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // After a failed post, move focus to the error summary so that screen-reader users hear what went wrong.
  var summary = document.getElementById("resume-erreurs");
  if (summary) {
    summary.focus();
  }

  // On a wide screen the header's menu is always shown (the stylesheet hides its button); keep the details open so
  // that browsers without ::details-content show it too. A window that becomes narrow (a tablet turned to portrait)
  // folds it again: left open, the phone menu would cover the page.
  var wide = window.matchMedia("(min-width: 64rem)");
  var menu = document.getElementById("menu");
  if (menu && wide.matches) { menu.open = true; }
  if (menu && wide.addEventListener) { wide.addEventListener("change", function () { menu.open = wide.matches; }); }

  // Safety net for a wide table a page did not put in its own scrolling region: on a narrow screen it scrolls inside
  // a labelled, focusable region instead of making the whole page scroll sideways.
  Array.prototype.forEach.call(document.querySelectorAll("main table"), function (table) {
    if (table.closest(".defilement, .tableau-defilant, .table-empilee") || table.scrollWidth <= table.parentNode.clientWidth) { return; }
    var region = document.createElement("div");
    region.className = "defilement";
    region.setAttribute("role", "region");
    region.setAttribute("tabindex", "0");
    var caption = table.querySelector("caption");
    region.setAttribute("aria-label", (caption ? caption.textContent.trim() : "Tableau") + " (tableau défilant)");
    table.parentNode.insertBefore(region, table);
    region.appendChild(table);
  });

  // On a phone, list filters fold behind « Filtrer » so that the results are on the first screen; open when a
  // filter is in use, always open from 48rem.
  var medium = window.matchMedia("(min-width: 48rem)");
  Array.prototype.forEach.call(document.querySelectorAll("form.filtres, form.filtres-annuaire"), function (form) {
    if (form.closest("details")) { return; }
    var details = document.createElement("details");
    details.className = "repli-filtres";
    var label = document.createElement("summary");
    label.textContent = "Filtrer";
    details.appendChild(label);
    form.parentNode.insertBefore(details, form);
    details.appendChild(form);
    // A filter is in use when the address gives it a value: a select always has one (a sort, a page size) and dates
    // come pre-filled with the default period, so the fields' own values cannot tell.
    var query = new URLSearchParams(window.location.search);
    var used = Array.prototype.some.call(form.elements, function (el) { return el.name && query.get(el.name); });
    details.open = used || medium.matches;
    if (medium.addEventListener) { medium.addEventListener("change", function () { if (medium.matches) { details.open = true; } }); }
  });
})();
