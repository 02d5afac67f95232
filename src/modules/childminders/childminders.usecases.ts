import type { Insertable, Kysely } from 'kysely';
import type { z } from 'zod';
import { parisToday, type Clock } from '../../app/clock.js';
import { NotFoundError } from '../../app/errors.js';
import { authorize, type Actor } from '../../app/policy.js';
import type { Childminder, ChildminderEventTable, ChildminderTable, Database } from '../../db/schema.js';
import { freshnessOf, freshSince, hasNotAnswered } from '../availability/availability.rules.js';
import { recordAudit, type AuditEntry } from '../audit/audit.usecases.js';
import { communeNamesOfRelais } from '../relais/relais.usecases.js';
import { CommuneOutsideTerritoryError } from '../sites/sites.errors.js';
import { ChildminderRuleError, ChildminderStatusError } from './childminders.errors.js';
import {
  countActiveByHouse,
  findChildminderRow,
  houseBelongsToRelais,
  insertChildminderEvent,
  insertChildminderEvents,
  insertChildminderRow,
  insertChildminderRows,
  listChildminderEvents,
  listChildminderRows,
  listHousesOfRelais,
  updateChildminderRow,
  type ChildminderFilters,
} from './childminders.repository.js';
import {
  ageOn,
  approvalProblems,
  ARCHIVE_REASON_LABELS,
  changedFields,
  placesOn,
  SENIOR_AGE,
  yearsBefore,
  type ArchiveReason,
} from './childminders.rules.js';
import type { childminderInput, listQuery } from './childminders.schemas.js';

export type ChildminderInput = z.infer<typeof childminderInput>;
export type ChildminderQuery = z.infer<typeof listQuery>;

export interface ChildminderDeps {
  db: Kysely<Database>;
  clock: Clock;
}

/** The list also tells how fresh each childminder's availability is. */
export interface ChildminderListDeps extends ChildminderDeps {
  config: { availabilityMaxAgeDays: number };
}

export type ChildminderRow = Childminder & { house_name: string | null };
type Row = ChildminderRow;
export type Source = 'staff' | 'import' | 'self';

/** A file as the API shows it. */
export function toDto(r: Row, communes: Map<string, string>, today: string) {
  return {
    id: r.id,
    firstName: r.first_name,
    lastName: r.last_name,
    birthDate: r.birth_date,
    age: r.birth_date ? ageOn(r.birth_date, today) : null,
    email: r.email,
    phone: r.phone,
    address: r.address,
    postcode: r.postcode,
    inseeCode: r.insee_code,
    communeName: communes.get(r.insee_code) ?? r.insee_code,
    approvalNumber: r.approval_number,
    approvalDate: r.approval_date,
    approvalRenewalDate: r.approval_renewal_date,
    approvalPlaces: r.approval_places,
    approvalMinAgeMonths: r.approval_min_age_months,
    approvalMaxAgeMonths: r.approval_max_age_months,
    derogations: r.derogations,
    reducedPlaces: r.reduced_places,
    reducedUntil: r.reduced_until,
    placesToday: placesOn(
      { approvalPlaces: r.approval_places, reducedPlaces: r.reduced_places, reducedUntil: r.reduced_until },
      today,
    ),
    atypicalHours: r.atypical_hours === 1,
    emergencyCare: r.emergency_care === 1,
    disabilityCare: r.disability_care === 1,
    practice: r.practice as 'home' | 'mam',
    childminderHouseId: r.childminder_house_id,
    childminderHouseName: r.house_name,
    monenfantRegistered: r.monenfant_registered === 1,
    acceptsTrainees: r.accepts_trainees === 1,
    contactPreference: r.contact_preference as 'email' | 'phone' | 'sms',
    publishAddress: r.publish_address === 1,
    publishPhone: r.publish_phone === 1,
    status: r.status as 'active' | 'archived',
    statusSince: r.status_since,
    archiveReason: r.archive_reason as ArchiveReason | null,
    archiveReasonLabel: r.archive_reason ? ARCHIVE_REASON_LABELS[r.archive_reason as ArchiveReason] : null,
    updatedAt: r.updated_at,
  };
}

