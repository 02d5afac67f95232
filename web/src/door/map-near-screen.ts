import { MAP_ATTRIBUTE } from './attributes.js';

/**
 * Draws each map placeholder of the page once it comes within 200 px of the screen: MapLibre (a
 * megabyte of JavaScript) is downloaded only then.
 */
export function drawMapsNearScreen(root: Document): void {
  const placeholders = [...root.querySelectorAll<HTMLElement>(`[${MAP_ATTRIBUTE}]`)];
  if (placeholders.length === 0) return;
  const observer = new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue;
        observer.unobserve(entry.target);
        const element = entry.target as HTMLElement;
        void import('./map.js').then(({ drawMap }) => drawMap(element, element.getAttribute(MAP_ATTRIBUTE) ?? ''));
      }
    },
    { rootMargin: '200px' },
  );
  for (const element of placeholders) observer.observe(element);
}
