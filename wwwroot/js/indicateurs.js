// Draws one bar chart per [data-graphique] canvas with Chart.js. The data comes from a data-attribute (the CSP forbids
// inline script) and is already what the public may read: suppressed figures are null, and the table below each chart
// carries the same numbers for screen readers, printouts and visitors without JavaScript.
(function () {
  'use strict';
  if (typeof window.Chart === 'undefined') return;
  var reduceMotion = window.matchMedia && window.matchMedia('(prefers-reduced-motion: reduce)').matches;
  var colours = ['#0b5c66', '#9aa5b8'];
  document.querySelectorAll('canvas[data-graphique]').forEach(function (canvas) {
    var data;
    try { data = JSON.parse(canvas.getAttribute('data-graphique')); } catch (e) { return; }
    new window.Chart(canvas, {
      type: 'bar',
      data: {
        labels: data.libelles,
        datasets: data.series.map(function (serie, i) {
          return { label: serie.nom, data: serie.valeurs, backgroundColor: colours[i % colours.length] };
        })
      },
      options: {
        animation: reduceMotion ? false : undefined,
        indexAxis: 'y',
        responsive: true,
        maintainAspectRatio: false,
        scales: { x: { beginAtZero: true, ticks: data.entier ? { precision: 0, stepSize: undefined } : {}, title: { display: true, text: data.unite } } },
        plugins: { legend: { position: 'bottom' } },
        locale: 'fr-FR'
      }
    });
  });
})();
