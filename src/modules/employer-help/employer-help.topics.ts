/**
 * The registry of the employer-help calculator: one entry per topic, its French title and summary,
 * its input schema and its pure computation. `calculate` validates (throwing zod's error as is)
 * then computes.
 */
import type { ZodType } from 'zod';
import { computeAbsences } from './employer-help.absences.rules.js';
import { computeAllowances } from './employer-help.allowances.rules.js';
import { computeEndOfContract } from './employer-help.end-of-contract.rules.js';
import { computeExtraHours } from './employer-help.extra-hours.rules.js';
import { computePaidLeave } from './employer-help.paid-leave.rules.js';
import { computeSalary } from './employer-help.salary.rules.js';
import type { CalcResult, TopicKey } from './employer-help.schemas.js';
import {
  absencesInput,
  allowancesInput,
  endOfContractInput,
  extraHoursInput,
  paidLeaveInput,
  salaryInput,
} from './employer-help.schemas.js';

export interface TopicEntry {
  title: string;
  summary: string;
  input: ZodType;
  compute: (input: unknown) => CalcResult;
}

/** Ties a schema to its computation (type-checked here), then erases the input type for the registry. */
function topic<S extends ZodType>(t: {
  title: string;
  summary: string;
  input: S;
  compute: (input: S['_output']) => CalcResult;
}): TopicEntry {
  return t as unknown as TopicEntry;
}

export const TOPICS: Record<TopicKey, TopicEntry> = {
  salary: topic({
    title: 'Salaire mensualisé',
    summary: 'Calcule le salaire mensualisé brut et net, et les heures et jours à déclarer à Pajemploi.',
    input: salaryInput,
    compute: computeSalary,
  }),
  'extra-hours': topic({
    title: 'Heures complémentaires et majorées',
    summary: 'Calcule la rémunération des heures faites en plus du contrat, jusqu’à 45 h puis au-delà avec majoration.',
    input: extraHoursInput,
    compute: computeExtraHours,
  }),
  absences: topic({
    title: 'Absences et déduction',
    summary: 'Dit quelles absences se déduisent du salaire mensualisé et calcule la déduction.',
    input: absencesInput,
    compute: computeAbsences,
  }),
  'paid-leave': topic({
    title: 'Congés payés',
    summary:
      'Calcule les jours acquis sur la période de référence et l’indemnité de congés payés, avec les façons de la verser.',
    input: paidLeaveInput,
    compute: computePaidLeave,
  }),
  allowances: topic({
    title: 'Indemnités d’entretien, repas et kilomètres',
    summary: 'Calcule les indemnités du mois en respectant le minimum d’entretien par jour d’accueil.',
    input: allowancesInput,
    compute: computeAllowances,
  }),
  'end-of-contract': topic({
    title: 'Fin de contrat',
    summary:
      'Calcule le préavis, l’indemnité de rupture, la régularisation et les congés non pris à la fin du contrat.',
    input: endOfContractInput,
    compute: computeEndOfContract,
  }),
};

/** Validates `raw` with the topic's schema (throws the ZodError as is), then computes. */
export function calculate(topic: TopicKey, raw: unknown): CalcResult {
  const entry = TOPICS[topic];
  const input: unknown = entry.input.parse(raw);
  return entry.compute(input);
}
