// For light public pages that do without Bootstrap's scripts: the navbar toggler and the user menu still open and
// close (aria-expanded kept in step), Escape closes an open menu.
(function () {
  'use strict';
  function toggle(button, target, cls) {
    var open = !target.classList.contains(cls);
    target.classList.toggle(cls, open);
    button.setAttribute('aria-expanded', String(open));
  }
  document.addEventListener('click', function (e) {
    var collapse = e.target.closest('[data-bs-toggle="collapse"]');
    if (collapse) {
      var target = document.querySelector(collapse.getAttribute('data-bs-target'));
      if (target) { e.preventDefault(); toggle(collapse, target, 'show'); }
      return;
    }
    var dropdown = e.target.closest('[data-bs-toggle="dropdown"]');
    document.querySelectorAll('.dropdown-menu.show').forEach(function (menu) {
      if (!dropdown || menu !== dropdown.nextElementSibling) { menu.classList.remove('show'); }
    });
    if (dropdown && dropdown.nextElementSibling) { e.preventDefault(); toggle(dropdown, dropdown.nextElementSibling, 'show'); }
  });
  document.addEventListener('keydown', function (e) {
    if (e.key === 'Escape') { document.querySelectorAll('.dropdown-menu.show').forEach(function (m) { m.classList.remove('show'); }); }
  });
})();
