// The OCOP shop's cart: kept in this browser (localStorage) so that it survives a reload; the server prices it.
(function () {
  'use strict';
  var KEY = 'ocop.shop.cart';

  function read() {
    try {
      var cart = JSON.parse(window.localStorage.getItem(KEY) || '{}');
      return cart && typeof cart === 'object' ? cart : {};
    } catch (e) {
      return {};
    }
  }

  function write(cart) {
    window.localStorage.setItem(KEY, JSON.stringify(cart));
    showCount();
  }

  function encoded(cart) {
    return Object.keys(cart).filter(function (id) { return cart[id] > 0; })
      .map(function (id) { return id + ':' + cart[id]; }).join(',');
  }

  function showCount() {
    var cart = read();
    var count = Object.keys(cart).reduce(function (sum, id) { return sum + (cart[id] || 0); }, 0);
    document.querySelectorAll('[data-cart-count]').forEach(function (el) { el.textContent = String(count); });
  }

  function add(id, quantity) {
    var cart = read();
    cart[id] = Math.min(999, (cart[id] || 0) + quantity);
    write(cart);
  }

  function loadItems() {
    var box = document.getElementById('cart-items');
    if (!box) {
      return;
    }
    var url = box.getAttribute('data-src') + '?items=' + encodeURIComponent(encoded(read()));
    fetch(url, { headers: { 'HX-Request': 'true' }, credentials: 'same-origin' })
      .then(function (response) { return response.text(); })
      .then(function (html) {
        box.innerHTML = html;
        // drop what the shop no longer sells from the stored cart
        var shown = {};
        box.querySelectorAll('[data-line]').forEach(function (row) { shown[row.getAttribute('data-line')] = true; });
        var cart = read();
        var changed = false;
        Object.keys(cart).forEach(function (id) {
          if (!shown[id]) { delete cart[id]; changed = true; }
        });
        if (changed) { write(cart); }
      });
  }

  document.addEventListener('click', function (event) {
    var addButton = event.target.closest('[data-add-to-cart]');
    if (addButton) {
      var id = addButton.getAttribute('data-add-to-cart');
      var input = document.querySelector('[data-quantity-for="' + id + '"]');
      var quantity = input ? parseInt(input.value, 10) : 1;
      add(id, isNaN(quantity) || quantity < 1 ? 1 : quantity);
      var label = addButton.getAttribute('data-added');
      if (label) { addButton.textContent = label; }
      return;
    }
    var remove = event.target.closest('[data-cart-remove]');
    if (remove) {
      var cart = read();
      delete cart[remove.getAttribute('data-cart-remove')];
      write(cart);
      loadItems();
    }
  });

  document.addEventListener('change', function (event) {
    var field = event.target.closest('[data-cart-quantity]');
    if (field) {
      var cart = read();
      var quantity = parseInt(field.value, 10);
      cart[field.getAttribute('data-cart-quantity')] = isNaN(quantity) || quantity < 1 ? 1 : Math.min(999, quantity);
      write(cart);
      loadItems();
    }
  });

  document.addEventListener('submit', function (event) {
    if (event.target.id === 'checkout-form') {
      var hidden = event.target.querySelector('[data-cart-field]');
      if (hidden) { hidden.value = encoded(read()); }
    }
  });

  document.addEventListener('DOMContentLoaded', function () {
    if (document.querySelector('[data-clear-cart]')) {
      window.localStorage.removeItem(KEY);
    }
    showCount();
    loadItems();
  });
})();
