import { sql, type Insertable, type Kysely, type Transaction, type Updateable } from 'kysely';
import type {
  AppointmentEventTable,
  AppointmentReasonTable,
  AppointmentTable,
  Database,
  PermanenceTable,
} from '../../db/schema.js';

type Db = Kysely<Database> | Transaction<Database>;

/** A primary key or unique index refused the row, on either engine. */
export function isUniqueViolation(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === '23505' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === 'SQLITE_CONSTRAINT_UNIQUE';
}

// ---------------------------------------------------------------------------------------------
// Reasons

export async function listReasonRows(db: Db, relaisId: string) {
  return db
    .selectFrom('appointment_reason as r')
    .selectAll('r')
    .select((eb) =>
      eb.exists(eb.selectFrom('appointment as a').select('a.id').whereRef('a.reason_id', '=', 'r.id')).as('used'),
    )
    .where('r.relais_id', '=', relaisId)
    .orderBy('r.position')
    .orderBy('r.label')
    .execute();
}
export type ReasonRow = Awaited<ReturnType<typeof listReasonRows>>[number];

export async function findReasonRow(db: Db, relaisId: string, id: string): Promise<ReasonRow | undefined> {
  return db
    .selectFrom('appointment_reason as r')
    .selectAll('r')
    .select((eb) =>
      eb.exists(eb.selectFrom('appointment as a').select('a.id').whereRef('a.reason_id', '=', 'r.id')).as('used'),
    )
    .where('r.relais_id', '=', relaisId)
    .where('r.id', '=', id)
    .executeTakeFirst();
}

export async function insertReasonRow(db: Db, row: Omit<Insertable<AppointmentReasonTable>, 'position'>) {
  const last = await db
    .selectFrom('appointment_reason')
    .select(sql<number | null>`max(position)`.as('p'))
    .where('relais_id', '=', row.relais_id)
    .executeTakeFirst();
  await db
    .insertInto('appointment_reason')
    .values({ ...row, position: Number(last?.p ?? -1) + 1 })
    .execute();
}

export async function updateReasonRow(db: Db, relaisId: string, id: string, patch: Updateable<AppointmentReasonTable>) {
  await db
    .updateTable('appointment_reason')
    .set(patch)
    .where('relais_id', '=', relaisId)
    .where('id', '=', id)
    .execute();
}

export async function deleteReasonRow(db: Db, relaisId: string, id: string) {
  await db.deleteFrom('appointment_reason').where('relais_id', '=', relaisId).where('id', '=', id).execute();
}

export async function reasonLabelTaken(db: Db, relaisId: string, label: string, exceptId: string | null) {
  const rows = await db
    .selectFrom('appointment_reason')
    .select(['id', 'label'])
    .where('relais_id', '=', relaisId)
    .execute();
  return rows.find((r) => r.id !== exceptId && r.label.toLocaleLowerCase('fr') === label.toLocaleLowerCase('fr'));
}

// ---------------------------------------------------------------------------------------------
// Permanences

const PERMANENCE_COLUMNS = [
  'p.id',
  'p.relais_id',
  'p.animator_id',
  'p.site_id',
  'p.mode',
  'p.weekday',
  'p.start_time',
  'p.end_time',
  'p.valid_from',
  'p.valid_to',
  'p.skip_school_holidays',
  'p.label',
  'p.archived_at',
  'p.created_at',
  'p.updated_at',
  'u.display_name as animator_name',
  's.name as site_name',
  's.address as site_address',
] as const;

function permanenceRows(db: Db, relaisId: string) {
  return db
    .selectFrom('permanence as p')
    .innerJoin('user_account as u', 'u.id', 'p.animator_id')
    .leftJoin('site as s', 's.id', 'p.site_id')
    .where('p.relais_id', '=', relaisId);
}

export async function listPermanenceRows(db: Db, relaisId: string) {
  return permanenceRows(db, relaisId)
    .select(PERMANENCE_COLUMNS)
    .select((eb) =>
      eb.exists(eb.selectFrom('appointment as a').select('a.id').whereRef('a.permanence_id', '=', 'p.id')).as('used'),
    )
    .orderBy('p.weekday')
    .orderBy('p.start_time')
    .orderBy('u.display_name')
    .execute();
}
export type PermanenceRow = Awaited<ReturnType<typeof listPermanenceRows>>[number];

