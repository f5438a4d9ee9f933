// Only an enhancement: the server counts the points and checks the budget on every save.
(function () {
  var form = document.querySelector("form.ballot");
  if (!form) return;
  var budget = parseInt(form.getAttribute("data-budget"), 10);
  function update(group) {
    var given = 0;
    group.querySelectorAll("input[type=radio]:checked").forEach(function (input) {
      given += parseInt(input.value, 10) || 0;
    });
    var output = group.querySelector("[data-left]");
    var left = budget - given;
    var text = left >= 0 ? form.getAttribute("data-left-text") : form.getAttribute("data-over-text");
    output.textContent = text
      // digits as the server prints them, whatever the language
      .replace("%(left)s", String(Math.max(left, 0)))
      .replace("%(over)s", String(Math.max(-left, 0)))
      .replace("%(budget)s", String(budget));
    group.classList.toggle("ballot__group--over", left < 0);
  }
  form.querySelectorAll("[data-group]").forEach(function (group) {
    group.addEventListener("change", function () { update(group); });
  });
})();
