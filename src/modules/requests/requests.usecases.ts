import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { parisDate, parisToday, type Clock } from '../../app/clock.js';
import { NotFoundError } from '../../app/errors.js';
import { authorize, type Actor } from '../../app/policy.js';
import type { Database } from '../../db/schema.js';
import { activeStaffAllowed } from '../accounts/accounts.usecases.js';
import { recordAudit } from '../audit/audit.usecases.js';
import { childminderOfRelais, findFamilyRow } from '../contacts/contacts.repository.js';
import { invalidContact as invalidInput, UnknownCommuneCodeError } from '../contacts/contacts.errors.js';
import { FAMILY_PUBLICS, OUTCOMES, PUBLICS, type Outcome } from '../contacts/contacts.rules.js';
import { ensureDefaultSubjects } from '../contacts/contacts.subjects.js';
import { createFamily, linkContact, recordContact } from '../contacts/contacts.usecases.js';
import { queueMail } from '../mail/mail.usecases.js';
import { findCommune } from '../relais/communes.reference.js';
import { communeNamer, getPublicRelais, getRelais } from '../relais/relais.usecases.js';
import { CommuneOutsideTerritoryError, NoEmailError, RequestClosedError, RequestOpenError } from './requests.errors.js';
import {
  changeRequestRow,
  claimCounting,
  eventsOfRequest,
  findRequestRow,
  insertRequestRow,
  listRequestRows,
  messagesOfRequest,
  setCounted,
  subjectIdsOfRequests,
  type RequestFilters,
  type RequestRow,
  type RequestSummaryRow,
} from './requests.repository.js';
import {
  ANSWER_CHANNELS,
  contactChannelOf,
  linkProblems,
  openStatus,
  REQUEST_EVENTS,
  REQUEST_SOURCES,
  REQUEST_STATUSES,
  REQUESTS_PAGE_SIZE,
  requestProblems,
  type AnswerChannel,
  type RequestEventKind,
  type RequestPublic,
  type RequestSource,
  type RequestStatus,
} from './requests.rules.js';
import type { closeInput, linkInput, publicRequestInput, staffRequestInput } from './requests.schemas.js';

export type PublicRequestInput = z.infer<typeof publicRequestInput>;
export type StaffRequestInput = z.infer<typeof staffRequestInput>;
export type CloseInput = z.infer<typeof closeInput>;
export type LinkInput = z.infer<typeof linkInput>;

export interface RequestsDeps {
  db: Kysely<Database>;
  clock: Clock;
}

const label = <T extends Record<string, string>>(labels: T, key: string) => labels[key as keyof T] ?? key;

/** The subjects of the relais, by id, in their order (archived ones too: they still name past requests). */
async function subjectsById(deps: RequestsDeps, relaisId: string) {
  const subjects = await ensureDefaultSubjects(deps.db, relaisId, deps.clock.now());
  return new Map(subjects.map((s) => [s.id, s]));
}

async function summaries(deps: RequestsDeps, relaisId: string, rows: RequestSummaryRow[]) {
  const [links, subjects, communeName] = await Promise.all([
    subjectIdsOfRequests(
      deps.db,
      rows.map((r) => r.id),
    ),
    subjectsById(deps, relaisId),
    communeNamer(deps, relaisId),
  ]);
  return rows.map((row) => ({
    id: row.id,
    receivedAt: row.received_at,
    source: row.source,
    sourceLabel: label(REQUEST_SOURCES, row.source),
    public: row.public,
    publicLabel: label(PUBLICS, row.public),
    name: row.name,
    email: row.email,
    phone: row.phone,
    inseeCode: row.insee_code,
    communeName: communeName(row.insee_code),
    subjects: links
      .filter((l) => l.request_id === row.id)
      .flatMap((l) => subjects.get(l.subject_id) ?? [])
      .sort((a, b) => a.position - b.position)
      .map((s) => ({ id: s.id, label: s.label })),
    needs: row.needs,
    answerChannel: row.answer_channel,
    answerChannelLabel: label(ANSWER_CHANNELS, row.answer_channel),
    status: row.status,
    statusLabel: label(REQUEST_STATUSES, row.status),
    assignee: row.assignee_id ? { id: row.assignee_id, name: row.assignee_name ?? '' } : null,
    updatedAt: row.updated_at,
  }));
}

