/**
 * The contact log's vocabulary and rules: channels, publics, outcomes, the default subjects, what a
 * valid contact is, and the statistics of a year. Pure: no database, no clock.
 */
import { MONTH_NAMES } from '../../app/calendar.js';

/** Contacts per page of the log (the server's pages, and the web's pagination). */
export const CONTACTS_PAGE_SIZE = 50;

export const CHANNELS = {
  phone: 'Téléphone',
  am_permanence: 'Permanence téléphonique des assistant·es maternel·les',
  email: 'E-mail',
  visit: 'Accueil au relais',
  appointment: 'Rendez-vous',
  online_request: 'Demande en ligne',
  workshop: 'En marge d’un atelier',
} as const;
export type Channel = keyof typeof CHANNELS;

export const PUBLICS = {
  parent: 'Parent',
  future_parent: 'Futur parent',
  childminder: 'Assistant·e maternel·le',
  candidate: 'Candidat·e à l’agrément',
  project_carrier: 'Porteur·se de projet (MAM, micro-crèche)',
  partner: 'Partenaire',
} as const;
export type Public = keyof typeof PUBLICS;

/** Publics that are families: they may be linked to a family file and count as families reached. */
export const FAMILY_PUBLICS: readonly Public[] = ['parent', 'future_parent', 'candidate', 'project_carrier'];

export const OUTCOMES = {
  informed: 'Information donnée',
  documentation: 'Documentation remise ou envoyée',
  childminder_list: 'Liste d’assistant·es maternel·les disponibles remise',
  appointment: 'Rendez-vous proposé',
  referred: 'Orientation vers un partenaire',
  follow_up: 'À rappeler, suivi à faire',
} as const;
export type Outcome = keyof typeof OUTCOMES;

/**
 * Subjects a relais starts with (§4.1 of the operating project), with a stable code: the relais may
 * rename them, add its own or archive them, and the activity report still finds them.
 */
export const DEFAULT_SUBJECTS = [
  { code: 'care_search', label: 'Recherche d’un mode d’accueil' },
  { code: 'contract', label: 'Contrat et rémunération' },
  { code: 'collective_agreement', label: 'Convention collective' },
  { code: 'end_of_contract', label: 'Fin de contrat' },
  { code: 'benefits', label: 'Aides et démarches (CMG, Pajemploi)' },
  { code: 'accreditation', label: 'Agrément' },
  { code: 'training', label: 'Formation continue' },
  { code: 'relationship', label: 'Relation parent – assistant·e maternel·le' },
  { code: 'project', label: 'Projet d’installation (MAM, micro-crèche)' },
  { code: 'other', label: 'Autre' },
] as const;
export type SubjectCode = (typeof DEFAULT_SUBJECTS)[number]['code'];

/** Subjects of the "legal and administrative" questions of childminders (activity report). */
export const LEGAL_SUBJECTS: readonly SubjectCode[] = [
  'contract',
  'collective_agreement',
  'end_of_contract',
  'benefits',
];

/** Publics the AM phone permanence (professional support) is for. */
export const PERMANENCE_PUBLICS: readonly Public[] = ['childminder', 'candidate'];

/**
 * The AM phone permanence: every weekday afternoon from 14:00 to 15:30 except Thursday (seed §4.1).
 * Given a Paris weekday (1 = Monday … 7 = Sunday) and time "HH:MM", and the public when it is
 * already chosen, the channel the entry form proposes: the permanence during it (for the publics it
 * serves), the phone otherwise.
 */
export function suggestedChannel(parisWeekday: number, parisTime: string, contactPublic?: Public): Channel {
  const inPermanence = parisWeekday >= 1 && parisWeekday <= 5 && parisWeekday !== 4;
  const servedPublic = contactPublic === undefined || PERMANENCE_PUBLICS.includes(contactPublic);
  return inPermanence && servedPublic && parisTime >= '14:00' && parisTime < '15:30' ? 'am_permanence' : 'phone';
}

export interface ContactFacts {
  /** Paris date of the contact. */
  occurredOn: string;
  channel: Channel;
  public: Public;
  subjectIds: string[];
  familyId: string | null;
  childminderId: string | null;
}

export interface Problem {
  field: string;
  message: string;
}

/** What makes a contact impossible, given today's Paris date; empty when it is valid. */
export function contactProblems(facts: ContactFacts, today: string): Problem[] {
  const problems: Problem[] = [];
  if (facts.occurredOn > today)
    problems.push({ field: 'occurredAt', message: 'Un contact ne peut pas être dans le futur.' });
  if (facts.occurredOn < '2000-01-01') problems.push({ field: 'occurredAt', message: 'La date est trop ancienne.' });
  if (facts.channel === 'am_permanence' && !PERMANENCE_PUBLICS.includes(facts.public)) {
    problems.push({
      field: 'channel',
      message: 'La permanence téléphonique est réservée aux assistant·es maternel·les et aux candidat·es.',
    });
  }
  if (facts.subjectIds.length === 0) problems.push({ field: 'subjectIds', message: 'Choisissez au moins un thème.' });
  if (facts.familyId && !FAMILY_PUBLICS.includes(facts.public)) {
    problems.push({ field: 'familyId', message: 'Seul un contact de famille peut être rattaché à une famille.' });
  }
  if (facts.childminderId && facts.public !== 'childminder') {
    problems.push({
      field: 'childminderId',
      message: 'Seul un contact d’assistant·e maternel·le peut être rattaché à sa fiche.',
    });
  }
  return problems;
}

