import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { MAP_HEIGHT } from './attributes.js';

maplibregl.setWorkerUrl(workerUrl);

interface MapCollection {
  type: 'FeatureCollection';
  features: { geometry: { coordinates: unknown }; properties: { freePlaces: number } }[];
}

function bounds(collection: MapCollection): [[number, number], [number, number]] {
  let minX = 180;
  let minY = 90;
  let maxX = -180;
  let maxY = -90;
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      const [x, y] = c as [number, number];
      minX = Math.min(minX, x);
      maxX = Math.max(maxX, x);
      minY = Math.min(minY, y);
      maxY = Math.max(maxY, y);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const f of collection.features) visit(f.geometry.coordinates);
  return [
    [minX, minY],
    [maxX, maxY],
  ];
}

/**
 * The communes of the relais shaded by the number of places free today, in `container`; no tile
 * server needed. If the GeoJSON cannot be read, the placeholder stays empty: the same figures are
 * in the table beside it.
 */
export async function drawMap(container: HTMLElement, url: string): Promise<void> {
  const response = await fetch(url, { credentials: 'same-origin' }).catch(() => null);
  if (!response?.ok) return;
  const collection = (await response.json()) as MapCollection;
  if (collection.features.length === 0) return;
  const element = document.createElement('div');
  element.style.height = `${MAP_HEIGHT}px`;
  element.style.borderRadius = '8px';
  element.setAttribute('role', 'region');
  element.setAttribute(
    'aria-label',
    'Carte interactive des communes (les mêmes chiffres figurent dans le tableau pour les lecteurs d’écran)',
  );
  container.append(element);
  new maplibregl.Map({
    container: element,
    style: {
      version: 8,
      sources: { communes: { type: 'geojson', data: collection as never } },
      layers: [
        { id: 'fond', type: 'background', paint: { 'background-color': '#f4f6f4' } },
        {
          id: 'places',
          type: 'fill',
          source: 'communes',
          paint: {
            'fill-color': ['interpolate', ['linear'], ['get', 'freePlaces'], 0, '#e8efe9', 5, '#7fb58f', 20, '#1c5d3a'],
            'fill-opacity': 0.85,
          },
        },
        { id: 'limites', type: 'line', source: 'communes', paint: { 'line-color': '#35513f', 'line-width': 1 } },
      ],
    },
    bounds: bounds(collection),
    fitBoundsOptions: { padding: 20 },
    attributionControl: { compact: true, customAttribution: 'Limites communales : IGN, Licence Ouverte' },
  });
}