async function requireRequest(deps: RequestsDeps, relaisId: string, id: string): Promise<RequestRow> {
  const row = await findRequestRow(deps.db, relaisId, id);
  if (!row) throw new NotFoundError('Cette demande est introuvable.');
  return row;
}

/** A request with its answers, its history and who it may be assigned to. */
async function requestDetail(deps: RequestsDeps, relaisId: string, id: string) {
  const row = await requireRequest(deps, relaisId, id);
  const [[summary], messages, events, assignees] = await Promise.all([
    summaries(deps, relaisId, [row]),
    messagesOfRequest(deps.db, id),
    eventsOfRequest(deps.db, id),
    activeStaffAllowed(deps, relaisId, 'requests.handle'),
  ]);
  return {
    ...summary!,
    childAgeMonths: row.child_age_months === null ? null : Number(row.child_age_months),
    expectedBirthOn: row.expected_birth_on,
    consentAt: row.consent_at,
    family: row.family_id ? { id: row.family_id, name: row.family_name ?? 'Famille anonymisée' } : null,
    childminder: row.childminder_id
      ? {
          id: row.childminder_id,
          name: `${row.childminder_first_name ?? ''} ${row.childminder_last_name ?? ''}`.trim(),
        }
      : null,
    contactId: row.contact_id,
    outcome: row.outcome,
    outcomeLabel: row.outcome ? label(OUTCOMES, row.outcome) : null,
    closingNote: row.closing_note,
    closedAt: row.closed_at,
    anonymised: row.anonymised_at !== null,
    messages: messages.map((m) => ({
      id: m.id,
      at: m.created_at,
      author: m.author_name ?? null,
      to: m.recipient,
      text: m.body,
    })),
    events: events.map((e) => ({
      id: e.id,
      at: e.at,
      kind: e.kind,
      label: label(REQUEST_EVENTS, e.kind),
      actor: e.actor_name ?? null,
      detail: e.detail,
    })),
    assignees,
  };
}
export type RequestDetail = Awaited<ReturnType<typeof requestDetail>>;

/** Checks the subjects are subjects of the relais (and, for the public, still offered). */
async function checkSubjects(deps: RequestsDeps, relaisId: string, subjectIds: string[], activeOnly: boolean) {
  const subjects = await ensureDefaultSubjects(deps.db, relaisId, deps.clock.now());
  const offered = new Set(subjects.filter((s) => !activeOnly || s.archivedAt === null).map((s) => s.id));
  if (subjectIds.some((id) => !offered.has(id))) {
    invalidInput([{ field: 'subjectIds', message: 'Thème inconnu dans ce relais.' }]);
  }
}

interface NewRequest {
  relaisId: string;
  source: RequestSource;
  public: RequestPublic;
  name: string;
  email: string;
  phone: string;
  inseeCode: string | null;
  subjectIds: string[];
  childAgeMonths: number | null;
  expectedBirthOn: string | null;
  needs: string;
  answerChannel: AnswerChannel;
  consentAt: string | null;
  receivedAt: string;
  createdBy: Actor | undefined;
}

