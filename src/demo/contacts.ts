/**
 * Demo data of the contact log of Vie et Boulogne, 2022 to 2025: every call, e-mail, appointment
 * or visit of a family, a childminder (AM), a candidate to the agrément, a project carrier or a
 * partner, with its subjects and outcome, and the family files they are linked to. Every person is
 * fictional; a seeded generator draws everything, so the data are the same on every run.
 *
 * The figures. The 2025–2029 operating project (§4.1, §4.2) gives five counts of 2023 that the
 * activity statistics (`contactStatistics`, its `indicators`) must find exactly:
 *   454 requests for care, 364 parent contacts on the collective agreement, 206 legal and
 *   administrative questions of AMs, 57 contacts of candidates, 41 of project carriers.
 * Each contact belongs to one *kind* below whose public and subjects decide which indicators count
 * it, and the number of contacts of each kind is fixed per year (DEMO_CONTACT_YEARS), so the
 * counts come out exact whatever the random draws: e.g. a parent's contact about care *and* the
 * collective agreement is of kind `care_agreement` and counts in both. 2022, 2024 and 2025 are
 * our own plausible figures (candidates rising from 17 in 2020 to 57 in 2023, the seed says).
 *
 * Realism, from the seed: the AM phone permanence (Monday, Tuesday, Wednesday and Friday,
 * 14:00–15:30) takes only AMs and candidates; everything else happens on working days between
 * 09:00 and 17:30, Paris time, never on a public holiday; asides at the matinées d'éveil happen in
 * the morning in school periods. The relais has given no list of available AMs since 2023 (it
 * points families to monenfant.fr and its job-offer system instead) and receives almost no online
 * requests ("moins de 5 sur 4 ans"): so `childminder_list` stops in 2022 and `online_request` is
 * about one contact a year.
 *
 * Contacts after the demo's "now" are left out (the demo runs on the real clock; the history of
 * the supply, too, is fixed and does not follow it): everything is drawn first, then cut, so what
 * remains does not depend on the day the demo is seeded.
 */
import type { Insertable, Kysely } from 'kysely';
import { parisDate, type Clock } from '../app/clock.js';
import { insertChunked } from '../db/insert-chunked.js';
import type { ContactSubjectLinkTable, ContactTable, Database, FamilyTable } from '../db/schema.js';
import type { Channel, Outcome, Public, SubjectCode } from '../modules/contacts/contacts.rules.js';
import { ensureDefaultSubjects } from '../modules/contacts/contacts.subjects.js';
import { frenchPublicHolidays, isoWeekday, parisInstant } from '../app/calendar.js';
import { randomPerson } from './names.js';
import { daysBetween, seededRandom, type Random } from './random.js';

/** Contacts of each kind per year. The indicators of a year are sums of these (see above). */
export interface ContactYear {
  year: number;
  /** Parents and future parents looking for care (indicator `care_requests`), `careAndAgreement` included. */
  careRequests: number;
  /** Parents who asked about care and the collective agreement in the same contact. */
  careAndAgreement: number;
  /** Parents' contacts on the collective agreement (`parents_collective_agreement`), `careAndAgreement` included. */
  parentsAgreement: number;
  /** Parents and future parents on other subjects only (contract, end of contract, aids, relationship…). */
  parentsOther: number;
  /** AMs' legal and administrative questions (`childminders_legal`). */
  childmindersLegal: number;
  /** AMs on training, relationship with parents, renewal of the agrément, other. */
  childmindersOther: number;
  candidates: number;
  projectCarriers: number;
  partners: number;
}

export const DEMO_CONTACT_YEARS: readonly ContactYear[] = [
  {
    year: 2022,
    careRequests: 412,
    careAndAgreement: 31,
    parentsAgreement: 318,
    parentsOther: 142,
    childmindersLegal: 188,
    childmindersOther: 162,
    candidates: 44,
    projectCarriers: 33,
    partners: 52,
  },
  {
    year: 2023,
    careRequests: 454,
    careAndAgreement: 38,
    parentsAgreement: 364,
    parentsOther: 160,
    childmindersLegal: 206,
    childmindersOther: 175,
    candidates: 57,
    projectCarriers: 41,
    partners: 58,
  },
  {
    year: 2024,
    careRequests: 471,
    careAndAgreement: 41,
    parentsAgreement: 352,
    parentsOther: 171,
    childmindersLegal: 219,
    childmindersOther: 184,
    candidates: 61,
    projectCarriers: 37,
    partners: 63,
  },
  {
    year: 2025,
    careRequests: 447,
    careAndAgreement: 36,
    parentsAgreement: 377,
    parentsOther: 166,
    childmindersLegal: 228,
    childmindersOther: 190,
    candidates: 53,
    projectCarriers: 45,
    partners: 60,
  },
];

