// A chart drawn by Chart.js from JSON the server sends; the bundled library, nothing fetched at run time.
// The server's table (slotted light DOM) stays the accessible alternative; the canvas carries an aria-label.
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
} from 'chart.js';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Tooltip);

const PALETTE = ['--lumo-primary-color', '--lumo-error-color', '--lumo-warning-color', '--lumo-success-color'];

class DpaChart extends HTMLElement {
  static get observedAttributes() {
    return ['config', 'label'];
  }

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>
        :host { display: block; }
        .frame { position: relative; height: var(--dpa-chart-height, 14rem); width: 100%; }
        canvas { cursor: pointer; }
      </style>
      <span class="probe" hidden></span>
      <div class="frame"><canvas role="img"></canvas></div><slot></slot>`;
    this.canvas = root.querySelector('canvas');
    this.probe = root.querySelector('.probe');
  }

  connectedCallback() {
    this.render();
  }

  disconnectedCallback() {
    if (this.chart) {
      this.chart.destroy();
      this.chart = undefined;
    }
  }

  attributeChangedCallback() {
    if (this.isConnected) {
      this.render();
    }
  }

  /** The theme's colour as the canvas takes it: custom properties resolved to rgb() through a hidden probe. */
  color(index) {
    return this.resolve(PALETTE[index % PALETTE.length], '#1676f3');
  }

  resolve(property, fallback) {
    this.probe.style.color = `var(${property}, ${fallback})`;
    return getComputedStyle(this.probe).color;
  }

  render() {
    const text = this.getAttribute('config');
    if (!text) {
      return;
    }
    const config = JSON.parse(text);
    this.canvas.setAttribute('aria-label', this.getAttribute('label') || '');
    if (this.chart) {
      this.chart.destroy();
    }
    const colors = (config.tones || []).map((tone) => this.color(tone));
    // Axis text and grid lines in the theme's colours, so they stay readable in the dark scheme too.
    const ink = this.resolve('--lumo-secondary-text-color', '#566573');
    const grid = this.resolve('--lumo-contrast-10pct', 'rgba(0, 0, 0, 0.1)');
    const axis = { beginAtZero: true, ticks: { precision: 0, color: ink }, grid: { color: grid } };
    this.chart = new Chart(this.canvas, {
      type: config.type,
      data: {
        labels: config.labels,
        datasets: [
          {
            label: config.series,
            data: config.values,
            backgroundColor: colors.length ? colors : this.color(0),
            borderColor: this.color(0),
            tension: 0.2,
          },
        ],
      },
      options: {
        indexAxis: config.horizontal ? 'y' : 'x',
        responsive: true,
        maintainAspectRatio: false,
        animation: false,
        plugins: { legend: { display: false } },
        scales: {
          x: axis,
          y: { ...axis, max: config.max || undefined },
        },
        onClick: (event, elements) => {
          if (elements.length && config.keys) {
            const index = elements[0].index;
            this.dispatchEvent(new CustomEvent('dpa-chart-click', { detail: { key: config.keys[index] } }));
          }
        },
      },
    });
  }

  /** Where the item at {@code index} is drawn, relative to the canvas: for tests that click a bar. */
  itemPosition(index) {
    const point = this.chart.getDatasetMeta(0).data[index].getCenterPoint();
    return { x: point.x, y: point.y };
  }
}

customElements.define('dpa-chart', DpaChart);