/** The columns of a file, as stored (last name in capitals, e-mail in lower case). */
export function toColumns(i: ChildminderInput) {
  return {
    first_name: i.firstName,
    last_name: i.lastName.toUpperCase(),
    birth_date: i.birthDate,
    email: i.email.toLowerCase(),
    phone: i.phone,
    address: i.address,
    postcode: i.postcode,
    insee_code: i.inseeCode,
    approval_number: i.approvalNumber,
    approval_date: i.approvalDate,
    approval_renewal_date: i.approvalRenewalDate,
    approval_places: i.approvalPlaces,
    approval_min_age_months: i.approvalMinAgeMonths,
    approval_max_age_months: i.approvalMaxAgeMonths,
    derogations: i.derogations,
    reduced_places: i.reducedPlaces,
    reduced_until: i.reducedUntil,
    atypical_hours: i.atypicalHours ? 1 : 0,
    emergency_care: i.emergencyCare ? 1 : 0,
    disability_care: i.disabilityCare ? 1 : 0,
    practice: i.practice,
    childminder_house_id: i.childminderHouseId,
    monenfant_registered: i.monenfantRegistered ? 1 : 0,
    accepts_trainees: i.acceptsTrainees ? 1 : 0,
    contact_preference: i.contactPreference,
    publish_address: i.publishAddress ? 1 : 0,
    publish_phone: i.publishPhone ? 1 : 0,
  };
}

export type FileColumns = ReturnType<typeof toColumns>;

const FIELD_LABELS: Partial<Record<keyof FileColumns, string>> = {
  first_name: 'prénom',
  last_name: 'nom',
  birth_date: 'date de naissance',
  email: 'e-mail',
  phone: 'téléphone',
  address: 'adresse',
  postcode: 'code postal',
  insee_code: 'commune',
  approval_number: 'numéro d’agrément',
  approval_date: 'date d’agrément',
  approval_renewal_date: 'date de renouvellement',
  approval_places: 'places agréées',
  approval_min_age_months: 'âge minimum',
  approval_max_age_months: 'âge maximum',
  derogations: 'dérogations',
  reduced_places: 'réduction temporaire',
  reduced_until: 'fin de la réduction',
  atypical_hours: 'horaires atypiques',
  emergency_care: 'accueil d’urgence',
  disability_care: 'accueil du handicap',
  practice: 'lieu d’exercice',
  childminder_house_id: 'MAM',
  monenfant_registered: 'inscription monenfant.fr',
  accepts_trainees: 'accueil de stagiaires',
  contact_preference: 'préférence de contact',
  publish_address: 'publication de l’adresse',
  publish_phone: 'publication du téléphone',
};

/** Throws when a file is incoherent: commune outside the territory, impossible agrément, unknown MAM. */
function assertCoherent(input: ChildminderInput, communes: Map<string, string>, houseKnown: boolean, today: string) {
  if (!communes.has(input.inseeCode)) throw new CommuneOutsideTerritoryError(input.inseeCode);
  const problems = approvalProblems(input, today);
  if (input.childminderHouseId && !houseKnown) {
    problems.push({ field: 'childminderHouseId', message: 'Cette MAM n’existe pas dans ce relais.' });
  }
  if (problems.length > 0) throw new ChildminderRuleError(problems);
}

async function checkInput(deps: ChildminderDeps, relaisId: string, input: ChildminderInput, today: string) {
  const communes = await communeNamesOfRelais(deps, relaisId);
  const houseKnown =
    !input.childminderHouseId || (await houseBelongsToRelais(deps.db, relaisId, input.childminderHouseId));
  assertCoherent(input, communes, houseKnown, today);
  return communes;
}

function assertRegisteredOn(registeredOn: string, today: string) {
  if (registeredOn > today) {
    throw new ChildminderRuleError([
      { field: 'registeredOn', message: 'La date d’arrivée ne peut pas être dans le futur.' },
    ]);
  }
}

function newRow(relaisId: string, id: string, input: ChildminderInput, registeredOn: string, now: string) {
  return {
    id,
    relais_id: relaisId,
    ...toColumns(input),
    status: 'active',
    status_since: registeredOn,
    archive_reason: null,
    created_at: now,
    updated_at: now,
  } satisfies Insertable<ChildminderTable>;
}

const registeredSummary = (input: ChildminderInput) =>
  `Arrivée sur le territoire (${input.approvalPlaces} place(s) agréée(s))`;
const createdSummary = (input: ChildminderInput) =>
  `Création de la fiche de ${input.firstName} ${input.lastName.toUpperCase()}`;
const archivedSummary = (reason: ArchiveReason) => `Archivage : ${ARCHIVE_REASON_LABELS[reason]}`;
const REACTIVATED_SUMMARY = 'Reprise d’activité';

