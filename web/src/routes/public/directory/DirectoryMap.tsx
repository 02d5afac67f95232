import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef } from 'react';
import { MAP_HEIGHT, type MapCollection } from './map-data.js';

maplibregl.setWorkerUrl(workerUrl);

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
  for (const f of collection.features) visit((f.geometry as { coordinates: unknown }).coordinates);
  return [
    [minX, minY],
    [maxX, maxY],
  ];
}

/**
 * The communes of the relais shaded by the number of places free today; no tile server needed.
 * Loaded only when its section comes near the screen: MapLibre is a megabyte of JavaScript.
 */
export default function DirectoryMap({ collection }: { collection: MapCollection }) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!container.current || collection.features.length === 0) return;
    const instance = new maplibregl.Map({
      container: container.current,
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
              'fill-color': [
                'interpolate',
                ['linear'],
                ['get', 'freePlaces'],
                0,
                '#e8efe9',
                5,
                '#7fb58f',
                20,
                '#1c5d3a',
              ],
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
    return () => instance.remove();
  }, [collection]);

  return (
    <div
      ref={container}
      style={{ height: MAP_HEIGHT, borderRadius: 8 }}
      role="region"
      aria-label="Carte interactive des communes (les mêmes chiffres figurent dans le tableau pour les lecteurs d’écran)"
    />
  );
}
