// Draws every chart of the page from the data its element carries (see analytics/chart.jte). Without JavaScript,
// or when ECharts cannot load, the table behind the chart is what the reader sees; with it the chart appears above
// the table and the table folds away (still one click, and still read by screen readers).
(function () {
  // Okabe–Ito: told apart by people with the common colour-vision deficiencies; bars also get patterns (decals)
  var PALETTE = ['#0072B2', '#E69F00', '#009E73', '#CC79A7', '#56B4E9', '#D55E00', '#F0E442', '#000000', '#999999'];
  var RESPONSE = { 'Supported': '#0072B2', 'Noted': '#E69F00', 'Pending': '#CC79A7', 'No response': '#BBBBBB' };
  // the page's language: numbers written its way, and in Arabic the charts read from the right like the page
  var RTL = document.documentElement.dir === 'rtl';
  var NUMBER = new Intl.NumberFormat(document.documentElement.lang || 'en');
  function number(n) { return typeof n === 'number' ? NUMBER.format(n) : n; }

  function foldTable(el) {
    var table = el.parentNode.querySelector('details.chart-table');
    if (table) table.open = false;
  }

  // follows the element, not the window: a turned phone or a folded side panel also changes its width
  function resizing(chart) {
    var el = chart.getDom();
    if (window.ResizeObserver) new ResizeObserver(function () { chart.resize(); }).observe(el);
    else window.addEventListener('resize', function () { chart.resize(); });
  }

  // Who recommends to whom: a force layout, states coloured by regional group, sized by what they made and received
  function drawGraph(el, data) {
    el.hidden = false;
    var chart = echarts.init(el, null, { renderer: 'svg' });
    var biggest = data.nodes.reduce(function (m, n) { return Math.max(m, n.value); }, 1);
    var heaviest = data.edges.reduce(function (m, e) { return Math.max(m, e.value); }, 1);
    var narrow = el.clientWidth < 600;
    // the names of the dozen (six on a phone) busiest states are written; the others on hover
    var labelled = data.nodes.slice().sort(function (a, b) { return b.value - a.value; }).slice(0, narrow ? 6 : 12)
        .map(function (n) { return n.id; });
    chart.setOption({
      aria: { enabled: true },
      color: PALETTE,
      tooltip: {
        confine: true,
        formatter: function (p) {
          if (p.dataType === 'edge') return p.data.sourceName + (RTL ? ' ← ' : ' → ') + p.data.targetName + ': ' + number(p.data.value);
          return p.data.name + '<br>' + el.getAttribute('data-made') + ' ' + number(p.data.made) + ', '
              + el.getAttribute('data-received') + ' ' + number(p.data.received);
        }
      },
      legend: { top: 0, type: 'scroll', data: data.groups, align: RTL ? 'right' : 'auto' },
      series: [{
        type: 'graph', layout: 'force', roam: true, draggable: true, top: narrow ? 60 : 40,
        categories: data.groups.map(function (g) { return { name: g }; }),
        force: { repulsion: narrow ? 60 : 120, edgeLength: [30, narrow ? 90 : 160], gravity: 0.08 },
        edgeSymbol: ['none', 'arrow'], edgeSymbolSize: 6,
        label: { show: true, position: RTL ? 'left' : 'right', fontSize: 11, formatter: function (p) { return labelled.indexOf(p.data.id) >= 0 ? p.data.name : ''; } },
        lineStyle: { color: 'source', opacity: 0.45, curveness: 0.15 },
        emphasis: { focus: 'adjacency', label: { show: true, formatter: '{b}' } },
        data: data.nodes.map(function (n) {
          return { id: n.id, name: n.name, value: n.value, made: n.made, received: n.received,
                   category: data.groups.indexOf(n.group), symbolSize: 6 + 30 * Math.sqrt(n.value / biggest) };
        }),
        links: data.edges.map(function (e) {
          var from = data.nodes.find(function (n) { return n.id === e.source; });
          var to = data.nodes.find(function (n) { return n.id === e.target; });
          return { source: e.source, target: e.target, value: e.value, sourceName: from.name, targetName: to.name,
                   lineStyle: { width: 0.5 + 5 * e.value / heaviest } };
        })
      }]
    });
    chart.on('dblclick', function (p) { if (p.dataType === 'node') window.location.href = '/states/' + p.data.id; });
    resizing(chart);
    foldTable(el);
  }

  // Counts per state on the world: the geometry (Natural Earth 1:110m, in the jar) names countries by ISO number
  function drawMap(el, data) {
    if (typeof topojson === 'undefined') return;
    fetch(data.geometry).then(function (r) { return r.json(); }).then(function (topo) {
      var world = topojson.feature(topo, topo.objects.countries);
      // Antarctica takes a sixth of the map and receives no recommendations
      world.features = world.features.filter(function (f) { return f.id !== '010'; });
      world.features.forEach(function (f) { f.properties.name = f.id; });
      echarts.registerMap('world', world);
      el.hidden = false;
      var chart = echarts.init(el, null, { renderer: 'svg' });
      chart.setOption({
        aria: { enabled: true },
        tooltip: {
          confine: true,
          formatter: function (p) { return p.data ? p.data.label + ': ' + number(p.data.value) : ''; }
        },
        visualMap: {
          min: 0, max: Math.max(1, data.max), left: RTL ? 'right' : 'left', bottom: 0, orient: 'horizontal', itemWidth: 12,
          itemHeight: 120, inverse: RTL, formatter: number,
          text: [el.getAttribute('data-more'), el.getAttribute('data-fewer')], calculable: true,
          // light yellow to dark blue: ordered by lightness, so it reads without telling hues apart
          inRange: { color: ['#ffffcc', '#a1dab4', '#41b6c4', '#2c7fb8', '#253494'] }
        },
        series: [{
          type: 'map', map: 'world', roam: true, top: 10, bottom: 50, left: 0, right: 0,
          itemStyle: { areaColor: '#e8e8e8', borderColor: '#ffffff', borderWidth: 0.5 },
          emphasis: { label: { show: false }, itemStyle: { areaColor: '#E69F00' } },
          select: { disabled: true },
          data: data.values.map(function (v) { return { name: v.id, value: v.value, label: v.name, code: v.code }; })
        }]
      });
      chart.on('click', function (p) { if (p.data && p.data.code) window.location.href = '/states/' + p.data.code; });
      resizing(chart);
      foldTable(el);
    }).catch(function () { el.hidden = true; });
  }

  function draw(el) {
    var data = JSON.parse(el.getAttribute('data-chart'));
    if (data.type === 'graph') return drawGraph(el, data);
    if (data.type === 'map') return drawMap(el, data);
    el.hidden = false;
    var chart = echarts.init(el, null, { renderer: 'svg' });
    var category = { type: 'category', data: data.categories, axisLabel: { interval: 0, width: 140, overflow: 'truncate' } };
    // counts: no tick between two whole numbers
    var value = { type: 'value', minInterval: 1, axisLabel: { formatter: number } };
    if (data.horizontal) {
      category.inverse = true;
      // right to left: the names on the right, the bars growing leftwards from them
      if (RTL) { category.position = 'right'; value.inverse = true; }
    } else {
      category.axisLabel.rotate = data.categories.length > 8 ? (RTL ? -45 : 45) : 0;
      if (RTL) { category.inverse = true; value.position = 'right'; }
    }
    chart.setOption({
      aria: { enabled: true, decal: { show: true } },
      color: PALETTE,
      tooltip: { confine: true, trigger: 'axis', axisPointer: { type: 'shadow' }, valueFormatter: number },
      legend: { top: 0, type: 'scroll', align: RTL ? 'right' : 'auto' },
      grid: { left: 8, right: 16, top: 36, bottom: 8, containLabel: true },
      xAxis: data.horizontal ? value : category,
      yAxis: data.horizontal ? category : value,
      series: data.series.map(function (s, i) {
        var item = { name: s.name, type: 'bar', stack: 'all', barMaxWidth: 64, data: s.data, emphasis: { focus: 'series' } };
        if (data.response && RESPONSE[s.key || s.name]) item.itemStyle = { color: RESPONSE[s.key || s.name] };
        return item;
      })
    });
    resizing(chart);
    foldTable(el);
  }

  function drawAll() {
    if (typeof echarts === 'undefined') return;
    document.querySelectorAll('.chart[data-chart]').forEach(function (el) {
      try { draw(el); } catch (e) { el.hidden = true; }
    });
  }

  if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', drawAll); else drawAll();
})();
