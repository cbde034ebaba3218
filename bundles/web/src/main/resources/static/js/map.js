/*
 * Licensed under the Apache License, Version 2.0 (the "License");
 * you may not use this file except in compliance with the License.
 * You may obtain a copy of the License at
 *
 *     http://www.apache.org/licenses/LICENSE-2.0
 *
 * Unless required by applicable law or agreed to in writing, software
 * distributed under the License is distributed on an "AS IS" BASIS,
 * WITHOUT WARRANTIES OR CONDITIONS OF ANY KIND, either express or implied.
 * See the License for the specific language governing permissions and
 * limitations under the License.
 */

/**
 * Leaflet maps. Only positions the API made public are shown (posts' fuzzed positions, actors' and
 * operations' addresses). The tile server is a setting; if its tiles do not load, the map says so and
 * everything stays reachable from the lists beside it.
 *
 * Leaflet (the webjar's minified dist/leaflet.js, which sets window.L, and its leaflet.css) is loaded the first time
 * a screen shows a map, never before: createMap returns its element at once and draws the map when Leaflet has
 * arrived, the calls made meanwhile (markers, views, fits) queued in order.
 */

import { config } from './config.js';
import { h } from './dom.js';
import { t } from './i18n.js';

const live = [];
const LEAFLET = '/webjars/leaflet/1.9.4/dist/';
let leaflet = null;

function fetched(element, before = null) {
  return new Promise((resolve, reject) => {
    element.addEventListener('load', resolve, { once: true });
    element.addEventListener('error', reject, { once: true });
    document.head.insertBefore(element, before);
  });
}

/** Leaflet, loaded once: its style sheet and its script (window.L). */
export function loadLeaflet() {
  if (!leaflet) {
    const style = document.createElement('link');
    style.rel = 'stylesheet';
    style.href = `${LEAFLET}leaflet.css`;
    const script = document.createElement('script');
    script.src = `${LEAFLET}leaflet.js`;
    // Before the app's style sheet, whose rules about maps win.
    leaflet = Promise.all([fetched(style, document.querySelector('link[href="/css/app.css"]')), window.L ? null : fetched(script)]).then(() => window.L, (error) => {
      leaflet = null;
      style.remove();
      script.remove();
      throw error;
    });
  }
  return leaflet;
}

/** Frees the maps of the screen being left (the router calls it). */
export function releaseMaps() {
  for (const release of live.splice(0)) {
    release();
  }
}

const COLOURS = { REQUEST: '#a34700', OFFER: '#0b6b2f', ACTOR: '#0b5cad', OPERATION: '#6b2fa3', HOME: '#1a1a1a' };

/**
 * A map in a new wrapper element, drawn as soon as Leaflet is there.
 * @param {object} options centre {lat, lon}, zoom, label (accessible name), small, onTap(latlng), legend (the kinds of
 *   markers the map shows, explained under it)
 * @returns {{element: HTMLElement, map: object, marker: Function, fit: Function, clearMarkers: Function}} map offers
 *   setView and getZoom before Leaflet arrives; marker returns a handle whose remove() works at any time
 */
