// After htmx swaps in another page of a list, the link that was pressed is gone: move focus to the
// list's heading so keyboard and screen-reader users continue from there.
document.addEventListener("htmx:afterSettle", function (event) {
  var heading = event.detail.elt && event.detail.elt.querySelector ? event.detail.elt.querySelector("h2[tabindex]") : null;
  if (heading) heading.focus();
});

// On a narrow screen the search filters start folded so the results come first; a person who opens them keeps
// them open while ticking (each tick swaps the form in anew). On a wide screen they are always open.
(function () {
  var narrow = window.matchMedia("(max-width: 48rem)");
  function fit(root) {
    if (!root || !root.querySelectorAll) return;
    root.querySelectorAll("details.filter-panel").forEach(function (panel) {
      panel.open = !narrow.matches || sessionStorage.getItem("filters-open") === "1";
      panel.addEventListener("toggle", function () {
        if (narrow.matches) sessionStorage.setItem("filters-open", panel.open ? "1" : "0");
      });
    });
  }
  document.addEventListener("DOMContentLoaded", function () { fit(document); });
  document.addEventListener("htmx:afterSwap", function (event) { fit(event.detail.target && event.detail.target.parentNode); });
})();
