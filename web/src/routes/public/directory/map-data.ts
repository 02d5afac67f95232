import { api, unwrap } from '../../../api/client.js';

export type MapCollection = Awaited<ReturnType<typeof loadMap>>;

/** Height of the map, also kept by its placeholder so that nothing moves when it loads. */
export const MAP_HEIGHT = 360;

/** The relais's communes (GeoJSON) with the places free today. */
export function loadMap(slug: string) {
  return unwrap(api.GET('/api/public/relais/{slug}/map', { params: { path: { slug } } }));
}