async function insertRequest(deps: RequestsDeps, request: NewRequest): Promise<string> {
  const problems = requestProblems(request, parisToday(deps.clock));
  if (problems.length > 0) invalidInput(problems);
  const id = crypto.randomUUID();
  const now = deps.clock.now().toISOString();
  await insertRequestRow(
    deps.db,
    {
      id,
      relais_id: request.relaisId,
      source: request.source,
      public: request.public,
      name: request.name,
      email: request.email,
      phone: request.phone,
      insee_code: request.inseeCode,
      child_age_months: request.childAgeMonths,
      expected_birth_on: request.expectedBirthOn,
      needs: request.needs,
      answer_channel: request.answerChannel,
      consent_at: request.consentAt,
      status: 'new',
      assignee_id: null,
      family_id: null,
      childminder_id: null,
      counted_at: null,
      contact_id: null,
      outcome: null,
      received_at: request.receivedAt,
      created_by: request.createdBy?.userId ?? null,
      created_at: now,
      updated_at: now,
      closed_at: null,
      anonymised_at: null,
    },
    [...new Set(request.subjectIds)],
    event(id, 'created', request.createdBy, REQUEST_SOURCES[request.source], now),
  );
  return id;
}

function event(requestId: string, kind: RequestEventKind, actor: Actor | undefined, detail: string, at: string) {
  return { id: crypto.randomUUID(), request_id: requestId, kind, actor_id: actor?.userId ?? null, detail, at };
}

// ---------------------------------------------------------------------------------------------
// The public door.

/** What the public form offers: the communes of the territory and the subjects of the relais. */
export async function getRequestForm(deps: RequestsDeps, slug: string) {
  const relais = await getPublicRelais(deps, slug);
  const subjects = await ensureDefaultSubjects(deps.db, relais.id, deps.clock.now());
  return {
    relais: {
      name: relais.card.name,
      email: relais.card.email,
      phone: relais.card.phone,
      retentionMonths: relais.familyRetentionMonths,
    },
    communes: relais.communes
      .map((c) => ({ inseeCode: c.inseeCode, name: c.name }))
      .sort((a, b) => a.name.localeCompare(b.name, 'fr')),
    subjects: subjects.filter((s) => s.archivedAt === null).map((s) => ({ id: s.id, label: s.label })),
  };
}

/**
 * A request sent from the public form: checked, stored as "new" and confirmed by e-mail when an
 * address is given. A filled trap field (robots) is answered the same way and stores nothing.
 */
export async function submitPublicRequest(deps: RequestsDeps, slug: string, input: PublicRequestInput) {
  const relais = await getPublicRelais(deps, slug);
  if (input.website) return;
  if (!relais.communes.some((c) => c.inseeCode === input.inseeCode)) {
    throw new CommuneOutsideTerritoryError(findCommune(input.inseeCode)?.name ?? input.inseeCode, relais.card.name);
  }
  await checkSubjects(deps, relais.id, input.subjectIds, true);
  const now = deps.clock.now().toISOString();
  const id = await insertRequest(deps, {
    ...input,
    relaisId: relais.id,
    source: 'online',
    consentAt: now,
    receivedAt: now,
    createdBy: undefined,
  });
  if (input.email) {
    const subjects = await subjectsById(deps, relais.id);
    // Nothing the sender typed goes into this message: the form must not relay text to any address.
    await queueMail(deps, {
      relaisId: relais.id,
      purpose: 'request_confirmation',
      to: input.email,
      subject: `Votre demande au ${relais.card.name}`,
      paragraphs: [
        `Le ${relais.card.name} a bien reçu votre demande (${input.subjectIds.map((s) => subjects.get(s)?.label).join(', ')}).`,
        input.answerChannel === 'email'
          ? 'Une animatrice ou un animateur du relais vous répondra par e-mail dans les meilleurs délais.'
          : 'Une animatrice ou un animateur du relais vous rappellera au numéro indiqué dans les meilleurs délais.',
        `Pour toute question : ${relais.card.phone} ou ${relais.card.email}.`,
        'Si vous n’êtes pas à l’origine de cette demande, ignorez ce message.',
      ],
    });
  }
  await recordAudit(deps, undefined, {
    relaisId: relais.id,
    action: 'request.received',
    subjectType: 'request',
    subjectId: id,
    summary: 'Demande reçue par le formulaire en ligne',
  });
}