/** Contacts of a year, all kinds together (a contact of two kinds' subjects is one contact). */
export function contactsOfYear(y: ContactYear): number {
  return (
    y.careRequests +
    y.parentsAgreement -
    y.careAndAgreement +
    y.parentsOther +
    y.childmindersLegal +
    y.childmindersOther +
    y.candidates +
    y.projectCarriers +
    y.partners
  );
}

const SEED = 85_2023;

type Kind =
  | 'care'
  | 'care_agreement'
  | 'agreement'
  | 'parent_other'
  | 'am_legal'
  | 'am_other'
  | 'candidate'
  | 'carrier'
  | 'partner';

function kindCounts(y: ContactYear): [Kind, number][] {
  return [
    ['care', y.careRequests - y.careAndAgreement],
    ['care_agreement', y.careAndAgreement],
    ['agreement', y.parentsAgreement - y.careAndAgreement],
    ['parent_other', y.parentsOther],
    ['am_legal', y.childmindersLegal],
    ['am_other', y.childmindersOther],
    ['candidate', y.candidates],
    ['carrier', y.projectCarriers],
    ['partner', y.partners],
  ];
}

type Weighted<T> = readonly (readonly [T, number])[];

function draw<T>(random: Random, items: Weighted<T>): T {
  return random.weighted(items, ([, w]) => w)[0];
}

/** Which families a contact may be linked to, and how often it comes back to one already known. */
interface FamilyRule {
  pool: 'parent' | 'candidate' | 'carrier';
  /** Share of the contacts linked to a family file. */
  link: number;
  /** Share of the linked contacts that come back to a known family of the pool… */
  reuse: number;
  /** …whose earlier contact (of one of these kinds, if given) is so many days old. */
  after: readonly [number, number];
  previous?: readonly Kind[];
  /** Share of men among the new families' names. */
  men: number;
}

interface KindSpec {
  publics: Weighted<Public>;
  channels: Weighted<Channel>;
  subjects: (random: Random) => SubjectCode[];
  outcomes: (year: number) => Weighted<Outcome>;
  /** Weight of each month, January first. */
  months: readonly number[];
  family: FamilyRule | null;
  childminder: boolean;
}

const FLAT = [1, 1, 1, 1, 1, 1, 0.8, 0.35, 1.1, 1, 1, 0.7];
/** Parents look for care most in spring and at the rentrée, for an entry in September or January. */
const CARE_MONTHS = [1.1, 1.1, 1.2, 1.25, 1.25, 1.2, 0.9, 0.35, 1.2, 1, 0.9, 0.6];
/** Employment questions: paid leave (the reference period ends on 31 May), new contracts in September. */
const EMPLOYMENT_MONTHS = [1.1, 1, 1, 1, 1.2, 1.25, 1, 0.4, 1.3, 1.1, 1, 0.7];

const CARE_SEARCH_FOUND = (year: number): Weighted<Outcome> =>
  year < 2023
    ? [
        ['childminder_list', 55],
        ['informed', 25],
        ['appointment', 12],
        ['referred', 5],
        ['follow_up', 3],
      ]
    : [
        ['informed', 62],
        ['appointment', 18],
        ['referred', 12],
        ['documentation', 5],
        ['follow_up', 3],
      ];

/** Legal subjects besides the collective agreement. */
const EMPLOYMENT: Weighted<SubjectCode> = [
  ['contract', 40],
  ['end_of_contract', 30],
  ['benefits', 30],
];

