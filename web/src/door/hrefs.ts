/**
 * Addresses of the public door: pages rendered by the server (src/app/public-door.ts), not routes
 * of the single-page app. Links to them from the app are plain links that load a new page.
 */
export const HOME_HREF = '/';
/** The employer-help calculator (a page of the app, linked from the door's pages). */
export const EMPLOYER_HELP_HREF = '/aide-employeur';
export const relaisHref = (slug: string): string => `/r/${encodeURIComponent(slug)}`;
export const directoryHref = (slug: string): string => `${relaisHref(slug)}/annuaire`;
