// Surveys: show or hide a question whose condition is in the same step, and draw result charts from the numbers
// already in the page's tables (data-libelles / data-valeurs). Everything works without this script.
(function () {
    'use strict';

    function updateConditions(form) {
        form.querySelectorAll('[data-condition-question]').forEach(function (question) {
            var source = question.getAttribute('data-condition-question');
            var choice = question.getAttribute('data-condition-choice');
            if (!source || !choice) return;
            var inputs = form.querySelectorAll('[name="q' + source + '"]');
            if (inputs.length === 0) return; // The condition is in an earlier step: the server already decided.
            var shown = Array.prototype.some.call(inputs, function (input) {
                return (input.type === 'radio' || input.type === 'checkbox') ? input.checked && input.value === choice : input.value === choice;
            });
            question.hidden = !shown;
            question.querySelectorAll('input, select, textarea').forEach(function (field) { field.disabled = !shown; });
        });
    }

    // « Précisez » appears only once « Autre » is chosen (without this script it stays visible, marked optional).
    function updateOthers(form) {
        form.querySelectorAll('[data-autre-pour]').forEach(function (other) {
            var name = other.getAttribute('data-autre-pour');
            var chosen = Array.prototype.some.call(form.querySelectorAll('[name="' + name + '"]'), function (input) {
                return input.checked && input.value === 'autre';
            });
            other.hidden = !chosen;
        });
    }

    document.querySelectorAll('form[data-enquete]').forEach(function (form) {
        updateConditions(form);
        updateOthers(form);
        form.addEventListener('change', function () { updateConditions(form); updateOthers(form); });
    });

    if (window.Chart) {
        document.querySelectorAll('canvas[data-graphique]').forEach(function (canvas) {
            var labels = JSON.parse(canvas.getAttribute('data-libelles') || '[]');
            var values = JSON.parse(canvas.getAttribute('data-valeurs') || '[]');
            new window.Chart(canvas, {
                type: 'bar',
                data: { labels: labels, datasets: [{ label: 'Réponses', data: values, backgroundColor: '#1f5fa8' }] },
                options: { indexAxis: 'y', animation: false, plugins: { legend: { display: false } }, scales: { x: { beginAtZero: true, ticks: { precision: 0 } } } }
            });
        });
    }
})();
