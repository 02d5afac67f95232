import type { Action } from '../../auth/policy.js';

export interface NavEntry {
  to:
    | '/gestion'
    | '/gestion/territoire'
    | '/gestion/lieux'
    | '/gestion/assistants-maternels'
    | '/gestion/accueils'
    | '/gestion/rapport-offre'
    | '/gestion/demandes'
    | '/gestion/offres-emploi'
    | '/gestion/offres-emploi/statistiques'
    | '/gestion/contacts'
    | '/gestion/contacts/statistiques'
    | '/gestion/contacts/themes'
    | '/gestion/aide-employeur'
    | '/gestion/animations'
    | '/gestion/animations/statistiques'
    | '/gestion/rendez-vous'
    | '/gestion/rendez-vous/permanences'
    | '/gestion/comptes'
    | '/gestion/journal'
    | '/gestion/envois'
    | '/gestion/plateforme';
  label: string;
  /** The policy action that shows the entry. */
  action: Action;
  /** Shown only once a relais is chosen (the operator has none of his own). */
  needsRelais: boolean;
  /** Active only on its own path, not on its children's. */
  exact?: boolean;
}

/** The back-office navigation, in order: each entry appears only to those its action allows. */
export const NAV_ENTRIES: readonly NavEntry[] = [
  { to: '/gestion', label: 'Tableau de bord', action: 'relais.read', needsRelais: false, exact: true },
  { to: '/gestion/territoire', label: 'Territoire', action: 'relais.read', needsRelais: true },
  { to: '/gestion/lieux', label: 'Lieux', action: 'relais.read', needsRelais: true },
  {
    to: '/gestion/assistants-maternels',
    label: 'Assistants maternels',
    action: 'childminders.read',
    needsRelais: true,
  },
  { to: '/gestion/accueils', label: 'Accueils collectifs et MAM', action: 'relais.read', needsRelais: true },
  { to: '/gestion/demandes', label: 'Demandes', action: 'requests.read', needsRelais: true },
  { to: '/gestion/offres-emploi', label: 'Offres d’emploi', action: 'jobOffers.read', needsRelais: true, exact: true },
  {
    to: '/gestion/offres-emploi/statistiques',
    label: 'Statistiques des offres',
    action: 'jobOffers.statistics',
    needsRelais: true,
  },
  { to: '/gestion/contacts', label: 'Journal des contacts', action: 'contacts.read', needsRelais: true, exact: true },
  {
    to: '/gestion/contacts/statistiques',
    label: 'Statistiques des contacts',
    action: 'contacts.statistics',
    needsRelais: true,
  },
  { to: '/gestion/contacts/themes', label: 'Thèmes des contacts', action: 'contacts.configure', needsRelais: true },
  { to: '/gestion/aide-employeur', label: 'Aide employeur', action: 'relais.read', needsRelais: true },
  { to: '/gestion/animations', label: 'Animations', action: 'activities.read', needsRelais: true, exact: true },
  {
    to: '/gestion/animations/statistiques',
    label: 'Statistiques des animations',
    action: 'activities.statistics',
    needsRelais: true,
  },
  { to: '/gestion/rendez-vous', label: 'Rendez-vous', action: 'appointments.read', needsRelais: true, exact: true },
  {
    to: '/gestion/rendez-vous/permanences',
    label: 'Permanences et motifs',
    action: 'appointments.configure',
    needsRelais: true,
  },
  { to: '/gestion/rapport-offre', label: 'Rapport de l’offre d’accueil', action: 'relais.read', needsRelais: true },
  { to: '/gestion/comptes', label: 'Comptes', action: 'accounts.manage', needsRelais: true },
  { to: '/gestion/journal', label: 'Journal d’audit', action: 'audit.read', needsRelais: true },
  { to: '/gestion/envois', label: 'Boîte d’envoi', action: 'outbox.read', needsRelais: true },
  { to: '/gestion/plateforme', label: 'Relais de la plateforme', action: 'platform.manage', needsRelais: false },
];

export function visibleEntries(can: (action: Action) => boolean, relaisId: string | null): NavEntry[] {
  return NAV_ENTRIES.filter((entry) => can(entry.action) && (!entry.needsRelais || relaisId !== null));
}

export function isActive(entry: NavEntry, pathname: string): boolean {
  const path = pathname.replace(/\/$/, '') || '/';
  return entry.exact ? path === entry.to : path === entry.to || path.startsWith(`${entry.to}/`);
}
