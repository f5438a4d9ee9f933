/*
 * The list of errors at the top of an admin form (home/admin_errors.py).
 *
 * Each link names the id of its field, and a top-level field's name as well, which
 * Wagtail puts in `data-contentpath`: a StreamField's placeholder, which has the id, is
 * replaced once Wagtail's script draws the field.
 *
 * A browser cannot scroll to a field on a tab that is not selected, and Wagtail's tabs
 * (the w-tabs controller) only look at the address when the page loads, so a click here
 * first selects each tab, and opens each collapsed panel, that hides the field (by
 * clicking the control that names it in aria-controls), then moves the focus to the
 * field: to the input itself, or where the id is a hidden input's (choosers, rich text)
 * or the field is a StreamField, to the first control of the field, the first one
 * marked invalid if there is one.
 *
 * When the page loads with such a list, the focus goes to it, so a screen reader reads
 * the errors out before anything else.
 */
(() => {
  const INVALID = '[aria-invalid="true"]';
  const EDITABLE =
    '[contenteditable="true"], input:not([type="hidden"]), select, textarea';
  const CONTROL = `${EDITABLE}, button, a[href], [tabindex]:not([tabindex="-1"])`;

  const isShown = (element) => element.getClientRects().length > 0;

  /* Select the tab, or expand the panel, of each hidden container of the element. */
  const reveal = (element) => {
    let hidden = element.closest('[hidden]');
    while (hidden) {
      if (hidden.id) {
        const id = CSS.escape(hidden.id);
        const control = document.querySelector(
          `[role="tab"][aria-controls="${id}"], [aria-controls="${id}"][aria-expanded="false"]`,
        );
        if (control) control.click();
      }
      hidden = hidden.parentElement && hidden.parentElement.closest('[hidden]');
    }
  };

  const firstShown = (scope, selector) =>
    Array.from(scope.querySelectorAll(selector)).find(isShown);

  /* Where the focus goes for the element the link names. */
  const controlFor = (element) => {
    if (element.matches(CONTROL) && isShown(element)) return element;
    const scopes = [
      element,
      element.closest('[data-field]'),
      element.closest('.w-field__wrapper'),
    ].filter(Boolean);
    for (const scope of scopes) {
      for (const selector of [INVALID, EDITABLE, CONTROL]) {
        const found = firstShown(scope, selector);
        if (found) return found;
      }
    }
    // Nothing to type in or press: the field itself, focusable for the moment.
    const shown = scopes.find(isShown) || element.parentElement;
    if (shown && !shown.hasAttribute('tabindex')) {
      shown.setAttribute('tabindex', '-1');
      shown.addEventListener('blur', () => shown.removeAttribute('tabindex'), {
        once: true,
      });
    }
    return shown;
  };

  /* Wagtail shows a selected tab a moment after the click (after its transition). */
  const whenRevealed = (element, callback, frames = 60) => {
    if (!element.closest('[hidden]') || frames === 0) {
      callback();
    } else {
      window.requestAnimationFrame(() =>
        whenRevealed(element, callback, frames - 1),
      );
    }
  };

  document.addEventListener('click', (event) => {
    const link = event.target.closest('a[data-error-summary-link]');
    if (!link || event.button !== 0) return;
    if (event.ctrlKey || event.metaKey || event.shiftKey || event.altKey) return;
    // The field's id; a StreamField's placeholder, named so, is gone once Wagtail's
    // script has drawn the field: then the field Wagtail marks with its name.
    const field = link.dataset.errorSummaryField;
    const element =
      document.getElementById(decodeURIComponent(link.hash.slice(1))) ||
      (field &&
        document.querySelector(
          `.w-field[data-contentpath="${CSS.escape(field)}"]`,
        ));
    if (!element) return; // the browser does what it can with the address
    event.preventDefault();
    reveal(element);
    whenRevealed(element, () => {
      const control = controlFor(element);
      if (!control) return;
      control.scrollIntoView({ block: 'center' });
      control.focus({ preventScroll: true });
    });
  });

  window.addEventListener('load', () => {
    const summary = document.querySelector('[data-error-summary]');
    if (!summary) return;
    const message = summary.closest('li') || summary;
    message.setAttribute('tabindex', '-1');
    window.requestAnimationFrame(() => message.focus());
  });
})();