export async function findPermanenceRow(db: Db, relaisId: string, id: string): Promise<PermanenceRow | undefined> {
  return permanenceRows(db, relaisId)
    .select(PERMANENCE_COLUMNS)
    .select((eb) =>
      eb.exists(eb.selectFrom('appointment as a').select('a.id').whereRef('a.permanence_id', '=', 'p.id')).as('used'),
    )
    .where('p.id', '=', id)
    .executeTakeFirst();
}

/** Reasons (id, label) of the given permanences. */
export async function reasonsOfPermanences(db: Db, permanenceIds: string[]) {
  if (permanenceIds.length === 0) return [];
  return db
    .selectFrom('permanence_reason as l')
    .innerJoin('appointment_reason as r', 'r.id', 'l.reason_id')
    .select(['l.permanence_id', 'r.id', 'r.label', 'r.position'])
    .where('l.permanence_id', 'in', permanenceIds)
    .orderBy('r.position')
    .execute();
}

/** Closures of the given permanences from a date on. */
export async function closuresOfPermanences(db: Db, permanenceIds: string[], fromDate: string, toDate?: string) {
  if (permanenceIds.length === 0) return [];
  let q = db
    .selectFrom('permanence_closure')
    .select(['id', 'permanence_id', 'date', 'reason'])
    .where('permanence_id', 'in', permanenceIds)
    .where('date', '>=', fromDate);
  if (toDate) q = q.where('date', '<=', toDate);
  return q.orderBy('date').execute();
}

/** Appointments still booked on a permanence between two instants (a day being closed). */
export async function countBookedBetween(
  db: Db,
  relaisId: string,
  permanenceId: string,
  fromIso: string,
  toIso: string,
) {
  const row = await db
    .selectFrom('appointment')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('relais_id', '=', relaisId)
    .where('permanence_id', '=', permanenceId)
    .where('status', '=', 'booked')
    .where('starts_at', '>=', fromIso)
    .where('starts_at', '<', toIso)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export async function insertPermanenceRow(db: Kysely<Database>, row: Insertable<PermanenceTable>, reasonIds: string[]) {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('permanence').values(row).execute();
    await trx
      .insertInto('permanence_reason')
      .values(reasonIds.map((reasonId) => ({ permanence_id: row.id, reason_id: reasonId })))
      .execute();
  });
}

export async function updatePermanenceRow(
  db: Kysely<Database>,
  relaisId: string,
  id: string,
  patch: Updateable<PermanenceTable>,
  reasonIds?: string[],
) {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('permanence').set(patch).where('relais_id', '=', relaisId).where('id', '=', id).execute();
    if (reasonIds) {
      await trx.deleteFrom('permanence_reason').where('permanence_id', '=', id).execute();
      await trx
        .insertInto('permanence_reason')
        .values(reasonIds.map((reasonId) => ({ permanence_id: id, reason_id: reasonId })))
        .execute();
    }
  });
}

export async function deletePermanenceRow(db: Db, relaisId: string, id: string) {
  await db.deleteFrom('permanence').where('relais_id', '=', relaisId).where('id', '=', id).execute();
}

export async function insertClosureRow(
  db: Db,
  row: { id: string; relais_id: string; permanence_id: string; date: string; reason: string; created_at: string },
) {
  await db.insertInto('permanence_closure').values(row).execute();
}

export async function findClosureRow(db: Db, permanenceId: string, id: string) {
  return db
    .selectFrom('permanence_closure')
    .selectAll()
    .where('permanence_id', '=', permanenceId)
    .where('id', '=', id)
    .executeTakeFirst();
}

export async function deleteClosureRow(db: Db, permanenceId: string, id: string) {
  await db.deleteFrom('permanence_closure').where('permanence_id', '=', permanenceId).where('id', '=', id).execute();
}

/**
 * The live permanences of a reason whose dates meet [fromDate, toDate], with their animator and
 * venue, for the slot search.
 */