// ---------------------------------------------------------------------------------------------
// The staff inbox.

/** A request received elsewhere (monenfant.fr, e-mail, phone, visit), typed in by staff. */
export async function createStaffRequest(
  deps: RequestsDeps,
  actor: Actor | undefined,
  relaisId: string,
  input: StaffRequestInput,
) {
  const who = authorize(actor, 'requests.handle', relaisId);
  if (input.inseeCode && !findCommune(input.inseeCode)) throw new UnknownCommuneCodeError(input.inseeCode);
  const now = deps.clock.now();
  const receivedAt = input.receivedAt ? new Date(input.receivedAt) : now;
  if (receivedAt > now)
    invalidInput([{ field: 'receivedAt', message: 'Une demande ne peut pas être reçue dans le futur.' }]);
  if (parisDate(receivedAt) < '2000-01-01')
    invalidInput([{ field: 'receivedAt', message: 'La date est trop ancienne.' }]);
  await checkSubjects(deps, relaisId, input.subjectIds, false);
  const id = await insertRequest(deps, {
    ...input,
    relaisId,
    answerChannel: input.answerChannel ?? (input.email ? 'email' : 'phone'),
    consentAt: null,
    receivedAt: receivedAt.toISOString(),
    createdBy: who,
  });
  await recordAudit(deps, who, {
    relaisId,
    action: 'request.created',
    subjectType: 'request',
    subjectId: id,
    summary: `Demande saisie (${REQUEST_SOURCES[input.source]})`,
  });
  return requestDetail(deps, relaisId, id);
}

export async function listRequests(
  deps: RequestsDeps,
  actor: Actor | undefined,
  relaisId: string,
  filters: RequestFilters,
  page: number,
) {
  authorize(actor, 'requests.read', relaisId);
  const [{ rows, counts }, assignees] = await Promise.all([
    listRequestRows(deps.db, relaisId, filters, page),
    activeStaffAllowed(deps, relaisId, 'requests.handle'),
  ]);
  const count = (status: RequestStatus) => counts.get(status) ?? 0;
  const total = filters.status ? count(filters.status) : [...counts.values()].reduce((a, b) => a + b, 0);
  await recordAudit(deps, actor, {
    relaisId,
    action: 'read',
    subjectType: 'request',
    summary: `Consultation des demandes (${rows.length} sur ${total})`,
  });
  return {
    requests: await summaries(deps, relaisId, rows),
    total,
    page,
    pageSize: REQUESTS_PAGE_SIZE,
    counts: { new: count('new'), assigned: count('assigned'), answered: count('answered'), closed: count('closed') },
    assignees,
  };
}

export async function getRequest(deps: RequestsDeps, actor: Actor | undefined, relaisId: string, id: string) {
  authorize(actor, 'requests.read', relaisId);
  const detail = await requestDetail(deps, relaisId, id);
  await recordAudit(deps, actor, {
    relaisId,
    action: 'read',
    subjectType: 'request',
    subjectId: id,
    summary: `Consultation d’une demande (${detail.publicLabel}, ${detail.sourceLabel})`,
  });
  return detail;
}

/** Records the change, writes it to the history and the audit log, and answers the request as it now is. */
async function change(
  deps: RequestsDeps,
  actor: Actor,
  request: RequestRow,
  relaisId: string,
  kind: RequestEventKind,
  detail: string,
  patch: Parameters<typeof changeRequestRow>[3],
  message?: Parameters<typeof changeRequestRow>[5],
) {
  const now = deps.clock.now().toISOString();
  await changeRequestRow(
    deps.db,
    relaisId,
    request.id,
    { ...patch, updated_at: now },
    event(request.id, kind, actor, detail, now),
    message,
  );
  await recordAudit(deps, actor, {
    relaisId,
    action: `request.${kind}`,
    subjectType: 'request',
    subjectId: request.id,
    summary: `Demande : ${REQUEST_EVENTS[kind].toLowerCase()}${detail ? ` (${detail})` : ''}`,
  });
}

