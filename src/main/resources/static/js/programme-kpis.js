// The KPI dashboard's trend chart: one line per indicator, cumulative per month (data in the canvas' data-series).
(function () {
  'use strict';
  function draw() {
    var canvas = document.getElementById('kpi-trend');
    if (!canvas || typeof Chart === 'undefined') {
      return;
    }
    var series = JSON.parse(canvas.getAttribute('data-series') || '[]');
    var year = canvas.getAttribute('data-year');
    var labels = [];
    for (var m = 1; m <= 12; m++) {
      labels.push((m < 10 ? '0' + m : '' + m) + '/' + year);
    }
    new Chart(canvas, {
      type: 'line',
      data: {
        labels: labels,
        datasets: series.map(function (s) {
          return { label: s.name, data: s.monthly, tension: 0.2, fill: false };
        })
      },
      options: {
        responsive: true,
        interaction: { mode: 'nearest', intersect: false },
        plugins: { legend: { position: 'bottom', labels: { boxWidth: 12 } } },
        scales: { y: { beginAtZero: true } }
      }
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