/** An archive (or a reactivation) takes effect between the start of the current status and today. */
function assertStatusChange(row: Childminder, to: 'archived' | 'active', effectiveOn: string, today: string) {
  if (to === 'archived' && row.status === 'archived')
    throw new ChildminderStatusError('Cette fiche est déjà archivée.');
  if (to === 'active' && row.status === 'active') throw new ChildminderStatusError('Cette fiche est déjà active.');
  if (effectiveOn > today || effectiveOn < row.status_since) {
    const what = to === 'archived' ? 'La date d’archivage' : 'La date de reprise';
    throw new ChildminderRuleError([
      { field: 'effectiveOn', message: `${what} doit être comprise entre le ${row.status_since} et aujourd’hui.` },
    ]);
  }
}

async function requireRow(deps: ChildminderDeps, relaisId: string, id: string): Promise<Row> {
  const row = await findChildminderRow(deps.db, relaisId, id);
  if (!row) throw new NotFoundError('Cet·te assistant·e maternel·le n’existe pas dans ce relais.');
  return row;
}

interface EventFacts {
  relaisId: string;
  childminderId: string;
  kind: string;
  effectiveOn: string;
  reason?: string | null;
  summary: string;
  source: Source;
  actor: Actor | undefined;
}

function eventRow(deps: ChildminderDeps, e: EventFacts): Insertable<ChildminderEventTable> {
  return {
    id: crypto.randomUUID(),
    relais_id: e.relaisId,
    childminder_id: e.childminderId,
    kind: e.kind,
    effective_on: e.effectiveOn,
    reason: e.reason ?? null,
    summary: e.summary,
    source: e.source,
    actor_user_id: e.actor?.userId ?? null,
    at: deps.clock.now().toISOString(),
  };
}

async function addEvent(deps: ChildminderDeps, e: EventFacts) {
  await insertChildminderEvent(deps.db, eventRow(deps, e));
}

function filtersOf(deps: ChildminderListDeps, query: Omit<ChildminderQuery, 'limit' | 'offset'>): ChildminderFilters {
  const flag = (v: 'true' | 'false' | undefined) => (v === undefined ? undefined : v === 'true');
  const today = parisToday(deps.clock);
  return {
    status: query.status,
    commune: query.commune,
    mam: flag(query.mam),
    monenfant: flag(query.monenfant),
    bornOnOrBefore: query.over55 === 'true' ? yearsBefore(today, SENIOR_AGE) : undefined,
    availability: query.availability && {
      filter: query.availability,
      freshSince: freshSince(deps.clock.now(), deps.config.availabilityMaxAgeDays),
    },
    q: query.q || undefined,
  };
}

/** How fresh a childminder's availability is (the same rules as her availability page). */
function availabilityStatus(deps: ChildminderListDeps, r: Row) {
  const c = { confirmedAt: r.availability_confirmed_at, remindedAt: r.availability_reminded_at };
  return {
    ...c,
    freshness: freshnessOf(c.confirmedAt, deps.clock.now(), deps.config.availabilityMaxAgeDays),
    notAnswered: hasNotAnswered(c),
  };
}

export async function listChildminders(
  deps: ChildminderListDeps,
  actor: Actor | undefined,
  relaisId: string,
  query: ChildminderQuery,
) {
  authorize(actor, 'childminders.read', relaisId);
  const today = parisToday(deps.clock);
  const communes = await communeNamesOfRelais(deps, relaisId);
  const { rows, total } = await listChildminderRows(deps.db, relaisId, filtersOf(deps, query), query);
  await recordAudit(deps, actor, {
    relaisId,
    action: 'read',
    subjectType: 'childminder',
    summary: `Consultation de la liste des assistant·es maternel·les (${rows.length} sur ${total})`,
  });
  return {
    total,
    childminders: rows.map((r) => ({ ...toDto(r, communes, today), availability: availabilityStatus(deps, r) })),
  };
}

/** Every row matching the filters, for the Excel export (audited as one read). */
export async function childmindersForExport(
  deps: ChildminderListDeps,
  actor: Actor | undefined,
  relaisId: string,
  query: Omit<ChildminderQuery, 'limit' | 'offset'>,
) {
  authorize(actor, 'childminders.read', relaisId);
  const today = parisToday(deps.clock);
  const communes = await communeNamesOfRelais(deps, relaisId);
  const { rows } = await listChildminderRows(deps.db, relaisId, filtersOf(deps, query), { limit: 100_000, offset: 0 });
  await recordAudit(deps, actor, {
    relaisId,
    action: 'export',
    subjectType: 'childminder',
    summary: `Export Excel de ${rows.length} assistant·es maternel·les`,
  });
  return rows.map((r) => toDto(r, communes, today));
}