/** Assigns a request to a staff member of the relais who may handle requests, or to no one. */
export async function assignRequest(
  deps: RequestsDeps,
  actor: Actor | undefined,
  relaisId: string,
  id: string,
  accountId: string | null,
) {
  const who = authorize(actor, 'requests.handle', relaisId);
  const request = await requireRequest(deps, relaisId, id);
  const assignees = await activeStaffAllowed(deps, relaisId, 'requests.handle');
  const assignee = accountId === null ? null : assignees.find((a) => a.id === accountId);
  if (assignee === undefined) {
    invalidInput([{ field: 'accountId', message: 'Ce compte ne peut pas traiter les demandes de ce relais.' }]);
  }
  if (accountId !== request.assignee_id) {
    const status = request.status as RequestStatus;
    await change(deps, who, request, relaisId, 'assigned', assignee ? `à ${assignee.name}` : 'retirée', {
      assignee_id: accountId,
      status: status === 'new' || status === 'assigned' ? openStatus(false, accountId) : status,
    });
  }
  return requestDetail(deps, relaisId, id);
}

/**
 * The first answer, or the closing of a request never answered, makes it one contact of the log
 * (once, even when two staff members act at the same instant).
 */
async function countOnce(deps: RequestsDeps, actor: Actor, relaisId: string, id: string, outcome: Outcome) {
  const now = deps.clock.now().toISOString();
  if (!(await claimCounting(deps.db, relaisId, id, now))) return;
  try {
    const request = await requireRequest(deps, relaisId, id);
    const subjectIds = (await subjectIdsOfRequests(deps.db, [id])).map((l) => l.subject_id);
    const contact = await recordContact(deps, actor, relaisId, {
      occurredAt: now,
      channel: contactChannelOf(request.source as RequestSource),
      public: request.public as RequestPublic,
      inseeCode: request.insee_code,
      subjectIds,
      outcome,
      familyId: request.family_id,
      childminderId: request.childminder_id,
      note: `Demande (${label(REQUEST_SOURCES, request.source)})`,
    });
    await setCounted(deps.db, relaisId, id, { counted_at: now, contact_id: contact.id });
  } catch (error) {
    await setCounted(deps.db, relaisId, id, { counted_at: null, contact_id: null });
    throw error;
  }
}

/** Answers by e-mail: the message is queued, kept with its author, and the request is answered. */
export async function answerRequest(
  deps: RequestsDeps,
  actor: Actor | undefined,
  relaisId: string,
  id: string,
  text: string,
) {
  const who = authorize(actor, 'requests.handle', relaisId);
  const request = await requireRequest(deps, relaisId, id);
  if (request.status === 'closed') throw new RequestClosedError();
  if (!request.email) throw new NoEmailError();
  const relais = await getRelais(deps, who, relaisId);
  const outboxId = await queueMail(deps, {
    relaisId,
    purpose: 'request_answer',
    to: request.email,
    subject: `Réponse à votre demande — ${relais.name}`,
    greeting: request.name ? `Bonjour ${request.name},` : 'Bonjour,',
    paragraphs: [
      ...text.split(/\n\s*\n/).map((p) => p.trim()),
      `${who.displayName}, ${relais.name}`,
      `Pour nous écrire : ${relais.email} — pour nous appeler : ${relais.phone}.`,
    ],
    footer: `${relais.name} — ce message vous est envoyé depuis Relais ; pour répondre, écrivez à ${relais.email}.`,
  });
  await change(
    deps,
    who,
    request,
    relaisId,
    'answered',
    'par e-mail',
    { status: 'answered' },
    {
      id: crypto.randomUUID(),
      request_id: id,
      author_id: who.userId,
      recipient: request.email,
      body: text,
      outbox_message_id: outboxId,
      created_at: deps.clock.now().toISOString(),
    },
  );
  await countOnce(deps, who, relaisId, id, 'informed');
  return requestDetail(deps, relaisId, id);
}