export async function permanencesOfReason(
  db: Db,
  relaisId: string,
  reasonId: string,
  fromDate: string,
  toDate: string,
) {
  return permanenceRows(db, relaisId)
    .innerJoin('permanence_reason as l', 'l.permanence_id', 'p.id')
    .select(PERMANENCE_COLUMNS)
    .where('l.reason_id', '=', reasonId)
    .where('p.archived_at', 'is', null)
    .where('u.disabled_at', 'is', null)
    .where('p.valid_from', '<=', toDate)
    .where((eb) => eb.or([eb('p.valid_to', 'is', null), eb('p.valid_to', '>=', fromDate)]))
    .execute();
}
export type SlotPermanenceRow = Awaited<ReturnType<typeof permanencesOfReason>>[number];

/** The held cells (ms) of the given animators in [fromIso, toIso). */
export async function heldCellsOf(db: Db, animatorIds: string[], fromIso: string, toIso: string) {
  const cells = new Map<string, Set<number>>();
  if (animatorIds.length === 0) return cells;
  const rows = await db
    .selectFrom('appointment_hold')
    .select(['animator_id', 'cell_start'])
    .where('animator_id', 'in', animatorIds)
    .where('cell_start', '>=', fromIso)
    .where('cell_start', '<', toIso)
    .execute();
  for (const row of rows) {
    let set = cells.get(row.animator_id);
    if (!set) cells.set(row.animator_id, (set = new Set()));
    set.add(Date.parse(row.cell_start));
  }
  return cells;
}

// ---------------------------------------------------------------------------------------------
// Appointments

export type NewAppointment = Insertable<AppointmentTable>;
export type NewEvent = Omit<Insertable<AppointmentEventTable>, 'id' | 'appointment_id' | 'relais_id'>;

async function insertHolds(trx: Transaction<Database>, animatorId: string, appointmentId: string, cells: number[]) {
  // Ascending order: two bookings that overlap wait on each other in the same order (no deadlock).
  const sorted = [...cells].sort((a, b) => a - b);
  await trx
    .insertInto('appointment_hold')
    .values(
      sorted.map((cell) => ({
        animator_id: animatorId,
        cell_start: new Date(cell).toISOString(),
        appointment_id: appointmentId,
      })),
    )
    .execute();
}

async function insertEvent(trx: Db, appointment: { id: string; relais_id: string }, event: NewEvent) {
  await trx
    .insertInto('appointment_event')
    .values({ id: crypto.randomUUID(), appointment_id: appointment.id, relais_id: appointment.relais_id, ...event })
    .execute();
}

/**
 * Books: the appointment, its cells and the first event, in one transaction. Returns false when a
 * cell is already held (another booking of the animator overlaps): nothing is written then.
 */
export async function insertBooking(
  db: Kysely<Database>,
  row: NewAppointment,
  cells: number[],
  event: NewEvent,
): Promise<boolean> {
  try {
    await db.transaction().execute(async (trx) => {
      await trx.insertInto('appointment').values(row).execute();
      await insertHolds(trx, row.animator_id, row.id, cells);
      await insertEvent(trx, row, event);
    });
    return true;
  } catch (error) {
    if (isUniqueViolation(error)) return false;
    throw error;
  }
}

/**
 * Moves: frees the old appointment's cells, books the new one (its cells, the person's link moved
 * to it), cancels the old one, and records both events, in one transaction. Returns false (and
 * changes nothing) when the new slot is taken or the old appointment is no longer booked.
 */
