import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { parisDate, parisToday, type Clock } from '../../app/clock.js';
import { NotFoundError } from '../../app/errors.js';
import { authorize, type Actor } from '../../app/policy.js';
import type { Database, Family } from '../../db/schema.js';
import { recordAudit } from '../audit/audit.usecases.js';
import { findCommune } from '../relais/communes.reference.js';
import { communeNamer } from '../relais/relais.usecases.js';
import {
  childminderOfRelais,
  findContactRow,
  findFamilyRow,
  insertContactRow,
  insertFamilyRow,
  insertSubjectRow,
  listContactRows,
  markContactDeleted,
  searchFamilyRows,
  subjectsOfContacts,
  refreshFamilyLastContact,
  updateContactRow,
  updateSubjectRow,
  type ContactFilters,
  type ContactRow,
} from './contacts.repository.js';
import { invalidContact, SubjectLabelTakenError, UnknownCommuneCodeError } from './contacts.errors.js';
import {
  CHANNELS,
  CONTACTS_PAGE_SIZE,
  contactProblems,
  OUTCOMES,
  PUBLICS,
  type Channel,
  type Outcome,
  type Public,
} from './contacts.rules.js';
import type { contactInput, familyInput } from './contacts.schemas.js';
import { ensureDefaultSubjects, type SubjectRow } from './contacts.subjects.js';

export type ContactInput = z.infer<typeof contactInput>;
export type FamilyInput = z.infer<typeof familyInput>;

export interface ContactsDeps {
  db: Kysely<Database>;
  clock: Clock;
}

function contactDto(
  row: ContactRow,
  subjects: { id: string; label: string }[],
  communeName: (code: string | null) => string | null,
) {
  return {
    id: row.id,
    occurredAt: row.occurred_at,
    occurredOn: row.occurred_on,
    channel: row.channel,
    channelLabel: CHANNELS[row.channel as Channel] ?? row.channel,
    public: row.public,
    publicLabel: PUBLICS[row.public as Public] ?? row.public,
    inseeCode: row.insee_code,
    communeName: communeName(row.insee_code),
    subjects,
    outcome: row.outcome,
    outcomeLabel: OUTCOMES[row.outcome as Outcome] ?? row.outcome,
    family: row.family_id ? { id: row.family_id, name: row.family_name ?? 'Famille anonymisée' } : null,
    childminder: row.childminder_id
      ? {
          id: row.childminder_id,
          name: `${row.childminder_first_name ?? ''} ${row.childminder_last_name ?? ''}`.trim(),
        }
      : null,
    note: row.note,
    recordedBy: row.recorded_by_name ?? null,
    createdAt: row.created_at,
    updatedAt: row.updated_at,
  };
}
export type ContactDto = ReturnType<typeof contactDto>;

async function withSubjects(deps: ContactsDeps, relaisId: string, rows: ContactRow[]): Promise<ContactDto[]> {
  const [links, communeName] = await Promise.all([
    subjectsOfContacts(
      deps.db,
      rows.map((r) => r.id),
    ),
    communeNamer(deps, relaisId),
  ]);
  return rows.map((row) =>
    contactDto(
      row,
      links.filter((l) => l.contact_id === row.id).map((l) => ({ id: l.id, label: l.label })),
      communeName,
    ),
  );
}

/** Checks everything a contact refers to belongs to the relais, and the rules; returns its Paris date. */
async function checkedContact(deps: ContactsDeps, relaisId: string, input: ContactInput): Promise<string> {
  const occurredOn = parisDate(new Date(input.occurredAt));
  const problems = contactProblems(
    {
      occurredOn,
      channel: input.channel,
      public: input.public,
      subjectIds: input.subjectIds,
      familyId: input.familyId,
      childminderId: input.childminderId,
    },
    parisToday(deps.clock),
  );
  if (problems.length > 0) invalidContact(problems);
  if (input.inseeCode && !findCommune(input.inseeCode)) throw new UnknownCommuneCodeError(input.inseeCode);
  const subjects = await ensureDefaultSubjects(deps.db, relaisId, deps.clock.now().toISOString());
  const known = new Set(subjects.map((s) => s.id));
  if (input.subjectIds.some((id) => !known.has(id))) {
    invalidContact([{ field: 'subjectIds', message: 'Thème inconnu dans ce relais.' }]);
  }
  if (input.familyId && !(await findFamilyRow(deps.db, relaisId, input.familyId))) {
    invalidContact([{ field: 'familyId', message: 'Famille inconnue dans ce relais.' }]);
  }
  if (input.childminderId && !(await childminderOfRelais(deps.db, relaisId, input.childminderId))) {
    invalidContact([{ field: 'childminderId', message: 'Assistant·e maternel·le inconnu·e dans ce relais.' }]);
  }
  return occurredOn;
}