export function createMap({ centre, zoom, label, small = false, onTap, legend: kinds } = {}) {
  const settings = config();
  const start = centre || settings.mapCentre;
  const note = h('p', { class: 'map-note', hidden: true });
  const container = h('div', { class: small ? 'map small' : 'map', role: 'region', 'aria-label': label || t('map.label') });
  const attribution = settings.tileAttribution ? h('div', { class: 'map-attribution' }, settings.tileAttribution) : null;
  const element = h('div', { class: 'map-wrap' }, container, attribution, note, kinds && kinds.length ? legend(kinds) : null);
  let drawn = null;
  let released = false;
  let view = { centre: [start.lat, start.lon], zoom: zoom || settings.mapZoom };
  const queue = [];
  const later = (fn) => (drawn ? fn(drawn) : queue.push(fn));
  let stop = () => {};
  live.push(() => {
    released = true;
    stop();
  });

  loadLeaflet().then((L) => {
    if (!released) {
      drawn = draw(L);
      queue.splice(0).forEach((fn) => fn(drawn));
    }
  }, () => {
    note.textContent = t('map.unavailable');
    note.hidden = false;
  });

  function draw(L) {
    const map = L.map(container, { attributionControl: false, zoomControl: false, keyboard: true });
    L.control.zoom({ zoomInTitle: t('map.zoomIn'), zoomOutTitle: t('map.zoomOut') }).addTo(map);
    map.setView(view.centre, view.zoom);
    if (settings.tileUrl) {
      let failed = 0;
      const tiles = L.tileLayer(settings.tileUrl, { maxZoom: settings.tileMaxZoom || 19, crossOrigin: false });
      tiles.on('tileerror', () => {
        failed += 1;
        if (failed === 1) {
          note.textContent = t('map.tilesFailed');
          note.hidden = false;
        }
      });
      tiles.on('tileload', () => {
        if (!note.hidden && failed === 0) {
          note.hidden = true;
        }
      });
      tiles.addTo(map);
    } else {
      note.textContent = t('map.noTiles');
      note.hidden = false;
    }
    if (onTap) {
      map.on('click', (event) => onTap({ lat: event.latlng.lat, lon: event.latlng.lng }));
    }
    const layer = L.layerGroup().addTo(map);
    // The container may be created detached: Leaflet needs its real size once it is in the page.
    const observer = new ResizeObserver(() => map.invalidateSize());
    observer.observe(container);
    stop = () => {
      observer.disconnect();
      map.remove();
    };
    return { L, map, layer };
  }

  /** What the screens call on the map: works before Leaflet arrives. */
  const facade = {
    setView(latlng, level) {
      view = { centre: latlng, zoom: level === undefined ? view.zoom : level };
      later(({ map }) => map.setView(latlng, level));
      return facade;
    },
    getZoom() {
      return drawn ? drawn.map.getZoom() : view.zoom;
    },
  };

  /**
   * Adds a circle marker; popup is a function returning a DOM node (never HTML). A marker with a popup and a
   * label is also a keyboard control: Tab reaches it, its label is its accessible name, Enter or Space opens the
   * popup and moves the focus to its first link. The others are decoration, left out of the accessibility tree
   * (the page says the same in text).
   */
  function marker(point, kind, popup, label) {
    const handle = { circle: null, removed: false, remove() {
      handle.removed = true;
      if (handle.circle) {
        handle.circle.remove();
      }
    } };
    later(({ L, layer }) => {
      if (!handle.removed) {
        handle.circle = circleMarker(L, layer, point, kind, popup, label);
      }
    });
    return handle;
  }

  function fit(points, maxZoom = 14) {
    const valid = points.filter((p) => p && Number.isFinite(p.lat) && Number.isFinite(p.lon));
    if (valid.length === 1) {
      facade.setView([valid[0].lat, valid[0].lon], Math.min(maxZoom, 14));
    } else if (valid.length > 1) {
      later(({ L, map }) => map.fitBounds(L.latLngBounds(valid.map((p) => [p.lat, p.lon])), { padding: [24, 24], maxZoom }));
    }
  }

  return { element, map: facade, marker, fit, clearMarkers: () => later(({ layer }) => layer.clearLayers()) };
}

function circleMarker(L, layer, point, kind, popup, label) {
  const circle = L.circleMarker([point.lat, point.lon], {
    radius: kind === 'HOME' ? 7 : 9,
    color: '#ffffff',
    weight: 2,
    fillColor: COLOURS[kind] || COLOURS.ACTOR,
    fillOpacity: 0.95,
  });
  if (popup) {
    circle.bindPopup(() => popup());
  }
  circle.addTo(layer);
  const path = circle.getElement();
  if (path && popup && label) {
    path.setAttribute('tabindex', '0');
    path.setAttribute('role', 'button');
    path.setAttribute('aria-label', label);
    path.addEventListener('keydown', (event) => {
      if (event.key !== 'Enter' && event.key !== ' ') {
        return;
      }
      event.preventDefault();
      circle.openPopup();
      const popupElement = circle.getPopup() && circle.getPopup().getElement();
      const link = popupElement && popupElement.querySelector('a');
      if (link) {
        link.focus();
      }
    });
  } else if (path) {
    path.setAttribute('aria-hidden', 'true');
  }
  return circle;
}

/** What each marker's colour means, under a map: a swatch drawn as the marker is, and its name. */
export function legend(kinds) {
  return h('ul', { class: 'map-legend', 'aria-label': t('map.legend') }, kinds.map((kind) => h('li', { 'data-kind': kind },
    h('span', { class: `marker-swatch marker-${kind}`, 'aria-hidden': 'true' }), t(`map.legend.${kind}`))));
}

/** A zoom level showing about a radius around a centre. */
export function zoomForRadius(km) {
  if (km <= 5) {
    return 12;
  }
  if (km <= 10) {
    return 11;
  }
  if (km <= 25) {
    return 10;
  }
  return 9;
}
