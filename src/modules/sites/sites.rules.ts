/** Kinds of venue where the relais works: its office and the places it borrows in each commune. */
export const SITE_KINDS = [
  'head_office',
  'leisure_centre',
  'library',
  'community_hall',
  'early_childhood_room',
  'town_hall',
  'other',
] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

export const SITE_KIND_LABELS: Record<SiteKind, string> = {
  head_office: 'Siège du relais',
  leisure_centre: 'Accueil de loisirs',
  library: 'Médiathèque',
  community_hall: 'Salle polyvalente',
  early_childhood_room: 'Salle petite enfance',
  town_hall: 'Mairie',
  other: 'Autre lieu',
};

/** Capacity in people (adults and children together); a venue without a known capacity stays null. */
export const MAX_SITE_CAPACITY = 500;