function contactColumns(input: ContactInput, occurredOn: string) {
  return {
    occurred_at: new Date(input.occurredAt).toISOString(),
    occurred_on: occurredOn,
    channel: input.channel,
    public: input.public,
    insee_code: input.inseeCode,
    outcome: input.outcome,
    family_id: input.familyId,
    childminder_id: input.childminderId,
    note: input.note,
  };
}

async function loadContact(deps: ContactsDeps, relaisId: string, id: string): Promise<ContactDto> {
  const row = await findContactRow(deps.db, relaisId, id);
  if (!row) throw new NotFoundError('Ce contact est introuvable.');
  const [dto] = await withSubjects(deps, relaisId, [row]);
  return dto!;
}

export async function listContacts(
  deps: ContactsDeps,
  actor: Actor | undefined,
  relaisId: string,
  filters: ContactFilters,
  page: number,
) {
  authorize(actor, 'contacts.read', relaisId);
  const { rows, total } = await listContactRows(deps.db, relaisId, filters, page);
  await recordAudit(deps, actor, {
    relaisId,
    action: 'read',
    subjectType: 'contact',
    summary: `Consultation du journal des contacts (${rows.length} sur ${total})`,
  });
  return { contacts: await withSubjects(deps, relaisId, rows), total, page, pageSize: CONTACTS_PAGE_SIZE };
}

export async function recordContact(
  deps: ContactsDeps,
  actor: Actor | undefined,
  relaisId: string,
  input: ContactInput,
) {
  const who = authorize(actor, 'contacts.record', relaisId);
  const occurredOn = await checkedContact(deps, relaisId, input);
  const id = crypto.randomUUID();
  const now = deps.clock.now().toISOString();
  await insertContactRow(
    deps.db,
    {
      id,
      relais_id: relaisId,
      ...contactColumns(input, occurredOn),
      recorded_by: who.userId,
      created_at: now,
      updated_at: now,
    },
    input.subjectIds,
  );
  if (input.familyId) await refreshFamilyLastContact(deps.db, relaisId, input.familyId);
  return loadContact(deps, relaisId, id);
}

export async function updateContact(
  deps: ContactsDeps,
  actor: Actor | undefined,
  relaisId: string,
  id: string,
  input: ContactInput,
) {
  authorize(actor, 'contacts.record', relaisId);
  const before = await loadContact(deps, relaisId, id);
  const occurredOn = await checkedContact(deps, relaisId, input);
  await updateContactRow(
    deps.db,
    relaisId,
    id,
    { ...contactColumns(input, occurredOn), updated_at: deps.clock.now().toISOString() },
    input.subjectIds,
  );
  for (const familyId of new Set([before.family?.id, input.familyId])) {
    if (familyId) await refreshFamilyLastContact(deps.db, relaisId, familyId);
  }
  await recordAudit(deps, actor, {
    relaisId,
    action: 'contact.updated',
    subjectType: 'contact',
    subjectId: id,
    summary: `Contact du ${before.occurredOn} corrigé (${before.publicLabel}, ${before.channelLabel})`,
  });
  return loadContact(deps, relaisId, id);
}

export async function deleteContact(deps: ContactsDeps, actor: Actor | undefined, relaisId: string, id: string) {
  authorize(actor, 'contacts.record', relaisId);
  const before = await loadContact(deps, relaisId, id);
  await markContactDeleted(deps.db, relaisId, id, deps.clock.now().toISOString());
  if (before.family) await refreshFamilyLastContact(deps.db, relaisId, before.family.id);
  await recordAudit(deps, actor, {
    relaisId,
    action: 'contact.deleted',
    subjectType: 'contact',
    subjectId: id,
    summary: `Contact du ${before.occurredOn} supprimé (${before.publicLabel}, ${before.channelLabel})`,
  });
}

/**
 * Changes only the family or childminder a recorded contact is about (a request linked after it was
 * counted), through the correction above: same checks, same audit. Null when the contact was removed.
 */
export async function linkContact(
  deps: ContactsDeps,
  actor: Actor | undefined,
  relaisId: string,
  id: string,
  link: { familyId: string | null; childminderId: string | null },
): Promise<ContactDto | null> {
  authorize(actor, 'contacts.record', relaisId);
  const row = await findContactRow(deps.db, relaisId, id);
  if (!row) return null;
  const [before] = await withSubjects(deps, relaisId, [row]);
  return updateContact(deps, actor, relaisId, id, {
    occurredAt: before!.occurredAt,
    channel: before!.channel as Channel,
    public: before!.public as Public,
    inseeCode: before!.inseeCode,
    subjectIds: before!.subjects.map((s) => s.id),
    outcome: before!.outcome as Outcome,
    note: before!.note,
    ...link,
  });
}