/** One contact as the statistics see it. */
export interface CountedContact {
  occurredOn: string;
  channel: string;
  public: string;
  inseeCode: string | null;
  familyId: string | null;
  childminderId: string | null;
  subjectIds: string[];
}

export interface Count {
  key: string;
  label: string;
  count: number;
}

export interface ContactStatistics {
  year: number;
  total: number;
  distinctFamilies: number;
  distinctChildminders: number;
  byPublic: Count[];
  byChannel: Count[];
  bySubject: Count[];
  /** Communes of the territory first (in the given order), then "Hors territoire", then "Non renseignée". */
  byCommune: Count[];
  /** Twelve rows, January to December. */
  byMonth: Count[];
  /** For each public, its contacts by subject (a contact with two subjects counts for both). */
  publicBySubject: { public: string; label: string; subjects: Count[] }[];
  /** The figures of the activity report (§4.1 of the operating project), each contact counted once. */
  indicators: Count[];
}

export const OUTSIDE_TERRITORY = 'hors-territoire';
export const UNKNOWN_COMMUNE = 'non-renseignee';

function counts(labels: Iterable<[string, string]>, tally: Map<string, number>): Count[] {
  return [...labels].map(([key, label]) => ({ key, label, count: tally.get(key) ?? 0 }));
}

function tallyOf<T>(items: T[], keysOf: (item: T) => string[]): Map<string, number> {
  const tally = new Map<string, number>();
  for (const item of items) for (const key of keysOf(item)) tally.set(key, (tally.get(key) ?? 0) + 1);
  return tally;
}

/**
 * Statistics of the contacts of one year (contacts of other years are ignored). Every category
 * appears, with 0 when nothing was counted, so that years compare line by line.
 */
export function contactStatistics(
  year: number,
  contacts: CountedContact[],
  subjects: { id: string; code: string | null; label: string }[],
  territory: { inseeCode: string; name: string }[],
): ContactStatistics {
  const ofYear = contacts.filter((c) => c.occurredOn.startsWith(`${year}-`));
  const inTerritory = new Set(territory.map((c) => c.inseeCode));
  const communeKey = (c: CountedContact) =>
    c.inseeCode === null ? UNKNOWN_COMMUNE : inTerritory.has(c.inseeCode) ? c.inseeCode : OUTSIDE_TERRITORY;
  const subjectLabels = subjects.map((s): [string, string] => [s.id, s.label]);
  const codeOf = new Map(subjects.map((s) => [s.id, s.code]));
  const about = (c: CountedContact, codes: readonly string[]) =>
    c.subjectIds.some((id) => codes.includes(codeOf.get(id) ?? ''));
  const indicator = (key: string, label: string, test: (c: CountedContact) => boolean): Count => ({
    key,
    label,
    count: ofYear.filter(test).length,
  });
  return {
    year,
    total: ofYear.length,
    distinctFamilies: new Set(ofYear.flatMap((c) => (c.familyId ? [c.familyId] : []))).size,
    distinctChildminders: new Set(ofYear.flatMap((c) => (c.childminderId ? [c.childminderId] : []))).size,
    byPublic: counts(
      Object.entries(PUBLICS),
      tallyOf(ofYear, (c) => [c.public]),
    ),
    byChannel: counts(
      Object.entries(CHANNELS),
      tallyOf(ofYear, (c) => [c.channel]),
    ),
    bySubject: counts(
      subjectLabels,
      tallyOf(ofYear, (c) => c.subjectIds),
    ),
    byCommune: counts(
      [
        ...territory.map((c): [string, string] => [c.inseeCode, c.name]),
        [OUTSIDE_TERRITORY, 'Hors territoire'],
        [UNKNOWN_COMMUNE, 'Non renseignée'],
      ],
      tallyOf(ofYear, (c) => [communeKey(c)]),
    ),
    byMonth: counts(
      MONTH_NAMES.map((label, i): [string, string] => [`${year}-${String(i + 1).padStart(2, '0')}`, label]),
      tallyOf(ofYear, (c) => [c.occurredOn.slice(0, 7)]),
    ),
    publicBySubject: Object.entries(PUBLICS).map(([key, label]) => ({
      public: key,
      label,
      subjects: counts(
        subjectLabels,
        tallyOf(
          ofYear.filter((c) => c.public === key),
          (c) => c.subjectIds,
        ),
      ),
    })),
    indicators: [
      indicator(
        'care_requests',
        'Demandes de mode d’accueil (parents et futurs parents)',
        (c) => (c.public === 'parent' || c.public === 'future_parent') && about(c, ['care_search']),
      ),
      indicator(
        'parents_collective_agreement',
        'Contacts de parents sur la convention collective',
        (c) => c.public === 'parent' && about(c, ['collective_agreement']),
      ),
      indicator(
        'childminders_legal',
        'Sollicitations d’assistant·es maternel·les sur le volet juridique et administratif',
        (c) => c.public === 'childminder' && about(c, LEGAL_SUBJECTS),
      ),
      indicator('candidates', 'Contacts de candidat·es à l’agrément', (c) => c.public === 'candidate'),
      indicator('project_carriers', 'Contacts de porteur·ses de projet', (c) => c.public === 'project_carrier'),
    ],
  };
}