const SPECS: Record<Kind, KindSpec> = {
  care: {
    publics: [
      ['parent', 72],
      ['future_parent', 28],
    ],
    channels: [
      ['phone', 40],
      ['email', 30],
      ['appointment', 20],
      ['visit', 9],
      ['online_request', 0.2],
    ],
    subjects: (r) =>
      draw<SubjectCode[]>(r, [
        [['care_search'], 85],
        [['care_search', 'benefits'], 12],
        [['care_search', 'contract'], 3],
      ]),
    outcomes: CARE_SEARCH_FOUND,
    months: CARE_MONTHS,
    family: { pool: 'parent', link: 0.7, reuse: 0.15, after: [3, 60], previous: ['care', 'care_agreement'], men: 0.15 },
    childminder: false,
  },
  care_agreement: {
    publics: [['parent', 1]],
    channels: [
      ['phone', 35],
      ['email', 25],
      ['appointment', 32],
      ['visit', 8],
    ],
    subjects: () => ['care_search', 'collective_agreement'],
    outcomes: (year) =>
      year < 2023
        ? [
            ['childminder_list', 30],
            ['informed', 40],
            ['documentation', 20],
            ['appointment', 10],
          ]
        : [
            ['informed', 55],
            ['documentation', 30],
            ['appointment', 15],
          ],
    months: CARE_MONTHS,
    family: { pool: 'parent', link: 0.7, reuse: 0.1, after: [3, 60], previous: ['care'], men: 0.15 },
    childminder: false,
  },
  agreement: {
    publics: [['parent', 1]],
    channels: [
      ['phone', 40],
      ['email', 38],
      ['appointment', 17],
      ['visit', 5],
    ],
    subjects: (r) => (r.chance(0.3) ? ['collective_agreement', draw(r, EMPLOYMENT)] : ['collective_agreement']),
    outcomes: () => [
      ['informed', 50],
      ['documentation', 30],
      ['referred', 10],
      ['appointment', 7],
      ['follow_up', 3],
    ],
    months: EMPLOYMENT_MONTHS,
    // The family that looked for care, now an employer.
    family: {
      pool: 'parent',
      link: 0.7,
      reuse: 0.45,
      after: [45, 540],
      previous: ['care', 'care_agreement'],
      men: 0.2,
    },
    childminder: false,
  },
  parent_other: {
    publics: [
      ['parent', 88],
      ['future_parent', 12],
    ],
    channels: [
      ['phone', 42],
      ['email', 35],
      ['appointment', 14],
      ['visit', 9],
    ],
    subjects: (r) => {
      const first = draw<SubjectCode>(r, [
        ['contract', 30],
        ['end_of_contract', 22],
        ['benefits', 28],
        ['relationship', 12],
        ['other', 8],
      ]);
      const second = draw<SubjectCode>(r, [
        ['contract', 1],
        ['end_of_contract', 1],
        ['benefits', 1],
      ]);
      return r.chance(0.12) && second !== first && first !== 'other' ? [first, second] : [first];
    },
    outcomes: () => [
      ['informed', 50],
      ['documentation', 22],
      ['referred', 18],
      ['appointment', 6],
      ['follow_up', 4],
    ],
    months: EMPLOYMENT_MONTHS,
    family: { pool: 'parent', link: 0.7, reuse: 0.35, after: [30, 720], men: 0.2 },
    childminder: false,
  },
  am_legal: {
    publics: [['childminder', 1]],
    channels: [
      ['am_permanence', 45],
      ['phone', 14],
      ['email', 25],
      ['appointment', 8],
      ['workshop', 8],
    ],
    subjects: (r) => {
      const first = draw<SubjectCode>(r, [
        ['collective_agreement', 32],
        ['contract', 24],
        ['end_of_contract', 20],
        ['benefits', 24],
      ]);
      const second = draw<SubjectCode>(r, [
        ['collective_agreement', 3],
        ['contract', 3],
        ['end_of_contract', 2],
        ['benefits', 2],
        ['relationship', 3],
      ]);
      return r.chance(0.18) && second !== first ? [first, second] : [first];
    },
    outcomes: () => [
      ['informed', 55],
      ['documentation', 25],
      ['referred', 15],
      ['follow_up', 5],
    ],
    months: EMPLOYMENT_MONTHS,
    family: null,
    childminder: true,
  },
  am_other: {
    publics: [['childminder', 1]],
    channels: [
      ['am_permanence', 25],
      ['phone', 14],
      ['email', 25],
      ['workshop', 31],
      ['appointment', 3],
      ['visit', 2],
    ],
    subjects: (r) => {
      const first = draw<SubjectCode>(r, [
        ['training', 40],
        ['relationship', 25],
        ['accreditation', 20],
        ['other', 15],
      ]);
      return first === 'accreditation' && r.chance(0.15) ? ['accreditation', 'training'] : [first];
    },
    outcomes: () => [
      ['informed', 55],
      ['documentation', 25],
      ['follow_up', 12],
      ['referred', 5],
      ['appointment', 3],
    ],
    months: [1, 1, 1.1, 1, 1, 1, 0.6, 0.3, 1.3, 1.2, 1.1, 0.7],
    family: null,
    childminder: true,
  },
  candidate: {
    publics: [['candidate', 1]],
    channels: [
      ['am_permanence', 22],
      ['phone', 30],
      ['email', 22],
      ['appointment', 21],
      ['visit', 5],
    ],
    subjects: (r) =>
      draw<SubjectCode[]>(r, [
        [['accreditation'], 88],
        [['accreditation', 'training'], 6],
        [['accreditation', 'project'], 6],
      ]),
    outcomes: () => [
      ['informed', 40],
      ['documentation', 30],
      ['referred', 20],
      ['appointment', 10],
    ],
    months: FLAT,
    family: { pool: 'candidate', link: 0.75, reuse: 0.25, after: [7, 180], men: 0.05 },
    childminder: false,
  },
  carrier: {
    publics: [['project_carrier', 1]],
    channels: [
      ['appointment', 40],
      ['phone', 25],
      ['email', 30],
      ['visit', 5],
    ],
    subjects: (r) =>
      draw<SubjectCode[]>(r, [
        [['project'], 85],
        [['project', 'accreditation'], 10],
        [['project', 'benefits'], 5],
      ]),
    outcomes: () => [
      ['appointment', 30],
      ['documentation', 30],
      ['informed', 25],
      ['referred', 10],
      ['follow_up', 5],
    ],
    months: FLAT,
    family: { pool: 'carrier', link: 0.9, reuse: 0.6, after: [7, 540], men: 0.1 },
    childminder: false,
  },
  partner: {
    publics: [['partner', 1]],
    channels: [
      ['phone', 45],
      ['email', 45],
      ['appointment', 7],
      ['visit', 3],
    ],
    subjects: (r) =>
      draw<SubjectCode[]>(r, [
        [['other'], 40],
        [['project'], 20],
        [['accreditation'], 15],
        [['training'], 15],
        [['care_search'], 10],
      ]),
    outcomes: () => [
      ['informed', 45],
      ['follow_up', 30],
      ['documentation', 20],
      ['appointment', 5],
    ],
    months: FLAT,
    family: null,
    childminder: false,
  },
};