export async function getChildminder(deps: ChildminderDeps, actor: Actor | undefined, relaisId: string, id: string) {
  authorize(actor, 'childminders.read', relaisId);
  const today = parisToday(deps.clock);
  const row = await requireRow(deps, relaisId, id);
  const history = await listChildminderEvents(deps.db, relaisId, id);
  await recordAudit(deps, actor, {
    relaisId,
    action: 'read',
    subjectType: 'childminder',
    subjectId: id,
    summary: `Consultation de la fiche de ${row.first_name} ${row.last_name}`,
  });
  return {
    ...toDto(row, await communeNamesOfRelais(deps, relaisId), today),
    history: history.map((e) => ({
      id: e.id,
      kind: e.kind as 'registered' | 'updated' | 'archived' | 'reactivated',
      effectiveOn: e.effective_on,
      reason: e.reason,
      summary: e.summary,
      source: e.source,
      at: e.at,
    })),
  };
}

export async function registerChildminder(
  deps: ChildminderDeps,
  actor: Actor | undefined,
  relaisId: string,
  input: ChildminderInput & { registeredOn?: string },
  source: Source = 'staff',
) {
  authorize(actor, 'childminders.manage', relaisId);
  const today = parisToday(deps.clock);
  const communes = await checkInput(deps, relaisId, input, today);
  const registeredOn = input.registeredOn ?? today;
  assertRegisteredOn(registeredOn, today);
  const id = crypto.randomUUID();
  await insertChildminderRow(deps.db, newRow(relaisId, id, input, registeredOn, deps.clock.now().toISOString()));
  await addEvent(deps, {
    relaisId,
    childminderId: id,
    kind: 'registered',
    effectiveOn: registeredOn,
    summary: registeredSummary(input),
    source,
    actor,
  });
  await recordAudit(deps, actor, {
    relaisId,
    action: 'create',
    subjectType: 'childminder',
    subjectId: id,
    summary: createdSummary(input),
  });
  return toDto(await requireRow(deps, relaisId, id), communes, today);
}

export async function updateChildminder(
  deps: ChildminderDeps,
  actor: Actor | undefined,
  relaisId: string,
  id: string,
  input: ChildminderInput,
  source: Source = 'staff',
) {
  authorize(actor, 'childminders.manage', relaisId);
  const today = parisToday(deps.clock);
  const before = await requireRow(deps, relaisId, id);
  const communes = await checkInput(deps, relaisId, input, today);
  const changes = await saveChanges(deps, actor, relaisId, id, {
    before: before as unknown as FileColumns,
    after: toColumns(input),
    source,
  });
  if (changes.length === 0) return toDto(before, communes, today);
  return toDto(await requireRow(deps, relaisId, id), communes, today);
}

/**
 * Writes the change of a file from `before` to `after` with its history event and its audit entry,
 * whoever makes it (the staff, the childminder herself); only the `writable` columns are written
 * (the others are unchanged). Returns the French names of the changed fields (none: nothing written).
 */
export async function saveChanges(
  deps: ChildminderDeps,
  actor: Actor | undefined,
  relaisId: string,
  id: string,
  change: { before: FileColumns; after: FileColumns; source: Source; writable?: readonly (keyof FileColumns)[] },
): Promise<string[]> {
  const { before, after, source } = change;
  const changes = changedFields(before, after, FIELD_LABELS);
  if (changes.length === 0) return changes;
  const columns = change.writable
    ? Object.fromEntries(change.writable.map((column) => [column, after[column]]))
    : after;
  await updateChildminderRow(deps.db, relaisId, id, { ...columns, updated_at: deps.clock.now().toISOString() });
  const summary = `Modification : ${changes.join(', ')}`;
  const today = parisToday(deps.clock);
  await addEvent(deps, { relaisId, childminderId: id, kind: 'updated', effectiveOn: today, summary, source, actor });
  await recordAudit(deps, actor, { relaisId, action: 'update', subjectType: 'childminder', subjectId: id, summary });
  return changes;
}

