/**
 * The contact a simulation is for, in the address of the back-office calculator
 * ("/gestion/aide-employeur/salaire?contact=…&libelle=Parent, téléphone, 29 nov. 2026"), so that the
 * link from the contact log survives a reload. Kept tiny: the router imports it eagerly.
 */
export interface SimulationSearch {
  contact?: string;
  /** What the animator reads to recognise the contact (no name: public, channel and date). */
  libelle?: string;
}

const ID = /^[A-Za-z0-9_-]{1,64}$/;

export function validateSimulationSearch(search: Record<string, unknown>): SimulationSearch {
  const contact = typeof search.contact === 'string' && ID.test(search.contact) ? search.contact : undefined;
  const libelle =
    contact && typeof search.libelle === 'string' && search.libelle.trim()
      ? search.libelle.trim().slice(0, 160)
      : undefined;
  return { contact, libelle };
}
