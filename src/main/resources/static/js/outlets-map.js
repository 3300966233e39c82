// The public map of OCOP sales centres and points: a Leaflet map built from the list below it (the list stays the
// page's content when the map library or the tiles are unavailable).
(function () {
  'use strict';
  function build() {
    var element = document.getElementById('outlet-map');
    if (!element || typeof L === 'undefined') {
      if (element) {
        element.style.display = 'none';
      }
      return;
    }
    var map = L.map(element, { scrollWheelZoom: false });
    L.tileLayer(element.getAttribute('data-tiles'), {
      maxZoom: 18, attribution: element.getAttribute('data-attribution') || ''
    }).addTo(map);
    var bounds = [];
    document.querySelectorAll('#outlet-list .outlet').forEach(function (card) {
      var lat = parseFloat(card.getAttribute('data-lat'));
      var lng = parseFloat(card.getAttribute('data-lng'));
      if (isNaN(lat) || isNaN(lng)) {
        return;
      }
      var popup = document.createElement('div');
      var name = document.createElement('strong');
      name.textContent = card.getAttribute('data-name');
      var address = document.createElement('div');
      address.textContent = card.getAttribute('data-address');
      popup.appendChild(name);
      popup.appendChild(address);
      L.marker([lat, lng], { title: card.getAttribute('data-name') }).addTo(map).bindPopup(popup);
      bounds.push([lat, lng]);
    });
    if (bounds.length > 0) {
      map.fitBounds(bounds, { padding: [30, 30], maxZoom: 14 });
    } else {
      map.setView([18.34, 105.9], 9); // Hà Tĩnh
    }
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', build);
  } else {
    build();
  }
})();
