// The world map of "Where data goes": shipped Natural Earth geometry (world-atlas, public domain) drawn as SVG
// by d3-geo; nothing is fetched at run time. The server sends each country's category and title as JSON; the
// legend and the table (slotted light DOM) are the server's, so the figures never depend on colour alone.
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import world from 'world-atlas/countries-110m.json';
import { ALPHA2 } from './iso-numeric.js';

const WIDTH = 960;
const HEIGHT = 470;
const SVG = 'http://www.w3.org/2000/svg';
const COUNTRIES = feature(world, world.objects.countries).features.filter((country) => country.id !== '010');
const PROJECTION = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: 'FeatureCollection', features: COUNTRIES });
const PATH = geoPath(PROJECTION);
const OUTLINES = COUNTRIES.map((country) => ({
  code: ALPHA2[country.id] || '',
  name: country.properties.name,
  d: PATH(country),
}));

class DpaWorldMap extends HTMLElement {
  static get observedAttributes() {
    return ['data', 'label', 'selected'];
  }

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    root.innerHTML = `<style>
        :host { display: block; }
        svg { display: block; width: 100%; height: auto; }
        path { fill: var(--dpa-map-neutral); stroke: var(--lumo-base-color, #fff); stroke-width: 0.5; }
        path[data-code]:not([data-code='']) { cursor: pointer; }
        path:hover { stroke: var(--lumo-body-text-color, #000); stroke-width: 1; }
        path.eea { fill: var(--dpa-map-eea); }
        path.adequate { fill: var(--dpa-map-adequate); }
        path.mechanism { fill: var(--dpa-map-mechanism); }
        path.none { fill: var(--dpa-map-none); }
        path.selected { stroke: var(--lumo-body-text-color, #000); stroke-width: 2; }
      </style>
      <svg viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img"></svg><slot></slot>`;
    this.svg = root.querySelector('svg');
    for (const outline of OUTLINES) {
      const path = document.createElementNS(SVG, 'path');
      path.setAttribute('d', outline.d);
      path.dataset.code = outline.code;
      path.appendChild(document.createElementNS(SVG, 'title'));
      path.addEventListener('click', () => this.choose(outline.code));
      this.svg.appendChild(path);
    }
  }

  connectedCallback() {
    this.render();
  }

  attributeChangedCallback() {
    this.render();
  }

  choose(code) {
    if (code) {
      this.dispatchEvent(new CustomEvent('dpa-map-click', { detail: { country: code } }));
    }
  }

  render() {
    const data = JSON.parse(this.getAttribute('data') || '{"countries":{},"names":{}}');
    const selected = this.getAttribute('selected') || '';
    this.svg.setAttribute('aria-label', this.getAttribute('label') || '');
    this.svg.querySelectorAll('path').forEach((path, index) => {
      const code = path.dataset.code;
      const country = data.countries[code];
      path.setAttribute('class', `${country ? country.category : ''}${code && code === selected ? ' selected' : ''}`);
      path.firstChild.textContent = country ? country.title : data.names[code] || OUTLINES[index].name;
    });
  }

  /** Where a country is drawn, relative to the page's viewport: for tests that click it. */
  countryPosition(code) {
    const path = this.svg.querySelector(`path[data-code='${code}']`);
    const box = path.getBoundingClientRect();
    return { x: box.x + box.width / 2, y: box.y + box.height / 2 };
  }
}

customElements.define('dpa-world-map', DpaWorldMap);
