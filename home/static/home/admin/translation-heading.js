// wagtail-localize's translation editor writes its heading in English whatever the
// admin's language ("Deutsch to Arabisch translation"): the phrase is fixed in its
// script, not passed through gettext. This puts the heading into the admin's language
// with the project's catalogue (cms/admin_locale, domain djangojs), each time the
// editor draws it. On other admin pages it finds no such heading and does nothing.
(function () {
  "use strict";
  var ENGLISH = /^(.+) to (.+) translation$/;

  function translateHeadings(root) {
    if (typeof window.gettext !== "function" || typeof window.interpolate !== "function") {
      return;
    }
    var headings = root.querySelectorAll("section h3");
    for (var i = 0; i < headings.length; i++) {
      var heading = headings[i];
      var match = ENGLISH.exec(heading.textContent.trim());
      if (!match) {
        continue;
      }
      heading.textContent = window.interpolate(
        window.gettext("%(source)s to %(target)s translation"),
        { source: match[1], target: match[2] },
        true
      );
    }
  }

  function start() {
    var editor = document.querySelector(".js-translation-editor");
    if (!editor) {
      return;
    }
    translateHeadings(editor);
    new MutationObserver(function () {
      translateHeadings(editor);
    }).observe(editor, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
