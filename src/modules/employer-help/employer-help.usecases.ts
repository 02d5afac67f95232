/**
 * Application logic of the employer-help calculator around its pure rules: public calculations
 * and their printable summaries, and the simulations animators save in a contact's file (staff of
 * the relais who keep the contact log; every query scoped by relais; an audit entry for each read
 * or change).
 */
import type { Kysely } from 'kysely';
import { ZodError } from 'zod';
import { parisDate, type Clock } from '../../app/clock.js';
import { authorize, type Actor } from '../../app/policy.js';
import type { Database } from '../../db/schema.js';
import { recordAudit } from '../audit/audit.usecases.js';
import { retentionCutoffs } from '../contacts/contacts.retention.js';
import { findRelaisSummary } from '../relais/relais.usecases.js';
import {
  asAppError,
  invalidCalcInput,
  SimulationContactNotFoundError,
  SimulationNotFoundError,
} from './employer-help.errors.js';
import { summaryFileName, summaryPdf } from './employer-help.pdf.js';
import {
  deleteExpiredSimulationRows,
  deleteSimulationRow,
  findSimulationRow,
  insertSimulationRow,
  listSimulationRows,
  liveContactExists,
  type SimulationRow,
} from './employer-help.repository.js';
import { calcResultSchema, TOPIC_KEYS, type CalcResult, type TopicKey } from './employer-help.schemas.js';
import { TOPIC_INPUTS, type SimulationInput } from './employer-help.simulations.schemas.js';
import { TOPICS } from './employer-help.topics.js';

export interface EmployerHelpDeps {
  db: Kysely<Database>;
  clock: Clock;
}

/**
 * Validates `raw` against the topic's schema and computes. Refused input: InvalidInputError with
 * every field (prefixed by `prefix`); a month without legal values: 422.
 */
export function computeTopic(topic: TopicKey, raw: unknown, prefix: (string | number)[] = []): CalcResult {
  const parsed = TOPIC_INPUTS[topic].safeParse(raw);
  if (!parsed.success) throw invalidCalcInput(parsed.error, prefix);
  try {
    return TOPICS[topic].compute(parsed.data);
  } catch (error) {
    if (error instanceof ZodError) throw invalidCalcInput(error, prefix);
    throw asAppError(error);
  }
}

/** A public calculation (no account). */
export function publicCalculation(topic: TopicKey, input: unknown): CalcResult {
  return computeTopic(topic, input);
}

/** The printable summary of a public calculation, dated now. */
export async function publicSummaryPdf(deps: EmployerHelpDeps, topic: TopicKey, input: unknown) {
  const result = computeTopic(topic, input);
  const calculatedAt = deps.clock.now().toISOString();
  const pdf = await summaryPdf({ topic, input: TOPIC_INPUTS[topic].parse(input), result, calculatedAt });
  return { pdf, fileName: summaryFileName(topic, calculatedAt) };
}

function parsedResult(row: SimulationRow): CalcResult {
  return calcResultSchema.parse(JSON.parse(row.result_json)) as CalcResult;
}

function topicOf(row: SimulationRow): TopicKey {
  return (TOPIC_KEYS as readonly string[]).includes(row.topic) ? (row.topic as TopicKey) : 'salary';
}

function summaryDto(row: SimulationRow) {
  const result = parsedResult(row);
  const topic = topicOf(row);
  return {
    id: row.id,
    topic,
    topicTitle: TOPICS[topic].title,
    title: result.title,
    mainFigure: result.figures[0] ?? null,
    createdAt: row.created_at,
    createdBy: row.created_by ? { id: row.created_by, name: row.created_by_name ?? '' } : null,
  };
}

function simulationDto(row: SimulationRow) {
  return {
    ...summaryDto(row),
    contactId: row.contact_id,
    input: JSON.parse(row.input_json) as Record<string, unknown>,
    result: parsedResult(row),
  };
}
export type SimulationDto = ReturnType<typeof simulationDto>;

async function ensureContact(deps: EmployerHelpDeps, relaisId: string, contactId: string) {
  if (!(await liveContactExists(deps.db, relaisId, contactId))) throw new SimulationContactNotFoundError();
}

async function loadSimulation(deps: EmployerHelpDeps, relaisId: string, contactId: string, id: string) {
  const row = await findSimulationRow(deps.db, relaisId, contactId, id);
  if (!row) throw new SimulationNotFoundError();
  return row;
}

