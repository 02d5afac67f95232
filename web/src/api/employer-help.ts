/**
 * The employer-help calculator (issue 7) as the web pages see it: the six topics with their French
 * addresses, titles and summaries, the calls to the public calculator and its PDF summary, and the
 * simulations staff save in a contact's file. The shapes are the server's own (type-only imports:
 * nothing of the server's validation code reaches the browser).
 */
import { queryOptions } from '@tanstack/react-query';
import type { CalcFigure, CalcResult, TopicKey } from '../../../src/modules/employer-help/employer-help.schemas.js';
import { api, toApiError, unwrap } from './client.js';
import { keys } from './gestion.js';
import type { paths } from './schema.js';

type Json<T> = T extends { content: { 'application/json': infer C } } ? C : never;
type Body<T> = T extends { content: { 'application/json': infer C } } ? C : never;

export type { CalcFigure, CalcResult, TopicKey };

export interface TopicInfo {
  key: TopicKey;
  /** The last segment of the page's address: /aide-employeur/salaire. */
  slug: string;
  title: string;
  summary: string;
}

/**
 * Titles and summaries as the server's topic registry writes them (a unit test keeps them equal),
 * in the order of the issue: salary first, the end of the contract last.
 */
export const TOPIC_LIST: readonly TopicInfo[] = [
  {
    key: 'salary',
    slug: 'salaire',
    title: 'Salaire mensualisé',
    summary: 'Calcule le salaire mensualisé brut et net, et les heures et jours à déclarer à Pajemploi.',
  },
  {
    key: 'extra-hours',
    slug: 'heures-en-plus',
    title: 'Heures complémentaires et majorées',
    summary: 'Calcule la rémunération des heures faites en plus du contrat, jusqu’à 45 h puis au-delà avec majoration.',
  },
  {
    key: 'absences',
    slug: 'absences',
    title: 'Absences et déduction',
    summary: 'Dit quelles absences se déduisent du salaire mensualisé et calcule la déduction.',
  },
  {
    key: 'paid-leave',
    slug: 'conges-payes',
    title: 'Congés payés',
    summary:
      'Calcule les jours acquis sur la période de référence et l’indemnité de congés payés, avec les façons de la verser.',
  },
  {
    key: 'allowances',
    slug: 'indemnites',
    title: 'Indemnités d’entretien, repas et kilomètres',
    summary: 'Calcule les indemnités du mois en respectant le minimum d’entretien par jour d’accueil.',
  },
  {
    key: 'end-of-contract',
    slug: 'fin-de-contrat',
    title: 'Fin de contrat',
    summary:
      'Calcule le préavis, l’indemnité de rupture, la régularisation et les congés non pris à la fin du contrat.',
  },
];

export const topicBySlug = (slug: string): TopicInfo | undefined => TOPIC_LIST.find((t) => t.slug === slug);
export const topicByKey = (key: string): TopicInfo | undefined => TOPIC_LIST.find((t) => t.key === key);

/** The figures shown large at the top of a result, by topic (the others follow, smaller). */
export const MAIN_FIGURES: Record<TopicKey, string[]> = {
  salary: ['monthlyGross', 'monthlyNet', 'pajemploiHours', 'pajemploiDays'],
  'extra-hours': ['totalGross', 'complementaryHours', 'majoratedHours'],
  absences: ['deduction', 'grossAfterDeduction'],
  'paid-leave': ['daysAcquired', 'leavePay'],
  allowances: ['total', 'maintenanceTotal'],
  'end-of-contract': ['total', 'severance', 'leaveCompensation'],
};

const GROUP = '\u202f';

/** "1234.5" → "1 234,5" without going through a float (the server's decimals stay exact). */
export function frenchDecimal(value: string, minFraction = 0): string {
  const negative = value.startsWith('-');
  const [int = '0', fraction = ''] = value.replace(/^-/, '').split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, GROUP);
  const digits = fraction.padEnd(minFraction, '0');
  return `${negative ? '−' : ''}${grouped}${digits ? `,${digits}` : ''}`;
}

/** A figure of a result in French: "628,67 €", "173,33 h", "17 jours", "10 %". */
export function formatFigure(figure: Pick<CalcFigure, 'value' | 'unit'>): string {
  const n = Number(figure.value);
  switch (figure.unit) {
    case 'EUR':
      return `${frenchDecimal(figure.value, 2)}\u00a0€`;
    case 'hours':
      return `${frenchDecimal(figure.value)}\u00a0h`;
    case 'days':
      return `${frenchDecimal(figure.value)}\u00a0jour${Math.abs(n) >= 2 ? 's' : ''}`;
    case 'weeks':
      return `${frenchDecimal(figure.value)}\u00a0semaine${Math.abs(n) >= 2 ? 's' : ''}`;
    case 'percent':
      return `${frenchDecimal(figure.value)}\u00a0%`;
    default:
      return frenchDecimal(figure.value);
  }
}

