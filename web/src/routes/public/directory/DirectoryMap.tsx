import { Card, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import * as maplibregl from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import { useEffect, useRef } from 'react';
import { api, unwrap } from '../../../api/client.js';

maplibregl.setWorkerUrl(workerUrl);

type Collection = Awaited<ReturnType<typeof loadMap>>;

function loadMap(slug: string) {
  return unwrap(api.GET('/api/public/relais/{slug}/map', { params: { path: { slug } } }));
}

function bounds(collection: Collection): [[number, number], [number, number]] {
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

/** The communes of the relais shaded by the number of places free today; no tile server needed. */
export default function DirectoryMap({ slug }: { slug: string }) {
  const map = useQuery({ queryKey: ['public', 'map', slug], queryFn: () => loadMap(slug), staleTime: 60_000 });
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!map.data || !container.current || map.data.features.length === 0) return;
    const instance = new maplibregl.Map({
      container: container.current,
      style: {
        version: 8,
        sources: { communes: { type: 'geojson', data: map.data as never } },
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
      bounds: bounds(map.data),
      fitBoundsOptions: { padding: 20 },
      attributionControl: { compact: true, customAttribution: 'Limites communales : IGN, Licence Ouverte' },
    });
    return () => instance.remove();
  }, [map.data]);

  if (!map.data || map.data.features.length === 0) return null;
  const rows = [...map.data.features].sort((a, b) => a.properties.name.localeCompare(b.properties.name, 'fr'));
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="map-title">
      <Title order={2} size="h3" id="map-title" mb="xs">
        Places libres aujourd’hui par commune
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Plus la commune est foncée, plus il y a de places libres chez les assistant·es maternel·les.
      </Text>
      <div
        ref={container}
        style={{ height: 360, borderRadius: 8 }}
        role="region"
        aria-label="Carte interactive des communes (les mêmes chiffres figurent dans le tableau pour les lecteurs d’écran)"
      />
      <VisuallyHidden>
        <Table>
          <caption>Places libres aujourd’hui par commune</caption>
          <thead>
            <tr>
              <th scope="col">Commune</th>
              <th scope="col">Places libres</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((f) => (
              <tr key={f.properties.code}>
                <td>{f.properties.name}</td>
                <td>{f.properties.freePlaces}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </VisuallyHidden>
    </Card>
  );
}
