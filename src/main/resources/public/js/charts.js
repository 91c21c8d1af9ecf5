// Draws every chart of the page from the data its element carries (see analytics/chart.jte). Without JavaScript,
// or when ECharts cannot load, the table behind the chart is what the reader sees; with it the chart appears above
// the table and the table folds away (still one click, and still read by screen readers).
(function () {
  // Okabe–Ito: told apart by people with the common colour-vision deficiencies; bars also get patterns (decals)
  var PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000', '#999999'];
  var RESPONSE = { 'Supported': '#0072B2', 'Noted': '#E69F00', 'Pending': '#CC79A7', 'No response': '#BBBBBB' };

  function draw(el) {
    var data = JSON.parse(el.getAttribute('data-chart'));
    el.hidden = false;
    var chart = echarts.init(el, null, { renderer: 'svg' });
    var category = { type: 'category', data: data.categories, axisLabel: { interval: 0, width: 140, overflow: 'truncate' } };
    var value = { type: 'value', minInterval: 1 }; // counts: no tick between two whole numbers
    if (data.horizontal) category.inverse = true; else category.axisLabel.rotate = data.categories.length > 8 ? 45 : 0;
    chart.setOption({
      aria: { enabled: true, decal: { show: true } },
      color: PALETTE,
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { top: 0, type: 'scroll' },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: data.horizontal ? value : category,
      yAxis: data.horizontal ? category : value,
      series: data.series.map(function (s, i) {
        var item = { name: s.name, type: 'bar', stack: 'all', barMaxWidth: 64, data: s.data, emphasis: { focus: 'series' } };
        if (data.response && RESPONSE[s.name]) item.itemStyle = { color: RESPONSE[s.name] };
        return item;
      })
    });
    window.addEventListener('resize', function () { chart.resize(); });
    var table = el.parentNode.querySelector('details.chart-table');
    if (table) table.open = false;
  }

  function drawAll() {
    if (typeof echarts === 'undefined') return;
    document.querySelectorAll('.chart[data-chart]').forEach(function (el) {
      try { draw(el); } catch (e) { el.hidden = true; }
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', drawAll); else drawAll();
})();