/** Short neutral notes (no personal data), by first subject; some only fit an outcome or a public. */
const NOTES: Partial<
  Record<SubjectCode, { text: string; outcomes?: Outcome[]; publics?: Public[]; since?: number }[]>
> = {
  care_search: [
    { text: 'Orientation vers monenfant.fr et le système d’offres d’emploi.', outcomes: ['informed'], since: 2023 },
    { text: 'Liste des assistant·es maternel·les disponibles envoyée par e-mail.', outcomes: ['childminder_list'] },
    { text: 'Recherche pour une entrée en septembre.', publics: ['parent', 'future_parent'] },
    { text: 'Fonctionnement de l’accueil individuel et collectif présenté.', outcomes: ['informed'] },
    { text: 'Rendez-vous fixé pour faire le point sur la recherche.', outcomes: ['appointment'] },
    { text: 'Orientation vers les multi-accueils du territoire.', outcomes: ['referred'] },
  ],
  collective_agreement: [
    { text: 'Mensualisation et congés payés expliqués.', outcomes: ['informed', 'documentation'] },
    { text: 'Fiche pratique sur les congés payés envoyée.', outcomes: ['documentation'] },
    { text: 'Orientation vers la DREETS pour une question d’interprétation.', outcomes: ['referred'] },
    { text: 'Question sur les absences de l’enfant.' },
  ],
  contract: [
    { text: 'Modèle de contrat transmis.', outcomes: ['documentation'] },
    { text: 'Calcul de la mensualisation expliqué.', outcomes: ['informed'] },
  ],
  end_of_contract: [
    { text: 'Fin de contrat : documents à remettre indiqués.', outcomes: ['informed', 'documentation'] },
    { text: 'Indemnité de rupture : calcul expliqué.', outcomes: ['informed'] },
  ],
  benefits: [
    { text: 'Démarches Pajemploi et CMG expliquées.', outcomes: ['informed', 'documentation'] },
    { text: 'Orientation vers la CAF.', outcomes: ['referred'] },
  ],
  accreditation: [
    { text: 'Orientation vers la réunion d’information de la PMI.', outcomes: ['referred'], publics: ['candidate'] },
    { text: 'Conditions d’accès au métier présentées.', outcomes: ['informed'], publics: ['candidate'] },
    { text: 'Dossier de demande d’agrément expliqué.', outcomes: ['documentation'], publics: ['candidate'] },
    {
      text: 'Renouvellement d’agrément : pièces à fournir indiquées.',
      outcomes: ['informed', 'documentation'],
      publics: ['childminder'],
    },
  ],
  training: [
    { text: 'Inscription à une formation continue.', outcomes: ['informed'], publics: ['childminder'] },
    { text: 'Catalogue de formation envoyé.', outcomes: ['documentation'] },
  ],
  relationship: [
    { text: 'Médiation proposée, à rappeler.', outcomes: ['follow_up'] },
    { text: 'Échange sur la communication au quotidien.', outcomes: ['informed'] },
  ],
  project: [
    { text: 'Données de l’observatoire transmises.', outcomes: ['documentation'] },
    { text: 'Étude des besoins d’accueil sur la commune.', outcomes: ['informed', 'appointment'] },
    { text: 'Orientation vers la PMI pour le cahier des charges.', outcomes: ['referred'] },
  ],
  other: [
    { text: 'Échange avec la PMI.', publics: ['partner'] },
    { text: 'Mise à jour de l’observatoire avec la mairie.', publics: ['partner'] },
    { text: 'Préparation d’une réunion partenariale.', outcomes: ['follow_up'], publics: ['partner'] },
    { text: 'Programme des matinées d’éveil demandé.', publics: ['childminder'] },
  ],
};

