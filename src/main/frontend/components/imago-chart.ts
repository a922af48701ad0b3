// <imago-chart>: an Apache ECharts chart whose option (JSON) is set from the server.
import * as echarts from 'echarts';

class ImagoChart extends HTMLElement {
  private chart?: echarts.ECharts;
  private resizeObserver?: ResizeObserver;
  private currentOption = '';

  set option(json: string) {
    this.currentOption = json || '';
    this.render();
  }

  get option(): string {
    return this.currentOption;
  }

  connectedCallback() {
    if (!this.style.display) {
      this.style.display = 'block';
    }
    // SVG keeps the chart sharp in screenshots and PDFs, and its text readable by assistive technology
    this.chart = echarts.init(this, undefined, { renderer: 'svg' });
    this.resizeObserver = new ResizeObserver(() => this.chart?.resize());
    this.resizeObserver.observe(this);
    this.render();
  }

  disconnectedCallback() {
    this.resizeObserver?.disconnect();
    this.chart?.dispose();
    this.chart = undefined;
  }

  private render() {
    if (this.chart && this.currentOption) {
      this.chart.setOption(JSON.parse(this.currentOption), true);
    }
  }
}

customElements.define('imago-chart', ImagoChart);
