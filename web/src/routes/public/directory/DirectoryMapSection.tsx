import { Card, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { lazy, Suspense, useEffect, useState } from 'react';
import { loadMap, MAP_HEIGHT } from './map-data.js';

const DirectoryMap = lazy(() => import('./DirectoryMap.js'));

/** True once the element given to `ref` has come within `margin` of the screen (then stays true). */
function useNearScreen(margin: string) {
  // A callback ref: the element appears only once the map's data has arrived.
  const [element, ref] = useState<HTMLDivElement | null>(null);
  const [near, setNear] = useState(false);
  useEffect(() => {
    if (!element || near) return;
    const observer = new IntersectionObserver(
      (entries) => {
        if (entries.some((entry) => entry.isIntersecting)) setNear(true);
      },
      { rootMargin: margin },
    );
    observer.observe(element);
    return () => observer.disconnect();
  }, [element, margin, near]);
  return { ref, near };
}

/**
 * Free places today per commune: a table for screen readers, and a map drawn once the section
 * comes near the screen (a phone that never scrolls there never downloads MapLibre).
 */
export function DirectoryMapSection({ slug }: { slug: string }) {
  const map = useQuery({ queryKey: ['public', 'map', slug], queryFn: () => loadMap(slug), staleTime: 60_000 });
  const { ref, near } = useNearScreen('200px');
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
      <div ref={ref} style={{ minHeight: MAP_HEIGHT }}>
        {near && (
          <Suspense fallback={null}>
            <DirectoryMap collection={map.data} />
          </Suspense>
        )}
      </div>
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
