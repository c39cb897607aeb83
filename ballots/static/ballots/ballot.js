// The ballot form, better with JavaScript: a running total against the budget, and choices
// that would go over the budget (or over the number allowed) are disabled with the reason.
// Without JavaScript the form still works: the server checks the choice before casting.
(function () {
  "use strict";
  var strings = document.getElementById("ballot-strings");
  var lang = document.documentElement.lang || "th";
  function money(value) {
    return new Intl.NumberFormat(lang === "th" ? "th-TH" : "en-GB", {maximumFractionDigits: 2}).format(value) +
      " " + (strings ? strings.dataset.currency : "");
  }
  document.querySelectorAll("form.ballot-form").forEach(function (form) {
    var budget = parseFloat(form.dataset.budget);
    var knapsack = form.dataset.rule === "knapsack";
    var max = parseInt(form.dataset.max, 10) || 0;
    var boxes = Array.prototype.slice.call(form.querySelectorAll('input[name="project"]'));
    var panel = form.querySelector(".ballot-total");
    var sum = form.querySelector(".ballot-total__sum");
    var meter = form.querySelector(".ballot-total__meter");
    var left = form.querySelector(".ballot-total__left");
    panel.hidden = false;
    function update() {
      var total = 0, count = 0;
      boxes.forEach(function (box) { if (box.checked) { total += parseFloat(box.dataset.cost); count += 1; } });
      var remaining = budget - total;
      sum.textContent = money(total);
      meter.value = Math.min(total, budget);
      left.textContent = strings ? strings.dataset.left.replace("{amount}", money(Math.max(remaining, 0))) : "";
      panel.classList.toggle("ballot-total--over", knapsack && total > budget);
      boxes.forEach(function (box) {
        var why = "";
        if (!box.checked) {
          if (knapsack && parseFloat(box.dataset.cost) > remaining + 1e-9) why = strings ? strings.dataset.over : "";
          else if (!knapsack && max && count >= max) why = strings ? strings.dataset.full : "";
        }
        box.disabled = why !== "";
        var note = box.closest(".ballot-project").querySelector(".ballot-project__why");
        if (note) note.textContent = why ? " · " + why : "";
        box.closest(".ballot-project").classList.toggle("ballot-project--unavailable", why !== "");
      });
    }
    boxes.forEach(function (box) { box.addEventListener("change", update); });
    update();
  });
})();