/** Computes with the rules of today and saves the input and the result in the contact's file. */
export async function saveSimulation(
  deps: EmployerHelpDeps,
  actor: Actor | undefined,
  relaisId: string,
  contactId: string,
  body: SimulationInput,
): Promise<SimulationDto> {
  const who = authorize(actor, 'contacts.record', relaisId);
  await ensureContact(deps, relaisId, contactId);
  const result = computeTopic(body.topic, body.input, ['input']);
  const id = crypto.randomUUID();
  await insertSimulationRow(deps.db, {
    id,
    relais_id: relaisId,
    contact_id: contactId,
    topic: body.topic,
    input_json: JSON.stringify(body.input),
    result_json: JSON.stringify(result),
    created_by: who.userId,
    created_at: deps.clock.now().toISOString(),
  });
  await recordAudit(deps, actor, {
    relaisId,
    action: 'employerSimulation.created',
    subjectType: 'contact',
    subjectId: contactId,
    summary: `Simulation « ${TOPICS[body.topic].title} » enregistrée dans un contact`,
  });
  return simulationDto(await loadSimulation(deps, relaisId, contactId, id));
}

export async function listSimulations(
  deps: EmployerHelpDeps,
  actor: Actor | undefined,
  relaisId: string,
  contactId: string,
) {
  authorize(actor, 'contacts.read', relaisId);
  await ensureContact(deps, relaisId, contactId);
  const rows = await listSimulationRows(deps.db, relaisId, contactId);
  await recordAudit(deps, actor, {
    relaisId,
    action: 'read',
    subjectType: 'contact',
    subjectId: contactId,
    summary: `Consultation des simulations d’un contact (${rows.length})`,
  });
  return { simulations: rows.map(summaryDto) };
}

export async function getSimulation(
  deps: EmployerHelpDeps,
  actor: Actor | undefined,
  relaisId: string,
  contactId: string,
  id: string,
): Promise<SimulationDto> {
  authorize(actor, 'contacts.read', relaisId);
  const row = await loadSimulation(deps, relaisId, contactId, id);
  await recordAudit(deps, actor, {
    relaisId,
    action: 'read',
    subjectType: 'employerSimulation',
    subjectId: id,
    summary: `Consultation d’une simulation « ${TOPICS[topicOf(row)].title} »`,
  });
  return simulationDto(row);
}

/** The printable summary of a saved simulation: its input and result as saved, dated when saved. */
export async function savedSimulationPdf(
  deps: EmployerHelpDeps,
  actor: Actor | undefined,
  relaisId: string,
  contactId: string,
  id: string,
) {
  authorize(actor, 'contacts.read', relaisId);
  const row = await loadSimulation(deps, relaisId, contactId, id);
  const relais = await findRelaisSummary(deps, relaisId);
  const topic = topicOf(row);
  const pdf = await summaryPdf({
    topic,
    input: JSON.parse(row.input_json) as unknown,
    result: parsedResult(row),
    calculatedAt: row.created_at,
    relaisName: relais?.name,
  });
  await recordAudit(deps, actor, {
    relaisId,
    action: 'read',
    subjectType: 'employerSimulation',
    subjectId: id,
    summary: `Impression d’une simulation « ${TOPICS[topic].title} »`,
  });
  return { pdf, fileName: summaryFileName(topic, row.created_at) };
}

export async function deleteSimulation(
  deps: EmployerHelpDeps,
  actor: Actor | undefined,
  relaisId: string,
  contactId: string,
  id: string,
): Promise<void> {
  authorize(actor, 'contacts.record', relaisId);
  const row = await loadSimulation(deps, relaisId, contactId, id);
  await deleteSimulationRow(deps.db, relaisId, contactId, id);
  await recordAudit(deps, actor, {
    relaisId,
    action: 'employerSimulation.deleted',
    subjectType: 'contact',
    subjectId: contactId,
    summary: `Simulation « ${TOPICS[topicOf(row)].title} » du ${parisDate(new Date(row.created_at))} supprimée`,
  });
}

/**
 * GDPR, with the contact log: in every relais, the simulations of a removed contact, of a contact
 * older than the families' retention delay, or saved before it, are deleted. Returns how many.
 */
export async function purgeEmployerSimulations(deps: EmployerHelpDeps): Promise<number> {
  let purged = 0;
  for (const { id: relaisId, cutoff } of await retentionCutoffs(deps)) {
    const count = await deleteExpiredSimulationRows(deps.db, relaisId, cutoff);
    if (count > 0) {
      await recordAudit(deps, undefined, {
        relaisId,
        action: 'employerSimulation.purged',
        subjectType: 'employerSimulation',
        summary: `${count} simulation${count > 1 ? 's' : ''} supprimée${count > 1 ? 's' : ''} (contact supprimé ou antérieur au ${cutoff})`,
      });
    }
    purged += count;
  }
  return purged;
}
