/**
 * HTTP contracts of the employer-help routes around the calculator (public calculations, printable
 * summaries, simulations saved in a contact's file). The inputs and the result are the rules'
 * (employer-help.schemas.ts): reused here, never redefined.
 */
import { z } from 'zod';
import { relaisParams } from '../relais/relais.schemas.js';
import {
  absencesInput,
  allowancesInput,
  calcFigureSchema,
  calcResultSchema,
  endOfContractInput,
  extraHoursInput,
  paidLeaveInput,
  salaryInput,
  TOPIC_KEYS,
  type TopicKey,
} from './employer-help.schemas.js';

/** The input schema of each topic, with its precise type (TOPICS holds them as ZodType). */
export const TOPIC_INPUTS = {
  salary: salaryInput,
  'extra-hours': extraHoursInput,
  absences: absencesInput,
  'paid-leave': paidLeaveInput,
  allowances: allowancesInput,
  'end-of-contract': endOfContractInput,
} as const satisfies Record<TopicKey, z.ZodType>;

const uuid = (what: string) => z.uuid({ error: `${what} invalide.` });

export const contactSimulationsParams = relaisParams.extend({ contactId: uuid('Identifiant de contact') });
export const simulationParams = contactSimulationsParams.extend({ simulationId: uuid('Identifiant de simulation') });

const TOPIC_ERROR = `Sujet de calcul (topic) inconnu : ${TOPIC_KEYS.join(', ')}.`;

/** `{ topic, input }`: the input is checked against the schema of its topic (fields named `input.…`). */
export const simulationInput = z.discriminatedUnion(
  'topic',
  [
    z.object({ topic: z.literal('salary'), input: salaryInput }),
    z.object({ topic: z.literal('extra-hours'), input: extraHoursInput }),
    z.object({ topic: z.literal('absences'), input: absencesInput }),
    z.object({ topic: z.literal('paid-leave'), input: paidLeaveInput }),
    z.object({ topic: z.literal('allowances'), input: allowancesInput }),
    z.object({ topic: z.literal('end-of-contract'), input: endOfContractInput }),
  ],
  { error: TOPIC_ERROR },
);
export type SimulationInput = z.infer<typeof simulationInput>;

const author = z.object({ id: z.string(), name: z.string() }).nullable();

export const simulationSummarySchema = z.object({
  id: z.string(),
  topic: z.enum(TOPIC_KEYS),
  /** The topic's French title (« Salaire mensualisé »). */
  topicTitle: z.string(),
  /** The result's title (« Salaire mensualisé — mars 2026 »). */
  title: z.string(),
  /** The first figure of the result: the one a list shows. */
  mainFigure: calcFigureSchema.nullable(),
  createdAt: z.string(),
  createdBy: author,
});
export const simulationListSchema = z.object({ simulations: z.array(simulationSummarySchema) });

export const simulationSchema = simulationSummarySchema.extend({
  contactId: z.string(),
  /** The input as validated and saved (defaults filled in). */
  input: z.record(z.string(), z.unknown()),
  /** The result as computed when saved, with the legal values of that day. */
  result: calcResultSchema,
});

export { calcResultSchema };
