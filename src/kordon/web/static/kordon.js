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
