// Similar ideas while a title is typed in the idea form. Without this script the form's
// "Check for similar ideas" button does the same in one more step.
(function () {
  "use strict";
  var DELAY_MS = 400;
  document.querySelectorAll("form[data-similar-ideas-url]").forEach(function (form) {
    var title = form.querySelector("input[name=title]");
    var box = form.querySelector("[data-similar-ideas]");
    if (!title || !box) { return; }
    var timer = null;
    var last = title.value.trim();
    var controller = null;
    title.addEventListener("input", function () {
      clearTimeout(timer);
      timer = setTimeout(function () {
        var text = title.value.trim();
        if (text === last) { return; }
        last = text;
        if (text.length < 2) { box.innerHTML = ""; return; }
        if (controller) { controller.abort(); }
        controller = new AbortController();
        var url = form.getAttribute("data-similar-ideas-url") + "&title=" + encodeURIComponent(text);
        fetch(url, { signal: controller.signal, credentials: "same-origin" })
          .then(function (response) { return response.ok ? response.text() : ""; })
          .then(function (html) { box.innerHTML = html; })
          .catch(function () { /* typing on: a newer request replaced this one */ });
      }, DELAY_MS);
    });
  });
})();
