/**
 * Who may do what. For every operation of the OpenAPI document and every kind of actor (anonymous
 * visitor, platform operator, each role of relais A, the manager of another relais B), a valid
 * request aimed at relais A is allowed or refused as the table below says; refused requests change
 * nothing in the database. A route missing from the table fails the suite: new routes must be
 * classified here.
 */
import { createRequire } from 'node:module';
import type { InjectOptions } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ACTIONS, type Action } from '../../src/app/policy.js';
import { hashToken, newToken } from '../../src/modules/auth/auth.rules.js';
import { insertBuiltInKinds } from '../../src/modules/activities/activities.repository.js';
import { ensureDefaultSubjects } from '../../src/modules/contacts/contacts.subjects.js';
import { SAMPLE_INPUTS } from '../../src/modules/employer-help/employer-help.samples.js';
import { TOPIC_KEYS } from '../../src/modules/employer-help/employer-help.schemas.js';
import { calculate } from '../../src/modules/employer-help/employer-help.topics.js';
import type { Role } from '../../src/app/roles.js';
import { makePracticeGroup } from '../support/activity-reports.js';
import { makeChildminder, makeRelais, makeSite, makeUser, TEST_PASSWORD } from '../support/factories.js';
import { createTestApp, login, type Session } from '../support/test-app.js';
import { snapshot } from './support/db-snapshot.js';
import { fillPath, operationsOf } from './support/openapi.js';
import { problemsWith, type ErrorBody } from './support/responses.js';
import { appointmentFixtures } from './support/appointments.js';
import { lastMagicLinkToken, signIn } from './support/sessions.js';

const ACTORS = [
  'anonymous',
  'operator',
  'managerA',
  'animatorA',
  'assistantA',
  'viewerA',
  'childminderA',
  'parentA',
  'managerB',
] as const;
type ActorName = (typeof ACTORS)[number];

/** Role and relais of each signed-in actor. */
const ACTOR_ACCOUNTS: Record<Exclude<ActorName, 'anonymous'>, { role: Role; relais: 'A' | 'B' | null }> = {
  operator: { role: 'operator', relais: null },
  managerA: { role: 'manager', relais: 'A' },
  animatorA: { role: 'animator', relais: 'A' },
  assistantA: { role: 'assistant', relais: 'A' },
  viewerA: { role: 'viewer', relais: 'A' },
  childminderA: { role: 'childminder', relais: 'A' },
  parentA: { role: 'parent', relais: 'A' },
  managerB: { role: 'manager', relais: 'B' },
};

const EVERYONE = ACTORS;
const SIGNED_IN = ACTORS.filter((a) => a !== 'anonymous');

interface Expectation {
  /** What opens the route: a policy action (checked on relais A), or nothing but being there. */
  guard: Action | 'public' | 'signed-in' | 'own-childminder-file' | 'own-calendar';
  allowed: readonly ActorName[];
  /** Status of an allowed request. */
  success: 200 | 201 | 202 | 204;
}

/**
 * The expected matrix, written out. Refusals are never hidden behind a 404: every route checks the
 * policy before looking the record up, so a refused anonymous visitor gets 401 and a refused
 * signed-in actor 403, whether or not the record exists (see `refusalStatus`).
 */
