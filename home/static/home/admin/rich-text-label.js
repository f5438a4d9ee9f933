// Wagtail 8's rich text editor (Draftail) has no accessible name: the field's <label>
// points at the hidden input the editor stands in for, not at the text box people type
// into, so a screen reader announces "edit text, blank" (wagtail/wagtail#14205, open).
// This names each editor by its field's label, or, for a rich text block of a StreamField
// (which has no label of its own), by its block's heading; also editors added later (a
// new block or inline form). Remove once Wagtail names the editor itself.
(function () {
  "use strict";
  var UNNAMED = '.Draftail-Editor [role="textbox"]:not([aria-labelledby]):not([aria-label])';
  var made = 0; // ids given to labels that had none

  function labelOf(editor) {
    var field = editor.closest(".w-field__input");
    var input = field && field.querySelector('input[type="hidden"][id]');
    var label = input && document.querySelector('label[for="' + CSS.escape(input.id) + '"]');
    if (label) {
      return label;
    }
    // a field of a StructBlock: its label stands beside the field, pointing at nothing
    var child = editor.closest("[data-contentpath]");
    label = child && child.querySelector(":scope > label.w-field__label");
    if (label) {
      return label;
    }
    var panel = editor.closest(".w-panel__content[id$='-content']");
    return panel && document.getElementById(panel.id.replace(/-content$/, "-heading"));
  }

  function nameEditors() {
    var editors = document.querySelectorAll(UNNAMED);
    for (var i = 0; i < editors.length; i++) {
      var label = labelOf(editors[i]);
      if (!label) {
        continue;
      }
      if (!label.id) {
        made += 1;
        label.id = "rich-text-label-" + made;
      }
      editors[i].setAttribute("aria-labelledby", label.id);
    }
  }

  function start() {
    nameEditors();
    new MutationObserver(nameEditors).observe(document.body, { childList: true, subtree: true });
  }

  if (document.readyState === "loading") {
    document.addEventListener("DOMContentLoaded", start);
  } else {
    start();
  }
})();
