import { sql, type Insertable, type Kysely, type Updateable } from 'kysely';
import type { ContactTable, Database, FamilyTable } from '../../db/schema.js';
import { foldedContains } from '../../db/text-search.js';
import { CONTACTS_PAGE_SIZE } from './contacts.rules.js';

export interface ContactFilters {
  from?: string;
  to?: string;
  public?: string;
  channel?: string;
  subjectId?: string;
  familyId?: string;
  childminderId?: string;
}

/** Each subject once: a subject given twice would break the link's primary key (a 500). */
const distinct = (ids: string[]) => [...new Set(ids)];

export async function insertContactRow(
  db: Kysely<Database>,
  row: Insertable<ContactTable>,
  subjectIds: string[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('contact').values(row).execute();
    await trx
      .insertInto('contact_subject_link')
      .values(distinct(subjectIds).map((subjectId) => ({ contact_id: row.id, subject_id: subjectId })))
      .execute();
  });
}

export async function updateContactRow(
  db: Kysely<Database>,
  relaisId: string,
  id: string,
  patch: Updateable<ContactTable>,
  subjectIds: string[],
): Promise<void> {
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('contact').set(patch).where('relais_id', '=', relaisId).where('id', '=', id).execute();
    await trx.deleteFrom('contact_subject_link').where('contact_id', '=', id).execute();
    await trx
      .insertInto('contact_subject_link')
      .values(distinct(subjectIds).map((subjectId) => ({ contact_id: id, subject_id: subjectId })))
      .execute();
  });
}

export async function markContactDeleted(db: Kysely<Database>, relaisId: string, id: string, at: string) {
  await db
    .updateTable('contact')
    .set({ deleted_at: at, updated_at: at })
    .where('relais_id', '=', relaisId)
    .where('id', '=', id)
    .execute();
}

function contactRows(db: Kysely<Database>, relaisId: string) {
  return db
    .selectFrom('contact as c')
    .leftJoin('family as f', 'f.id', 'c.family_id')
    .leftJoin('childminder as m', 'm.id', 'c.childminder_id')
    .leftJoin('user_account as u', 'u.id', 'c.recorded_by')
    .where('c.relais_id', '=', relaisId)
    .where('c.deleted_at', 'is', null);
}

const CONTACT_COLUMNS = [
  'c.id',
  'c.occurred_at',
  'c.occurred_on',
  'c.channel',
  'c.public',
  'c.insee_code',
  'c.outcome',
  'c.family_id',
  'c.childminder_id',
  'c.note',
  'c.created_at',
  'c.updated_at',
  'f.name as family_name',
  'm.first_name as childminder_first_name',
  'm.last_name as childminder_last_name',
  'u.display_name as recorded_by_name',
] as const;

export async function findContactRow(db: Kysely<Database>, relaisId: string, id: string) {
  return contactRows(db, relaisId).select(CONTACT_COLUMNS).where('c.id', '=', id).executeTakeFirst();
}
export type ContactRow = NonNullable<Awaited<ReturnType<typeof findContactRow>>>;

export async function listContactRows(db: Kysely<Database>, relaisId: string, filters: ContactFilters, page: number) {
  let q = contactRows(db, relaisId);
  if (filters.from) q = q.where('c.occurred_on', '>=', filters.from);
  if (filters.to) q = q.where('c.occurred_on', '<=', filters.to);
  if (filters.public) q = q.where('c.public', '=', filters.public);
  if (filters.channel) q = q.where('c.channel', '=', filters.channel);
  if (filters.familyId) q = q.where('c.family_id', '=', filters.familyId);
  if (filters.childminderId) q = q.where('c.childminder_id', '=', filters.childminderId);
  if (filters.subjectId) {
    const subjectId = filters.subjectId;
    q = q.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('contact_subject_link as l')
          .select('l.contact_id')
          .whereRef('l.contact_id', '=', 'c.id')
          .where('l.subject_id', '=', subjectId),
      ),
    );
  }
  const [rows, total] = await Promise.all([
    q
      .select(CONTACT_COLUMNS)
      .orderBy('c.occurred_at', 'desc')
      .orderBy('c.created_at', 'desc')
      .orderBy('c.id')
      .limit(CONTACTS_PAGE_SIZE)
      .offset((page - 1) * CONTACTS_PAGE_SIZE)
      .execute(),
    q.select(sql<number>`count(*)`.as('n')).executeTakeFirstOrThrow(),
  ]);
  return { rows, total: Number(total.n) };
}

