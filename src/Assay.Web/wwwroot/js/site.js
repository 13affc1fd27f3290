// Progressive enhancement only: every page works without this file.
(function () {
  "use strict";
  // ACH cells: save a rating as soon as it is chosen; without script the row's Save button does it.
  // The selects sit in the row's cells and belong to the row's form through their form attribute.
  document.querySelectorAll("select").forEach(function (select) {
    if (select.form && select.form.hasAttribute("data-autosubmit")) {
      select.addEventListener("change", function () { select.form.requestSubmit(); });
    }
  });
  // Reader: mark the selected claim so it stands out after a click.
  var selected = document.querySelector("[data-selected-claim]");
  if (selected) {
    var id = selected.getAttribute("data-selected-claim");
    var span = document.getElementById("claim-" + id);
    if (span) { span.classList.add("selected"); }
  }
})();
