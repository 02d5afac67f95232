/**
 * Builds a CalcResult step by step: each step with its formula in French and the articles it
 * applies; the result's articles are the union of its steps', in order of first use.
 */
import type { LegalValueInForce } from './employer-help.legal-values.js';
import { unverifiedWarnings, usedLegalValue } from './employer-help.legal-values.js';
import type { CalcFigure, CalcResult, CalcStep, FigureUnit, TopicKey } from './employer-help.schemas.js';
import { MONTH_NAMES } from '../../app/calendar.js';

/** Article references, written once. */
export const ART = {
  mensualisation: 'CCN IDCC 3239, socle spécifique assistant maternel, art. 109 (mensualisation)',
  hours: 'CCN IDCC 3239, socle spécifique assistant maternel, art. 110 (heures complémentaires et majorées)',
  minimumWage: 'CCN IDCC 3239, annexe 5 (salaires minima) ; art. D423-9 CASF',
  absencesChild: 'CCN IDCC 3239, socle spécifique assistant maternel, art. 105 (absences de l’enfant)',
  deduction: 'CCN IDCC 3239, socle spécifique assistant maternel, art. 111 (déduction des absences)',
  publicHolidays: 'CCN IDCC 3239, socle commun, art. 47 (jours fériés)',
  paidLeave: 'CCN IDCC 3239, socle commun, art. 48 (congés payés)',
  paidLeaveAm: 'CCN IDCC 3239, socle spécifique assistant maternel, art. 102 (congés payés)',
  allowances: 'CCN IDCC 3239, socle spécifique assistant maternel, art. 114 (indemnités et frais)',
  notice: 'CCN IDCC 3239, socle spécifique assistant maternel, art. 120 (préavis) ; art. L423-25 CASF',
  severance: 'CCN IDCC 3239, socle spécifique assistant maternel, art. 121.1 (indemnité de rupture)',
  regularisation: 'CCN IDCC 3239, socle spécifique assistant maternel, art. 109.2 (régularisation en année incomplète)',
  pajemploi: 'Pajemploi (Urssaf) : règles de déclaration mensuelle',
  codeTravailLeave: 'Code du travail, art. L3141-3 et L3141-24 (acquisition et indemnité de congés)',
} as const;

export class ResultBuilder {
  private readonly figures: CalcFigure[] = [];
  private readonly steps: CalcStep[] = [];
  private readonly warnings: string[] = [];
  private readonly extraArticles: string[] = [];
  private readonly legal = new Map<string, LegalValueInForce>();

  constructor(
    private readonly topic: TopicKey,
    private readonly title: string,
  ) {}

  step(label: string, formula: string, result: string, articles: string[] = []): this {
    this.steps.push({ label, formula, result, articles });
    return this;
  }
  figure(key: string, label: string, value: string, unit: FigureUnit): this {
    this.figures.push({ key, label, value, unit });
    return this;
  }
  warn(message: string): this {
    if (!this.warnings.includes(message)) this.warnings.push(message);
    return this;
  }
  article(reference: string): this {
    this.extraArticles.push(reference);
    return this;
  }
  uses(...values: (LegalValueInForce | null)[]): this {
    for (const v of values) if (v) this.legal.set(`${v.key}@${v.validFrom}`, v);
    return this;
  }

  build(): CalcResult {
    const articles: string[] = [];
    for (const a of [...this.steps.flatMap((s) => s.articles), ...this.extraArticles])
      if (!articles.includes(a)) articles.push(a);
    const used = [...this.legal.values()];
    return {
      topic: this.topic,
      title: this.title,
      figures: this.figures,
      steps: this.steps,
      articles,
      warnings: [...this.warnings, ...unverifiedWarnings(used)],
      legalValues: used.map(usedLegalValue),
    };
  }
}

/** "2026-03" → "mars 2026". */
export function frMonth(month: string): string {
  const [y, m] = month.split('-');
  return `${MONTH_NAMES[Number(m) - 1]} ${y}`;
}

/** "2026-03-05" → "05/03/2026". */
export function frDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}