/** Subject ids and labels of the given contacts. */
export async function subjectsOfContacts(db: Kysely<Database>, contactIds: string[]) {
  if (contactIds.length === 0) return [];
  return db
    .selectFrom('contact_subject_link as l')
    .innerJoin('contact_subject as s', 's.id', 'l.subject_id')
    .select(['l.contact_id', 's.id', 's.label', 's.position'])
    .where('l.contact_id', 'in', contactIds)
    .orderBy('s.position')
    .execute();
}

/** The facts the statistics count, for the contacts of one year. */
export async function countedContactRows(db: Kysely<Database>, relaisId: string, year: number) {
  const range = (q: ReturnType<typeof contactRows>) =>
    q.where('c.occurred_on', '>=', `${year}-01-01`).where('c.occurred_on', '<=', `${year}-12-31`);
  const [contacts, links] = await Promise.all([
    range(contactRows(db, relaisId))
      .select(['c.id', 'c.occurred_on', 'c.channel', 'c.public', 'c.insee_code', 'c.family_id', 'c.childminder_id'])
      .execute(),
    range(contactRows(db, relaisId))
      .innerJoin('contact_subject_link as l', 'l.contact_id', 'c.id')
      .select(['l.contact_id', 'l.subject_id'])
      .execute(),
  ]);
  return { contacts, links };
}

export async function insertSubjectRow(
  db: Kysely<Database>,
  row: { id: string; relais_id: string; label: string; created_at: string },
) {
  const last = await db
    .selectFrom('contact_subject')
    .select(sql<number | null>`max(position)`.as('p'))
    .where('relais_id', '=', row.relais_id)
    .executeTakeFirst();
  await db
    .insertInto('contact_subject')
    .values({ ...row, code: null, position: Number(last?.p ?? -1) + 1, archived_at: null })
    .execute();
}

export async function updateSubjectRow(
  db: Kysely<Database>,
  relaisId: string,
  id: string,
  patch: { label?: string; archived_at?: string | null },
) {
  await db.updateTable('contact_subject').set(patch).where('relais_id', '=', relaisId).where('id', '=', id).execute();
}

export async function insertFamilyRow(db: Kysely<Database>, row: Insertable<FamilyTable>): Promise<void> {
  await db.insertInto('family').values(row).execute();
}

export async function findFamilyRow(db: Kysely<Database>, relaisId: string, id: string) {
  return db.selectFrom('family').selectAll().where('relais_id', '=', relaisId).where('id', '=', id).executeTakeFirst();
}

/**
 * Families whose name, e-mail or phone contains the text (whatever the case and accents; a phone whatever its
 * spaces, dots or dashes), not anonymised, 20 at most.
 */
export async function searchFamilyRows(db: Kysely<Database>, relaisId: string, text: string) {
  const digits = text.replace(/\D/g, '');
  const like = (column: 'name' | 'email') => foldedContains(sql.ref(column), text);
  const phoneDigits = sql<string>`replace(replace(replace(phone, ' ', ''), '.', ''), '-', '')`;
  return db
    .selectFrom('family')
    .selectAll()
    .where('relais_id', '=', relaisId)
    .where('anonymised_at', 'is', null)
    .where((eb) =>
      eb.or([
        like('name'),
        like('email'),
        ...(digits.length >= 2 ? [sql<boolean>`${phoneDigits} like ${`%${digits}%`}`] : []),
      ]),
    )
    .orderBy('name')
    .limit(20)
    .execute();
}

/**
 * Sets the family's latest contact date from its remaining contacts (the retention delay runs from
 * it): a new contact moves it forward, a corrected or removed one may move it back.
 */
export async function refreshFamilyLastContact(db: Kysely<Database>, relaisId: string, familyId: string) {
  await db
    .updateTable('family')
    .set((eb) => ({
      last_contact_on: eb
        .selectFrom('contact')
        .select((c) => c.fn.max('occurred_on').as('latest'))
        .where('family_id', '=', familyId)
        .where('deleted_at', 'is', null),
    }))
    .where('relais_id', '=', relaisId)
    .where('id', '=', familyId)
    .execute();
}

export async function childminderOfRelais(db: Kysely<Database>, relaisId: string, id: string) {
  return db
    .selectFrom('childminder')
    .select(['id', 'first_name', 'last_name'])
    .where('relais_id', '=', relaisId)
    .where('id', '=', id)
    .executeTakeFirst();
}
