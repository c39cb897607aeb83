/*
 * Upload progress for forms marked data-upload-progress: the file is sent with XMLHttpRequest
 * so the page can show how much has gone, then the server's answer replaces the page, exactly
 * as a normal submit would. Without JavaScript the form submits as a plain form.
 */
(function () {
  "use strict";

  function show(form) {
    var status = form.querySelector("[data-upload-progress-status]");
    var bar = status && status.querySelector("progress");
    var text = status && status.querySelector("[data-upload-progress-text]");
    return {
      progress: function (percent) {
        if (!status) return;
        status.hidden = false;
        bar.value = percent;
        text.textContent = text.dataset.uploading.replace("{percent}", percent);
      },
      processing: function () {
        if (!status) return;
        bar.removeAttribute("value"); // an indeterminate bar while the server checks the rows
        text.textContent = text.dataset.processing;
      },
      failed: function () {
        if (!status) return;
        text.textContent = text.dataset.failed;
      },
    };
  }

  function replacePage(xhr) {
    // The answer was already rendered (with its one-time messages): show it, and when the server
    // redirected after a successful upload, put the new address in the location bar.
    var redirected = xhr.responseURL && xhr.responseURL !== window.location.href;
    document.open();
    document.write(xhr.responseText);
    document.close();
    if (redirected && window.history.replaceState) window.history.replaceState(null, "", xhr.responseURL);
  }

  function upload(event) {
    var form = event.target;
    if (!window.FormData || !window.XMLHttpRequest) return;
    event.preventDefault();
    var ui = show(form);
    var button = form.querySelector("[type=submit]");
    if (button) button.disabled = true;
    var xhr = new XMLHttpRequest();
    xhr.open("POST", form.action || window.location.href);
    xhr.upload.addEventListener("progress", function (e) {
      if (e.lengthComputable) ui.progress(Math.round((e.loaded / e.total) * 100));
    });
    xhr.upload.addEventListener("load", ui.processing);
    xhr.addEventListener("load", function () { replacePage(xhr); });
    xhr.addEventListener("error", function () {
      ui.failed();
      if (button) button.disabled = false;
    });
    ui.progress(0);
    xhr.send(new FormData(form));
  }

  document.querySelectorAll("form[data-upload-progress]").forEach(function (form) {
    form.addEventListener("submit", upload);
  });
})();