export async function moveBooking(
  db: Kysely<Database>,
  old: { id: string; relais_id: string },
  row: NewAppointment,
  cells: number[],
  now: string,
  events: { cancelled: NewEvent; booked: NewEvent },
): Promise<'moved' | 'taken' | 'not_booked'> {
  try {
    return await db.transaction().execute(async (trx) => {
      const cancelled = await trx
        .updateTable('appointment')
        .set({
          status: 'cancelled',
          cancelled_at: now,
          cancelled_by: 'moved',
          manage_token_hash: null,
          updated_at: now,
        })
        .where('id', '=', old.id)
        .where('relais_id', '=', old.relais_id)
        .where('status', '=', 'booked')
        .executeTakeFirst();
      if (Number(cancelled.numUpdatedRows) !== 1) return 'not_booked' as const;
      await trx.deleteFrom('appointment_hold').where('appointment_id', '=', old.id).execute();
      await trx.insertInto('appointment').values(row).execute();
      await insertHolds(trx, row.animator_id, row.id, cells);
      await insertEvent(trx, old, events.cancelled);
      await insertEvent(trx, row, events.booked);
      return 'moved' as const;
    });
  } catch (error) {
    if (isUniqueViolation(error)) return 'taken';
    throw error;
  }
}

/**
 * Cancels a booked appointment: status, its cells freed, the event. Returns false when it was not
 * booked any more (cancelled meanwhile, or marked by staff): then nothing changes.
 */
export async function cancelBooking(
  db: Kysely<Database>,
  appointment: { id: string; relais_id: string },
  by: 'person' | 'staff',
  now: string,
  event: NewEvent,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('appointment')
      .set({ status: 'cancelled', cancelled_at: now, cancelled_by: by, updated_at: now })
      .where('id', '=', appointment.id)
      .where('relais_id', '=', appointment.relais_id)
      .where('status', '=', 'booked')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    await trx.deleteFrom('appointment_hold').where('appointment_id', '=', appointment.id).execute();
    await insertEvent(trx, appointment, event);
    return true;
  });
}

/** Marks a booked appointment honoured or missed (compare-and-set: one caller wins). */
export async function markOutcome(
  db: Kysely<Database>,
  appointment: { id: string; relais_id: string },
  status: 'honoured' | 'missed',
  now: string,
  event: NewEvent,
): Promise<boolean> {
  return db.transaction().execute(async (trx) => {
    const result = await trx
      .updateTable('appointment')
      .set({ status, updated_at: now })
      .where('id', '=', appointment.id)
      .where('relais_id', '=', appointment.relais_id)
      .where('status', '=', 'booked')
      .executeTakeFirst();
    if (Number(result.numUpdatedRows) !== 1) return false;
    await insertEvent(trx, appointment, event);
    return true;
  });
}

