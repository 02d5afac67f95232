/**
 * The one authorisation policy of Relais: can this actor do this action in this relais?
 * Every route asks it; nothing else decides who may do what.
 */
import { ForbiddenError, NotAuthenticatedError } from './errors.js';
import type { Role } from './roles.js';

export interface Actor {
  userId: string;
  role: Role;
  relaisId: string | null;
  email: string;
  displayName: string;
  sessionId: string;
}

export const ACTIONS = {
  /** Create relais and see them all. */
  'platform.manage': ['operator'],
  /** See the staff pages of a relais: territory, sites, dashboard. */
  'relais.read': ['operator', 'manager', 'animator', 'assistant', 'viewer'],
  /** Edit the relais's public card (contact details, hours, permanences). */
  'relais.update': ['operator', 'manager'],
  /** Add or remove communes of the territory. */
  'communes.manage': ['operator', 'manager'],
  /** Create, edit and archive venues. */
  'sites.manage': ['operator', 'manager', 'animator'],
  /** See and manage the accounts of a relais. */
  'accounts.manage': ['operator', 'manager'],
  /** Read the audit log of a relais. */
  'audit.read': ['operator', 'manager'],
  /** Read the register of childminders (personal data: not the read-only viewer). */
  'childminders.read': ['operator', 'manager', 'animator', 'assistant'],
  /** Create, edit, archive and reactivate childminders. */
  'childminders.manage': ['operator', 'manager', 'animator', 'assistant'],
  /** Create and edit MAM, collective facilities and family services. */
  'facilities.manage': ['operator', 'manager', 'animator', 'assistant'],
  /** Read the contact log and the families it names (personal data: not the read-only viewer). */
  'contacts.read': ['operator', 'manager', 'animator', 'assistant'],
  /** Record, correct and remove contacts; register families. */
  'contacts.record': ['operator', 'manager', 'animator', 'assistant'],
  /** Rename, add and archive the subjects of the contact log. */
  'contacts.configure': ['operator', 'manager'],
  /** Statistics of the contacts: counts only, no person (elected officials and the CAF too). */
  'contacts.statistics': ['operator', 'manager', 'animator', 'assistant', 'viewer'],
  /** Read the inbox of requests sent to the families' desk (personal data: not the read-only viewer). */
  'requests.read': ['operator', 'manager', 'animator', 'assistant'],
  /** Enter, assign, answer, close, reopen and link requests. */
  'requests.handle': ['operator', 'manager', 'animator', 'assistant'],
  /** Define the reasons and permanences of appointments, their closures. */
  'appointments.configure': ['operator', 'manager', 'animator'],
  /** Read the appointments agenda, the people booked and the waiting list (personal data: not the read-only viewer). */
  'appointments.read': ['operator', 'manager', 'animator', 'assistant'],
  /** Book an appointment for someone (by phone), mark it honoured, missed or cancelled. */
  'appointments.book': ['operator', 'manager', 'animator', 'assistant'],
  /** Read the job offers of parents and their follow-up (personal data: not the read-only viewer). */
  'jobOffers.read': ['operator', 'manager', 'animator', 'assistant'],
  /** Correct, preview the audience of, publish or refuse job offers; record their outcome. */
  'jobOffers.moderate': ['operator', 'manager', 'animator', 'assistant'],
  /** Statistics of the job offers: counts by commune and month, unmet needs; no person. */
  'jobOffers.statistics': ['operator', 'manager', 'animator', 'assistant', 'viewer'],
  /** Define the kinds of activities (play mornings, evenings…), plan the year with the planner. */
  'activities.configure': ['operator', 'manager', 'animator'],
  /** Read the programme of activities with who registered and attended (personal data: not the viewer). */
  'activities.read': ['operator', 'manager', 'animator', 'assistant'],
  /** Create, move or cancel a session, register someone (by phone), take attendance, run practice groups. */
  'activities.manage': ['operator', 'manager', 'animator', 'assistant'],
  /** Statistics of the activities: sessions, participations, rates; no person. */
  'activities.statistics': ['operator', 'manager', 'animator', 'assistant', 'viewer'],
  /** Read the messages sent by the relais. */
  'outbox.read': ['operator', 'manager', 'assistant'],
} as const satisfies Record<string, readonly Role[]>;

export type Action = keyof typeof ACTIONS;

/** Pure answer: may `actor` do `action` on the data of relais `relaisId`? */
export function can(actor: Actor | undefined, action: Action, relaisId: string | null): boolean {
  if (!actor) return false;
  const roles: readonly Role[] = ACTIONS[action];
  if (!roles.includes(actor.role)) return false;
  if (actor.role === 'operator') return true;
  return relaisId !== null && actor.relaisId === relaisId;
}

/** Throws 401 for anonymous visitors and 403 for actors who may not; returns the actor. */
export function authorize(actor: Actor | undefined, action: Action, relaisId: string | null): Actor {
  if (!actor) throw new NotAuthenticatedError();
  if (!can(actor, action, relaisId)) throw new ForbiddenError();
  return actor;
}

/**
 * A childminder or a parent acting on her own record (her file, her availability): the record
 * names her account. Staff go through `authorize` instead.
 */
export function authorizeOwner(actor: Actor | undefined, ownerAccountId: string | null): Actor {
  if (!actor) throw new NotAuthenticatedError();
  if (ownerAccountId === null || actor.userId !== ownerAccountId) throw new ForbiddenError();
  return actor;
}

/** Roles an actor may give to an account it creates. */
export function assignableRoles(actor: Actor): Role[] {
  if (actor.role === 'operator') return ['manager', 'animator', 'assistant', 'viewer', 'childminder', 'parent'];
  if (actor.role === 'manager') return ['animator', 'assistant', 'viewer', 'childminder', 'parent'];
  return [];
}
