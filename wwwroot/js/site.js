// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // After a failed post, move focus to the error summary so that screen-reader users hear what went wrong.
  var summary = document.getElementById("resume-erreurs");
  if (summary) {
    summary.focus();
  }

  // On a wide screen the header's menu is always shown (the stylesheet hides its button); keep the details open so
  // that browsers without ::details-content show it too.
  var wide = window.matchMedia("(min-width: 64rem)");
  var menu = document.getElementById("menu");
  function syncMenu() { if (menu && wide.matches) { menu.open = true; } }
  syncMenu();
  if (wide.addEventListener) { wide.addEventListener("change", syncMenu); }

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
    var used = Array.prototype.some.call(form.elements, function (el) {
      return (el.tagName === "SELECT" || (el.tagName === "INPUT" && el.type !== "submit" && el.type !== "hidden" && el.type !== "checkbox")) && el.value;
    });
    details.open = used || medium.matches;
    if (medium.addEventListener) { medium.addEventListener("change", function () { if (medium.matches) { details.open = true; } }); }
  });
})();
