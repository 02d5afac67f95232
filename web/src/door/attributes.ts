/**
 * What the server-rendered pages and the door's script agree on. Kept apart from the React views so
 * that the script does not bundle them.
 */

/** Element that the script turns into a map, holding the address of its GeoJSON. */
export const MAP_ATTRIBUTE = 'data-door-map';
/** Height of the map, also kept by its placeholder so that nothing moves when it is drawn. */
export const MAP_HEIGHT = 360;
/** Form that the script sends to the API, holding the API's address. */
export const CONTACT_ATTRIBUTE = 'data-door-contact';
/** The status line of such a form, where the script writes the answer. */
export const CONTACT_STATUS_ATTRIBUTE = 'data-door-contact-status';
