// Filter box of integration_pages.admin_widgets.ChoiceList: typing hides the unchecked items
// that do not contain the text; checked ones always stay in view.
(function () {
  function setUp(list) {
    var filter = list.querySelector('.choice-list__filter');
    if (!filter || filter.dataset.ready) return;
    filter.dataset.ready = 'true';
    filter.hidden = false;
    filter.addEventListener('input', function () {
      var wanted = filter.value.trim().toLocaleLowerCase();
      list.querySelectorAll('input[type=checkbox]').forEach(function (box) {
        var item = box.closest('label').parentElement;
        var text = box.closest('label').textContent.toLocaleLowerCase();
        item.hidden = Boolean(wanted) && !box.checked && text.indexOf(wanted) === -1;
      });
    });
  }
  function setUpAll() {
    document.querySelectorAll('[data-choice-list-searchable]').forEach(setUp);
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', setUpAll);
  } else {
    setUpAll();
  }
})();
