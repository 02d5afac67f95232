import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import { insertChunked } from '../../db/insert-chunked.js';
import type { Database, JobOfferEventTable, JobOfferRecipientTable, JobOfferTable } from '../../db/schema.js';
import { matchingSlots } from '../directory/directory.repository.js';
import { JOB_OFFERS_PAGE_SIZE, type JobOfferStatus } from './job-offers.rules.js';

type Db = Kysely<Database>;
export type OfferRow = NonNullable<Awaited<ReturnType<typeof findOfferRow>>>;

export async function insertOfferRow(
  db: Db,
  row: Insertable<JobOfferTable>,
  tokenHash: string,
  event: Insertable<JobOfferEventTable>,
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('job_offer').values(row).execute();
    await trx
      .insertInto('job_offer_link')
      .values({ token_hash: tokenHash, offer_id: row.id, created_at: row.created_at })
      .execute();
    await trx.insertInto('job_offer_event').values(event).execute();
  });
}

export async function insertLink(db: Db, offerId: string, tokenHash: string, at: string) {
  await db.insertInto('job_offer_link').values({ token_hash: tokenHash, offer_id: offerId, created_at: at }).execute();
}

export async function findOfferRow(db: Db, relaisId: string, id: string) {
  return db
    .selectFrom('job_offer')
    .selectAll()
    .where('relais_id', '=', relaisId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function findOfferByTokenHash(db: Db, tokenHash: string) {
  return db
    .selectFrom('job_offer as o')
    .innerJoin('job_offer_link as l', 'l.offer_id', 'o.id')
    .selectAll('o')
    .where('l.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

/**
 * Changes an offer and writes what happened to its history, in one transaction, only if it is
 * still in one of the `from` statuses (compare-and-set): true for the one caller that changed it.
 */
export async function changeOfferRow(
  db: Db,
  relaisId: string,
  id: string,
  from: readonly JobOfferStatus[],
  patch: Updateable<JobOfferTable>,
  event: Insertable<JobOfferEventTable>,
): Promise<boolean> {
  return db.transaction().execute((trx) => changeOfferRowIn(trx, relaisId, id, from, patch, event));
}

/** `changeOfferRow` inside a transaction the caller holds (to write more in the same one). */
export async function changeOfferRowIn(
  trx: Db,
  relaisId: string,
  id: string,
  from: readonly JobOfferStatus[],
  patch: Updateable<JobOfferTable>,
  event: Insertable<JobOfferEventTable>,
): Promise<boolean> {
  const result = await trx
    .updateTable('job_offer')
    .set(patch)
    .where('relais_id', '=', relaisId)
    .where('id', '=', id)
    .where('status', 'in', [...from])
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return false;
  await trx.insertInto('job_offer_event').values(event).execute();
  return true;
}

export async function insertEvent(db: Db, event: Insertable<JobOfferEventTable>) {
  await db.insertInto('job_offer_event').values(event).execute();
}

/** A page of the moderation queue, oldest first (first come, first checked), and the count of each status. */
export async function listOfferRows(db: Db, relaisId: string, status: JobOfferStatus | undefined, page: number) {
  const base = db.selectFrom('job_offer').where('relais_id', '=', relaisId);
  const ofStatus = status ? base.where('status', '=', status) : base;
  const [rows, counts] = await Promise.all([
    ofStatus
      .selectAll()
      .orderBy('created_at', status === 'pending' ? 'asc' : 'desc')
      .orderBy('id')
      .limit(JOB_OFFERS_PAGE_SIZE)
      .offset((page - 1) * JOB_OFFERS_PAGE_SIZE)
      .execute(),
    base
      .select(['status', sql<number>`count(*)`.as('n')])
      .groupBy('status')
      .execute(),
  ]);
  return { rows, counts: new Map(counts.map((c) => [c.status, Number(c.n)])) };
}

async function countBy(db: Db, table: 'job_offer_answer' | 'job_offer_recipient', offerIds: string[]) {
  if (offerIds.length === 0) return new Map<string, number>();
  const rows = await db
    .selectFrom(table)
    .select(['offer_id', sql<number>`count(*)`.as('n')])
    .where('offer_id', 'in', offerIds)
    .groupBy('offer_id')
    .execute();
  return new Map(rows.map((r) => [r.offer_id, Number(r.n)]));
}

export const answerCounts = (db: Db, offerIds: string[]) => countBy(db, 'job_offer_answer', offerIds);
export const recipientCounts = (db: Db, offerIds: string[]) => countBy(db, 'job_offer_recipient', offerIds);

export async function recipientsOf(db: Db, offerId: string) {
  return db
    .selectFrom('job_offer_recipient as r')
    .innerJoin('childminder as c', 'c.id', 'r.childminder_id')
    .select([
      'r.childminder_id',
      'c.first_name',
      'c.last_name',
      'r.rank',
      'r.reasons',
      'r.distance_km',
      'r.added_by_staff',
      'r.sent_at',
    ])
    .where('r.offer_id', '=', offerId)
    .orderBy('r.rank')
    .execute();
}

export async function answersOf(db: Db, offerId: string) {
  return db
    .selectFrom('job_offer_answer as a')
    .innerJoin('childminder as c', 'c.id', 'a.childminder_id')
    .select(['a.id', 'a.childminder_id', 'c.first_name', 'c.last_name', 'a.message', 'a.share_contact', 'a.created_at'])
    .where('a.offer_id', '=', offerId)
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();
}

export async function eventsOf(db: Db, offerId: string) {
  return db
    .selectFrom('job_offer_event as e')
    .leftJoin('user_account as u', 'u.id', 'e.actor_id')
    .select(['e.id', 'e.at', 'e.kind', 'e.detail', 'e.actor_label', 'u.display_name as actor_name'])
    .where('e.offer_id', '=', offerId)
    .orderBy('e.at')
    .orderBy('e.id')
    .execute();
}

/**
 * The current free places of the relais's active childminders that are open on the start date for
 * a child of this age (the directory's SQL), with what the agrément says: the candidates of an offer.
 */
export async function candidateSlotRows(db: Db, relaisId: string, ageMonths: number, startOn: string) {
  return matchingSlots(db, relaisId, { ageMonths, startDate: startOn }, undefined)
    .select([
      'c.id',
      'c.first_name',
      'c.last_name',
      'c.insee_code',
      'c.email',
      'c.approval_places',
      'c.reduced_places',
      'c.reduced_until',
      'c.approval_min_age_months',
      'c.approval_max_age_months',
      'c.atypical_hours',
      'c.disability_care',
      'c.emergency_care',
      'c.availability_confirmed_at',
      's.available_from',
      's.min_age_months',
      's.max_age_months',
      's.days',
      's.start_time',
      's.end_time',
    ])
    .execute();
}

/** Active childminders of the relais among `ids` (those staff add by hand). */
export async function activeChildmindersOf(db: Db, relaisId: string, ids: string[]) {
  if (ids.length === 0) return [];
  return db
    .selectFrom('childminder')
    .select(['id', 'first_name', 'last_name', 'insee_code', 'email'])
    .where('relais_id', '=', relaisId)
    .where('status', '=', 'active')
    .where('id', 'in', ids)
    .execute();
}

export async function recipientIdsOf(db: Db, offerId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('job_offer_recipient')
    .select('childminder_id')
    .where('offer_id', '=', offerId)
    .execute();
  return new Set(rows.map((r) => r.childminder_id));
}

export async function insertRecipients(db: Db, rows: Insertable<JobOfferRecipientTable>[]) {
  await insertChunked(db, 'job_offer_recipient', rows);
}

// ---------------------------------------------------------------------------------------------
// The childminder's space.

/** Published offers of the relais: those sent to her, or all of them; hidden ones left out. */
export async function publishedOffersFor(db: Db, relaisId: string, childminderId: string, scope: 'fit' | 'all') {
  let query = db
    .selectFrom('job_offer as o')
    .leftJoin('job_offer_recipient as r', (join) =>
      join.onRef('r.offer_id', '=', 'o.id').on('r.childminder_id', '=', childminderId),
    )
    .leftJoin('job_offer_answer as a', (join) =>
      join.onRef('a.offer_id', '=', 'o.id').on('a.childminder_id', '=', childminderId),
    )
    .selectAll('o')
    .select(['r.reasons as my_reasons', 'r.childminder_id as sent_to', 'a.id as my_answer'])
    .where('o.relais_id', '=', relaisId)
    .where('o.status', '=', 'published')
    .where(({ not, exists, selectFrom }) =>
      not(
        exists(
          selectFrom('job_offer_hidden as h')
            .select('h.offer_id')
            .whereRef('h.offer_id', '=', 'o.id')
            .where('h.childminder_id', '=', childminderId),
        ),
      ),
    );
  if (scope === 'fit') query = query.where('r.childminder_id', 'is not', null);
  return query.orderBy('o.published_at', 'desc').orderBy('o.id').limit(200).execute();
}

export async function findAnswer(db: Db, offerId: string, childminderId: string) {
  return db
    .selectFrom('job_offer_answer')
    .select('id')
    .where('offer_id', '=', offerId)
    .where('childminder_id', '=', childminderId)
    .executeTakeFirst();
}

export async function insertAnswer(
  db: Db,
  answer: Insertable<Database['job_offer_answer']>,
  event: Insertable<JobOfferEventTable>,
) {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('job_offer_answer').values(answer).execute();
    await trx.insertInto('job_offer_event').values(event).execute();
  });
}

export async function setAnswerMessage(db: Db, answerId: string, outboxMessageId: string) {
  await db
    .updateTable('job_offer_answer')
    .set({ outbox_message_id: outboxMessageId })
    .where('id', '=', answerId)
    .execute();
}

export async function hideOffer(db: Db, offerId: string, childminderId: string, at: string) {
  const hidden = await db
    .selectFrom('job_offer_hidden')
    .select('offer_id')
    .where('offer_id', '=', offerId)
    .where('childminder_id', '=', childminderId)
    .executeTakeFirst();
  if (!hidden) {
    await db
      .insertInto('job_offer_hidden')
      .values({ offer_id: offerId, childminder_id: childminderId, hidden_at: at })
      .execute();
  }
}

// ---------------------------------------------------------------------------------------------
// Jobs.

/** Published offers expiring on or before `until` whose parent was not reminded yet. */
export async function dueReminderRows(db: Db, until: string, batch: number) {
  return db
    .selectFrom('job_offer')
    .selectAll()
    .where('status', '=', 'published')
    .where('expires_on', '<=', until)
    .where('expiry_reminded_at', 'is', null)
    .orderBy('expires_on')
    .limit(batch)
    .execute();
}

/** Takes a reminder for sending (compare-and-set: exactly one instance wins). */
export async function claimReminder(db: Db, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('job_offer')
    .set({ expiry_reminded_at: at })
    .where('id', '=', id)
    .where('status', '=', 'published')
    .where('expiry_reminded_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

/** Published offers whose expiry date has passed. */
export async function expiredOfferRows(db: Db, today: string, batch: number) {
  return db
    .selectFrom('job_offer')
    .select(['id', 'relais_id'])
    .where('status', '=', 'published')
    .where('expires_on', '<', today)
    .orderBy('expires_on')
    .limit(batch)
    .execute();
}

/**
 * GDPR: erases the parent's data of the relais's closed offers last changed before `cutoff` (ISO)
 * and the messages of their answers; the links stop working. The need itself (commune, dates,
 * hours, age, special needs, outcome) stays, for the statistics. Returns how many were anonymised.
 */
export async function anonymiseOffersBefore(db: Db, relaisId: string, cutoff: string, at: string) {
  const due = () =>
    db
      .selectFrom('job_offer')
      .select('id')
      .where('relais_id', '=', relaisId)
      .where('anonymised_at', 'is', null)
      .where('status', 'in', ['filled', 'expired', 'withdrawn', 'refused'])
      .where('updated_at', '<', cutoff);
  await db.updateTable('job_offer_answer').set({ message: '' }).where('offer_id', 'in', due()).execute();
  await db.deleteFrom('job_offer_link').where('offer_id', 'in', due()).execute();
  const result = await db
    .updateTable('job_offer')
    .set({
      parent_name: '',
      parent_email: '',
      parent_phone: '',
      show_phone: 0,
      details: '',
      child_birth_on: null,
      refusal_reason: '',
      outcome_note: '',
      anonymised_at: at,
    })
    .where('id', 'in', due())
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Offers whose e-mail address was never confirmed, created before `cutoff`: deleted outright. */
export async function deleteUnverifiedBefore(db: Db, cutoff: string) {
  const result = await db
    .deleteFrom('job_offer')
    .where('status', '=', 'email_pending')
    .where('created_at', '<', cutoff)
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

/** The facts of the relais's offers for the statistics, with their number of answers. */
export async function statisticsRows(db: Db, relaisId: string) {
  return db
    .selectFrom('job_offer as o')
    .select([
      'o.created_at',
      'o.insee_code',
      'o.status',
      'o.outcome',
      'o.atypical_hours',
      'o.disability',
      'o.emergency',
      (eb) =>
        eb
          .selectFrom('job_offer_answer as a')
          .select(sql<number>`count(*)`.as('n'))
          .whereRef('a.offer_id', '=', 'o.id')
          .as('answers'),
    ])
    .where('o.relais_id', '=', relaisId)
    .execute();
}