/** Communes near the territory (Vendée) the people living outside it come from, by weight. */
const NEARBY_COMMUNES: Weighted<string> = [
  ['85191', 30], // La Roche-sur-Yon
  ['85300', 12], // Venansault
  ['85047', 12], // Challans
  ['85155', 10], // Mouilleron-le-Captif
  ['85081', 8], // Dompierre-sur-Yon
  ['85190', 8], // Rocheservière
  ['85197', 7], // Montréverd
  ['85070', 6], // Coëx
  ['85204', 4], // Saint-Christophe-du-Ligneron
  ['85095', 3], // Froidfond
];
/** Shares of the contacts not linked to an AM file whose commune is outside the territory, unknown. */
const OUTSIDE_SHARE = 0.065;
const UNKNOWN_SHARE = 0.04;
/** Share of the AM contacts linked to the AM's file (the others: a quick anonymous question). */
const CHILDMINDER_LINK = 0.92;
const NOTE_SHARE = 0.12;

export interface DemoChildminder {
  id: string;
  inseeCode: string | null;
  /** Periods of activity: from the registration (or reactivation) to the archiving, excluded. */
  periods: { from: string; to: string | null }[];
}

/**
 * The periods of activity of childminders from their history (events in the order of their
 * effective dates): registered or reactivated opens a period, archived closes it.
 */
export function childminderActivity(
  files: readonly { id: string; inseeCode: string | null }[],
  events: readonly { childminderId: string; kind: string; effectiveOn: string }[],
): DemoChildminder[] {
  const byId = new Map<string, DemoChildminder>(files.map((f) => [f.id, { ...f, periods: [] }]));
  for (const e of events) {
    const periods = byId.get(e.childminderId)?.periods;
    if (!periods) continue;
    const open = periods.at(-1);
    if (e.kind === 'archived') {
      if (open && open.to === null) open.to = e.effectiveOn;
    } else if ((e.kind === 'registered' || e.kind === 'reactivated') && (!open || open.to !== null)) {
      periods.push({ from: e.effectiveOn, to: null });
    }
  }
  return [...byId.values()];
}

export interface ContactPlanInput {
  relaisId: string;
  communes: readonly { inseeCode: string; population: number }[];
  childminders: readonly DemoChildminder[];
  /** Staff who record contacts: animators and managers. */
  staff: readonly { id: string; role: string }[];
  subjects: readonly { id: string; code: string | null }[];
  /** The demo's "now" (ISO): nothing is recorded after it. */
  now: string;
  years?: readonly ContactYear[];
  ids?: () => string;
}

export interface ContactPlan {
  families: Insertable<FamilyTable>[];
  contacts: Insertable<ContactTable>[];
  links: Insertable<ContactSubjectLinkTable>[];
}

interface Draft {
  order: number;
  kind: Kind;
  on: string;
  at: number;
  createdAt: number;
  channel: Channel;
  public: Public;
  subjects: SubjectCode[];
  outcome: Outcome;
}

interface DraftFamily {
  id: string;
  pool: FamilyRule['pool'];
  row: Insertable<FamilyTable>;
  /** A child is born: the family's later contacts are a parent's. */
  parent: boolean;
}

/** Working days of a year by month, for each kind of time slot. */
interface YearDays {
  /** Monday to Friday, except public holidays. */
  open: string[][];
  /** Days of the AM phone permanence: not Thursday. */
  permanence: string[][];
  /** Mornings of matinées d'éveil: school periods (not July and August), not Wednesday. */
  workshop: string[][];
}

function yearDays(year: number): YearDays {
  const holidays = new Set(frenchPublicHolidays(year));
  const days: YearDays = { open: [], permanence: [], workshop: [] };
  for (let m = 0; m < 12; m++) {
    days.open.push([]);
    days.permanence.push([]);
    days.workshop.push([]);
  }
  const count = daysBetween(`${year}-01-01`, `${year}-12-31`);
  for (let i = 0; i <= count; i++) {
    const date = new Date(Date.UTC(year, 0, 1 + i)).toISOString().slice(0, 10);
    const weekday = isoWeekday(date);
    if (weekday > 5 || holidays.has(date)) continue;
    const month = Number(date.slice(5, 7)) - 1;
    days.open[month]!.push(date);
    if (weekday !== 4) days.permanence[month]!.push(date);
    if (weekday !== 3 && month !== 6 && month !== 7) days.workshop[month]!.push(date);
  }
  return days;
}

