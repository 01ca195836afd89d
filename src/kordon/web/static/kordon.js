// Adds another item or person row to the inspection form from its <template>.
document.addEventListener("click", function (event) {
  var button = event.target.closest("[data-add]");
  if (!button) return;
  var template = document.getElementById(button.dataset.add);
  var target = document.getElementById(button.dataset.into);
  var copy = template.content.cloneNode(true);
  target.appendChild(copy);
  var last = target.lastElementChild;
  var first = last && last.querySelector("select, input");
  if (first) first.focus();
});

// Asks before sending a form whose effect cannot be undone (data-confirm holds the question).
document.addEventListener("submit", function (event) {
  var question = event.target.dataset ? event.target.dataset.confirm : null;
  if (question && !window.confirm(question)) event.preventDefault();
});

// A page that answers a form (a new password, a revoked token) takes its plain address, so that
// reloading it shows the page again instead of sending the form a second time.
(function () {
  var page = document.querySelector("[data-settle]");
  if (page && window.history.replaceState && window.location.pathname !== page.dataset.settle) {
    window.history.replaceState(null, "", page.dataset.settle);
  }
})();