/** Links the contact recorded for an honoured appointment, unless one is linked already. */
export async function linkContact(db: Db, relaisId: string, id: string, contactId: string, now: string) {
  const result = await db
    .updateTable('appointment')
    .set({ contact_id: contactId, updated_at: now })
    .where('relais_id', '=', relaisId)
    .where('id', '=', id)
    .where('contact_id', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

const APPOINTMENT_COLUMNS = [
  'a.id',
  'a.relais_id',
  'a.permanence_id',
  'a.reason_id',
  'a.animator_id',
  'a.site_id',
  'a.mode',
  'a.starts_at',
  'a.ends_at',
  'a.person_name',
  'a.person_email',
  'a.person_phone',
  'a.person_note',
  'a.public',
  'a.insee_code',
  'a.family_id',
  'a.status',
  'a.booked_via',
  'a.booked_by',
  'a.moved_from_id',
  'a.cancelled_at',
  'a.cancelled_by',
  'a.reminder_due_at',
  'a.reminder_sent_at',
  'a.contact_id',
  'a.created_at',
  'a.updated_at',
  'r.label as reason_label',
  'r.default_subject_code',
  'u.display_name as animator_name',
  's.name as site_name',
  's.address as site_address',
  'f.name as family_name',
  'b.display_name as booked_by_name',
  'rl.name as relais_name',
  'rl.slug as relais_slug',
] as const;

function appointmentRows(db: Db) {
  return db
    .selectFrom('appointment as a')
    .innerJoin('appointment_reason as r', 'r.id', 'a.reason_id')
    .innerJoin('user_account as u', 'u.id', 'a.animator_id')
    .innerJoin('relais as rl', 'rl.id', 'a.relais_id')
    .leftJoin('site as s', 's.id', 'a.site_id')
    .leftJoin('family as f', 'f.id', 'a.family_id')
    .leftJoin('user_account as b', 'b.id', 'a.booked_by')
    .select(APPOINTMENT_COLUMNS);
}

export async function findAppointmentRow(db: Db, relaisId: string, id: string) {
  return appointmentRows(db).where('a.relais_id', '=', relaisId).where('a.id', '=', id).executeTakeFirst();
}
export type AppointmentRow = NonNullable<Awaited<ReturnType<typeof findAppointmentRow>>>;

export async function findAppointmentByTokenHash(db: Db, tokenHash: string) {
  return appointmentRows(db).where('a.manage_token_hash', '=', tokenHash).executeTakeFirst();
}

export async function listAgendaRows(
  db: Db,
  relaisId: string,
  fromIso: string,
  toIso: string,
  filters: { animatorId?: string; siteId?: string },
) {
  let q = appointmentRows(db)
    .where('a.relais_id', '=', relaisId)
    .where('a.starts_at', '>=', fromIso)
    .where('a.starts_at', '<', toIso);
  if (filters.animatorId) q = q.where('a.animator_id', '=', filters.animatorId);
  if (filters.siteId) q = q.where('a.site_id', '=', filters.siteId);
  return q.orderBy('a.starts_at').orderBy('a.created_at').execute();
}

export async function eventsOf(db: Db, appointmentIds: string[]) {
  if (appointmentIds.length === 0) return [];
  return db
    .selectFrom('appointment_event')
    .selectAll()
    .where('appointment_id', 'in', appointmentIds)
    .orderBy('at')
    .orderBy('id')
    .execute();
}

/** The appointment that replaced this one, when it was moved. */
export async function successorOf(db: Db, relaisId: string, id: string) {
  return db
    .selectFrom('appointment')
    .select('id')
    .where('relais_id', '=', relaisId)
    .where('moved_from_id', '=', id)
    .executeTakeFirst();
}

/** Appointments of an animator from one instant to another, for the calendar feed. */
export async function feedRows(db: Db, animatorId: string, fromIso: string, toIso: string) {
  return appointmentRows(db)
    .where('a.animator_id', '=', animatorId)
    .where('a.starts_at', '>=', fromIso)
    .where('a.starts_at', '<', toIso)
    .orderBy('a.starts_at')
    .execute();
}

// ---------------------------------------------------------------------------------------------
// Reminders and retention

export async function dueReminderIds(db: Db, nowIso: string, limit: number) {
  const rows = await db
    .selectFrom('appointment')
    .select('id')
    .where('status', '=', 'booked')
    .where('reminder_due_at', '<=', nowIso)
    .where('reminder_sent_at', 'is', null)
    .where('starts_at', '>', nowIso)
    .orderBy('reminder_due_at')
    .limit(limit)
    .execute();
  return rows.map((r) => r.id);
}

/** Takes a reminder for sending (compare-and-set: exactly one instance wins). */
export async function claimReminder(db: Db, id: string, nowIso: string): Promise<boolean> {
  const result = await db
    .updateTable('appointment')
    .set({ reminder_sent_at: nowIso })
    .where('id', '=', id)
    .where('status', '=', 'booked')
    .where('reminder_sent_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function recordEvent(db: Db, appointment: { id: string; relais_id: string }, event: NewEvent) {
  await insertEvent(db, appointment, event);
}

export const ANONYMISED_PERSON = 'Personne anonymisée';

/** Blanks the personal fields of the relais's appointments that started before `cutoffIso`. */
export async function anonymiseAppointmentsBefore(db: Db, relaisId: string, cutoffIso: string, now: string) {
  const result = await db
    .updateTable('appointment')
    .set({ person_name: ANONYMISED_PERSON, person_email: '', person_phone: '', person_note: '', anonymised_at: now })
    .where('relais_id', '=', relaisId)
    .where('starts_at', '<', cutoffIso)
    .where('anonymised_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** Deletes waiting-list entries whose period ended before `date`, or removed by their owner. */
export async function deleteStaleWaitlist(db: Db, date: string) {
  const result = await db
    .deleteFrom('appointment_waitlist')
    .where((eb) => eb.or([eb('wanted_to', '<', date), eb('removed_at', 'is not', null)]))
    .executeTakeFirst();
  return Number(result.numDeletedRows);
}

// ---------------------------------------------------------------------------------------------
// Waiting list

export async function insertWaitlistRow(
  db: Db,
  row: {
    id: string;
    relais_id: string;
    reason_id: string;
    name: string;
    email: string;
    wanted_from: string;
    wanted_to: string;
    token_hash: string;
    created_at: string;
  },
) {
  await db.insertInto('appointment_waitlist').values(row).execute();
}

export async function removeWaitlistByToken(db: Db, tokenHash: string, now: string) {
  const row = await db
    .selectFrom('appointment_waitlist')
    .select(['id', 'relais_id', 'removed_at'])
    .where('token_hash', '=', tokenHash)
    .executeTakeFirst();
  if (!row) return undefined;
  if (row.removed_at === null) {
    await db
      .updateTable('appointment_waitlist')
      .set({ removed_at: now, name: '', email: '' })
      .where('id', '=', row.id)
      .execute();
  }
  return row;
}

export async function listWaitlistRows(db: Db, relaisId: string, today: string) {
  return db
    .selectFrom('appointment_waitlist as w')
    .innerJoin('appointment_reason as r', 'r.id', 'w.reason_id')
    .select([
      'w.id',
      'w.name',
      'w.email',
      'w.wanted_from',
      'w.wanted_to',
      'w.created_at',
      'w.notified_at',
      'r.id as reason_id',
      'r.label as reason_label',
    ])
    .where('w.relais_id', '=', relaisId)
    .where('w.removed_at', 'is', null)
    .where('w.wanted_to', '>=', today)
    .orderBy('w.created_at')
    .execute();
}

/** The live entries of a reason whose period covers a date. */
export async function waitlistCovering(db: Db, relaisId: string, reasonId: string, date: string) {
  return db
    .selectFrom('appointment_waitlist')
    .select(['id', 'name', 'email'])
    .where('relais_id', '=', relaisId)
    .where('reason_id', '=', reasonId)
    .where('removed_at', 'is', null)
    .where('wanted_from', '<=', date)
    .where('wanted_to', '>=', date)
    .orderBy('created_at')
    .execute();
}

export async function markWaitlistNotified(db: Db, ids: string[], now: string) {
  if (ids.length === 0) return;
  await db.updateTable('appointment_waitlist').set({ notified_at: now }).where('id', 'in', ids).execute();
}

// ---------------------------------------------------------------------------------------------
// Calendar feeds

export async function activeFeedOf(db: Db, accountId: string) {
  return db
    .selectFrom('calendar_feed')
    .select(['id', 'created_at'])
    .where('account_id', '=', accountId)
    .where('revoked_at', 'is', null)
    .orderBy('created_at', 'desc')
    .executeTakeFirst();
}

/** Revokes the account's feeds and, if a hash is given, opens a new one: in one transaction. */
export async function replaceFeed(db: Kysely<Database>, accountId: string, now: string, tokenHash: string | null) {
  await db.transaction().execute(async (trx) => {
    await trx
      .updateTable('calendar_feed')
      .set({ revoked_at: now })
      .where('account_id', '=', accountId)
      .where('revoked_at', 'is', null)
      .execute();
    if (tokenHash) {
      await trx
        .insertInto('calendar_feed')
        .values({ id: crypto.randomUUID(), account_id: accountId, token_hash: tokenHash, created_at: now })
        .execute();
    }
  });
}

/** The account a live feed token opens, if it is active and its account too. */
export async function feedOwner(db: Db, tokenHash: string) {
  return db
    .selectFrom('calendar_feed as c')
    .innerJoin('user_account as u', 'u.id', 'c.account_id')
    .select(['u.id', 'u.display_name', 'u.relais_id'])
    .where('c.token_hash', '=', tokenHash)
    .where('c.revoked_at', 'is', null)
    .where('u.disabled_at', 'is', null)
    .executeTakeFirst();
}

/** The relais a public address names (id, name, slug). */
export async function relaisBySlug(db: Db, slug: string) {
  return db.selectFrom('relais').select(['id', 'name', 'slug']).where('slug', '=', slug).executeTakeFirst();
}
