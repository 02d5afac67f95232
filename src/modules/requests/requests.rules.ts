/**
 * The families' desk inbox: where requests come from, their statuses, what a valid request is, and
 * how an answered or closed request becomes one contact of the log. Pure: no database, no clock.
 */
import { FAMILY_PUBLICS, PUBLICS, type Channel, type Problem, type Public } from '../contacts/contacts.rules.js';

/** Requests per page of the inbox (the server's pages, and the web's pagination). */
export const REQUESTS_PAGE_SIZE = 50;

/** Longest text a family may write about its needs, and a staff answer. */
export const MAX_NEEDS = 2000;
export const MAX_ANSWER = 5000;
/** Subjects one request may name. */
export const MAX_REQUEST_SUBJECTS = 5;
/** Oldest child a request is about, in months (childminders also care for schoolchildren). */
export const MAX_CHILD_AGE_MONTHS = 144;

export const REQUEST_SOURCES = {
  online: 'Formulaire en ligne',
  monenfant: 'monenfant.fr',
  email: 'E-mail',
  phone: 'Téléphone',
  visit: 'Accueil au relais',
} as const;
export type RequestSource = keyof typeof REQUEST_SOURCES;

/** Sources of the requests staff type in (the online form enters its own). */
export const STAFF_SOURCES = ['monenfant', 'email', 'phone', 'visit'] as const satisfies readonly RequestSource[];
export type StaffSource = (typeof STAFF_SOURCES)[number];

/** Who may send a request: every public of the contact log but the partners. */
export const REQUEST_PUBLICS = (Object.keys(PUBLICS) as Public[]).filter((p) => p !== 'partner') as Exclude<
  Public,
  'partner'
>[];
export type RequestPublic = (typeof REQUEST_PUBLICS)[number];

/** Publics a child's age or expected birth is asked of. */
export const CHILD_PUBLICS: readonly RequestPublic[] = ['parent', 'future_parent'];

export const REQUEST_STATUSES = {
  new: 'Nouvelle',
  assigned: 'Attribuée',
  answered: 'Répondue',
  closed: 'Clôturée',
} as const;
export type RequestStatus = keyof typeof REQUEST_STATUSES;

export const ANSWER_CHANNELS = { email: 'Par e-mail', phone: 'Par téléphone' } as const;
export type AnswerChannel = keyof typeof ANSWER_CHANNELS;

export const REQUEST_EVENTS = {
  created: 'Demande reçue',
  assigned: 'Attribution',
  answered: 'Réponse envoyée',
  closed: 'Clôture',
  reopened: 'Réouverture',
  linked: 'Rattachement',
} as const;
export type RequestEventKind = keyof typeof REQUEST_EVENTS;

/** The channel of the one contact a request becomes in the log. */
export function contactChannelOf(source: RequestSource): Channel {
  switch (source) {
    case 'online':
    case 'monenfant':
      return 'online_request';
    case 'email':
      return 'email';
    case 'phone':
      return 'phone';
    case 'visit':
      return 'visit';
  }
}

/** The status of an open request: answered once a message went out, else assigned or new. */
export function openStatus(answered: boolean, assigneeId: string | null): Exclude<RequestStatus, 'closed'> {
  return answered ? 'answered' : assigneeId ? 'assigned' : 'new';
}

/** The calendar date `months` months after `day` (YYYY-MM-DD), clamped to the end of shorter months. */
export function addMonths(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

export interface RequestFacts {
  public: RequestPublic;
  email: string;
  phone: string;
  answerChannel: AnswerChannel;
  childAgeMonths: number | null;
  /** Expected birth (YYYY-MM-DD). */
  expectedBirthOn: string | null;
}

/** What makes a request impossible, given today's Paris date; empty when it is valid. */
export function requestProblems(facts: RequestFacts, today: string): Problem[] {
  const problems: Problem[] = [];
  const email = facts.email.trim();
  const phone = facts.phone.trim();
  if (!email && !phone) {
    problems.push({
      field: 'email',
      message: 'Indiquez une adresse e-mail ou un numéro de téléphone, pour que le relais puisse répondre.',
    });
  } else if (facts.answerChannel === 'email' && !email) {
    problems.push({ field: 'email', message: 'Indiquez l’adresse e-mail à laquelle répondre.' });
  } else if (facts.answerChannel === 'phone' && !phone) {
    problems.push({ field: 'phone', message: 'Indiquez le numéro de téléphone auquel rappeler.' });
  }
  const aboutChild = CHILD_PUBLICS.includes(facts.public);
  if (facts.childAgeMonths !== null && !aboutChild) {
    problems.push({ field: 'childAgeMonths', message: 'L’âge de l’enfant ne concerne que les parents.' });
  }
  if (facts.expectedBirthOn !== null) {
    if (!aboutChild) {
      problems.push({
        field: 'expectedBirthOn',
        message: 'La naissance prévue ne concerne que les parents et futurs parents.',
      });
    } else if (facts.expectedBirthOn < addMonths(today, -1) || facts.expectedBirthOn > addMonths(today, 10)) {
      problems.push({
        field: 'expectedBirthOn',
        message: 'La naissance prévue doit être dans les dix mois qui viennent.',
      });
    }
  }
  return problems;
}

/** What makes linking a request to a family or a childminder impossible; empty when it is fine. */
export function linkProblems(
  requestPublic: RequestPublic,
  link: { familyId: string | null; childminderId: string | null },
): Problem[] {
  if (link.familyId && link.childminderId) {
    return [{ field: 'familyId', message: 'Rattachez la demande à une famille ou à un·e assistant·e maternel·le.' }];
  }
  if (link.familyId && !FAMILY_PUBLICS.includes(requestPublic)) {
    return [{ field: 'familyId', message: 'Seule la demande d’une famille peut être rattachée à une famille.' }];
  }
  if (link.childminderId && requestPublic !== 'childminder') {
    return [
      {
        field: 'childminderId',
        message: 'Seule la demande d’un·e assistant·e maternel·le peut être rattachée à sa fiche.',
      },
    ];
  }
  return [];
}
