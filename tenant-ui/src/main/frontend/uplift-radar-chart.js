// <uplift-radar-chart>: an Apache ECharts radar fed by one JSON property, `chart`:
// {"indicators": [{"name": "...", "max": 100}], "series": [{"name": "...", "values": [..]}]}.
// Only the radar, legend and tooltip parts of ECharts are bundled; SVG keeps the labels in the DOM.
import * as echarts from 'echarts/core';
import { RadarChart } from 'echarts/charts';
import { LegendComponent, TooltipComponent } from 'echarts/components';
import { SVGRenderer } from 'echarts/renderers';

echarts.use([RadarChart, LegendComponent, TooltipComponent, SVGRenderer]);

class UpliftRadarChart extends HTMLElement {
  set chart(value) {
    this._chart = typeof value === 'string' ? JSON.parse(value) : value;
    this._render();
  }

  get chart() {
    return this._chart;
  }

  connectedCallback() {
    // A property set by the server before this element was defined shadows the setter: take it over.
    if (Object.prototype.hasOwnProperty.call(this, 'chart')) {
      const early = this.chart;
      delete this.chart;
      this.chart = early;
    }
    this._echarts = echarts.init(this, null, { renderer: 'svg' });
    this._resizes = new ResizeObserver(() => this._echarts && this._echarts.resize());
    this._resizes.observe(this);
    this._render();
  }

  disconnectedCallback() {
    this._resizes.disconnect();
    this._echarts.dispose();
    this._echarts = null;
  }

  _render() {
    if (!this._echarts || !this._chart) {
      return;
    }
    const { indicators, series } = this._chart;
    this._echarts.setOption({
      tooltip: { trigger: 'item' },
      legend: { bottom: 0, data: series.map((s) => s.name) },
      radar: { indicator: indicators, radius: '62%' },
      series: [{
        type: 'radar',
        data: series.map((s) => ({ name: s.name, value: s.values, areaStyle: { opacity: 0.15 } })),
      }],
    }, true);
  }
}

customElements.define('uplift-radar-chart', UpliftRadarChart);
