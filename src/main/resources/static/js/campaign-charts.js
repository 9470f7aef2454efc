// Draws a chart from each table marked with data-chart. The table stays on the page: it is the chart's text
// alternative, and the page is complete without JavaScript.
(function () {
    function draw() {
        if (typeof Chart === 'undefined') {
            return;
        }
        document.querySelectorAll('table[data-chart]').forEach(function (table) {
            var canvas = document.getElementById(table.dataset.chartTarget);
            if (!canvas) {
                return;
            }
            var rows = Array.prototype.slice.call(table.querySelectorAll('tbody tr'));
            var labels = rows.map(function (row) { return row.dataset.label; });
            var series = (table.dataset.chartSeries || 'value').split(',');
            var names = (table.dataset.chartNames || table.dataset.chartSeries || 'value').split('|');
            var colours = ['#005eb8', '#ffb81c', '#007f3b', '#330072'];
            var datasets = series.map(function (key, i) {
                return {
                    label: names[i],
                    data: rows.map(function (row) { return Number(row.dataset[key]); }),
                    backgroundColor: colours[i % colours.length],
                    borderColor: colours[i % colours.length],
                    type: i === 0 ? table.dataset.chart : (table.dataset.chartSecond || table.dataset.chart)
                };
            });
            canvas.hidden = false;
            // Shares run along a horizontal axis from 0 to 100 %, so long sector and region names stay
            // readable on a phone; the box around the canvas gives it its height.
            var horizontal = table.dataset.chartAxis === 'y';
            var percent = table.dataset.chartPercent === 'true';
            var valueAxis = { beginAtZero: true, ticks: { color: '#212b32', font: { size: 13 } }, grid: { color: '#d8dde0' } };
            if (percent) {
                valueAxis.max = 100;
                valueAxis.ticks.callback = function (value) { return value + '%'; };
            }
            var labelAxis = { ticks: { color: '#212b32', font: { size: 13 }, autoSkip: !horizontal }, grid: { display: false } };
            new Chart(canvas, {
                type: table.dataset.chart,
                data: { labels: labels, datasets: datasets },
                options: { responsive: true, maintainAspectRatio: false, animation: false,
                    indexAxis: horizontal ? 'y' : 'x',
                    plugins: { legend: { display: datasets.length > 1, labels: { color: '#212b32' } } },
                    scales: horizontal ? { x: valueAxis, y: labelAxis } : { x: labelAxis, y: valueAxis } }
            });
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', draw);
    } else {
        draw();
    }
})();