/** Draws a day of `byMonth`, each day weighing its month's weight. */
function dayPicker(byMonth: readonly string[][], monthWeights: readonly number[]): (random: Random) => string {
  const days: string[] = [];
  const cumulative: number[] = [];
  let sum = 0;
  byMonth.forEach((list, m) => {
    for (const day of list) {
      days.push(day);
      cumulative.push((sum += monthWeights[m] ?? 1));
    }
  });
  return (random) => days[bisect(cumulative, random.next() * sum)] as string;
}

function clock(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** A Paris time for a channel: the permanence 14:00–15:29, workshops in the morning, else 09:00–17:29. */
function pickTime(random: Random, channel: Channel): string {
  switch (channel) {
    case 'am_permanence':
      return clock(random.int(14 * 60, 15 * 60 + 29));
    case 'workshop':
      return clock(random.int(9 * 60 + 30, 11 * 60 + 30));
    case 'appointment':
      // Half-hour slots, 09:00–11:30 and 13:30–17:00.
      return clock(random.pick([...range(18, 23), ...range(27, 34)]) * 30);
    default:
      // Rather not during the lunch break.
      return random.chance(0.95)
        ? clock(random.chance(0.45) ? random.int(9 * 60, 12 * 60 + 29) : random.int(13 * 60 + 30, 17 * 60 + 29))
        : clock(random.int(12 * 60 + 30, 13 * 60 + 29));
  }
}

/** The first index whose value is greater than `target`, in an ascending array (its length if none). */
function bisect(sorted: readonly number[], target: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] ?? 0) > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

/**
 * Draws the contact log of the demo relais (pure: no database, no clock). `ids` gives the
 * identifiers, so that tests can make them predictable too.
 */
