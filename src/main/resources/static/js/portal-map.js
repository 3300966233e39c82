// The map of the portal: Leaflet draws one marker per district (approximate centroid) with its product count and
// one pin per sales point, frames them all (fit bounds) and explains both in a legend; the list under the map stays
// the full, accessible answer when the script or the tiles cannot load.
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
        var points = [];
        data.areas.forEach(function (a) {
          if (a.latitude == null || a.longitude == null) { return; }
          var marker = L.circleMarker([a.latitude, a.longitude], {
            radius: Math.min(28, 8 + Math.sqrt(a.count) * 3), color: '#1e6b3a', fillColor: '#f2b705', fillOpacity: 0.8
          }).addTo(map);
          points.push([a.latitude, a.longitude]);
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
          var m = L.marker([p.latitude, p.longitude], { title: p.name }).addTo(map);
          points.push([p.latitude, p.longitude]);
          var t = document.createElement('span');
          t.textContent = p.name + (p.address ? ' — ' + p.address : '');
          m.bindPopup(t);
        });
        if (points.length > 0) {
          map.fitBounds(points, { padding: [30, 30], maxZoom: 12 });
        }
        legend(el, data).addTo(map);
      })
      .catch(function () { el.textContent = ''; });
  }
  // What the two kinds of marker mean, in the page's language (texts from the element's data-legend-* attributes).
  function legend(el, data) {
    var control = L.control({ position: 'bottomright' });
    control.onAdd = function () {
      var box = L.DomUtil.create('div', 'map-legend');
      box.id = 'map-legend';
      var title = document.createElement('strong');
      title.textContent = el.getAttribute('data-legend-title') || '';
      box.appendChild(title);
      var list = document.createElement('ul');
      var area = document.createElement('li');
      var dot = document.createElement('span');
      dot.className = 'map-legend-area';
      dot.setAttribute('aria-hidden', 'true');
      area.appendChild(dot);
      area.appendChild(document.createTextNode(' ' + (el.getAttribute('data-legend-areas') || '')));
      list.appendChild(area);
      if ((data.salesPoints || []).length > 0) {
        var point = document.createElement('li');
        var pin = document.createElement('img');
        pin.src = el.getAttribute('data-legend-pin');
        pin.alt = '';
        pin.className = 'map-legend-pin';
        point.appendChild(pin);
        point.appendChild(document.createTextNode(' ' + (el.getAttribute('data-legend-points') || '')));
        list.appendChild(point);
      }
      box.appendChild(list);
      return box;
    };
    return control;
  }
  if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