/** Archives a childminder who left (retirement, move…) on a given date; the file and its history stay. */
export async function archiveChildminder(
  deps: ChildminderDeps,
  actor: Actor | undefined,
  relaisId: string,
  id: string,
  input: { effectiveOn: string; reason: ArchiveReason },
  source: Source = 'staff',
) {
  authorize(actor, 'childminders.manage', relaisId);
  const today = parisToday(deps.clock);
  const row = await requireRow(deps, relaisId, id);
  assertStatusChange(row, 'archived', input.effectiveOn, today);
  await updateChildminderRow(deps.db, relaisId, id, {
    status: 'archived',
    status_since: input.effectiveOn,
    archive_reason: input.reason,
    updated_at: deps.clock.now().toISOString(),
  });
  const summary = archivedSummary(input.reason);
  await addEvent(deps, {
    relaisId,
    childminderId: id,
    kind: 'archived',
    effectiveOn: input.effectiveOn,
    reason: input.reason,
    summary,
    source,
    actor,
  });
  await recordAudit(deps, actor, { relaisId, action: 'archive', subjectType: 'childminder', subjectId: id, summary });
  return toDto(await requireRow(deps, relaisId, id), await communeNamesOfRelais(deps, relaisId), today);
}

export async function reactivateChildminder(
  deps: ChildminderDeps,
  actor: Actor | undefined,
  relaisId: string,
  id: string,
  input: { effectiveOn: string },
  source: Source = 'staff',
) {
  authorize(actor, 'childminders.manage', relaisId);
  const today = parisToday(deps.clock);
  const row = await requireRow(deps, relaisId, id);
  assertStatusChange(row, 'active', input.effectiveOn, today);
  await updateChildminderRow(deps.db, relaisId, id, {
    status: 'active',
    status_since: input.effectiveOn,
    archive_reason: null,
    updated_at: deps.clock.now().toISOString(),
  });
  const summary = REACTIVATED_SUMMARY;
  await addEvent(deps, {
    relaisId,
    childminderId: id,
    kind: 'reactivated',
    effectiveOn: input.effectiveOn,
    summary,
    source,
    actor,
  });
  await recordAudit(deps, actor, { relaisId, action: 'restore', subjectType: 'childminder', subjectId: id, summary });
  return toDto(await requireRow(deps, relaisId, id), await communeNamesOfRelais(deps, relaisId), today);
}

/** Members and places of each MAM of the relais (used by the MAM pages). */
export async function houseMembership(deps: { db: Kysely<Database> }, relaisId: string) {
  return new Map((await countActiveByHouse(deps.db, relaisId)).map((r) => [r.houseId, r]));
}

/**
 * The fields whose value `after` would change in a file now holding `before` (the comparison of
 * `updateChildminder`), with the values as stored: what an import previews.
 */
export function fieldChanges(before: ChildminderInput, after: ChildminderInput) {
  const a = toColumns(before);
  const b = toColumns(after);
  return (Object.keys(FIELD_LABELS) as (keyof typeof a)[])
    .filter((k) => (a[k] ?? null) !== (b[k] ?? null))
    .map((k) => ({ column: k, label: FIELD_LABELS[k] as string, before: a[k] ?? null, after: b[k] ?? null }));
}

const EVERY_ROW = { limit: 1_000_000_000, offset: 0 };

/**
 * The whole register of the relais, archived files included, and its MAM: what an import compares
 * its file with. Not audited here: the import records one entry for what it did with it.
 */
export async function registerForImport(deps: ChildminderDeps, actor: Actor | undefined, relaisId: string) {
  authorize(actor, 'childminders.manage', relaisId);
  const today = parisToday(deps.clock);
  const communes = await communeNamesOfRelais(deps, relaisId);
  const { rows } = await listChildminderRows(deps.db, relaisId, { status: 'all' }, EVERY_ROW);
  const houses = await listHousesOfRelais(deps.db, relaisId);
  return { childminders: rows.map((r) => toDto(r, communes, today)), houses };
}

/** Arrivals, changes, archives and reactivations to apply together (an import). */
export interface ChildminderBatch {
  register: (ChildminderInput & { registeredOn?: string })[];
  update: { id: string; input: ChildminderInput }[];
  archive: { id: string; effectiveOn: string; reason: ArchiveReason }[];
  reactivate: { id: string; effectiveOn: string }[];
}

/**
 * Applies many changes at once with the checks, history events and audit entries of the use cases
 * above called one by one, in a few queries per hundred files instead of several per file.
 * Reactivations come first, then changes, archives and arrivals. It throws on the first incoherent
 * item without undoing what it already wrote: run it inside a transaction.
 */
