// The province's monthly trend (revenue bars, producers reporting as a line), from the canvas's data attributes.
(function () {
  'use strict';
  var canvas = document.getElementById('monitoring-trend');
  if (!canvas || typeof Chart === 'undefined') {
    return;
  }
  function numbers(text) {
    return (text || '').split(',').filter(function (s) { return s !== ''; }).map(Number);
  }
  var labels = (canvas.dataset.labels || '').split(',');
  new Chart(canvas, {
    data: {
      labels: labels,
      datasets: [
        { type: 'bar', label: canvas.dataset.revenueLabel, data: numbers(canvas.dataset.revenue),
          backgroundColor: 'rgba(46, 125, 50, 0.6)', yAxisID: 'y' },
        { type: 'line', label: canvas.dataset.reportedLabel, data: numbers(canvas.dataset.reported),
          borderColor: '#b8860b', backgroundColor: '#b8860b', yAxisID: 'y1', tension: 0.2 }
      ]
    },
    options: {
      responsive: true,
      interaction: { mode: 'index', intersect: false },
      scales: {
        y: { beginAtZero: true, position: 'left',
             ticks: { callback: function (v) { return Number(v).toLocaleString('vi-VN'); } } },
        y1: { beginAtZero: true, position: 'right', grid: { drawOnChartArea: false } }
      }
    }
  });
})();