export async function closeRequest(
  deps: RequestsDeps,
  actor: Actor | undefined,
  relaisId: string,
  id: string,
  input: CloseInput,
) {
  const who = authorize(actor, 'requests.handle', relaisId);
  const request = await requireRequest(deps, relaisId, id);
  if (request.status === 'closed') throw new RequestClosedError();
  const outcome = input.outcome ?? 'informed';
  await change(deps, who, request, relaisId, 'closed', OUTCOMES[outcome], {
    status: 'closed',
    outcome,
    closing_note: input.note,
    closed_at: deps.clock.now().toISOString(),
  });
  await countOnce(deps, who, relaisId, id, outcome);
  return requestDetail(deps, relaisId, id);
}

export async function reopenRequest(deps: RequestsDeps, actor: Actor | undefined, relaisId: string, id: string) {
  const who = authorize(actor, 'requests.handle', relaisId);
  const request = await requireRequest(deps, relaisId, id);
  if (request.status !== 'closed') throw new RequestOpenError();
  const answered = (await messagesOfRequest(deps.db, id)).length > 0;
  await change(deps, who, request, relaisId, 'reopened', '', {
    status: openStatus(answered, request.assignee_id),
    closed_at: null,
  });
  return requestDetail(deps, relaisId, id);
}

/**
 * Links a request to a family or a childminder of the relais (or to no one); the contact it became,
 * if any, follows.
 */
export async function linkRequest(
  deps: RequestsDeps,
  actor: Actor | undefined,
  relaisId: string,
  id: string,
  link: LinkInput,
) {
  const who = authorize(actor, 'requests.handle', relaisId);
  const request = await requireRequest(deps, relaisId, id);
  const problems = linkProblems(request.public as RequestPublic, link);
  if (problems.length > 0) invalidInput(problems);
  if (link.familyId && !(await findFamilyRow(deps.db, relaisId, link.familyId))) {
    invalidInput([{ field: 'familyId', message: 'Famille inconnue dans ce relais.' }]);
  }
  if (link.childminderId && !(await childminderOfRelais(deps.db, relaisId, link.childminderId))) {
    invalidInput([{ field: 'childminderId', message: 'Assistant·e maternel·le inconnu·e dans ce relais.' }]);
  }
  if (link.familyId !== request.family_id || link.childminderId !== request.childminder_id) {
    const detail = link.familyId
      ? 'à une famille'
      : link.childminderId
        ? 'à la fiche d’un·e assistant·e maternel·le'
        : 'retiré';
    await change(deps, who, request, relaisId, 'linked', detail, {
      family_id: link.familyId,
      childminder_id: link.childminderId,
    });
    if (request.contact_id) await linkContact(deps, who, relaisId, request.contact_id, link);
  }
  return requestDetail(deps, relaisId, id);
}

/** Registers the requester as a family of the relais (name, e-mail, phone, commune) and links the request to it. */
export async function createFamilyFromRequest(
  deps: RequestsDeps,
  actor: Actor | undefined,
  relaisId: string,
  id: string,
) {
  authorize(actor, 'requests.handle', relaisId);
  const request = await requireRequest(deps, relaisId, id);
  if (!FAMILY_PUBLICS.includes(request.public as RequestPublic)) {
    invalidInput([{ field: 'familyId', message: 'Seule la demande d’une famille peut être rattachée à une famille.' }]);
  }
  if (request.name.trim().length < 2) {
    invalidInput([{ field: 'name', message: 'La demande ne porte pas de nom : la famille ne peut être enregistrée.' }]);
  }
  const family = await createFamily(deps, actor, relaisId, {
    name: request.name,
    email: request.email,
    phone: request.phone,
    inseeCode: request.insee_code,
  });
  return linkRequest(deps, actor, relaisId, id, { familyId: family.id, childminderId: null });
}
