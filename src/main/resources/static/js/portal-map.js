// The map of the portal: Leaflet draws one marker per district (approximate centroid) with its product count;
// the list under the map stays the full, accessible answer when the script or the tiles cannot load.
(function () {
  'use strict';
  function start() {
    var el = document.getElementById('map');
    if (!el || typeof L === 'undefined') { return; }
    fetch(el.getAttribute('data-source'), { headers: { 'Accept': 'application/json' } })
      .then(function (r) { return r.json(); })
      .then(function (data) {
        el.classList.add('active');
        var map = L.map(el, { scrollWheelZoom: false }).setView([18.35, 105.75], 9);
        L.tileLayer(data.tileUrl, { maxZoom: 17, attribution: data.attribution }).addTo(map);
        var label = el.getAttribute('data-label') || '';
        data.areas.forEach(function (a) {
          if (a.latitude == null || a.longitude == null) { return; }
          var marker = L.circleMarker([a.latitude, a.longitude], {
            radius: Math.min(28, 8 + Math.sqrt(a.count) * 3), color: '#1e6b3a', fillColor: '#f2b705', fillOpacity: 0.8
          }).addTo(map);
          var box = document.createElement('div');
          var link = document.createElement('a');
          link.href = '/products?unit=' + encodeURIComponent(a.code);
          link.textContent = a.name + ': ' + a.count + ' ' + label;
          box.appendChild(link);
          marker.bindPopup(box);
          marker.bindTooltip(a.name + ' (' + a.count + ')');
        });
        (data.salesPoints || []).forEach(function (p) {
          if (p.latitude == null || p.longitude == null) { return; }
          var m = L.marker([p.latitude, p.longitude]).addTo(map);
          var t = document.createElement('span');
          t.textContent = p.name + (p.address ? ' — ' + p.address : '');
          m.bindPopup(t);
        });
      })
      .catch(function () { el.textContent = ''; });
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
