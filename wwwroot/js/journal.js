// Journal de coopération: once a kind is chosen, the nature list shows only that kind's natures. Without
// JavaScript every nature stays listed, grouped by kind, and the server refuses a nature of another kind.
(function () {
    var kind = document.getElementById('Input_Kind');
    var nature = document.getElementById('Input_NatureId');
    if (!kind || !nature) return;
    function filter() {
        var chosen = kind.value;
        var groups = nature.querySelectorAll('optgroup');
        for (var i = 0; i < groups.length; i++) {
            var show = !chosen || groups[i].getAttribute('data-type') === chosen;
            groups[i].hidden = !show;
            groups[i].disabled = !show;
        }
        var selected = nature.options[nature.selectedIndex];
        if (selected && selected.parentElement && selected.parentElement.disabled) nature.value = '';
    }
    kind.addEventListener('change', filter);
    filter();
})();
