// After htmx swaps in another page of a list, the link that was pressed is gone: move focus to the
// list's heading so keyboard and screen-reader users continue from there.
document.addEventListener("htmx:afterSettle", function (event) {
  var heading = event.detail.elt && event.detail.elt.querySelector ? event.detail.elt.querySelector("h2[tabindex]") : null;
  if (heading) heading.focus();
});
