// Draws the charts of the surveys pages with ECharts from the JSON each container carries in data-chart.
(function () {
  'use strict';

  function bars(data) {
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0 },
      grid: { left: 60, right: 20, top: 40, bottom: 60 },
      xAxis: { type: 'category', data: data.categories, axisLabel: { interval: 0, rotate: data.categories.length > 6 ? 30 : 0 } },
      yAxis: { type: 'value' },
      series: data.series.map(function (s) { return { name: s.name, type: 'bar', data: s.data }; })
    };
  }

  function forecast(data) {
    return {
      tooltip: { trigger: 'axis' },
      legend: { top: 0, data: data.names },
      grid: { left: 60, right: 20, top: 40, bottom: 30 },
      xAxis: { type: 'category', data: data.categories, boundaryGap: false },
      yAxis: { type: 'value' },
      series: [
        { name: 'lower', type: 'line', data: data.lower, stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, tooltip: { show: false } },
        { name: data.names[2], type: 'line', data: data.width, stack: 'band', symbol: 'none', lineStyle: { opacity: 0 }, areaStyle: { color: '#9ec5fe', opacity: 0.6 } },
        { name: data.names[0], type: 'line', data: data.history, connectNulls: false, lineStyle: { width: 3 } },
        { name: data.names[1], type: 'line', data: data.projected, lineStyle: { type: 'dashed' } }
      ]
    };
  }

  function draw() {
    if (typeof echarts === 'undefined') { return; }
    document.querySelectorAll('[data-chart]').forEach(function (element) {
      var data = JSON.parse(element.getAttribute('data-chart'));
      var chart = echarts.init(element);
      chart.setOption(data.type === 'forecast' ? forecast(data) : bars(data));
      window.addEventListener('resize', function () { chart.resize(); });
    });
  }

  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', draw);
  } else {
    draw();
  }
})();