/**
 * The server's messages name the JSON field after the French words ("Heures par semaine
 * (hoursPerWeek) : 60 au plus."): useful to a developer, noise to a parent, who reads the message
 * under the field it is about. Removes those technical names.
 */
export function plainMessage(message: string): string {
  return message.replace(/\s\([A-Za-z][A-Za-z0-9]*(?:\.[A-Za-z0-9]+)*\)/g, '');
}

// ---------------------------------------------------------------------------------------------
// Calls

/** The one path of each topic (typed as the salary's: the server checks each body against its own topic). */
type CalcPath = '/api/public/employer-help/salary';
type PdfPath = '/api/public/employer-help/salary/summary.pdf';
type SalaryBody = Body<paths[CalcPath]['post']['requestBody']>;

/** Computes a topic: the CalcResult, or an ApiError with the field errors (French). */
export function calculate(topic: TopicKey, input: unknown): Promise<CalcResult> {
  return unwrap(
    api.POST(`/api/public/employer-help/${topic}` as CalcPath, { body: input as SalaryBody }),
  ) as Promise<CalcResult>;
}

/** Asks the server for the PDF summary of the same input, and has the browser save it. */
export async function downloadSummaryPdf(topic: TopicKey, input: unknown): Promise<void> {
  const blob = await fetchBlob(
    api.POST(`/api/public/employer-help/${topic}/summary.pdf` as PdfPath, {
      body: input as SalaryBody,
      parseAs: 'blob',
    }),
  );
  saveBlob(blob, `recapitulatif-${topicByKey(topic)?.slug ?? topic}.pdf`);
}

async function fetchBlob(call: Promise<{ data?: unknown; error?: unknown; response: Response }>): Promise<Blob> {
  let result: Awaited<typeof call>;
  try {
    result = await call;
  } catch {
    throw toApiError(0, null);
  }
  if (!result.response.ok) {
    // With parseAs 'blob', an error body comes as a Blob too: read its JSON for the French message.
    let body: unknown = result.error;
    if (body instanceof Blob)
      body = await body.text().then(
        (t) => JSON.parse(t) as unknown,
        () => null,
      );
    throw toApiError(result.response.status, body);
  }
  return result.data as Blob;
}

function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

// ---------------------------------------------------------------------------------------------
// Simulations saved in a contact's file (staff)

type SimulationsPath = paths['/api/relais/{relaisId}/contacts/{contactId}/simulations'];
export type SavedSimulation = Json<SimulationsPath['get']['responses'][200]>['simulations'][number];
type SimulationBody = Body<SimulationsPath['post']['requestBody']>;

export const simulationKeys = {
  contact: (relaisId: string, contactId: string) =>
    [...keys.relais(relaisId), 'contacts', 'simulations', contactId] as const,
};

export const simulationsQuery = (relaisId: string, contactId: string) =>
  queryOptions({
    queryKey: simulationKeys.contact(relaisId, contactId),
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/relais/{relaisId}/contacts/{contactId}/simulations', {
            params: { path: { relaisId, contactId } },
          }),
        )
      ).simulations,
  });

export function saveSimulation(relaisId: string, contactId: string, topic: TopicKey, input: unknown) {
  return unwrap(
    api.POST('/api/relais/{relaisId}/contacts/{contactId}/simulations', {
      params: { path: { relaisId, contactId } },
      body: { topic, input } as SimulationBody,
    }),
  );
}

export function deleteSimulation(relaisId: string, contactId: string, simulationId: string) {
  return unwrap(
    api.DELETE('/api/relais/{relaisId}/contacts/{contactId}/simulations/{simulationId}', {
      params: { path: { relaisId, contactId, simulationId } },
    }),
  );
}

/** The address of a saved simulation's PDF summary (a GET: a plain link with the session's cookie). */
export const simulationPdfHref = (relaisId: string, contactId: string, simulationId: string) =>
  `/api/relais/${encodeURIComponent(relaisId)}/contacts/${encodeURIComponent(contactId)}/simulations/${encodeURIComponent(simulationId)}/summary.pdf`;
