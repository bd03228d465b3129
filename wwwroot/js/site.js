// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // After a failed post, move focus to the error summary so that screen-reader users hear what went wrong.
  var summary = document.getElementById("resume-erreurs");
  if (summary) {
    summary.focus();
  }
})();