export async function applyChildminderBatch(
  deps: ChildminderDeps,
  actor: Actor | undefined,
  relaisId: string,
  batch: ChildminderBatch,
  source: Source = 'staff',
) {
  authorize(actor, 'childminders.manage', relaisId);
  const today = parisToday(deps.clock);
  const now = deps.clock.now().toISOString();
  const communes = await communeNamesOfRelais(deps, relaisId);
  const houseIds = new Set((await listHousesOfRelais(deps.db, relaisId)).map((h) => h.id));
  const houseKnown = (input: ChildminderInput) => !input.childminderHouseId || houseIds.has(input.childminderHouseId);
  const { rows } = await listChildminderRows(deps.db, relaisId, { status: 'all' }, EVERY_ROW);
  const byId = new Map<string, Row>(rows.map((r) => [r.id, r]));
  const existing = (id: string): Row => {
    const row = byId.get(id);
    if (!row) throw new NotFoundError('Cet·te assistant·e maternel·le n’existe pas dans ce relais.');
    return row;
  };
  const events: Insertable<ChildminderEventTable>[] = [];
  const audits: AuditEntry[] = [];
  const counts = { registered: 0, updated: 0, archived: 0, reactivated: 0 };
  const event = (childminderId: string, e: Pick<EventFacts, 'kind' | 'effectiveOn' | 'reason' | 'summary'>) =>
    events.push(eventRow(deps, { relaisId, childminderId, source, actor, ...e }));

  for (const item of batch.reactivate) {
    const row = existing(item.id);
    assertStatusChange(row, 'active', item.effectiveOn, today);
    const patch = { status: 'active', status_since: item.effectiveOn, archive_reason: null, updated_at: now };
    await updateChildminderRow(deps.db, relaisId, row.id, patch);
    Object.assign(row, patch);
    event(row.id, { kind: 'reactivated', effectiveOn: item.effectiveOn, summary: REACTIVATED_SUMMARY });
    audits.push({
      relaisId,
      action: 'restore',
      subjectType: 'childminder',
      subjectId: row.id,
      summary: REACTIVATED_SUMMARY,
    });
    counts.reactivated += 1;
  }
  for (const item of batch.update) {
    const row = existing(item.id);
    assertCoherent(item.input, communes, houseKnown(item.input), today);
    const columns = toColumns(item.input);
    const changes = changedFields(row as unknown as Record<string, unknown>, columns, FIELD_LABELS);
    if (changes.length === 0) continue;
    await updateChildminderRow(deps.db, relaisId, row.id, { ...columns, updated_at: now });
    Object.assign(row, columns, { updated_at: now });
    const summary = `Modification : ${changes.join(', ')}`;
    event(row.id, { kind: 'updated', effectiveOn: today, summary });
    audits.push({ relaisId, action: 'update', subjectType: 'childminder', subjectId: row.id, summary });
    counts.updated += 1;
  }
  for (const item of batch.archive) {
    const row = existing(item.id);
    assertStatusChange(row, 'archived', item.effectiveOn, today);
    const patch = { status: 'archived', status_since: item.effectiveOn, archive_reason: item.reason, updated_at: now };
    await updateChildminderRow(deps.db, relaisId, row.id, patch);
    Object.assign(row, patch);
    const summary = archivedSummary(item.reason);
    event(row.id, { kind: 'archived', effectiveOn: item.effectiveOn, reason: item.reason, summary });
    audits.push({ relaisId, action: 'archive', subjectType: 'childminder', subjectId: row.id, summary });
    counts.archived += 1;
  }
  const newRows: ReturnType<typeof newRow>[] = [];
  for (const input of batch.register) {
    assertCoherent(input, communes, houseKnown(input), today);
    const registeredOn = input.registeredOn ?? today;
    assertRegisteredOn(registeredOn, today);
    const id = crypto.randomUUID();
    newRows.push(newRow(relaisId, id, input, registeredOn, now));
    event(id, { kind: 'registered', effectiveOn: registeredOn, summary: registeredSummary(input) });
    audits.push({
      relaisId,
      action: 'create',
      subjectType: 'childminder',
      subjectId: id,
      summary: createdSummary(input),
    });
  }
  counts.registered = newRows.length;
  await insertChildminderRows(deps.db, newRows);
  await insertChildminderEvents(deps.db, events);
  for (const entry of audits) await recordAudit(deps, actor, entry);
  return counts;
}
