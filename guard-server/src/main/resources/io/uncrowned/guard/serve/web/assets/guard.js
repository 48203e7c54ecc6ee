// Progressive enhancement only: every page reads and navigates without this file.
// "/" focuses the search box from anywhere, as on many search sites; Escape leaves it.
(function () {
  'use strict';
  // Lets styles (and the browser tests) tell that scripts run.
  document.documentElement.classList.add('js');
  document.addEventListener('keydown', function (event) {
    var box = document.getElementById('q');
    if (!box) {
      return;
    }
    var typing = /^(INPUT|TEXTAREA|SELECT)$/.test(document.activeElement && document.activeElement.tagName);
    if (event.key === '/' && !typing && !event.ctrlKey && !event.metaKey && !event.altKey) {
      event.preventDefault();
      box.focus();
      box.select();
    } else if (event.key === 'Escape' && document.activeElement === box) {
      box.blur();
    }
  });
})();