const EXPECTED: Record<string, Expectation> = {
  'GET /api/health': { guard: 'public', allowed: EVERYONE, success: 200 },
  'POST /api/auth/login': { guard: 'public', allowed: EVERYONE, success: 200 },
  'POST /api/auth/magic-link': { guard: 'public', allowed: EVERYONE, success: 202 },
  'POST /api/auth/magic-link/consume': { guard: 'public', allowed: EVERYONE, success: 200 },
  'GET /api/auth/me': { guard: 'signed-in', allowed: SIGNED_IN, success: 200 },
  // Signing out without a session is harmless and answers the same, so that the web app can always call it.
  'POST /api/auth/logout': { guard: 'public', allowed: EVERYONE, success: 200 },
  'POST /api/auth/logout-everywhere': { guard: 'signed-in', allowed: SIGNED_IN, success: 200 },
  'GET /api/public/relais': { guard: 'public', allowed: EVERYONE, success: 200 },
  'GET /api/public/relais/{slug}': { guard: 'public', allowed: EVERYONE, success: 200 },
  'GET /api/reference/communes': { guard: 'public', allowed: EVERYONE, success: 200 },
  'GET /api/relais': { guard: 'platform.manage', allowed: ['operator'], success: 200 },
  'POST /api/relais': { guard: 'platform.manage', allowed: ['operator'], success: 201 },
  'GET /api/relais/{relaisId}': {
    guard: 'relais.read',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA', 'viewerA'],
    success: 200,
  },
  'PATCH /api/relais/{relaisId}': { guard: 'relais.update', allowed: ['operator', 'managerA'], success: 200 },
  'GET /api/relais/{relaisId}/communes': {
    guard: 'relais.read',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA', 'viewerA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/communes': { guard: 'communes.manage', allowed: ['operator', 'managerA'], success: 201 },
  'DELETE /api/relais/{relaisId}/communes/{inseeCode}': {
    guard: 'communes.manage',
    allowed: ['operator', 'managerA'],
    success: 204,
  },
  'GET /api/relais/{relaisId}/sites': {
    guard: 'relais.read',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA', 'viewerA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/sites': {
    guard: 'sites.manage',
    allowed: ['operator', 'managerA', 'animatorA'],
    success: 201,
  },
  'PUT /api/relais/{relaisId}/sites/{siteId}': {
    guard: 'sites.manage',
    allowed: ['operator', 'managerA', 'animatorA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/sites/{siteId}/archive': {
    guard: 'sites.manage',
    allowed: ['operator', 'managerA', 'animatorA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/sites/{siteId}/restore': {
    guard: 'sites.manage',
    allowed: ['operator', 'managerA', 'animatorA'],
    success: 200,
  },
  'GET /api/relais/{relaisId}/accounts': { guard: 'accounts.manage', allowed: ['operator', 'managerA'], success: 200 },
  'POST /api/relais/{relaisId}/accounts': { guard: 'accounts.manage', allowed: ['operator', 'managerA'], success: 201 },
  'PATCH /api/relais/{relaisId}/accounts/{accountId}': {
    guard: 'accounts.manage',
    allowed: ['operator', 'managerA'],
    success: 200,
  },
  'GET /api/relais/{relaisId}/audit': { guard: 'audit.read', allowed: ['operator', 'managerA'], success: 200 },
  'GET /api/relais/{relaisId}/outbox': {
    guard: 'outbox.read',
    allowed: ['operator', 'managerA', 'assistantA'],
    success: 200,
  },
  'GET /api/relais/{relaisId}/outbox/{messageId}': {
    guard: 'outbox.read',
    allowed: ['operator', 'managerA', 'assistantA'],
    success: 200,
  },
  'GET /api/relais/{relaisId}/childminders': {
    guard: 'childminders.read',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'GET /api/relais/{relaisId}/childminders/export.xlsx': {
    guard: 'childminders.read',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/childminders': {
    guard: 'childminders.manage',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 201,
  },
  'GET /api/relais/{relaisId}/childminders/{childminderId}': {
    guard: 'childminders.read',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'PUT /api/relais/{relaisId}/childminders/{childminderId}': {
    guard: 'childminders.manage',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/childminders/{childminderId}/archive': {
    guard: 'childminders.manage',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/childminders/{childminderId}/reactivate': {
    guard: 'childminders.manage',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/imports/pmi/preview': {
    guard: 'childminders.manage',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/imports/pmi/apply': {
    guard: 'childminders.manage',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'GET /api/relais/{relaisId}/reports/supply': {
    guard: 'relais.read',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA', 'viewerA'],
    success: 200,
  },
  'GET /api/relais/{relaisId}/reports/supply.csv': {
    guard: 'relais.read',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA', 'viewerA'],
    success: 200,
  },
  'GET /api/relais/{relaisId}/facilities': {
    guard: 'relais.read',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA', 'viewerA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/facilities': {
    guard: 'facilities.manage',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 201,
  },
  'PUT /api/relais/{relaisId}/facilities/{facilityId}': {
    guard: 'facilities.manage',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'GET /api/relais/{relaisId}/childminder-houses': {
    guard: 'relais.read',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA', 'viewerA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/childminder-houses': {
    guard: 'facilities.manage',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 201,
  },
  'PUT /api/relais/{relaisId}/childminder-houses/{houseId}': {
    guard: 'facilities.manage',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'GET /api/relais/{relaisId}/childminders/{childminderId}/availability': {
    guard: 'childminders.read',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'PUT /api/relais/{relaisId}/childminders/{childminderId}/availability': {
    guard: 'childminders.manage',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/childminders/{childminderId}/availability/confirm': {
    guard: 'childminders.manage',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/childminders/{childminderId}/account': {
    guard: 'childminders.manage',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  // A childminder's own space: only a signed-in childminder whose file is linked to her account.
  'GET /api/me/availability': { guard: 'own-childminder-file', allowed: ['childminderA'], success: 200 },
  'PUT /api/me/availability': { guard: 'own-childminder-file', allowed: ['childminderA'], success: 200 },
  'POST /api/me/availability/confirm': { guard: 'own-childminder-file', allowed: ['childminderA'], success: 200 },
  'GET /api/me/childminder': { guard: 'own-childminder-file', allowed: ['childminderA'], success: 200 },
  'PATCH /api/me/childminder': { guard: 'own-childminder-file', allowed: ['childminderA'], success: 200 },
  'GET /api/public/relais/{slug}/directory': { guard: 'public', allowed: EVERYONE, success: 200 },
  'GET /api/public/relais/{slug}/map': { guard: 'public', allowed: EVERYONE, success: 200 },
  'POST /api/public/relais/{slug}/directory/childminders/{childminderId}/contact': {
    guard: 'public',
    allowed: EVERYONE,
    success: 202,
  },
  'GET /api/relais/{relaisId}/contacts': {
    guard: 'contacts.read',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/contacts': {
    guard: 'contacts.record',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 201,
  },
  'PUT /api/relais/{relaisId}/contacts/{contactId}': {
    guard: 'contacts.record',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'DELETE /api/relais/{relaisId}/contacts/{contactId}': {
    guard: 'contacts.record',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 204,
  },
  'GET /api/relais/{relaisId}/contact-subjects': {
    guard: 'contacts.read',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/contact-subjects': {
    guard: 'contacts.configure',
    allowed: ['operator', 'managerA'],
    success: 201,
  },
  'PATCH /api/relais/{relaisId}/contact-subjects/{subjectId}': {
    guard: 'contacts.configure',
    allowed: ['operator', 'managerA'],
    success: 200,
  },
  'GET /api/relais/{relaisId}/families': {
    guard: 'contacts.read',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/families': {
    guard: 'contacts.record',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 201,
  },
  'GET /api/relais/{relaisId}/reports/contacts': {
    guard: 'contacts.statistics',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA', 'viewerA'],
    success: 200,
  },
  'GET /api/relais/{relaisId}/reports/contacts.xlsx': {
    guard: 'contacts.statistics',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA', 'viewerA'],
    success: 200,
  },
  'GET /api/public/relais/{slug}/appointment-reasons': { guard: 'public', allowed: EVERYONE, success: 200 },
  'GET /api/public/relais/{slug}/appointment-slots': { guard: 'public', allowed: EVERYONE, success: 200 },
  'POST /api/public/relais/{slug}/appointments': { guard: 'public', allowed: EVERYONE, success: 201 },
  'GET /api/public/appointments/{token}': { guard: 'public', allowed: EVERYONE, success: 200 },
  'POST /api/public/appointments/{token}/cancel': { guard: 'public', allowed: EVERYONE, success: 200 },
  'POST /api/public/appointments/{token}/move': { guard: 'public', allowed: EVERYONE, success: 200 },
  'POST /api/public/relais/{slug}/appointment-waitlist': { guard: 'public', allowed: EVERYONE, success: 201 },
  'DELETE /api/public/appointment-waitlist/{token}': { guard: 'public', allowed: EVERYONE, success: 204 },
  'GET /api/calendar/{token}.ics': { guard: 'public', allowed: EVERYONE, success: 200 },
  'GET /api/relais/{relaisId}/appointment-reasons': {
    guard: 'appointments.read',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/appointment-reasons': {
    guard: 'appointments.configure',
    allowed: ['operator', 'managerA', 'animatorA'],
    success: 201,
  },
  'PUT /api/relais/{relaisId}/appointment-reasons/{reasonId}': {
    guard: 'appointments.configure',
    allowed: ['operator', 'managerA', 'animatorA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/appointment-reasons/{reasonId}/archive': {
    guard: 'appointments.configure',
    allowed: ['operator', 'managerA', 'animatorA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/appointment-reasons/{reasonId}/restore': {
    guard: 'appointments.configure',
    allowed: ['operator', 'managerA', 'animatorA'],
    success: 200,
  },
  'DELETE /api/relais/{relaisId}/appointment-reasons/{reasonId}': {
    guard: 'appointments.configure',
    allowed: ['operator', 'managerA', 'animatorA'],
    success: 204,
  },
  'GET /api/relais/{relaisId}/permanences': {
    guard: 'appointments.read',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/permanences': {
    guard: 'appointments.configure',
    allowed: ['operator', 'managerA', 'animatorA'],
    success: 201,
  },
  'PUT /api/relais/{relaisId}/permanences/{permanenceId}': {
    guard: 'appointments.configure',
    allowed: ['operator', 'managerA', 'animatorA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/permanences/{permanenceId}/archive': {
    guard: 'appointments.configure',
    allowed: ['operator', 'managerA', 'animatorA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/permanences/{permanenceId}/restore': {
    guard: 'appointments.configure',
    allowed: ['operator', 'managerA', 'animatorA'],
    success: 200,
  },
  'DELETE /api/relais/{relaisId}/permanences/{permanenceId}': {
    guard: 'appointments.configure',
    allowed: ['operator', 'managerA', 'animatorA'],
    success: 204,
  },
  'POST /api/relais/{relaisId}/permanences/{permanenceId}/closures': {
    guard: 'appointments.configure',
    allowed: ['operator', 'managerA', 'animatorA'],
    success: 201,
  },
  'DELETE /api/relais/{relaisId}/permanences/{permanenceId}/closures/{closureId}': {
    guard: 'appointments.configure',
    allowed: ['operator', 'managerA', 'animatorA'],
    success: 204,
  },
  'GET /api/relais/{relaisId}/appointment-animators': {
    guard: 'appointments.read',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'GET /api/relais/{relaisId}/appointment-slots': {
    guard: 'appointments.book',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'GET /api/relais/{relaisId}/appointments': {
    guard: 'appointments.read',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/appointments': {
    guard: 'appointments.book',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 201,
  },
  'GET /api/relais/{relaisId}/appointments/{appointmentId}': {
    guard: 'appointments.read',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/appointments/{appointmentId}/status': {
    guard: 'appointments.book',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'GET /api/relais/{relaisId}/appointment-waitlist': {
    guard: 'appointments.read',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'GET /api/me/calendar-feed': {
    guard: 'own-calendar',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA', 'managerB'],
    success: 200,
  },
  'POST /api/me/calendar-feed': {
    guard: 'own-calendar',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA', 'managerB'],
    success: 201,
  },
  'DELETE /api/me/calendar-feed': {
    guard: 'own-calendar',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA', 'managerB'],
    success: 204,
  },
  'GET /api/public/relais/{slug}/request-form': { guard: 'public', allowed: EVERYONE, success: 200 },
  'POST /api/public/relais/{slug}/requests': { guard: 'public', allowed: EVERYONE, success: 201 },
  'GET /api/relais/{relaisId}/requests': {
    guard: 'requests.read',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/requests': {
    guard: 'requests.handle',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 201,
  },
  'GET /api/relais/{relaisId}/requests/{requestId}': {
    guard: 'requests.read',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/requests/{requestId}/assign': {
    guard: 'requests.handle',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/requests/{requestId}/answers': {
    guard: 'requests.handle',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 201,
  },
  'POST /api/relais/{relaisId}/requests/{requestId}/close': {
    guard: 'requests.handle',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/requests/{requestId}/reopen': {
    guard: 'requests.handle',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/requests/{requestId}/link': {
    guard: 'requests.handle',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/requests/{requestId}/family': {
    guard: 'requests.handle',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 201,
  },
  'GET /api/public/relais/{slug}/job-offer-form': { guard: 'public', allowed: EVERYONE, success: 200 },
  'POST /api/public/relais/{slug}/job-offers': { guard: 'public', allowed: EVERYONE, success: 201 },
  'GET /api/public/job-offers/{token}': { guard: 'public', allowed: EVERYONE, success: 200 },
  'PUT /api/public/job-offers/{token}': { guard: 'public', allowed: EVERYONE, success: 200 },
  'POST /api/public/job-offers/{token}/verify': { guard: 'public', allowed: EVERYONE, success: 200 },
  'POST /api/public/job-offers/{token}/renew': { guard: 'public', allowed: EVERYONE, success: 200 },
  'POST /api/public/job-offers/{token}/withdraw': { guard: 'public', allowed: EVERYONE, success: 200 },
  'GET /api/relais/{relaisId}/job-offers': {
    guard: 'jobOffers.read',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'GET /api/relais/{relaisId}/job-offers/{offerId}': {
    guard: 'jobOffers.read',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'PUT /api/relais/{relaisId}/job-offers/{offerId}': {
    guard: 'jobOffers.moderate',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'GET /api/relais/{relaisId}/job-offers/{offerId}/audience': {
    guard: 'jobOffers.moderate',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/job-offers/{offerId}/publish': {
    guard: 'jobOffers.moderate',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/job-offers/{offerId}/refuse': {
    guard: 'jobOffers.moderate',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/job-offers/{offerId}/outcome': {
    guard: 'jobOffers.moderate',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'GET /api/relais/{relaisId}/job-offer-statistics': {
    guard: 'jobOffers.statistics',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA', 'viewerA'],
    success: 200,
  },
  'GET /api/me/job-offers': { guard: 'own-childminder-file', allowed: ['childminderA'], success: 200 },
  'POST /api/me/job-offers/{offerId}/answer': {
    guard: 'own-childminder-file',
    allowed: ['childminderA'],
    success: 201,
  },
  'POST /api/me/job-offers/{offerId}/hide': { guard: 'own-childminder-file', allowed: ['childminderA'], success: 204 },
  'GET /api/relais/{relaisId}/activity-kinds': {
    guard: 'activities.read',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/activity-kinds': {
    guard: 'activities.configure',
    allowed: ['operator', 'managerA', 'animatorA'],
    success: 201,
  },
  'PUT /api/relais/{relaisId}/activity-kinds/{kindId}': {
    guard: 'activities.configure',
    allowed: ['operator', 'managerA', 'animatorA'],
    success: 200,
  },
  'GET /api/relais/{relaisId}/activities': {
    guard: 'activities.read',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/activities': {
    guard: 'activities.manage',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 201,
  },
  'GET /api/relais/{relaisId}/activities/{activityId}': {
    guard: 'activities.read',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'PUT /api/relais/{relaisId}/activities/{activityId}': {
    guard: 'activities.manage',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/activities/{activityId}/move': {
    guard: 'activities.manage',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/activities/{activityId}/cancel': {
    guard: 'activities.manage',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/activities/{activityId}/registrations': {
    guard: 'activities.manage',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 201,
  },
  'POST /api/relais/{relaisId}/activities/{activityId}/registrations/{registrationId}/cancel': {
    guard: 'activities.manage',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'GET /api/me/activities': { guard: 'own-childminder-file', allowed: ['childminderA'], success: 200 },
  'POST /api/me/activities/{activityId}/registrations': {
    guard: 'own-childminder-file',
    allowed: ['childminderA'],
    success: 201,
  },
  'POST /api/me/activities/{activityId}/cancel': {
    guard: 'own-childminder-file',
    allowed: ['childminderA'],
    success: 200,
  },
  'GET /api/me/activity-history': { guard: 'own-childminder-file', allowed: ['childminderA'], success: 200 },
  'GET /api/public/relais/{slug}/activities': { guard: 'public', allowed: EVERYONE, success: 200 },
  'POST /api/public/relais/{slug}/activities/{activityId}/registrations': {
    guard: 'public',
    allowed: EVERYONE,
    success: 201,
  },
  'POST /api/public/activity-registrations/{token}/cancel': { guard: 'public', allowed: EVERYONE, success: 200 },
  'POST /api/relais/{relaisId}/activity-plans/propose': {
    guard: 'activities.configure',
    allowed: ['operator', 'managerA', 'animatorA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/activity-plans/apply': {
    guard: 'activities.configure',
    allowed: ['operator', 'managerA', 'animatorA'],
    success: 201,
  },
  'GET /api/relais/{relaisId}/activities/{activityId}/attendance': {
    guard: 'activities.read',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'PUT /api/relais/{relaisId}/activities/{activityId}/attendance': {
    guard: 'activities.manage',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'GET /api/relais/{relaisId}/practice-groups': {
    guard: 'activities.read',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/practice-groups': {
    guard: 'activities.manage',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 201,
  },
  'PUT /api/relais/{relaisId}/practice-groups/{groupId}': {
    guard: 'activities.manage',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'GET /api/relais/{relaisId}/activity-statistics': {
    guard: 'activities.statistics',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA', 'viewerA'],
    success: 200,
  },
  'GET /api/relais/{relaisId}/activity-statistics.xlsx': {
    guard: 'activities.statistics',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA', 'viewerA'],
    success: 200,
  },
  'GET /api/relais/{relaisId}/activities/programme.pdf': {
    guard: 'activities.read',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'GET /api/public/relais/{slug}/activities.ics': { guard: 'public', allowed: EVERYONE, success: 200 },
  // Employer help: the calculator and its printable summary are public (one route per topic);
  // simulations saved in a contact's file follow the contact log.
  ...Object.fromEntries<Expectation>(
    TOPIC_KEYS.flatMap((topic): [string, Expectation][] => [
      [`POST /api/public/employer-help/${topic}`, { guard: 'public', allowed: EVERYONE, success: 200 }],
      [`POST /api/public/employer-help/${topic}/summary.pdf`, { guard: 'public', allowed: EVERYONE, success: 200 }],
    ]),
  ),
  'GET /api/relais/{relaisId}/contacts/{contactId}/simulations': {
    guard: 'contacts.read',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'POST /api/relais/{relaisId}/contacts/{contactId}/simulations': {
    guard: 'contacts.record',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 201,
  },
  'GET /api/relais/{relaisId}/contacts/{contactId}/simulations/{simulationId}': {
    guard: 'contacts.read',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'GET /api/relais/{relaisId}/contacts/{contactId}/simulations/{simulationId}/summary.pdf': {
    guard: 'contacts.read',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 200,
  },
  'DELETE /api/relais/{relaisId}/contacts/{contactId}/simulations/{simulationId}': {
    guard: 'contacts.record',
    allowed: ['operator', 'managerA', 'animatorA', 'assistantA'],
    success: 204,
  },
};

function refusalStatus(actor: ActorName): 401 | 403 {
  return actor === 'anonymous' ? 401 : 403;
}

// ---------------------------------------------------------------------------------------------
// The application, relais A (the target) and B (another relais), and one session per actor.

const t = await createTestApp();
const operations = operationsOf(t.app);
afterAll(() => t.close());

const relaisA = await makeRelais(t.db, { communes: [{ inseeCode: '85191', name: 'La Roche-sur-Yon' }] });
const relaisB = await makeRelais(t.db, { communes: [{ inseeCode: '85194', name: 'Les Sables-d’Olonne' }] });
const RELAIS_IDS = { A: relaisA.id, B: relaisB.id };
const appts = await appointmentFixtures(t.app, t.db, relaisA);

const outboxMessageId = crypto.randomUUID();
await t.db
  .insertInto('outbox_message')
  .values({
    id: outboxMessageId,
    relais_id: relaisA.id,
    purpose: 'magic_link',
    recipient: 'famille@relais.test',
    subject: 'Votre lien de connexion à Relais',
    text_body: 'Bonjour',
    html_body: '<p>Bonjour</p>',
    status: 'stored',
    attempts: 1,
    next_attempt_at: '2026-01-15T09:00:00.000Z',
    created_at: '2026-01-15T09:00:00.000Z',
  })
  .execute();

/** Vendée communes from the official reference, handed out one per request that needs a fresh one. */
const VENDEE_CODES = (
  createRequire(import.meta.url)('@etalab/decoupage-administratif/data/communes.json') as {
    code: string;
    type: string;
    departement?: string;
  }[]
)
  .filter((c) => c.type === 'commune-actuelle' && c.departement === '85' && !['85191', '85194'].includes(c.code))
  .map((c) => c.code);
let nextCode = 0;
function freshCommuneCode(): string {
  const code = VENDEE_CODES[nextCode++];
  if (!code) throw new Error('no Vendée commune left');
  return code;
}

let counter = 0;
const unique = (prefix: string) => `${prefix}-${++counter}`;

const sessions = new Map<ActorName, Session>();
const accounts = new Map<ActorName, { id: string; email: string; role: Role }>();

beforeAll(async () => {
  for (const [name, spec] of Object.entries(ACTOR_ACCOUNTS) as [
    Exclude<ActorName, 'anonymous'>,
    (typeof ACTOR_ACCOUNTS)['operator'],
  ][]) {
    const relaisId = spec.relais === null ? null : RELAIS_IDS[spec.relais];
    const user = await makeUser(t.db, { role: spec.role, relaisId, email: `${name.toLowerCase()}@relais.test` });
    accounts.set(name, user);
    sessions.set(name, await signIn(t.app, user));
  }
});

function headersOf(session: Session | undefined): Record<string, string> {
  return session ? { ...session.headers } : {};
}

// ---------------------------------------------------------------------------------------------
// How to build a valid request of each route against relais A, with fresh fixtures where the
// request consumes them, and how to see its effect in the database.

interface Case {
  request: InjectOptions & { method: string; url: string };
  /** A session to send instead of the actor's shared one (requests that close their session). */
  session?: Session;
  /** After an allowed request: its effect, read from the database. */
  verify?: () => Promise<void>;
}

const A = () => relaisA.id;

function siteBody(name: string) {
  return {
    name,
    kind: 'library',
    inseeCode: '85191',
    address: '3 rue des Écoles',
    capacity: 25,
    accessible: true,
    accessibilityNotes: 'Rampe à l’entrée',
    forActivities: true,
    forPermanences: false,
  };
}

async function contactBody(note: string) {
  const subjects = await ensureDefaultSubjects(t.db, A(), new Date());
  return {
    occurredAt: '2026-03-01T10:00:00.000Z',
    channel: 'phone',
    public: 'parent',
    inseeCode: '85191',
    subjectIds: [subjects[0]!.id],
    outcome: 'informed',
    familyId: null,
    childminderId: null,
    note,
  };
}

/** A contact of relais A, written straight to the database. */
async function insertContact(): Promise<string> {
  const id = crypto.randomUUID();
  const subjects = await ensureDefaultSubjects(t.db, A(), new Date());
  await t.db
    .insertInto('contact')
    .values({
      id,
      relais_id: A(),
      occurred_at: '2026-02-27T09:00:00.000Z',
      occurred_on: '2026-02-27',
      channel: 'email',
      public: 'childminder',
      insee_code: null,
      outcome: 'informed',
      family_id: null,
      childminder_id: null,
      recorded_by: null,
      created_at: 'x',
      updated_at: 'x',
      deleted_at: null,
    })
    .execute();
  await t.db.insertInto('contact_subject_link').values({ contact_id: id, subject_id: subjects[1]!.id }).execute();
  return id;
}

/** A request of relais A sent from the public form, written straight to the database. */
async function insertRequest(status: 'new' | 'closed' = 'new'): Promise<string> {
  const id = crypto.randomUUID();
  const subjects = await ensureDefaultSubjects(t.db, A(), new Date());
  await t.db
    .insertInto('request')
    .values({
      id,
      relais_id: A(),
      source: 'online',
      public: 'parent',
      name: 'Zoé Demandeuse',
      email: 'zoe@exemple.test',
      insee_code: '85191',
      child_age_months: null,
      expected_birth_on: null,
      answer_channel: 'email',
      consent_at: 'x',
      status,
      assignee_id: null,
      family_id: null,
      childminder_id: null,
      counted_at: null,
      contact_id: null,
      outcome: null,
      received_at: '2026-03-01T09:00:00.000Z',
      created_by: null,
      created_at: 'x',
      updated_at: 'x',
      closed_at: status === 'closed' ? 'x' : null,
      anonymised_at: null,
    })
    .execute();
  await t.db.insertInto('request_subject').values({ request_id: id, subject_id: subjects[0]!.id }).execute();
  return id;
}

const requestRow = (id: string) =>
  t.db.selectFrom('request').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

/** A job offer of relais A in the given status, written straight to the database, with its parent's link. */
async function insertJobOffer(status: string): Promise<{ id: string; token: string }> {
  const id = crypto.randomUUID();
  const token = newToken();
  const now = '2026-03-02T08:00:00.000Z';
  await t.db
    .insertInto('job_offer')
    .values({
      id,
      relais_id: A(),
      source: 'online',
      status,
      parent_name: 'Paul Parent',
      parent_email: 'paul@exemple.test',
      insee_code: '85191',
      radius_km: 10,
      start_on: '2026-04-01',
      schedule: JSON.stringify([{ day: 1, from: '08:00', to: '17:00' }]),
      weekly_minutes: 540,
      child_birth_on: '2025-10-01',
      child_age_months: 6,
      children_count: 1,
      consent_at: now,
      email_verified_at: status === 'email_pending' ? null : now,
      published_at: status === 'published' ? now : null,
      expires_on: status === 'published' ? '2026-05-01' : null,
      expiry_reminded_at: null,
      outcome: null,
      closed_at: null,
      created_at: now,
      updated_at: now,
      anonymised_at: null,
    })
    .execute();
  await t.db
    .insertInto('job_offer_link')
    .values({ token_hash: hashToken(token), offer_id: id, created_at: now })
    .execute();
  return { id, token };
}

const jobOfferRow = (id: string) =>
  t.db.selectFrom('job_offer').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

const jobOfferNeed = (details: string) => ({
  inseeCode: '85191',
  radiusKm: 10,
  startOn: '2026-04-01',
  schedule: [{ day: 1, from: '08:00', to: '17:00' }],
  childBirthOn: '2025-10-01',
  details,
});

const availabilitySlot = {
  availableFrom: '2026-09-01',
  minAgeMonths: null,
  maxAgeMonths: null,
  days: [1, 2],
  startTime: '08:00',
  endTime: '17:00',
  atypicalHours: false,
  periscolaire: false,
  note: '',
};

/** Links the childminderA account to a childminder file of relais A (once); returns the file's id. */
async function linkChildminderA(): Promise<string> {
  const account = await t.db
    .selectFrom('user_account')
    .select('id')
    .where('email', '=', 'childmindera@relais.test')
    .executeTakeFirstOrThrow();
  const linked = await t.db
    .selectFrom('childminder')
    .select('id')
    .where('account_id', '=', account.id)
    .executeTakeFirst();
  if (linked) return linked.id;
  const am = await makeChildminder(t.db, A(), '85191');
  await t.db.updateTable('childminder').set({ account_id: account.id }).where('id', '=', am.id).execute();
  return am.id;
}

function facilityBody(name: string) {
  return {
    kind: 'eaje',
    name,
    inseeCode: '85191',
    address: '',
    phone: '',
    email: '',
    website: null,
    places: 30,
    funding: 'psu',
    openedOn: null,
    closedOn: null,
    description: '',
  };
}

function houseBody(name: string) {
  return {
    name,
    inseeCode: '85191',
    address: '',
    openedOn: null,
    closedOn: null,
    referentUserId: null,
    lastVisitOn: null,
  };
}

function childminderBody(lastName: string) {
  return {
    firstName: 'Sophie',
    lastName,
    birthDate: '1975-05-05',
    email: '',
    phone: '',
    address: '',
    postcode: '',
    inseeCode: '85191',
    approvalNumber: '',
    approvalDate: '2010-01-01',
    approvalRenewalDate: null,
    approvalPlaces: 3,
    approvalMinAgeMonths: null,
    approvalMaxAgeMonths: null,
    derogations: '',
    reducedPlaces: null,
    reducedUntil: null,
    atypicalHours: false,
    emergencyCare: false,
    disabilityCare: false,
    practice: 'home',
    childminderHouseId: null,
    monenfantRegistered: true,
    acceptsTrainees: false,
    contactPreference: 'email',
    publishAddress: false,
    publishPhone: false,
  };
}

/** A fresh account with the same role and relais as the actor, signed in (for sign-out routes). */
async function lookalikeSession(actor: ActorName): Promise<{ session?: Session; userId?: string }> {
  if (actor === 'anonymous') return {};
  const spec = ACTOR_ACCOUNTS[actor];
  const relaisId = spec.relais === null ? null : RELAIS_IDS[spec.relais];
  const user = await makeUser(t.db, { role: spec.role, relaisId, email: `${unique('sosie')}@relais.test` });
  return { session: await signIn(t.app, user), userId: user.id };
}

/** A valid public booking of relais A. */
function appointmentBody(b: { reasonId: string; permanenceId: string; start: string; email: string }) {
  return {
    reasonId: b.reasonId,
    permanenceId: b.permanenceId,
    start: b.start,
    name: 'Camille Dupont',
    email: b.email,
    phone: '06 12 34 56 78',
    note: '',
    public: 'parent',
    inseeCode: '85191',
    consent: true,
  };
}

/** The fixtures' permanence of the weekday of a slot (one per weekday). */
async function permanenceOfSlot(start: string): Promise<string> {
  const weekday = ((new Date(start).getUTCDay() + 6) % 7) + 1;
  const row = await t.db
    .selectFrom('permanence_reason as l')
    .innerJoin('permanence as p', 'p.id', 'l.permanence_id')
    .select('p.id')
    .where('l.reason_id', '=', appts.reasonId)
    .where('p.weekday', '=', weekday)
    .where('p.start_time', '=', '08:00')
    .executeTakeFirstOrThrow();
  return row.id;
}

async function appointmentStatus(id: string): Promise<string> {
  return (await t.db.selectFrom('appointment').select('status').where('id', '=', id).executeTakeFirstOrThrow()).status;
}

async function reasonRow(id: string) {
  return t.db.selectFrom('appointment_reason').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

async function permanenceRow(id: string) {
  return t.db.selectFrom('permanence').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

function permanenceBody(label: string) {
  return {
    animatorId: appts.holderId,
    siteId: null,
    mode: 'phone',
    weekday: 5,
    startTime: '14:00',
    endTime: '15:30',
    validFrom: '2026-03-01',
    validTo: null,
    skipSchoolHolidays: true,
    label,
    reasonIds: [appts.reasonId],
  };
}

const SCENARIOS: Record<string, (actor: ActorName) => Promise<Case>> = {
  'GET /api/health': async () => ({ request: { method: 'GET', url: '/api/health' } }),

  'POST /api/auth/login': async () => {
    const user = await makeUser(t.db, { role: 'viewer', relaisId: A(), email: `${unique('connexion')}@relais.test` });
    return {
      request: { method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: TEST_PASSWORD } },
      verify: async () => {
        const rows = await t.db.selectFrom('session').select('id').where('user_id', '=', user.id).execute();
        expect(rows).toHaveLength(1);
      },
    };
  },

  'POST /api/auth/magic-link': async () => {
    const user = await makeUser(t.db, { role: 'parent', relaisId: A(), email: `${unique('lien')}@relais.test` });
    return {
      request: { method: 'POST', url: '/api/auth/magic-link', payload: { email: user.email } },
      verify: async () => {
        const rows = await t.db.selectFrom('magic_link').select('token_hash').where('user_id', '=', user.id).execute();
        expect(rows).toHaveLength(1);
      },
    };
  },

  'POST /api/auth/magic-link/consume': async () => {
    const user = await makeUser(t.db, { role: 'childminder', relaisId: A(), email: `${unique('am')}@relais.test` });
    const asked = await t.app.inject({ method: 'POST', url: '/api/auth/magic-link', payload: { email: user.email } });
    expect(asked.statusCode).toBe(202);
    const token = await lastMagicLinkToken(t.db, user.email);
    return {
      request: { method: 'POST', url: '/api/auth/magic-link/consume', payload: { token } },
      verify: async () => {
        const rows = await t.db.selectFrom('session').select('id').where('user_id', '=', user.id).execute();
        expect(rows).toHaveLength(1);
      },
    };
  },

  'GET /api/auth/me': async () => ({ request: { method: 'GET', url: '/api/auth/me' } }),

  'POST /api/auth/logout': async (actor) => {
    const { session, userId } = await lookalikeSession(actor);
    return {
      request: { method: 'POST', url: '/api/auth/logout' },
      session,
      verify: async () => {
        if (!userId) return;
        const rows = await t.db.selectFrom('session').select('id').where('user_id', '=', userId).execute();
        expect(rows).toHaveLength(0);
      },
    };
  },

  'POST /api/auth/logout-everywhere': async (actor) => {
    const { session, userId } = await lookalikeSession(actor);
    return {
      request: { method: 'POST', url: '/api/auth/logout-everywhere' },
      session,
      verify: async () => {
        const rows = await t.db.selectFrom('session').select('id').where('user_id', '=', userId!).execute();
        expect(rows).toHaveLength(0);
      },
    };
  },

  'GET /api/public/relais': async () => ({ request: { method: 'GET', url: '/api/public/relais' } }),
  'GET /api/public/relais/{slug}': async () => ({
    request: { method: 'GET', url: fillPath('/api/public/relais/{slug}', { slug: relaisA.slug }) },
  }),
  'GET /api/reference/communes': async () => ({ request: { method: 'GET', url: '/api/reference/communes?q=roche' } }),

  'GET /api/relais': async () => ({ request: { method: 'GET', url: '/api/relais' } }),

  'POST /api/relais': async () => {
    const slug = unique('nouveau-relais');
    return {
      request: {
        method: 'POST',
        url: '/api/relais',
        payload: {
          slug,
          name: 'Relais des Deux Rives',
          epciCode: null,
          address: '1 rue de la Mairie',
          postcode: '85000',
          city: 'La Roche-sur-Yon',
          phone: '02 51 00 00 00',
          email: '',
          website: null,
          openingHours: '',
          permanences: '',
        },
      },
      verify: async () => {
        const row = await t.db.selectFrom('relais').select('id').where('slug', '=', slug).executeTakeFirst();
        expect(row).toBeDefined();
      },
    };
  },

  'GET /api/relais/{relaisId}': async () => ({ request: { method: 'GET', url: `/api/relais/${A()}` } }),

  'PATCH /api/relais/{relaisId}': async () => {
    const phone = `02 51 ${String(++counter).padStart(2, '0')} 00 00`;
    return {
      request: { method: 'PATCH', url: `/api/relais/${A()}`, payload: { phone } },
      verify: async () => {
        const row = await t.db.selectFrom('relais').select('phone').where('id', '=', A()).executeTakeFirstOrThrow();
        expect(row.phone).toBe(phone);
      },
    };
  },

  'GET /api/relais/{relaisId}/communes': async () => ({
    request: { method: 'GET', url: `/api/relais/${A()}/communes` },
  }),

  'POST /api/relais/{relaisId}/communes': async () => {
    const inseeCode = freshCommuneCode();
    return {
      request: { method: 'POST', url: `/api/relais/${A()}/communes`, payload: { inseeCode } },
      verify: async () => {
        const row = await t.db
          .selectFrom('relais_commune')
          .select('name')
          .where('relais_id', '=', A())
          .where('insee_code', '=', inseeCode)
          .executeTakeFirst();
        expect(row).toBeDefined();
      },
    };
  },

  'DELETE /api/relais/{relaisId}/communes/{inseeCode}': async () => {
    const inseeCode = freshCommuneCode();
    await t.db
      .insertInto('relais_commune')
      .values({
        relais_id: A(),
        insee_code: inseeCode,
        name: `Commune ${inseeCode}`,
        population: 1000,
        postcodes: '',
        added_at: '2026-01-15T09:00:00.000Z',
      })
      .execute();
    return {
      request: { method: 'DELETE', url: `/api/relais/${A()}/communes/${inseeCode}` },
      verify: async () => {
        const row = await t.db
          .selectFrom('relais_commune')
          .select('name')
          .where('relais_id', '=', A())
          .where('insee_code', '=', inseeCode)
          .executeTakeFirst();
        expect(row).toBeUndefined();
      },
    };
  },

  'GET /api/relais/{relaisId}/sites': async () => ({
    request: { method: 'GET', url: `/api/relais/${A()}/sites?includeArchived=true` },
  }),

  'POST /api/relais/{relaisId}/sites': async () => {
    const name = unique('Médiathèque');
    return {
      request: { method: 'POST', url: `/api/relais/${A()}/sites`, payload: siteBody(name) },
      verify: async () => {
        const row = await t.db.selectFrom('site').select('id').where('name', '=', name).executeTakeFirst();
        expect(row).toBeDefined();
      },
    };
  },

  'PUT /api/relais/{relaisId}/sites/{siteId}': async () => {
    const site = await makeSite(t.db, A(), '85191');
    const name = unique('Salle rénovée');
    return {
      request: { method: 'PUT', url: `/api/relais/${A()}/sites/${site.id}`, payload: siteBody(name) },
      verify: async () => {
        const row = await t.db.selectFrom('site').select('name').where('id', '=', site.id).executeTakeFirstOrThrow();
        expect(row.name).toBe(name);
      },
    };
  },

  'POST /api/relais/{relaisId}/sites/{siteId}/archive': async () => {
    const site = await makeSite(t.db, A(), '85191');
    return {
      request: { method: 'POST', url: `/api/relais/${A()}/sites/${site.id}/archive` },
      verify: async () => {
        const row = await t.db
          .selectFrom('site')
          .select('archived_at')
          .where('id', '=', site.id)
          .executeTakeFirstOrThrow();
        expect(row.archived_at).not.toBeNull();
      },
    };
  },

  'POST /api/relais/{relaisId}/sites/{siteId}/restore': async () => {
    const site = await makeSite(t.db, A(), '85191');
    await t.db.updateTable('site').set({ archived_at: '2026-01-20T09:00:00.000Z' }).where('id', '=', site.id).execute();
    return {
      request: { method: 'POST', url: `/api/relais/${A()}/sites/${site.id}/restore` },
      verify: async () => {
        const row = await t.db
          .selectFrom('site')
          .select('archived_at')
          .where('id', '=', site.id)
          .executeTakeFirstOrThrow();
        expect(row.archived_at).toBeNull();
      },
    };
  },

  'GET /api/relais/{relaisId}/accounts': async () => ({
    request: { method: 'GET', url: `/api/relais/${A()}/accounts` },
  }),

  'POST /api/relais/{relaisId}/accounts': async () => {
    const email = `${unique('nouveau-parent')}@relais.test`;
    return {
      request: {
        method: 'POST',
        url: `/api/relais/${A()}/accounts`,
        payload: { email, displayName: 'Camille Parent', role: 'parent' },
      },
      verify: async () => {
        const row = await t.db
          .selectFrom('user_account')
          .select(['relais_id', 'role'])
          .where('email', '=', email)
          .executeTakeFirstOrThrow();
        expect(row).toEqual({ relais_id: A(), role: 'parent' });
      },
    };
  },

  'PATCH /api/relais/{relaisId}/accounts/{accountId}': async () => {
    const user = await makeUser(t.db, { role: 'viewer', relaisId: A() });
    const displayName = unique('Élue déléguée');
    return {
      request: { method: 'PATCH', url: `/api/relais/${A()}/accounts/${user.id}`, payload: { displayName } },
      verify: async () => {
        const row = await t.db
          .selectFrom('user_account')
          .select('display_name')
          .where('id', '=', user.id)
          .executeTakeFirstOrThrow();
        expect(row.display_name).toBe(displayName);
      },
    };
  },

  'GET /api/relais/{relaisId}/audit': async () => ({ request: { method: 'GET', url: `/api/relais/${A()}/audit` } }),
  'GET /api/relais/{relaisId}/outbox': async () => ({ request: { method: 'GET', url: `/api/relais/${A()}/outbox` } }),
  'GET /api/relais/{relaisId}/outbox/{messageId}': async () => ({
    request: { method: 'GET', url: `/api/relais/${A()}/outbox/${outboxMessageId}` },
  }),

  'GET /api/relais/{relaisId}/reports/supply': async () => ({
    request: { method: 'GET', url: `/api/relais/${A()}/reports/supply?year=2024` },
  }),
  'GET /api/relais/{relaisId}/reports/supply.csv': async () => ({
    request: { method: 'GET', url: `/api/relais/${A()}/reports/supply.csv?year=2024` },
  }),

  'GET /api/relais/{relaisId}/facilities': async () => ({
    request: { method: 'GET', url: `/api/relais/${A()}/facilities?includeClosed=true` },
  }),
  'POST /api/relais/{relaisId}/facilities': async () => {
    const name = unique('Multi-accueil');
    return {
      request: { method: 'POST', url: `/api/relais/${A()}/facilities`, payload: facilityBody(name) },
      verify: async () => {
        const row = await t.db.selectFrom('facility').select('relais_id').where('name', '=', name).executeTakeFirst();
        expect(row?.relais_id).toBe(A());
      },
    };
  },
  'PUT /api/relais/{relaisId}/facilities/{facilityId}': async () => {
    const id = crypto.randomUUID();
    await t.db
      .insertInto('facility')
      .values({ id, relais_id: A(), kind: 'laep', name: 'LAEP', insee_code: '85191', created_at: 'x', updated_at: 'x' })
      .execute();
    const name = unique('Crèche rénovée');
    return {
      request: { method: 'PUT', url: `/api/relais/${A()}/facilities/${id}`, payload: facilityBody(name) },
      verify: async () => {
        const row = await t.db.selectFrom('facility').select('name').where('id', '=', id).executeTakeFirstOrThrow();
        expect(row.name).toBe(name);
      },
    };
  },
  'GET /api/relais/{relaisId}/childminder-houses': async () => ({
    request: { method: 'GET', url: `/api/relais/${A()}/childminder-houses` },
  }),
  'POST /api/relais/{relaisId}/childminder-houses': async () => {
    const name = unique('MAM');
    return {
      request: { method: 'POST', url: `/api/relais/${A()}/childminder-houses`, payload: houseBody(name) },
      verify: async () => {
        const row = await t.db
          .selectFrom('childminder_house')
          .select('relais_id')
          .where('name', '=', name)
          .executeTakeFirst();
        expect(row?.relais_id).toBe(A());
      },
    };
  },
  'PUT /api/relais/{relaisId}/childminder-houses/{houseId}': async () => {
    const id = crypto.randomUUID();
    await t.db
      .insertInto('childminder_house')
      .values({ id, relais_id: A(), name: 'MAM', insee_code: '85191', created_at: 'x', updated_at: 'x' })
      .execute();
    const name = unique('MAM renommée');
    return {
      request: { method: 'PUT', url: `/api/relais/${A()}/childminder-houses/${id}`, payload: houseBody(name) },
      verify: async () => {
        const row = await t.db
          .selectFrom('childminder_house')
          .select('name')
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        expect(row.name).toBe(name);
      },
    };
  },

  'GET /api/relais/{relaisId}/childminders/{childminderId}/availability': async () => {
    const am = await makeChildminder(t.db, A(), '85191');
    return { request: { method: 'GET', url: `/api/relais/${A()}/childminders/${am.id}/availability` } };
  },
  'PUT /api/relais/{relaisId}/childminders/{childminderId}/availability': async () => {
    const am = await makeChildminder(t.db, A(), '85191');
    return {
      request: {
        method: 'PUT',
        url: `/api/relais/${A()}/childminders/${am.id}/availability`,
        payload: { slots: [availabilitySlot] },
      },
      verify: async () => {
        const rows = await t.db
          .selectFrom('availability_slot')
          .select('id')
          .where('childminder_id', '=', am.id)
          .execute();
        expect(rows).toHaveLength(1);
      },
    };
  },
  'POST /api/relais/{relaisId}/childminders/{childminderId}/availability/confirm': async () => {
    const am = await makeChildminder(t.db, A(), '85191');
    return {
      request: { method: 'POST', url: `/api/relais/${A()}/childminders/${am.id}/availability/confirm` },
      verify: async () => {
        const row = await t.db
          .selectFrom('childminder')
          .select('availability_confirmed_at')
          .where('id', '=', am.id)
          .executeTakeFirstOrThrow();
        expect(row.availability_confirmed_at).not.toBeNull();
      },
    };
  },
  'POST /api/relais/{relaisId}/childminders/{childminderId}/account': async () => {
    const am = await makeChildminder(t.db, A(), '85191');
    const email = `${unique('am')}@exemple.test`;
    await t.db.updateTable('childminder').set({ email }).where('id', '=', am.id).execute();
    return {
      request: { method: 'POST', url: `/api/relais/${A()}/childminders/${am.id}/account` },
      verify: async () => {
        const row = await t.db
          .selectFrom('childminder')
          .select('account_id')
          .where('id', '=', am.id)
          .executeTakeFirstOrThrow();
        expect(row.account_id).not.toBeNull();
      },
    };
  },
  'GET /api/me/availability': async () => {
    await linkChildminderA();
    return { request: { method: 'GET', url: '/api/me/availability' } };
  },
  'PUT /api/me/availability': async () => {
    const id = await linkChildminderA();
    return {
      request: { method: 'PUT', url: '/api/me/availability', payload: { slots: [availabilitySlot] } },
      verify: async () => {
        const rows = await t.db
          .selectFrom('availability_slot')
          .select('id')
          .where('childminder_id', '=', id)
          .where('replaced_at', 'is', null)
          .execute();
        expect(rows).toHaveLength(1);
      },
    };
  },
  'POST /api/me/availability/confirm': async () => {
    await linkChildminderA();
    return { request: { method: 'POST', url: '/api/me/availability/confirm' } };
  },
  'GET /api/me/childminder': async () => {
    await linkChildminderA();
    return { request: { method: 'GET', url: '/api/me/childminder' } };
  },
  'PATCH /api/me/childminder': async () => {
    const id = await linkChildminderA();
    const phone = `06 ${String(++counter).padStart(2, '0')} 00 00 00`;
    return {
      request: {
        method: 'PATCH',
        url: '/api/me/childminder',
        payload: { phone, email: 'childmindera@relais.test', publishPhone: true },
      },
      verify: async () => {
        const row = await t.db
          .selectFrom('childminder')
          .select(['phone', 'publish_phone'])
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        expect(row).toEqual({ phone, publish_phone: 1 });
      },
    };
  },

  'GET /api/public/relais/{slug}/directory': async () => ({
    request: { method: 'GET', url: `/api/public/relais/${relaisA.slug}/directory?ageMonths=12` },
  }),
  'GET /api/public/relais/{slug}/map': async () => ({
    request: { method: 'GET', url: `/api/public/relais/${relaisA.slug}/map` },
  }),
  'POST /api/public/relais/{slug}/directory/childminders/{childminderId}/contact': async () => {
    const am = await makeChildminder(t.db, A(), '85191');
    await t.db.updateTable('childminder').set({ email: 'am.contact@exemple.test' }).where('id', '=', am.id).execute();
    return {
      request: {
        method: 'POST',
        url: `/api/public/relais/${relaisA.slug}/directory/childminders/${am.id}/contact`,
        payload: {
          name: 'Paul Parent',
          email: 'paul@exemple.test',
          phone: '',
          text: 'Avez-vous une place à la rentrée ?',
        },
      },
    };
  },

  'GET /api/relais/{relaisId}/childminders': async () => ({
    request: { method: 'GET', url: `/api/relais/${A()}/childminders?status=all` },
  }),
  'GET /api/relais/{relaisId}/childminders/export.xlsx': async () => ({
    request: { method: 'GET', url: `/api/relais/${A()}/childminders/export.xlsx` },
  }),
  'POST /api/relais/{relaisId}/childminders': async () => {
    const lastName = unique('NOUVELLE').toUpperCase();
    return {
      request: { method: 'POST', url: `/api/relais/${A()}/childminders`, payload: childminderBody(lastName) },
      verify: async () => {
        const row = await t.db
          .selectFrom('childminder')
          .select('relais_id')
          .where('last_name', '=', lastName)
          .executeTakeFirst();
        expect(row?.relais_id).toBe(A());
      },
    };
  },
  'GET /api/relais/{relaisId}/childminders/{childminderId}': async () => {
    const am = await makeChildminder(t.db, A(), '85191');
    return { request: { method: 'GET', url: `/api/relais/${A()}/childminders/${am.id}` } };
  },
  'PUT /api/relais/{relaisId}/childminders/{childminderId}': async () => {
    const am = await makeChildminder(t.db, A(), '85191');
    const lastName = unique('RENOMMEE').toUpperCase();
    return {
      request: { method: 'PUT', url: `/api/relais/${A()}/childminders/${am.id}`, payload: childminderBody(lastName) },
      verify: async () => {
        const row = await t.db
          .selectFrom('childminder')
          .select('last_name')
          .where('id', '=', am.id)
          .executeTakeFirstOrThrow();
        expect(row.last_name).toBe(lastName);
      },
    };
  },
  'POST /api/relais/{relaisId}/childminders/{childminderId}/archive': async () => {
    const am = await makeChildminder(t.db, A(), '85191');
    return {
      request: {
        method: 'POST',
        url: `/api/relais/${A()}/childminders/${am.id}/archive`,
        payload: { effectiveOn: '2026-02-01', reason: 'move' },
      },
      verify: async () => {
        const row = await t.db
          .selectFrom('childminder')
          .select('status')
          .where('id', '=', am.id)
          .executeTakeFirstOrThrow();
        expect(row.status).toBe('archived');
      },
    };
  },
  'POST /api/relais/{relaisId}/childminders/{childminderId}/reactivate': async () => {
    const am = await makeChildminder(t.db, A(), '85191', { status: 'archived' });
    return {
      request: {
        method: 'POST',
        url: `/api/relais/${A()}/childminders/${am.id}/reactivate`,
        payload: { effectiveOn: '2026-02-01' },
      },
      verify: async () => {
        const row = await t.db
          .selectFrom('childminder')
          .select('status')
          .where('id', '=', am.id)
          .executeTakeFirstOrThrow();
        expect(row.status).toBe('active');
      },
    };
  },
  'POST /api/relais/{relaisId}/imports/pmi/preview': async () => {
    const approvalNumber = unique('APERCU');
    return {
      request: {
        method: 'POST',
        url: `/api/relais/${A()}/imports/pmi/preview`,
        payload: pmiFile(approvalNumber, 'APERCU'),
      },
      verify: async () => {
        const row = await t.db
          .selectFrom('childminder')
          .select('id')
          .where('approval_number', '=', approvalNumber)
          .executeTakeFirst();
        expect(row).toBeUndefined();
      },
    };
  },
  'POST /api/relais/{relaisId}/imports/pmi/apply': async () => {
    const approvalNumber = unique('IMPORT');
    return {
      request: {
        method: 'POST',
        url: `/api/relais/${A()}/imports/pmi/apply`,
        payload: { ...pmiFile(approvalNumber, 'IMPORTEE'), archiveMissing: false },
      },
      verify: async () => {
        const row = await t.db
          .selectFrom('childminder')
          .select(['relais_id', 'last_name'])
          .where('approval_number', '=', approvalNumber)
          .executeTakeFirstOrThrow();
        expect(row).toEqual({ relais_id: A(), last_name: 'IMPORTEE' });
      },
    };
  },

  'GET /api/relais/{relaisId}/contacts': async () => ({
    request: { method: 'GET', url: `/api/relais/${A()}/contacts?public=parent&page=1` },
  }),
  'POST /api/relais/{relaisId}/contacts': async () => {
    const note = unique('Contact');
    return {
      request: { method: 'POST', url: `/api/relais/${A()}/contacts`, payload: await contactBody(note) },
      verify: async () => {
        const row = await t.db.selectFrom('contact').select('relais_id').where('note', '=', note).executeTakeFirst();
        expect(row?.relais_id).toBe(A());
      },
    };
  },
  'PUT /api/relais/{relaisId}/contacts/{contactId}': async () => {
    const id = await insertContact();
    const note = unique('Corrigé');
    return {
      request: { method: 'PUT', url: `/api/relais/${A()}/contacts/${id}`, payload: await contactBody(note) },
      verify: async () => {
        const row = await t.db.selectFrom('contact').select('note').where('id', '=', id).executeTakeFirstOrThrow();
        expect(row.note).toBe(note);
      },
    };
  },
  'DELETE /api/relais/{relaisId}/contacts/{contactId}': async () => {
    const id = await insertContact();
    return {
      request: { method: 'DELETE', url: `/api/relais/${A()}/contacts/${id}` },
      verify: async () => {
        const row = await t.db
          .selectFrom('contact')
          .select('deleted_at')
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        expect(row.deleted_at).not.toBeNull();
      },
    };
  },
  'GET /api/relais/{relaisId}/contact-subjects': async () => ({
    request: { method: 'GET', url: `/api/relais/${A()}/contact-subjects` },
  }),
  'POST /api/relais/{relaisId}/contact-subjects': async () => {
    const label = unique('Thème');
    return {
      request: { method: 'POST', url: `/api/relais/${A()}/contact-subjects`, payload: { label } },
      verify: async () => {
        const row = await t.db
          .selectFrom('contact_subject')
          .select('relais_id')
          .where('label', '=', label)
          .executeTakeFirst();
        expect(row?.relais_id).toBe(A());
      },
    };
  },
  'PATCH /api/relais/{relaisId}/contact-subjects/{subjectId}': async () => {
    const [subject] = await ensureDefaultSubjects(t.db, A(), new Date());
    const label = unique('Renommé');
    return {
      request: { method: 'PATCH', url: `/api/relais/${A()}/contact-subjects/${subject!.id}`, payload: { label } },
      verify: async () => {
        const row = await t.db
          .selectFrom('contact_subject')
          .select('label')
          .where('id', '=', subject!.id)
          .executeTakeFirstOrThrow();
        expect(row.label).toBe(label);
      },
    };
  },
  'GET /api/relais/{relaisId}/families': async () => ({
    request: { method: 'GET', url: `/api/relais/${A()}/families?q=dupont` },
  }),
  'POST /api/relais/{relaisId}/families': async () => {
    const name = unique('Famille');
    return {
      request: {
        method: 'POST',
        url: `/api/relais/${A()}/families`,
        payload: { name, email: '', phone: '06 00 00 00 00', inseeCode: '85191' },
      },
      verify: async () => {
        const row = await t.db.selectFrom('family').select('relais_id').where('name', '=', name).executeTakeFirst();
        expect(row?.relais_id).toBe(A());
      },
    };
  },
  'GET /api/relais/{relaisId}/reports/contacts': async () => ({
    request: { method: 'GET', url: `/api/relais/${A()}/reports/contacts?year=2026` },
  }),
  'GET /api/relais/{relaisId}/reports/contacts.xlsx': async () => ({
    request: { method: 'GET', url: `/api/relais/${A()}/reports/contacts.xlsx?year=2026` },
  }),

  'GET /api/public/relais/{slug}/appointment-reasons': async () => ({
    request: { method: 'GET', url: `/api/public/relais/${relaisA.slug}/appointment-reasons` },
  }),
  'GET /api/public/relais/{slug}/appointment-slots': async () => ({
    request: {
      method: 'GET',
      url: `/api/public/relais/${relaisA.slug}/appointment-slots?reasonId=${appts.reasonId}&from=2026-03-04&to=2026-03-05`,
    },
  }),
  'POST /api/public/relais/{slug}/appointments': async () => {
    const start = appts.nextSlot();
    const permanenceId = await permanenceOfSlot(start);
    const email = `${unique('rdv')}@exemple.test`;
    return {
      request: {
        method: 'POST',
        url: `/api/public/relais/${relaisA.slug}/appointments`,
        payload: appointmentBody({ reasonId: appts.reasonId, permanenceId, start, email }),
      },
      verify: async () => {
        const row = await t.db
          .selectFrom('appointment')
          .select(['relais_id', 'status', 'starts_at'])
          .where('person_email', '=', email)
          .executeTakeFirstOrThrow();
        expect(row).toEqual({ relais_id: A(), status: 'booked', starts_at: start });
      },
    };
  },
  'GET /api/public/appointments/{token}': async () => {
    const { token } = await appts.book();
    return { request: { method: 'GET', url: `/api/public/appointments/${token}` } };
  },
  'POST /api/public/appointments/{token}/cancel': async () => {
    const { id, token } = await appts.book();
    return {
      request: { method: 'POST', url: `/api/public/appointments/${token}/cancel` },
      verify: async () => expect(await appointmentStatus(id)).toBe('cancelled'),
    };
  },
  'POST /api/public/appointments/{token}/move': async () => {
    const { id, token } = await appts.book();
    const start = appts.nextSlot();
    return {
      request: {
        method: 'POST',
        url: `/api/public/appointments/${token}/move`,
        payload: { permanenceId: await permanenceOfSlot(start), start },
      },
      verify: async () => {
        expect(await appointmentStatus(id)).toBe('cancelled');
        const moved = await t.db
          .selectFrom('appointment')
          .select('starts_at')
          .where('moved_from_id', '=', id)
          .executeTakeFirstOrThrow();
        expect(moved.starts_at).toBe(start);
      },
    };
  },
  'POST /api/public/relais/{slug}/appointment-waitlist': async () => {
    const email = `${unique('attente')}@exemple.test`;
    return {
      request: {
        method: 'POST',
        url: `/api/public/relais/${relaisA.slug}/appointment-waitlist`,
        payload: {
          reasonId: appts.reasonId,
          name: 'Léa Morin',
          email,
          from: '2026-03-09',
          to: '2026-03-20',
          consent: true,
        },
      },
      verify: async () => {
        const row = await t.db
          .selectFrom('appointment_waitlist')
          .select('relais_id')
          .where('email', '=', email)
          .executeTakeFirstOrThrow();
        expect(row.relais_id).toBe(A());
      },
    };
  },
  'DELETE /api/public/appointment-waitlist/{token}': async () => {
    const { id, token } = await appts.waitlistToken();
    return {
      request: { method: 'DELETE', url: `/api/public/appointment-waitlist/${token}` },
      verify: async () => {
        const row = await t.db
          .selectFrom('appointment_waitlist')
          .select('removed_at')
          .where('id', '=', id)
          .executeTakeFirstOrThrow();
        expect(row.removed_at).not.toBeNull();
      },
    };
  },
  'GET /api/calendar/{token}.ics': async () => ({
    request: { method: 'GET', url: `/api/calendar/${await appts.feedToken()}.ics` },
  }),
  'GET /api/relais/{relaisId}/appointment-reasons': async () => ({
    request: { method: 'GET', url: `/api/relais/${A()}/appointment-reasons` },
  }),
  'POST /api/relais/{relaisId}/appointment-reasons': async () => {
    const label = unique('Motif');
    return {
      request: {
        method: 'POST',
        url: `/api/relais/${A()}/appointment-reasons`,
        payload: { label, durationMinutes: 30, modes: ['phone'], audience: 'families' },
      },
      verify: async () => {
        const row = await t.db
          .selectFrom('appointment_reason')
          .select('relais_id')
          .where('label', '=', label)
          .executeTakeFirstOrThrow();
        expect(row.relais_id).toBe(A());
      },
    };
  },
  'PUT /api/relais/{relaisId}/appointment-reasons/{reasonId}': async () => {
    const id = await appts.freshReason();
    const label = unique('Motif modifié');
    return {
      request: {
        method: 'PUT',
        url: `/api/relais/${A()}/appointment-reasons/${id}`,
        payload: { label, durationMinutes: 45, modes: ['video'], audience: 'all' },
      },
      verify: async () => expect((await reasonRow(id)).label).toBe(label),
    };
  },
  'POST /api/relais/{relaisId}/appointment-reasons/{reasonId}/archive': async () => {
    const id = await appts.freshReason();
    return {
      request: { method: 'POST', url: `/api/relais/${A()}/appointment-reasons/${id}/archive` },
      verify: async () => expect((await reasonRow(id)).archived_at).not.toBeNull(),
    };
  },
  'POST /api/relais/{relaisId}/appointment-reasons/{reasonId}/restore': async () => {
    const id = await appts.freshReason();
    await t.db
      .updateTable('appointment_reason')
      .set({ archived_at: '2026-03-01T08:00:00.000Z' })
      .where('id', '=', id)
      .execute();
    return {
      request: { method: 'POST', url: `/api/relais/${A()}/appointment-reasons/${id}/restore` },
      verify: async () => expect((await reasonRow(id)).archived_at).toBeNull(),
    };
  },
  'DELETE /api/relais/{relaisId}/appointment-reasons/{reasonId}': async () => {
    const id = await appts.freshReason();
    return {
      request: { method: 'DELETE', url: `/api/relais/${A()}/appointment-reasons/${id}` },
      verify: async () => {
        const row = await t.db.selectFrom('appointment_reason').select('id').where('id', '=', id).executeTakeFirst();
        expect(row).toBeUndefined();
      },
    };
  },
  'GET /api/relais/{relaisId}/permanences': async () => ({
    request: { method: 'GET', url: `/api/relais/${A()}/permanences` },
  }),
  'POST /api/relais/{relaisId}/permanences': async () => {
    const label = unique('Permanence');
    return {
      request: { method: 'POST', url: `/api/relais/${A()}/permanences`, payload: permanenceBody(label) },
      verify: async () => {
        const row = await t.db
          .selectFrom('permanence')
          .select('relais_id')
          .where('label', '=', label)
          .executeTakeFirstOrThrow();
        expect(row.relais_id).toBe(A());
      },
    };
  },
  'PUT /api/relais/{relaisId}/permanences/{permanenceId}': async () => {
    const id = await appts.freshPermanence();
    const label = unique('Permanence modifiée');
    return {
      request: { method: 'PUT', url: `/api/relais/${A()}/permanences/${id}`, payload: permanenceBody(label) },
      verify: async () => expect((await permanenceRow(id)).label).toBe(label),
    };
  },
  'POST /api/relais/{relaisId}/permanences/{permanenceId}/archive': async () => {
    const id = await appts.freshPermanence();
    return {
      request: { method: 'POST', url: `/api/relais/${A()}/permanences/${id}/archive` },
      verify: async () => expect((await permanenceRow(id)).archived_at).not.toBeNull(),
    };
  },
  'POST /api/relais/{relaisId}/permanences/{permanenceId}/restore': async () => {
    const id = await appts.freshPermanence();
    await t.db
      .updateTable('permanence')
      .set({ archived_at: '2026-03-01T08:00:00.000Z' })
      .where('id', '=', id)
      .execute();
    return {
      request: { method: 'POST', url: `/api/relais/${A()}/permanences/${id}/restore` },
      verify: async () => expect((await permanenceRow(id)).archived_at).toBeNull(),
    };
  },
  'DELETE /api/relais/{relaisId}/permanences/{permanenceId}': async () => {
    const id = await appts.freshPermanence();
    return {
      request: { method: 'DELETE', url: `/api/relais/${A()}/permanences/${id}` },
      verify: async () => {
        const row = await t.db.selectFrom('permanence').select('id').where('id', '=', id).executeTakeFirst();
        expect(row).toBeUndefined();
      },
    };
  },
  'POST /api/relais/{relaisId}/permanences/{permanenceId}/closures': async () => {
    const date = appts.nextClosureDate();
    return {
      request: {
        method: 'POST',
        url: `/api/relais/${A()}/permanences/${appts.permanenceId}/closures`,
        payload: { date, reason: 'Formation' },
      },
      verify: async () => {
        const row = await t.db
          .selectFrom('permanence_closure')
          .select('relais_id')
          .where('permanence_id', '=', appts.permanenceId)
          .where('date', '=', date)
          .executeTakeFirstOrThrow();
        expect(row.relais_id).toBe(A());
      },
    };
  },
  'DELETE /api/relais/{relaisId}/permanences/{permanenceId}/closures/{closureId}': async () => {
    const id = await appts.freshClosure(appts.permanenceId);
    return {
      request: { method: 'DELETE', url: `/api/relais/${A()}/permanences/${appts.permanenceId}/closures/${id}` },
      verify: async () => {
        const row = await t.db.selectFrom('permanence_closure').select('id').where('id', '=', id).executeTakeFirst();
        expect(row).toBeUndefined();
      },
    };
  },
  'GET /api/relais/{relaisId}/appointment-animators': async () => ({
    request: { method: 'GET', url: `/api/relais/${A()}/appointment-animators` },
  }),
  'GET /api/relais/{relaisId}/appointment-slots': async () => ({
    request: {
      method: 'GET',
      url: `/api/relais/${A()}/appointment-slots?reasonId=${appts.reasonId}&from=2026-03-02&to=2026-03-03`,
    },
  }),
  'GET /api/relais/{relaisId}/appointments': async () => ({
    request: { method: 'GET', url: `/api/relais/${A()}/appointments?from=2026-03-02&to=2026-03-08` },
  }),
  'POST /api/relais/{relaisId}/appointments': async () => {
    const start = appts.nextSlot();
    const name = unique('Personne au téléphone');
    const { consent: _consent, ...body } = appointmentBody({
      reasonId: appts.reasonId,
      permanenceId: await permanenceOfSlot(start),
      start,
      email: '',
    });
    return {
      request: { method: 'POST', url: `/api/relais/${A()}/appointments`, payload: { ...body, name } },
      verify: async () => {
        const row = await t.db
          .selectFrom('appointment')
          .select(['relais_id', 'booked_via'])
          .where('person_name', '=', name)
          .executeTakeFirstOrThrow();
        expect(row).toEqual({ relais_id: A(), booked_via: 'staff' });
      },
    };
  },
  'GET /api/relais/{relaisId}/appointments/{appointmentId}': async () => {
    const { id } = await appts.book();
    return { request: { method: 'GET', url: `/api/relais/${A()}/appointments/${id}` } };
  },
  'POST /api/relais/{relaisId}/appointments/{appointmentId}/status': async () => {
    const { id } = await appts.book();
    return {
      request: {
        method: 'POST',
        url: `/api/relais/${A()}/appointments/${id}/status`,
        payload: { status: 'cancelled', reason: 'Absence' },
      },
      verify: async () => expect(await appointmentStatus(id)).toBe('cancelled'),
    };
  },
  'GET /api/relais/{relaisId}/appointment-waitlist': async () => ({
    request: { method: 'GET', url: `/api/relais/${A()}/appointment-waitlist` },
  }),
  'GET /api/me/calendar-feed': async () => ({ request: { method: 'GET', url: '/api/me/calendar-feed' } }),
  'POST /api/me/calendar-feed': async (actor) => ({
    request: { method: 'POST', url: '/api/me/calendar-feed' },
    verify: async () => {
      const rows = await t.db
        .selectFrom('calendar_feed')
        .select('id')
        .where('account_id', '=', accounts.get(actor)!.id)
        .where('revoked_at', 'is', null)
        .execute();
      expect(rows).toHaveLength(1);
    },
  }),
  'DELETE /api/me/calendar-feed': async (actor) => ({
    request: { method: 'DELETE', url: '/api/me/calendar-feed' },
    verify: async () => {
      const rows = await t.db
        .selectFrom('calendar_feed')
        .select('id')
        .where('account_id', '=', accounts.get(actor)!.id)
        .where('revoked_at', 'is', null)
        .execute();
      expect(rows).toHaveLength(0);
    },
  }),

  'GET /api/public/relais/{slug}/request-form': async () => ({
    request: { method: 'GET', url: `/api/public/relais/${relaisA.slug}/request-form` },
  }),
  'POST /api/public/relais/{slug}/requests': async () => {
    const needs = unique('Besoin');
    const subjects = await ensureDefaultSubjects(t.db, A(), new Date());
    return {
      request: {
        method: 'POST',
        url: `/api/public/relais/${relaisA.slug}/requests`,
        payload: {
          public: 'parent',
          name: 'Paul Parent',
          email: 'paul@exemple.test',
          inseeCode: '85191',
          subjectIds: [subjects[0]!.id],
          needs,
          answerChannel: 'email',
          consent: true,
        },
      },
      verify: async () => {
        const row = await t.db.selectFrom('request').select('relais_id').where('needs', '=', needs).executeTakeFirst();
        expect(row?.relais_id).toBe(A());
      },
    };
  },
  'GET /api/relais/{relaisId}/requests': async () => ({
    request: { method: 'GET', url: `/api/relais/${A()}/requests?status=new` },
  }),
  'POST /api/relais/{relaisId}/requests': async () => {
    const name = unique('Demandeur');
    const subjects = await ensureDefaultSubjects(t.db, A(), new Date());
    return {
      request: {
        method: 'POST',
        url: `/api/relais/${A()}/requests`,
        payload: {
          source: 'monenfant',
          public: 'parent',
          name,
          phone: '06 00 00 00 00',
          subjectIds: [subjects[0]!.id],
        },
      },
      verify: async () => {
        const row = await t.db.selectFrom('request').select('relais_id').where('name', '=', name).executeTakeFirst();
        expect(row?.relais_id).toBe(A());
      },
    };
  },
  'GET /api/relais/{relaisId}/requests/{requestId}': async () => ({
    request: { method: 'GET', url: `/api/relais/${A()}/requests/${await insertRequest()}` },
  }),
  'POST /api/relais/{relaisId}/requests/{requestId}/assign': async () => {
    const id = await insertRequest();
    const accountId = accounts.get('animatorA')!.id;
    return {
      request: { method: 'POST', url: `/api/relais/${A()}/requests/${id}/assign`, payload: { accountId } },
      verify: async () => expect((await requestRow(id)).assignee_id).toBe(accountId),
    };
  },
  'POST /api/relais/{relaisId}/requests/{requestId}/answers': async () => {
    const id = await insertRequest();
    return {
      request: { method: 'POST', url: `/api/relais/${A()}/requests/${id}/answers`, payload: { text: 'Réponse.' } },
      verify: async () => {
        expect((await requestRow(id)).status).toBe('answered');
        const messages = await t.db.selectFrom('request_message').select('body').where('request_id', '=', id).execute();
        expect(messages).toEqual([{ body: 'Réponse.' }]);
      },
    };
  },
  'POST /api/relais/{relaisId}/requests/{requestId}/close': async () => {
    const id = await insertRequest();
    return {
      request: { method: 'POST', url: `/api/relais/${A()}/requests/${id}/close`, payload: { outcome: 'referred' } },
      verify: async () => expect((await requestRow(id)).status).toBe('closed'),
    };
  },
  'POST /api/relais/{relaisId}/requests/{requestId}/reopen': async () => {
    const id = await insertRequest('closed');
    return {
      request: { method: 'POST', url: `/api/relais/${A()}/requests/${id}/reopen` },
      verify: async () => expect((await requestRow(id)).status).toBe('new'),
    };
  },
  'POST /api/relais/{relaisId}/requests/{requestId}/link': async () => {
    const id = await insertRequest();
    const familyId = crypto.randomUUID();
    await t.db
      .insertInto('family')
      .values({
        id: familyId,
        relais_id: A(),
        name: unique('Famille'),
        insee_code: null,
        created_at: 'x',
        last_contact_on: null,
        anonymised_at: null,
      })
      .execute();
    return {
      request: { method: 'POST', url: `/api/relais/${A()}/requests/${id}/link`, payload: { familyId } },
      verify: async () => expect((await requestRow(id)).family_id).toBe(familyId),
    };
  },
  'POST /api/relais/{relaisId}/requests/{requestId}/family': async () => {
    const id = await insertRequest();
    return {
      request: { method: 'POST', url: `/api/relais/${A()}/requests/${id}/family` },
      verify: async () => expect((await requestRow(id)).family_id).not.toBeNull(),
    };
  },

  'GET /api/public/relais/{slug}/job-offer-form': async () => ({
    request: { method: 'GET', url: `/api/public/relais/${relaisA.slug}/job-offer-form` },
  }),
  'POST /api/public/relais/{slug}/job-offers': async () => {
    const details = unique('Besoin');
    return {
      request: {
        method: 'POST',
        url: `/api/public/relais/${relaisA.slug}/job-offers`,
        payload: { ...jobOfferNeed(details), name: 'Paul Parent', email: 'paul@exemple.test', consent: true },
      },
      verify: async () => {
        const row = await t.db
          .selectFrom('job_offer')
          .select('relais_id')
          .where('details', '=', details)
          .executeTakeFirst();
        expect(row?.relais_id).toBe(A());
      },
    };
  },
  'GET /api/public/job-offers/{token}': async () => {
    const { token } = await insertJobOffer('pending');
    return { request: { method: 'GET', url: `/api/public/job-offers/${token}` } };
  },
  'PUT /api/public/job-offers/{token}': async () => {
    const { id, token } = await insertJobOffer('pending');
    const details = unique('Besoin modifié');
    return {
      request: {
        method: 'PUT',
        url: `/api/public/job-offers/${token}`,
        payload: { ...jobOfferNeed(details), name: 'Paul Parent' },
      },
      verify: async () => expect((await jobOfferRow(id)).details).toBe(details),
    };
  },
  'POST /api/public/job-offers/{token}/verify': async () => {
    const { id, token } = await insertJobOffer('email_pending');
    return {
      request: { method: 'POST', url: `/api/public/job-offers/${token}/verify` },
      verify: async () => expect((await jobOfferRow(id)).status).toBe('pending'),
    };
  },
  'POST /api/public/job-offers/{token}/renew': async () => {
    const { id, token } = await insertJobOffer('expired');
    return {
      request: { method: 'POST', url: `/api/public/job-offers/${token}/renew` },
      verify: async () => expect((await jobOfferRow(id)).status).toBe('pending'),
    };
  },
  'POST /api/public/job-offers/{token}/withdraw': async () => {
    const { id, token } = await insertJobOffer('published');
    return {
      request: { method: 'POST', url: `/api/public/job-offers/${token}/withdraw`, payload: { outcome: 'abandoned' } },
      verify: async () => expect((await jobOfferRow(id)).status).toBe('withdrawn'),
    };
  },
  'GET /api/relais/{relaisId}/job-offers': async () => ({
    request: { method: 'GET', url: `/api/relais/${A()}/job-offers?status=pending` },
  }),
  'GET /api/relais/{relaisId}/job-offers/{offerId}': async () => ({
    request: { method: 'GET', url: `/api/relais/${A()}/job-offers/${(await insertJobOffer('pending')).id}` },
  }),
  'PUT /api/relais/{relaisId}/job-offers/{offerId}': async () => {
    const { id } = await insertJobOffer('pending');
    const details = unique('Besoin corrigé');
    return {
      request: { method: 'PUT', url: `/api/relais/${A()}/job-offers/${id}`, payload: jobOfferNeed(details) },
      verify: async () => expect((await jobOfferRow(id)).details).toBe(details),
    };
  },
  'GET /api/relais/{relaisId}/job-offers/{offerId}/audience': async () => ({
    request: {
      method: 'GET',
      url: `/api/relais/${A()}/job-offers/${(await insertJobOffer('pending')).id}/audience?radiusKm=20`,
    },
  }),
  'POST /api/relais/{relaisId}/job-offers/{offerId}/publish': async () => {
    const { id } = await insertJobOffer('pending');
    return {
      request: { method: 'POST', url: `/api/relais/${A()}/job-offers/${id}/publish`, payload: {} },
      verify: async () => expect((await jobOfferRow(id)).status).toBe('published'),
    };
  },
  'POST /api/relais/{relaisId}/job-offers/{offerId}/refuse': async () => {
    const { id } = await insertJobOffer('pending');
    return {
      request: {
        method: 'POST',
        url: `/api/relais/${A()}/job-offers/${id}/refuse`,
        payload: { reason: 'Hors du champ du relais.' },
      },
      verify: async () => expect((await jobOfferRow(id)).status).toBe('refused'),
    };
  },
  'POST /api/relais/{relaisId}/job-offers/{offerId}/outcome': async () => {
    const { id } = await insertJobOffer('published');
    return {
      request: {
        method: 'POST',
        url: `/api/relais/${A()}/job-offers/${id}/outcome`,
        payload: { outcome: 'filled_facility' },
      },
      verify: async () => expect((await jobOfferRow(id)).status).toBe('filled'),
    };
  },
  'GET /api/relais/{relaisId}/job-offer-statistics': async () => ({
    request: { method: 'GET', url: `/api/relais/${A()}/job-offer-statistics?from=2026-01` },
  }),
  'GET /api/me/job-offers': async () => {
    await linkChildminderA();
    return { request: { method: 'GET', url: '/api/me/job-offers?scope=all' } };
  },
  'POST /api/me/job-offers/{offerId}/answer': async () => {
    const childminderId = await linkChildminderA();
    const { id } = await insertJobOffer('published');
    return {
      request: {
        method: 'POST',
        url: `/api/me/job-offers/${id}/answer`,
        payload: { message: 'Je suis intéressée.', shareContact: false },
      },
      verify: async () => {
        const row = await t.db
          .selectFrom('job_offer_answer')
          .select('childminder_id')
          .where('offer_id', '=', id)
          .executeTakeFirst();
        expect(row?.childminder_id).toBe(childminderId);
      },
    };
  },
  'POST /api/me/job-offers/{offerId}/hide': async () => {
    const childminderId = await linkChildminderA();
    const { id } = await insertJobOffer('published');
    return {
      request: { method: 'POST', url: `/api/me/job-offers/${id}/hide` },
      verify: async () => {
        const row = await t.db
          .selectFrom('job_offer_hidden')
          .select('childminder_id')
          .where('offer_id', '=', id)
          .executeTakeFirst();
        expect(row?.childminder_id).toBe(childminderId);
      },
    };
  },
  'GET /api/relais/{relaisId}/activity-kinds': async () => ({
    request: { method: 'GET', url: `/api/relais/${A()}/activity-kinds` },
  }),
  'POST /api/relais/{relaisId}/activity-kinds': async () => {
    const label = unique('Atelier');
    return {
      request: {
        method: 'POST',
        url: `/api/relais/${A()}/activity-kinds`,
        payload: {
          label,
          category: 'evening',
          audience: 'childminders',
          defaultAdultCapacity: 12,
          defaultChildCapacity: 0,
          defaultDurationMinutes: 90,
        },
      },
      verify: async () => {
        const row = await t.db
          .selectFrom('activity_kind')
          .select('relais_id')
          .where('label', '=', label)
          .executeTakeFirst();
        expect(row?.relais_id).toBe(A());
      },
    };
  },
  'PUT /api/relais/{relaisId}/activity-kinds/{kindId}': async () => {
    const { kindId } = await activityOfA();
    const label = unique('Type renommé');
    return {
      request: { method: 'PUT', url: `/api/relais/${A()}/activity-kinds/${kindId}`, payload: { label } },
      verify: async () => {
        const row = await t.db.selectFrom('activity_kind').select('label').where('id', '=', kindId).executeTakeFirst();
        expect(row?.label).toBe(label);
      },
    };
  },
  'GET /api/relais/{relaisId}/activities': async () => ({
    request: { method: 'GET', url: `/api/relais/${A()}/activities?from=2026-03-01&to=2026-06-30` },
  }),
  'POST /api/relais/{relaisId}/activities': async () => {
    const { kindId, siteId } = await activityOfA();
    const title = unique('Matinée');
    return {
      request: {
        method: 'POST',
        url: `/api/relais/${A()}/activities`,
        payload: { kindId, siteId, title, theme: 'music', date: '2026-04-14', startTime: '09:30' },
      },
      verify: async () => {
        const row = await t.db.selectFrom('activity').select('relais_id').where('title', '=', title).executeTakeFirst();
        expect(row?.relais_id).toBe(A());
      },
    };
  },
  'GET /api/relais/{relaisId}/activities/{activityId}': async () => ({
    request: { method: 'GET', url: `/api/relais/${A()}/activities/${(await activityOfA()).id}` },
  }),
  'PUT /api/relais/{relaisId}/activities/{activityId}': async () => {
    const { id } = await activityOfA();
    const title = unique('Séance renommée');
    return {
      request: { method: 'PUT', url: `/api/relais/${A()}/activities/${id}`, payload: { title } },
      verify: async () => expect((await activityRow(id)).title).toBe(title),
    };
  },
  'POST /api/relais/{relaisId}/activities/{activityId}/move': async () => {
    const { id, siteId } = await activityOfA();
    return {
      request: {
        method: 'POST',
        url: `/api/relais/${A()}/activities/${id}/move`,
        payload: { siteId, date: '2026-04-21', startTime: '10:00', endTime: '11:30' },
      },
      verify: async () => expect((await activityRow(id)).date).toBe('2026-04-21'),
    };
  },
  'POST /api/relais/{relaisId}/activities/{activityId}/cancel': async () => {
    const { id } = await activityOfA();
    return {
      request: {
        method: 'POST',
        url: `/api/relais/${A()}/activities/${id}/cancel`,
        payload: { reason: 'Salle fermée' },
      },
      verify: async () => expect((await activityRow(id)).status).toBe('cancelled'),
    };
  },
  'POST /api/relais/{relaisId}/activities/{activityId}/registrations': async () => {
    const { id } = await activityOfA();
    return {
      request: {
        method: 'POST',
        url: `/api/relais/${A()}/activities/${id}/registrations`,
        payload: { childminderId: (await makeChildminder(t.db, A(), '85191')).id, children: 2 },
      },
      verify: async () => expect(Number((await activityRow(id)).children_taken)).toBe(2),
    };
  },
  'POST /api/relais/{relaisId}/activities/{activityId}/registrations/{registrationId}/cancel': async () => {
    const { id } = await activityOfA();
    const registrationId = await registrationOfA(id, { childminderId: (await makeChildminder(t.db, A(), '85191')).id });
    return {
      request: { method: 'POST', url: `/api/relais/${A()}/activities/${id}/registrations/${registrationId}/cancel` },
      verify: async () => expect(Number((await activityRow(id)).children_taken)).toBe(0),
    };
  },
  'GET /api/me/activities': async () => {
    await linkChildminderA();
    return { request: { method: 'GET', url: '/api/me/activities?from=2026-03-01&to=2026-06-30' } };
  },
  'POST /api/me/activities/{activityId}/registrations': async () => {
    const childminderId = await linkChildminderA();
    const { id } = await activityOfA();
    return {
      request: { method: 'POST', url: `/api/me/activities/${id}/registrations`, payload: { children: 1 } },
      verify: async () => {
        const row = await t.db
          .selectFrom('activity_registration')
          .select('childminder_id')
          .where('activity_id', '=', id)
          .executeTakeFirst();
        expect(row?.childminder_id).toBe(childminderId);
      },
    };
  },
  'POST /api/me/activities/{activityId}/cancel': async () => {
    const childminderId = await linkChildminderA();
    const { id } = await activityOfA();
    const registrationId = await registrationOfA(id, { childminderId });
    return {
      request: { method: 'POST', url: `/api/me/activities/${id}/cancel` },
      verify: async () => expect((await registrationRow(registrationId)).status).toBe('cancelled'),
    };
  },
  'GET /api/me/activity-history': async () => {
    await linkChildminderA();
    return { request: { method: 'GET', url: '/api/me/activity-history' } };
  },
  'GET /api/public/relais/{slug}/activities': async () => ({
    request: { method: 'GET', url: `/api/public/relais/${relaisA.slug}/activities` },
  }),
  'POST /api/public/relais/{slug}/activities/{activityId}/registrations': async () => {
    const { id } = await activityOfA('coeducation_evening');
    return {
      request: {
        method: 'POST',
        url: `/api/public/relais/${relaisA.slug}/activities/${id}/registrations`,
        payload: { name: 'Camille Parent', email: 'camille@exemple.test', children: 0, consent: true },
      },
      verify: async () => expect(Number((await activityRow(id)).adults_taken)).toBe(1),
    };
  },
  'POST /api/public/activity-registrations/{token}/cancel': async () => {
    const { id } = await activityOfA('coeducation_evening');
    const token = newToken();
    const registrationId = await registrationOfA(id, { tokenHash: hashToken(token) });
    return {
      request: { method: 'POST', url: `/api/public/activity-registrations/${token}/cancel` },
      verify: async () => expect((await registrationRow(registrationId)).status).toBe('cancelled'),
    };
  },
  'POST /api/relais/{relaisId}/activity-plans/propose': async () => {
    const { kindId, animatorId } = await planFixturesOfA();
    return {
      request: {
        method: 'POST',
        url: `/api/relais/${A()}/activity-plans/propose`,
        payload: {
          kindId,
          from: '2026-09-07',
          to: '2026-10-16',
          count: 4,
          startTime: '09:30',
          animatorIds: [animatorId],
          avoidSchoolHolidays: true,
          themes: ['free_play', 'music'],
        },
      },
    };
  },
  'POST /api/relais/{relaisId}/activity-plans/apply': async () => {
    const { kindId, animatorId, siteId } = await planFixturesOfA();
    const planId = crypto.randomUUID();
    return {
      request: {
        method: 'POST',
        url: `/api/relais/${A()}/activity-plans/apply`,
        payload: {
          planId,
          kindId,
          proposals: [
            {
              date: '2026-09-15',
              startTime: '09:30',
              endTime: '11:30',
              siteId,
              animatorIds: [animatorId],
              theme: 'motor',
            },
          ],
        },
      },
      verify: async () => {
        const rows = await t.db
          .selectFrom('activity')
          .select(['relais_id', 'site_id'])
          .where('plan_id', '=', planId)
          .execute();
        expect(rows).toEqual([{ relais_id: A(), site_id: siteId }]);
      },
    };
  },
  'GET /api/relais/{relaisId}/activities/{activityId}/attendance': async () => ({
    request: { method: 'GET', url: `/api/relais/${A()}/activities/${(await activityOfA()).id}/attendance` },
  }),
  'PUT /api/relais/{relaisId}/activities/{activityId}/attendance': async () => {
    const { id } = await activityOfA();
    // Held last week: attendance is taken on the day or after.
    await t.db.updateTable('activity').set({ date: '2026-02-24' }).where('id', '=', id).execute();
    const childminderId = (await makeChildminder(t.db, A(), '85191')).id;
    return {
      request: {
        method: 'PUT',
        url: `/api/relais/${A()}/activities/${id}/attendance`,
        payload: {
          rows: [
            {
              registrationId: null,
              childminderId,
              personName: '',
              attendee: 'childminder',
              walkIn: true,
              childrenUnder1: 0,
              children1To2: 2,
              children2To3: 0,
              children3AndOver: 0,
            },
          ],
        },
      },
      verify: async () => {
        const rows = await t.db
          .selectFrom('activity_attendance')
          .select(['childminder_id', 'children_1_to_2'])
          .where('activity_id', '=', id)
          .execute();
        expect(rows).toEqual([{ childminder_id: childminderId, children_1_to_2: 2 }]);
      },
    };
  },
  'GET /api/relais/{relaisId}/practice-groups': async () => ({
    request: { method: 'GET', url: `/api/relais/${A()}/practice-groups` },
  }),
  'POST /api/relais/{relaisId}/practice-groups': async () => {
    const name = unique('Groupe d’analyse');
    const childminderId = (await makeChildminder(t.db, A(), '85191')).id;
    return {
      request: {
        method: 'POST',
        url: `/api/relais/${A()}/practice-groups`,
        payload: { name, facilitator: 'Hélène Garnier, psychologue', memberIds: [childminderId] },
      },
      verify: async () => {
        const row = await t.db
          .selectFrom('practice_group')
          .select('relais_id')
          .where('name', '=', name)
          .executeTakeFirst();
        expect(row?.relais_id).toBe(A());
      },
    };
  },
  'PUT /api/relais/{relaisId}/practice-groups/{groupId}': async () => {
    const group = await makePracticeGroup(t.db, A(), [(await makeChildminder(t.db, A(), '85191')).id]);
    const name = unique('Groupe renommé');
    return {
      request: {
        method: 'PUT',
        url: `/api/relais/${A()}/practice-groups/${group.id}`,
        payload: { name, facilitator: 'Hélène Garnier, psychologue', memberIds: [] },
      },
      verify: async () => {
        const row = await t.db
          .selectFrom('practice_group')
          .select('name')
          .where('id', '=', group.id)
          .executeTakeFirstOrThrow();
        expect(row.name).toBe(name);
      },
    };
  },
  'GET /api/relais/{relaisId}/activity-statistics': async () => ({
    request: { method: 'GET', url: `/api/relais/${A()}/activity-statistics?year=2026` },
  }),
  'GET /api/relais/{relaisId}/activity-statistics.xlsx': async () => ({
    request: { method: 'GET', url: `/api/relais/${A()}/activity-statistics.xlsx?year=2026` },
  }),
  'GET /api/relais/{relaisId}/activities/programme.pdf': async () => ({
    request: { method: 'GET', url: `/api/relais/${A()}/activities/programme.pdf?from=2026-03-01&to=2026-05-31` },
  }),
  'GET /api/public/relais/{slug}/activities.ics': async () => ({
    request: { method: 'GET', url: `/api/public/relais/${relaisA.slug}/activities.ics` },
  }),

  ...Object.fromEntries<() => Promise<Case>>(
    TOPIC_KEYS.flatMap((topic): [string, () => Promise<Case>][] => [
      [
        `POST /api/public/employer-help/${topic}`,
        async (): Promise<Case> => ({
          request: { method: 'POST', url: `/api/public/employer-help/${topic}`, payload: SAMPLE_INPUTS[topic] },
        }),
      ],
      [
        `POST /api/public/employer-help/${topic}/summary.pdf`,
        async (): Promise<Case> => ({
          request: {
            method: 'POST',
            url: `/api/public/employer-help/${topic}/summary.pdf`,
            payload: SAMPLE_INPUTS[topic],
          },
        }),
      ],
    ]),
  ),
  'GET /api/relais/{relaisId}/contacts/{contactId}/simulations': async () => {
    const contactId = await insertContact();
    await insertSimulation(contactId);
    return { request: { method: 'GET', url: `/api/relais/${A()}/contacts/${contactId}/simulations` } };
  },
  'POST /api/relais/{relaisId}/contacts/{contactId}/simulations': async () => {
    const contactId = await insertContact();
    return {
      request: {
        method: 'POST',
        url: `/api/relais/${A()}/contacts/${contactId}/simulations`,
        payload: { topic: 'salary', input: SAMPLE_INPUTS.salary },
      },
      verify: async () => {
        const rows = await t.db
          .selectFrom('employer_simulation')
          .select(['relais_id', 'topic'])
          .where('contact_id', '=', contactId)
          .execute();
        expect(rows).toEqual([{ relais_id: A(), topic: 'salary' }]);
      },
    };
  },
  'GET /api/relais/{relaisId}/contacts/{contactId}/simulations/{simulationId}': async () => {
    const contactId = await insertContact();
    const id = await insertSimulation(contactId);
    return { request: { method: 'GET', url: `/api/relais/${A()}/contacts/${contactId}/simulations/${id}` } };
  },
  'GET /api/relais/{relaisId}/contacts/{contactId}/simulations/{simulationId}/summary.pdf': async () => {
    const contactId = await insertContact();
    const id = await insertSimulation(contactId);
    return {
      request: { method: 'GET', url: `/api/relais/${A()}/contacts/${contactId}/simulations/${id}/summary.pdf` },
    };
  },
  'DELETE /api/relais/{relaisId}/contacts/{contactId}/simulations/{simulationId}': async () => {
    const contactId = await insertContact();
    const id = await insertSimulation(contactId);
    return {
      request: { method: 'DELETE', url: `/api/relais/${A()}/contacts/${contactId}/simulations/${id}` },
      verify: async () => {
        const row = await t.db.selectFrom('employer_simulation').select('id').where('id', '=', id).executeTakeFirst();
        expect(row).toBeUndefined();
      },
    };
  },
};

/** A salary simulation saved in a contact of relais A, written straight to the database. */
async function insertSimulation(contactId: string): Promise<string> {
  const id = crypto.randomUUID();
  await t.db
    .insertInto('employer_simulation')
    .values({
      id,
      relais_id: A(),
      contact_id: contactId,
      topic: 'salary',
      input_json: JSON.stringify(SAMPLE_INPUTS.salary),
      result_json: JSON.stringify(calculate('salary', SAMPLE_INPUTS.salary)),
      created_by: null,
      created_at: '2026-02-27T10:00:00.000Z',
    })
    .execute();
  return id;
}

/** A session of relais A (written straight to the database) of a built-in kind, at a fresh venue. */
async function activityOfA(code = 'play_morning'): Promise<{ id: string; kindId: string; siteId: string }> {
  await insertBuiltInKinds(t.db, A(), '2026-01-15T09:00:00.000Z');
  const kind = await t.db
    .selectFrom('activity_kind')
    .select('id')
    .where('relais_id', '=', A())
    .where('code', '=', code)
    .executeTakeFirstOrThrow();
  const site = await makeSite(t.db, A(), '85191', unique('Salle d’activités'));
  const id = crypto.randomUUID();
  await t.db
    .insertInto('activity')
    .values({
      id,
      relais_id: A(),
      kind_id: kind.id,
      title: unique('Séance'),
      theme: 'free_play',
      site_id: site.id,
      insee_code: '85191',
      starts_at: '2026-04-07T07:30:00.000Z',
      ends_at: '2026-04-07T09:30:00.000Z',
      date: '2026-04-07',
      adult_capacity: 8,
      child_capacity: 20,
      registration_opens_at: null,
      registration_closes_at: null,
      practice_group_id: null,
      plan_id: null,
      status: 'scheduled',
      attendance_recorded_at: null,
      created_at: '2026-01-15T09:00:00.000Z',
      updated_at: '2026-01-15T09:00:00.000Z',
    })
    .execute();
  return { id, kindId: kind.id, siteId: site.id };
}

/** A confirmed registration (one adult, two children for a childminder, none for a parent), places taken. */
async function registrationOfA(activityId: string, who: { childminderId?: string; tokenHash?: string }) {
  const id = crypto.randomUUID();
  const children = who.childminderId ? 2 : 0;
  await t.db
    .insertInto('activity_registration')
    .values({
      id,
      activity_id: activityId,
      relais_id: A(),
      registrant: who.childminderId ? 'childminder' : 'parent',
      childminder_id: who.childminderId ?? null,
      person_name: 'Personne Inscrite',
      insee_code: null,
      cancel_token_hash: who.tokenHash ?? null,
      adults: 1,
      children,
      status: 'confirmed',
      source: 'staff',
      created_at: '2026-03-01T09:00:00.000Z',
      promoted_at: null,
      cancelled_at: null,
      anonymised_at: null,
    })
    .execute();
  await t.db
    .updateTable('activity')
    .set({ adults_taken: 1, children_taken: children })
    .where('id', '=', activityId)
    .execute();
  return id;
}

const activityRow = (id: string) =>
  t.db.selectFrom('activity').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
const registrationRow = (id: string) =>
  t.db.selectFrom('activity_registration').selectAll().where('id', '=', id).executeTakeFirstOrThrow();

/** A kind of activity, a venue and an animator of relais A, fresh for each planner request (no clash between them). */
async function planFixturesOfA() {
  const kindId = crypto.randomUUID();
  await t.db
    .insertInto('activity_kind')
    .values({
      id: kindId,
      relais_id: A(),
      code: null,
      label: unique('Matinée planifiée'),
      category: 'play',
      audience: 'childminders_with_children',
      default_adult_capacity: 8,
      default_child_capacity: 20,
      default_duration_minutes: 120,
      archived_at: null,
      created_at: '2026-01-15T09:00:00.000Z',
      updated_at: '2026-01-15T09:00:00.000Z',
    })
    .execute();
  const site = await makeSite(t.db, A(), '85191', unique('Salle planifiée'));
  await makeChildminder(t.db, A(), '85191');
  const animator = await makeUser(t.db, { role: 'animator', relaisId: A() });
  return { kindId, siteId: site.id, animatorId: animator.id };
}

/** The PMI's list as a one-row CSV file. */
function pmiFile(approvalNumber: string, lastName: string) {
  const csv = `N° agrément;Nom;Prénom;Commune;Places\n${approvalNumber};${lastName};Sophie;La Roche-sur-Yon;2\n`;
  return { fileName: 'agrements.csv', contentBase64: Buffer.from(csv).toString('base64') };
}

// ---------------------------------------------------------------------------------------------

describe('the expected matrix', () => {
  it('classifies every operation of the OpenAPI document, and only those', () => {
    expect(operations.length).toBeGreaterThanOrEqual(28);
    const documented = operations.map((op) => op.key).sort();
    expect(
      documented.filter((key) => !(key in EXPECTED)),
      'routes missing from EXPECTED',
    ).toEqual([]);
    expect(
      documented.filter((key) => !(key in SCENARIOS)),
      'routes missing from SCENARIOS',
    ).toEqual([]);
    expect(
      Object.keys(EXPECTED).filter((key) => !documented.includes(key)),
      'stale entries',
    ).toEqual([]);
  });

  it('agrees with the policy (src/app/policy.ts ACTIONS) for relais A', () => {
    for (const [key, expectation] of Object.entries(EXPECTED)) {
      let derived: readonly ActorName[];
      if (expectation.guard === 'public') derived = EVERYONE;
      else if (expectation.guard === 'signed-in') derived = SIGNED_IN;
      // Her own file: the childminder whose account is linked to it (see linkChildminderA).
      else if (expectation.guard === 'own-childminder-file') derived = ['childminderA'];
      // His own calendar feed: any staff member who reads appointments, of whichever relais.
      else if (expectation.guard === 'own-calendar') {
        const roles: readonly Role[] = ACTIONS['appointments.read'];
        derived = SIGNED_IN.filter((actor) => roles.includes(ACTOR_ACCOUNTS[actor].role));
      } else {
        const roles: readonly Role[] = ACTIONS[expectation.guard];
        derived = SIGNED_IN.filter((actor) => {
          const spec = ACTOR_ACCOUNTS[actor];
          const routeOfRelaisA = key.includes('{relaisId}');
          return roles.includes(spec.role) && (spec.role === 'operator' || (routeOfRelaisA && spec.relais === 'A'));
        });
      }
      expect([...expectation.allowed].sort(), key).toEqual([...derived].sort());
    }
  });

  it('opens no route of relais A to the manager of relais B', () => {
    const routesOfA = Object.entries(EXPECTED).filter(([key]) => key.includes('/api/relais/{relaisId}'));
    expect(routesOfA.length).toBeGreaterThan(10);
    for (const [key, expectation] of routesOfA) expect(expectation.allowed, key).not.toContain('managerB');
  });
});

/** One case per (route, actor): `[key, actor, verdict]`, named « GET /api/… — viewerA: refused ». */
const CASES = operations.flatMap((op) =>
  ACTORS.map((actor) => {
    const allowed = EXPECTED[op.key]?.allowed.includes(actor) ?? false;
    return [op.key, actor, allowed ? 'allowed' : 'refused'] as const;
  }),
);

describe('who may do what', () => {
  it.each(CASES)('%s — %s: %s', async (key, actor, verdict) => {
    const allowed = verdict === 'allowed';
    const expectation = EXPECTED[key];
    const scenario = SCENARIOS[key];
    if (!expectation || !scenario) throw new Error(`${key} is not classified in EXPECTED and SCENARIOS`);
    const built = await scenario(actor);
    const session = 'session' in built ? built.session : sessions.get(actor);
    const request: InjectOptions = {
      ...built.request,
      headers: { ...headersOf(session), ...(built.request.headers as Record<string, string> | undefined) },
    };
    const before = allowed ? undefined : await snapshot(t.db);
    const response = await t.app.inject(request);
    expect(problemsWith(response), response.body).toEqual([]);
    if (allowed) {
      expect(response.statusCode, response.body).toBe(expectation.success);
      await built.verify?.();
    } else {
      expect(response.statusCode, response.body).toBe(refusalStatus(actor));
      expect(response.json<ErrorBody>().error.code).toBe(actor === 'anonymous' ? 'not_authenticated' : 'forbidden');
      expect(await snapshot(t.db), 'a refused request changed the database').toEqual(before);
    }
  });
});

describe('the manager of another relais', () => {
  it('is refused on relais A but allowed on his own relais B (his session works)', async () => {
    const headers = sessions.get('managerB')!.headers;
    const own = await t.app.inject({ method: 'GET', url: `/api/relais/${relaisB.id}/accounts`, headers });
    expect(own.statusCode).toBe(200);
    const other = await t.app.inject({ method: 'GET', url: `/api/relais/${relaisA.id}/accounts`, headers });
    expect(other.statusCode).toBe(403);
  });
});

describe('disabled accounts', () => {
  it('closes the sessions of an account the manager disables', async () => {
    const user = await makeUser(t.db, { role: 'animator', relaisId: relaisA.id });
    const session = await login(t.app, user.email);
    expect((await t.app.inject({ url: `/api/relais/${relaisA.id}`, headers: session.headers })).statusCode).toBe(200);

    const disabled = await t.app.inject({
      method: 'PATCH',
      url: `/api/relais/${relaisA.id}/accounts/${user.id}`,
      payload: { disabled: true },
      headers: sessions.get('managerA')!.headers,
    });
    expect(disabled.statusCode).toBe(200);

    expect((await t.app.inject({ url: '/api/auth/me', headers: session.headers })).statusCode).toBe(401);
    expect((await t.app.inject({ url: `/api/relais/${relaisA.id}`, headers: session.headers })).statusCode).toBe(401);
    const write = await t.app.inject({
      method: 'POST',
      url: `/api/relais/${relaisA.id}/sites`,
      payload: siteBody('Après désactivation'),
      headers: session.headers,
    });
    expect(write.statusCode).toBe(401);
    const rows = await t.db.selectFrom('session').select('id').where('user_id', '=', user.id).execute();
    expect(rows).toHaveLength(0);
  });

  it('refuses the live session of an account disabled directly in the database', async () => {
    const user = await makeUser(t.db, { role: 'manager', relaisId: relaisA.id });
    const session = await login(t.app, user.email);
    expect((await t.app.inject({ url: '/api/auth/me', headers: session.headers })).statusCode).toBe(200);
    await t.db
      .updateTable('user_account')
      .set({ disabled_at: '2026-03-02T08:00:00.000Z' })
      .where('id', '=', user.id)
      .execute();
    expect((await t.app.inject({ url: '/api/auth/me', headers: session.headers })).statusCode).toBe(401);
    const before = await snapshot(t.db);
    const write = await t.app.inject({
      method: 'PATCH',
      url: `/api/relais/${relaisA.id}`,
      payload: { phone: '02 99 99 99 99' },
      headers: session.headers,
    });
    expect(write.statusCode).toBe(401);
    expect(await snapshot(t.db)).toEqual(before);
  });
});

describe('roles a manager may give', () => {
  const newAccount = (role: Role) => ({
    email: `${unique(role)}@relais.test`,
    displayName: 'Compte de test',
    role,
    ...(role === 'childminder' || role === 'parent' ? {} : { password: 'un mot de passe assez long' }),
  });

  it.each(['operator', 'manager'] as const)('refuses to create a %s account, and writes nothing', async (role) => {
    const before = await snapshot(t.db);
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/relais/${relaisA.id}/accounts`,
      payload: newAccount(role),
      headers: sessions.get('managerA')!.headers,
    });
    expect(response.statusCode).toBe(403);
    expect(response.json<ErrorBody>().error.code).toBe('role_not_assignable');
    expect(problemsWith(response)).toEqual([]);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it.each(['animator', 'assistant', 'viewer', 'childminder', 'parent'] as const)(
    'creates an account with the role %s',
    async (role) => {
      const response = await t.app.inject({
        method: 'POST',
        url: `/api/relais/${relaisA.id}/accounts`,
        payload: newAccount(role),
        headers: sessions.get('managerA')!.headers,
      });
      expect(response.statusCode, response.body).toBe(201);
    },
  );

  it.each(['operator', 'manager'] as const)('refuses to promote an account to %s, and writes nothing', async (role) => {
    const user = await makeUser(t.db, { role: 'viewer', relaisId: relaisA.id });
    const before = await snapshot(t.db);
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/relais/${relaisA.id}/accounts/${user.id}`,
      payload: { role },
      headers: sessions.get('managerA')!.headers,
    });
    expect(response.statusCode).toBe(403);
    expect(response.json<ErrorBody>().error.code).toBe('role_not_assignable');
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('lets the operator create a manager (the refusal above is the manager’s, not the route’s)', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/relais/${relaisA.id}/accounts`,
      payload: newAccount('manager'),
      headers: sessions.get('operator')!.headers,
    });
    expect(response.statusCode, response.body).toBe(201);
  });

  it('refuses an account of relais B to the manager of relais A', async () => {
    const before = await snapshot(t.db);
    const response = await t.app.inject({
      method: 'POST',
      url: `/api/relais/${relaisB.id}/accounts`,
      payload: newAccount('parent'),
      headers: sessions.get('managerA')!.headers,
    });
    expect(response.statusCode).toBe(403);
    expect(await snapshot(t.db)).toEqual(before);
  });

  it('does not reach the operator’s account through relais A', async () => {
    const operator = accounts.get('operator')!;
    const before = await snapshot(t.db);
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/relais/${relaisA.id}/accounts/${operator.id}`,
      payload: { disabled: true },
      headers: sessions.get('managerA')!.headers,
    });
    expect(response.statusCode).toBe(404);
    expect(await snapshot(t.db)).toEqual(before);
  });
});

describe('a manager and his own account', () => {
  it.each([
    ['disable himself', { disabled: true }],
    ['demote himself', { role: 'viewer' }],
  ])('cannot %s', async (_what, payload) => {
    const manager = accounts.get('managerA')!;
    const before = await snapshot(t.db);
    const response = await t.app.inject({
      method: 'PATCH',
      url: `/api/relais/${relaisA.id}/accounts/${manager.id}`,
      payload,
      headers: sessions.get('managerA')!.headers,
    });
    expect(response.statusCode).toBe(409);
    expect(response.json<ErrorBody>().error.code).toBe('self_lockout');
    expect(problemsWith(response)).toEqual([]);
    expect(await snapshot(t.db)).toEqual(before);
    const me = await t.app.inject({ url: '/api/auth/me', headers: sessions.get('managerA')!.headers });
    expect(me.statusCode).toBe(200);
  });
});