export function planContacts(input: ContactPlanInput): ContactPlan {
  const newId = input.ids ?? (() => crypto.randomUUID());
  const random = seededRandom(SEED);
  const subjectId = new Map(input.subjects.flatMap((s) => (s.code ? [[s.code, s.id] as const] : [])));
  const idOf = (code: SubjectCode) => {
    const id = subjectId.get(code);
    if (!id) throw new Error(`demo: no subject ${code}`);
    return id;
  };
  if (input.staff.length === 0) throw new Error('demo: no staff to record the contacts');

  // 1. Every contact of every year: kind, day, time, channel, public, subjects, outcome.
  const drafts: Draft[] = [];
  for (const y of input.years ?? DEMO_CONTACT_YEARS) {
    const days = yearDays(y.year);
    for (const [kind, count] of kindCounts(y)) {
      const spec = SPECS[kind];
      const pickDay = {
        open: dayPicker(days.open, spec.months),
        permanence: dayPicker(days.permanence, spec.months),
        workshop: dayPicker(days.workshop, spec.months),
      };
      const outcomes = spec.outcomes(y.year);
      for (let i = 0; i < count; i++) {
        const channel = draw(random, spec.channels);
        const on = (
          channel === 'am_permanence' ? pickDay.permanence : channel === 'workshop' ? pickDay.workshop : pickDay.open
        )(random);
        const at = parisInstant(on, pickTime(random, channel)).getTime();
        let outcome = draw(random, outcomes);
        if (outcome === 'appointment' && channel === 'appointment') outcome = 'informed';
        drafts.push({
          order: drafts.length,
          kind,
          on,
          at,
          createdAt: at + random.int(1, 45) * 60_000,
          channel,
          public: draw(random, spec.publics),
          subjects: spec.subjects(random),
          outcome,
        });
      }
    }
  }
  drafts.sort((a, b) => a.at - b.at || a.order - b.order);

  // 2. Families, childminders, communes, staff and notes, in the order of time.
  const people = seededRandom(SEED + 1);
  const totalPopulation = input.communes.reduce((n, c) => n + c.population, 0);
  const drawCommune = (r: Random): string | null => {
    const x = r.next();
    if (x < UNKNOWN_SHARE) return null;
    if (x < UNKNOWN_SHARE + OUTSIDE_SHARE || totalPopulation === 0) return draw(r, NEARBY_COMMUNES);
    return r.weighted(input.communes, (c) => c.population).inseeCode;
  };
  const staffWeights: Weighted<string> = input.staff.map((s) => [s.id, s.role === 'animator' ? 2 : 1]);
  // Some AMs call often, most rarely: each has a weight. A contact draws among the AMs active during
  // the whole month of the contact (simpler and faster than day by day, and never an AM not yet there).
  const weighted = input.childminders.map((c) => ({ c, weight: 0.3 + 3 * people.next() ** 3 }));
  const activeIn = new Map<string, { list: DemoChildminder[]; cumulative: number[] }>();
  const drawChildminder = (date: string): DemoChildminder | undefined => {
    const month = date.slice(0, 7);
    let active = activeIn.get(month);
    if (!active) {
      const first = `${month}-01`;
      const last = `${month}-31`;
      active = { list: [], cumulative: [] };
      let sum = 0;
      for (const { c, weight } of weighted) {
        if (!c.periods.some((p) => p.from <= first && (p.to === null || p.to > last))) continue;
        sum += weight;
        active.list.push(c);
        active.cumulative.push(sum);
      }
      activeIn.set(month, active);
    }
    const { list, cumulative } = active;
    if (list.length === 0) return undefined;
    return list[bisect(cumulative, people.next() * (cumulative.at(-1) ?? 0))];
  };
  const emails = new Set<string>();
  const phones = new Set<string>();
  const families: DraftFamily[] = [];
  const newFamily = (rule: FamilyRule, draft: Draft): DraftFamily => {
    const birthYear = Number(draft.on.slice(0, 4)) - people.int(rule.pool === 'parent' ? 24 : 25, 42);
    const person = randomPerson(people, birthYear, rule.men);
    let email = '';
    if (people.chance(0.8)) {
      const base = `${fold(person.firstName)}.${fold(person.lastName)}`;
      email = `${base}@exemple.fr`;
      for (let n = 2; emails.has(email); n++) email = `${base}${n}@exemple.fr`;
      emails.add(email);
    }
    let phone = '';
    if (people.chance(0.85)) {
      // 06 39 98 xx xx: a range the ARCEP keeps for fiction.
      do phone = `06 39 98 ${String(people.int(0, 99)).padStart(2, '0')} ${String(people.int(0, 99)).padStart(2, '0')}`;
      while (phones.has(phone) && phones.size < 9_000);
      phones.add(phone);
    }
    const family: DraftFamily = {
      id: newId(),
      pool: rule.pool,
      row: {
        id: '',
        relais_id: input.relaisId,
        name: `${person.firstName} ${person.lastName}`,
        email,
        phone,
        insee_code: drawCommune(people),
        created_at: new Date(draft.createdAt).toISOString(),
        last_contact_on: null,
        anonymised_at: null,
      },
      parent: false,
    };
    family.row.id = family.id;
    families.push(family);
    return family;
  };
  // The contacts of the families, in the order of time, by pool and kind ("*": any kind).
  const history = new Map<string, { at: number[]; family: DraftFamily[] }>();
  const remember = (family: DraftFamily, draft: Draft) => {
    for (const key of [`${family.pool}:${draft.kind}`, `${family.pool}:*`]) {
      let h = history.get(key);
      if (!h) history.set(key, (h = { at: [], family: [] }));
      h.at.push(draft.at);
      h.family.push(family);
    }
  };
  /** A family of the pool with a contact (of the given kinds) in the window: a random such contact's. */
  const knownFamily = (rule: FamilyRule, draft: Draft): DraftFamily | undefined => {
    const earliest = draft.at - rule.after[1] * 86_400_000;
    const latest = draft.at - rule.after[0] * 86_400_000;
    const ranges = (rule.previous ?? ['*']).flatMap((kind) => {
      const h = history.get(`${rule.pool}:${kind}`);
      if (!h) return [];
      const from = bisect(h.at, earliest - 1);
      const to = bisect(h.at, latest);
      return to > from ? [{ h, from, count: to - from }] : [];
    });
    let n = ranges.reduce((sum, r) => sum + r.count, 0);
    if (n === 0) return undefined;
    n = people.int(0, n - 1);
    for (const r of ranges) {
      if (n < r.count) return r.h.family[r.from + n];
      n -= r.count;
    }
    return undefined;
  };

  const contacts: Insertable<ContactTable>[] = [];
  const links: Insertable<ContactSubjectLinkTable>[] = [];
  for (const draft of drafts) {
    const spec = SPECS[draft.kind];
    let family: DraftFamily | undefined;
    let childminder: DemoChildminder | undefined;
    if (spec.family && people.chance(spec.family.link)) {
      if (people.chance(spec.family.reuse)) family = knownFamily(spec.family, draft);
      family ??= newFamily(spec.family, draft);
      remember(family, draft);
      // Either public counts the same in the indicators (care requests) or in none (other subjects).
      if (family.parent && draft.public === 'future_parent') draft.public = 'parent';
      if (draft.public === 'parent') family.parent = true;
    }
    if (spec.childminder && people.chance(CHILDMINDER_LINK)) childminder = drawChildminder(draft.on);
    const inseeCode = family
      ? (family.row.insee_code ?? null)
      : childminder
        ? childminder.inseeCode
        : draft.public === 'partner' && people.chance(0.25)
          ? '85191' // The CAF, the PMI or the Département at La Roche-sur-Yon.
          : drawCommune(people);
    let note = '';
    if (people.chance(NOTE_SHARE)) {
      const year = Number(draft.on.slice(0, 4));
      const fitting = (NOTES[draft.subjects[0] as SubjectCode] ?? []).filter(
        (n) =>
          (!n.outcomes || n.outcomes.includes(draft.outcome)) &&
          (!n.publics || n.publics.includes(draft.public)) &&
          (!n.since || year >= n.since),
      );
      if (fitting.length > 0) note = people.pick(fitting).text;
    }
    const occurredAt = new Date(draft.at);
    const occurredOn = parisDate(occurredAt);
    if (occurredOn !== draft.on) throw new Error(`demo: ${occurredAt.toISOString()} is not on ${draft.on} in Paris`);
    const id = newId();
    const createdAt = new Date(draft.createdAt).toISOString();
    contacts.push({
      id,
      relais_id: input.relaisId,
      occurred_at: occurredAt.toISOString(),
      occurred_on: occurredOn,
      channel: draft.channel,
      public: draft.public,
      insee_code: inseeCode,
      outcome: draft.outcome,
      family_id: family?.id ?? null,
      childminder_id: childminder?.id ?? null,
      note,
      recorded_by: draw(people, staffWeights),
      created_at: createdAt,
      updated_at: createdAt,
      deleted_at: null,
    });
    for (const code of draft.subjects) links.push({ contact_id: id, subject_id: idOf(code) });
  }

  // 3. Nothing after "now"; families keep the date of their latest remaining contact.
  const kept = contacts.filter((c) => c.created_at <= input.now);
  const keptIds = new Set(kept.map((c) => c.id));
  const lastOn = new Map<string, string>();
  for (const c of kept) if (c.family_id) lastOn.set(c.family_id, c.occurred_on);
  return {
    families: families.flatMap((f) => {
      const last = lastOn.get(f.id);
      return last ? [{ ...f.row, last_contact_on: last }] : [];
    }),
    contacts: kept,
    links: links.filter((l) => keptIds.has(l.contact_id)),
  };
}

