import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { Database, RequestEventTable, RequestMessageTable, RequestTable } from '../../db/schema.js';
import { REQUESTS_PAGE_SIZE, type RequestStatus } from './requests.rules.js';

export interface RequestFilters {
  status?: RequestStatus;
  /** An account id, or 'none' for requests assigned to no one. */
  assignee?: string;
}

export async function insertRequestRow(
  db: Kysely<Database>,
  row: Insertable<RequestTable>,
  subjectIds: string[],
  event: Insertable<RequestEventTable>,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('request').values(row).execute();
    await trx
      .insertInto('request_subject')
      .values(subjectIds.map((subjectId) => ({ request_id: row.id, subject_id: subjectId })))
      .execute();
    await trx.insertInto('request_event').values(event).execute();
  });
}

/** Changes a request and writes what happened to its history, in one transaction. */
export async function changeRequestRow(
  db: Kysely<Database>,
  relaisId: string,
  id: string,
  patch: Updateable<RequestTable>,
  event: Insertable<RequestEventTable>,
  message?: Insertable<RequestMessageTable>,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('request').set(patch).where('relais_id', '=', relaisId).where('id', '=', id).execute();
    if (message) await trx.insertInto('request_message').values(message).execute();
    await trx.insertInto('request_event').values(event).execute();
  });
}

function requestRows(db: Kysely<Database>, relaisId: string) {
  return db
    .selectFrom('request as r')
    .leftJoin('user_account as a', 'a.id', 'r.assignee_id')
    .where('r.relais_id', '=', relaisId);
}

const SUMMARY_COLUMNS = [
  'r.id',
  'r.received_at',
  'r.source',
  'r.public',
  'r.name',
  'r.email',
  'r.phone',
  'r.insee_code',
  'r.needs',
  'r.answer_channel',
  'r.status',
  'r.assignee_id',
  'a.display_name as assignee_name',
  'r.updated_at',
] as const;

function filtered(db: Kysely<Database>, relaisId: string, assignee: string | undefined) {
  const q = requestRows(db, relaisId);
  if (assignee === 'none') return q.where('r.assignee_id', 'is', null);
  if (assignee) return q.where('r.assignee_id', '=', assignee);
  return q;
}

/** A page of the inbox, newest first, with the number of requests of each status (under the assignee filter). */
export async function listRequestRows(db: Kysely<Database>, relaisId: string, filters: RequestFilters, page: number) {
  const base = filtered(db, relaisId, filters.assignee);
  const ofStatus = filters.status ? base.where('r.status', '=', filters.status) : base;
  const [rows, counts] = await Promise.all([
    ofStatus
      .select(SUMMARY_COLUMNS)
      .orderBy('r.received_at', 'desc')
      .orderBy('r.id')
      .limit(REQUESTS_PAGE_SIZE)
      .offset((page - 1) * REQUESTS_PAGE_SIZE)
      .execute(),
    base
      .select(['r.status', sql<number>`count(*)`.as('n')])
      .groupBy('r.status')
      .execute(),
  ]);
  return { rows, counts: new Map(counts.map((c) => [c.status, Number(c.n)])) };
}
export type RequestSummaryRow = Awaited<ReturnType<typeof listRequestRows>>['rows'][number];

export async function findRequestRow(db: Kysely<Database>, relaisId: string, id: string) {
  return requestRows(db, relaisId)
    .leftJoin('family as f', 'f.id', 'r.family_id')
    .leftJoin('childminder as m', 'm.id', 'r.childminder_id')
    .select([
      ...SUMMARY_COLUMNS,
      'r.child_age_months',
      'r.expected_birth_on',
      'r.consent_at',
      'r.family_id',
      'f.name as family_name',
      'r.childminder_id',
      'm.first_name as childminder_first_name',
      'm.last_name as childminder_last_name',
      'r.counted_at',
      'r.contact_id',
      'r.outcome',
      'r.closing_note',
      'r.closed_at',
      'r.anonymised_at',
    ])
    .where('r.id', '=', id)
    .executeTakeFirst();
}
export type RequestRow = NonNullable<Awaited<ReturnType<typeof findRequestRow>>>;

/** Subject ids of the given requests. */
export async function subjectIdsOfRequests(db: Kysely<Database>, requestIds: string[]) {
  if (requestIds.length === 0) return [];
  return db
    .selectFrom('request_subject')
    .select(['request_id', 'subject_id'])
    .where('request_id', 'in', requestIds)
    .execute();
}

export async function messagesOfRequest(db: Kysely<Database>, requestId: string) {
  return db
    .selectFrom('request_message as g')
    .leftJoin('user_account as u', 'u.id', 'g.author_id')
    .select(['g.id', 'g.created_at', 'g.recipient', 'g.body', 'u.display_name as author_name'])
    .where('g.request_id', '=', requestId)
    .orderBy('g.created_at')
    .orderBy('g.id')
    .execute();
}

export async function eventsOfRequest(db: Kysely<Database>, requestId: string) {
  return db
    .selectFrom('request_event as e')
    .leftJoin('user_account as u', 'u.id', 'e.actor_id')
    .select(['e.id', 'e.at', 'e.kind', 'e.detail', 'u.display_name as actor_name'])
    .where('e.request_id', '=', requestId)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
}

/**
 * Marks a request as counted, once: true for the one caller that set the mark (it then records the
 * contact), false when another did already, even at the same instant.
 */
export async function claimCounting(db: Kysely<Database>, relaisId: string, id: string, at: string) {
  const result = await db
    .updateTable('request')
    .set({ counted_at: at })
    .where('relais_id', '=', relaisId)
    .where('id', '=', id)
    .where('counted_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function setCounted(
  db: Kysely<Database>,
  relaisId: string,
  id: string,
  counted: { counted_at: string | null; contact_id: string | null },
) {
  await db.updateTable('request').set(counted).where('relais_id', '=', relaisId).where('id', '=', id).execute();
}

/**
 * GDPR: erases the personal data of a relais's requests last changed before `cutoff` (a Paris date)
 * — name, e-mail, phone, needs, child's details, closing note and answers — and keeps the rest for
 * the statistics. Returns how many requests were anonymised. Two single statements, no transaction
 * held open: the answers go first, so that a run cut short between them is finished by the next.
 */
export async function anonymiseRequestsBefore(db: Kysely<Database>, relaisId: string, cutoff: string, at: string) {
  const due = () =>
    db
      .selectFrom('request')
      .select('id')
      .where('relais_id', '=', relaisId)
      .where('anonymised_at', 'is', null)
      .where('updated_at', '<', cutoff);
  await db.updateTable('request_message').set({ recipient: '', body: '' }).where('request_id', 'in', due()).execute();
  const result = await db
    .updateTable('request')
    .set({
      name: '',
      email: '',
      phone: '',
      needs: '',
      child_age_months: null,
      expected_birth_on: null,
      closing_note: '',
      anonymised_at: at,
    })
    .where('id', 'in', due())
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}