function familyDto(f: Family) {
  return {
    id: f.id,
    name: f.name,
    email: f.email,
    phone: f.phone,
    inseeCode: f.insee_code,
    communeName: f.insee_code ? (findCommune(f.insee_code)?.name ?? f.insee_code) : null,
    lastContactOn: f.last_contact_on,
  };
}

export async function searchFamilies(deps: ContactsDeps, actor: Actor | undefined, relaisId: string, text: string) {
  authorize(actor, 'contacts.read', relaisId);
  const families = await searchFamilyRows(deps.db, relaisId, text);
  await recordAudit(deps, actor, {
    relaisId,
    action: 'read',
    subjectType: 'family',
    summary: `Recherche de familles (${families.length} trouvée${families.length > 1 ? 's' : ''})`,
  });
  return families.map(familyDto);
}

export async function createFamily(deps: ContactsDeps, actor: Actor | undefined, relaisId: string, input: FamilyInput) {
  authorize(actor, 'contacts.record', relaisId);
  if (input.inseeCode && !findCommune(input.inseeCode)) throw new UnknownCommuneCodeError(input.inseeCode);
  const id = crypto.randomUUID();
  await insertFamilyRow(deps.db, {
    id,
    relais_id: relaisId,
    name: input.name,
    email: input.email,
    phone: input.phone,
    insee_code: input.inseeCode,
    created_at: deps.clock.now().toISOString(),
    last_contact_on: null,
    anonymised_at: null,
  });
  await recordAudit(deps, actor, {
    relaisId,
    action: 'family.created',
    subjectType: 'family',
    subjectId: id,
    summary: 'Famille enregistrée',
  });
  return familyDto((await findFamilyRow(deps.db, relaisId, id))!);
}

export async function listSubjects(deps: ContactsDeps, actor: Actor | undefined, relaisId: string) {
  authorize(actor, 'contacts.read', relaisId);
  return (await ensureDefaultSubjects(deps.db, relaisId, deps.clock.now())).map(subjectDto);
}

function subjectDto(s: SubjectRow) {
  return { id: s.id, code: s.code, label: s.label, position: s.position, archived: s.archivedAt !== null };
}

/** Two subjects of a relais never share a label (whatever the case). */
function checkLabelFree(subjects: SubjectRow[], label: string, exceptId: string | null) {
  const taken = subjects.find(
    (s) => s.id !== exceptId && s.label.toLocaleLowerCase('fr') === label.toLocaleLowerCase('fr'),
  );
  if (taken) throw new SubjectLabelTakenError(taken.label);
}

export async function addSubject(deps: ContactsDeps, actor: Actor | undefined, relaisId: string, label: string) {
  authorize(actor, 'contacts.configure', relaisId);
  checkLabelFree(await ensureDefaultSubjects(deps.db, relaisId, deps.clock.now()), label, null);
  const id = crypto.randomUUID();
  await insertSubjectRow(deps.db, { id, relais_id: relaisId, label, created_at: deps.clock.now().toISOString() });
  await recordAudit(deps, actor, {
    relaisId,
    action: 'contact_subject.created',
    subjectType: 'contact_subject',
    subjectId: id,
    summary: `Thème « ${label} » ajouté`,
  });
  return (await listSubjects(deps, actor, relaisId)).find((s) => s.id === id)!;
}

export async function changeSubject(
  deps: ContactsDeps,
  actor: Actor | undefined,
  relaisId: string,
  id: string,
  patch: { label?: string; archived?: boolean },
) {
  authorize(actor, 'contacts.configure', relaisId);
  const subjects = await ensureDefaultSubjects(deps.db, relaisId, deps.clock.now());
  const before = subjects.find((s) => s.id === id);
  if (!before) throw new NotFoundError('Ce thème est introuvable.');
  if (patch.label !== undefined) checkLabelFree(subjects, patch.label, id);
  const now = deps.clock.now().toISOString();
  await updateSubjectRow(deps.db, relaisId, id, {
    ...(patch.label !== undefined ? { label: patch.label } : {}),
    ...(patch.archived !== undefined ? { archived_at: patch.archived ? (before.archivedAt ?? now) : null } : {}),
  });
  const changes = [
    patch.label !== undefined && patch.label !== before.label ? `renommé « ${patch.label} »` : null,
    patch.archived === true && !before.archivedAt ? 'archivé' : null,
    patch.archived === false && before.archivedAt ? 'rétabli' : null,
  ].filter(Boolean);
  await recordAudit(deps, actor, {
    relaisId,
    action: 'contact_subject.updated',
    subjectType: 'contact_subject',
    subjectId: id,
    summary: `Thème « ${before.label} » ${changes.join(', ') || 'inchangé'}`,
  });
  return (await listSubjects(deps, actor, relaisId)).find((s) => s.id === id)!;
}