export interface ContactSeedSummary {
  contacts: number;
  families: number;
  /** Contacts per year. */
  byYear: Record<number, number>;
}

/** Loads the contact log into the demo relais (its subjects first), in one transaction. */
export async function seedContacts(
  deps: { db: Kysely<Database>; clock: Clock },
  relaisId: string,
): Promise<ContactSeedSummary> {
  const now = deps.clock.now();
  const subjects = await ensureDefaultSubjects(deps.db, relaisId, now);
  const communes = await deps.db
    .selectFrom('relais_commune')
    .select(['insee_code', 'population'])
    .where('relais_id', '=', relaisId)
    .orderBy('insee_code')
    .execute();
  const staff = await deps.db
    .selectFrom('user_account')
    .select(['id', 'role'])
    .where('relais_id', '=', relaisId)
    .where('role', 'in', ['animator', 'manager'])
    .where('disabled_at', 'is', null)
    .orderBy('email')
    .execute();
  const files = await deps.db
    .selectFrom('childminder')
    .select(['id', 'insee_code'])
    .where('relais_id', '=', relaisId)
    .orderBy('approval_number')
    .orderBy('id')
    .execute();
  const events = await deps.db
    .selectFrom('childminder_event')
    .select(['childminder_id', 'kind', 'effective_on'])
    .where('relais_id', '=', relaisId)
    .where('kind', 'in', ['registered', 'archived', 'reactivated'])
    .orderBy('effective_on')
    .orderBy('kind', 'desc')
    .execute();
  const childminders = childminderActivity(
    files.map((f) => ({ id: f.id, inseeCode: f.insee_code })),
    events.map((e) => ({ childminderId: e.childminder_id, kind: e.kind, effectiveOn: e.effective_on })),
  );
  const plan = planContacts({
    relaisId,
    communes: communes.map((c) => ({ inseeCode: c.insee_code, population: Number(c.population ?? 0) })),
    childminders,
    staff,
    subjects,
    now: now.toISOString(),
  });
  await deps.db.transaction().execute(async (trx) => {
    await insertChunked(trx, 'family', plan.families);
    await insertChunked(trx, 'contact', plan.contacts);
    await insertChunked(trx, 'contact_subject_link', plan.links);
  });
  const byYear: Record<number, number> = {};
  for (const c of plan.contacts) {
    const year = Number(c.occurred_on.slice(0, 4));
    byYear[year] = (byYear[year] ?? 0) + 1;
  }
  return { contacts: plan.contacts.length, families: plan.families.length, byYear };
}
