/**
 * Deduction of unpaid absences from the monthly salary (art. 111): salary × absent units ÷ units
 * that would really have been worked in the month — hours for a 52-week contract, days for the
 * others. Which absences are deducted: the childminder's (illness, unpaid or unacquired leave);
 * the child's illness with a medical certificate within its limits (5 days in 12 rolling months;
 * a long illness or a hospitalisation); never the parents' convenience, never 1 May or an ordinary
 * public holiday on a usual working day (art. 47). Pure.
 */
import { legalValuesOn } from './employer-help.legal-values.js';
import type { Decimal } from './employer-help.money.js';
import { cents, dec, frMoney, frNumber, max, min, moneyString, quantityString, sum } from './employer-help.money.js';
import { ART, frMonth, ResultBuilder } from './employer-help.result.js';
import type { AbsenceItem, AbsencesInput, CalcResult } from './employer-help.schemas.js';

/** Days of the child's illness that may be left unpaid in 12 rolling months (art. 105). */
export const CHILD_ILLNESS_DAYS_PER_12_MONTHS = 5;
/** Calendar days in a row from which the child's illness is a long one (art. 105). */
export const LONG_ILLNESS_CALENDAR_DAYS = 14;

const REASON_LABEL: Record<AbsenceItem['reason'], string> = {
  'child-illness': 'Maladie de l’enfant',
  'child-other': 'Absence de l’enfant (convenance des parents)',
  'childminder-illness': 'Arrêt maladie de l’assistant maternel',
  'childminder-unpaid-leave': 'Congé sans solde de l’assistant maternel',
  'childminder-unacquired-leave': 'Congés payés non acquis (année complète)',
  'public-holiday-may-1': '1er mai chômé',
  'public-holiday-other': 'Jour férié ordinaire chômé',
};

interface Verdict {
  deducted: Decimal;
  why: string;
  articles: string[];
}

export function computeAbsences(input: AbsencesInput): CalcResult {
  legalValuesOn(input.month);
  const fullYear = input.weeksPerYear === 52;
  const unit = fullYear ? 'h' : 'jour(s)';
  const r = new ResultBuilder('absences', `Absences et déduction — ${frMonth(input.month)}`);
  r.step(
    'Méthode de déduction',
    fullYear
      ? 'Année complète : déduction en heures (salaire × heures d’absence ÷ heures qui auraient été travaillées dans le mois)'
      : 'Année incomplète : déduction en jours (salaire × jours d’absence ÷ jours qui auraient été travaillés dans le mois)',
    `${frNumber(input.unitsScheduledInMonth)} ${unit} prévus dans le mois`,
    [ART.deduction],
  );

  let illnessDaysLeft = Math.max(0, CHILD_ILLNESS_DAYS_PER_12_MONTHS - input.childIllnessDaysInPrevious12Months);
  let illnessDaysUsed = 0;
  const verdicts = input.absences.map((a): Verdict => {
    const units = dec(a.units);
    switch (a.reason) {
      case 'childminder-illness':
      case 'childminder-unpaid-leave':
      case 'childminder-unacquired-leave':
        return { deducted: units, why: 'absence du fait du salarié : déduite', articles: [ART.deduction] };
      case 'child-other':
        return {
          deducted: dec(0),
          why: 'absence non prévue au contrat du fait des parents : rémunérée',
          articles: [ART.absencesChild],
        };
      case 'public-holiday-may-1':
        return {
          deducted: dec(0),
          why: '1er mai chômé un jour habituel de travail : aucune perte de salaire',
          articles: [ART.publicHolidays],
        };
      case 'public-holiday-other':
        return a.workedDayBeforeAndAfter
          ? {
              deducted: dec(0),
              why: 'férié chômé un jour habituel de travail : rémunéré',
              articles: [ART.publicHolidays],
            }
          : {
              deducted: units,
              why: 'férié chômé sans avoir travaillé le dernier jour avant et le premier jour après (sans autorisation) : non rémunéré',
              articles: [ART.publicHolidays],
            };
      case 'child-illness': {
        if (!a.medicalCertificate)
          return {
            deducted: dec(0),
            why: 'sans certificat médical ni bulletin d’hospitalisation : rémunérée',
            articles: [ART.absencesChild],
          };
        const long = a.hospitalisation || (a.consecutiveCalendarDays ?? 0) >= LONG_ILLNESS_CALENDAR_DAYS;
        if (long) {
          r.warn(
            'Maladie de 14 jours calendaires consécutifs ou hospitalisation : au-delà de 14 jours consécutifs, le parent reprend le paiement du salaire ou rompt le contrat.',
          );
          return {
            deducted: units,
            why: a.hospitalisation
              ? 'hospitalisation justifiée : non rémunérée'
              : 'maladie de 14 jours calendaires consécutifs ou plus, justifiée : non rémunérée',
            articles: [ART.absencesChild],
          };
        }
        const days = a.days ?? 0;
        const unpaidDays = Math.min(days, illnessDaysLeft);
        illnessDaysLeft -= unpaidDays;
        illnessDaysUsed += unpaidDays;
        const deducted = days === 0 ? dec(0) : units.times(unpaidDays).div(days);
        if (unpaidDays < days)
          r.warn(
            `Maladie de l’enfant : la limite de ${CHILD_ILLNESS_DAYS_PER_12_MONTHS} jours sur 12 mois glissants est atteinte ; ${days - unpaidDays} jour(s) restent rémunérés.`,
          );
        return {
          deducted,
          why: `courte maladie justifiée : ${unpaidDays} jour(s) sur ${days} dans la limite de ${CHILD_ILLNESS_DAYS_PER_12_MONTHS} jours sur 12 mois glissants`,
          articles: [ART.absencesChild],
        };
      }
    }
  });

  input.absences.forEach((a, i) => {
    const v = verdicts[i]!;
    r.step(
      `${REASON_LABEL[a.reason]} (${frNumber(a.units)} ${unit})`,
      v.why,
      `${frNumber(v.deducted)} ${unit} déduit(s)`,
      v.articles,
    );
  });

  const scheduled = dec(input.unitsScheduledInMonth);
  const deductedUnits = min(sum(verdicts.map((v) => v.deducted)), scheduled);
  const salary = dec(input.monthlyGrossSalary);
  const deduction = cents(salary.times(deductedUnits).div(scheduled));
  const after = max(salary.minus(deduction), 0);
  r.step(
    'Déduction',
    `${frMoney(salary)} × ${frNumber(deductedUnits)} ${unit} ÷ ${frNumber(scheduled)} ${unit} (arrondi au centime)`,
    frMoney(deduction),
    [ART.deduction],
  );
  r.step('Salaire brut du mois après déduction', `${frMoney(salary)} − ${frMoney(deduction)}`, frMoney(after), [
    ART.deduction,
  ]);
  r.figure(
    'deductedUnits',
    fullYear ? 'Heures déduites' : 'Jours déduits',
    quantityString(deductedUnits),
    fullYear ? 'hours' : 'days',
  );
  r.figure('deduction', 'Déduction brute', moneyString(deduction), 'EUR');
  r.figure('grossAfterDeduction', 'Salaire brut après déduction', moneyString(after), 'EUR');
  r.figure(
    'childIllnessDaysUnpaid',
    'Jours de maladie de l’enfant non rémunérés ce mois',
    String(illnessDaysUsed),
    'days',
  );
  r.figure(
    'childIllnessDaysLeft',
    'Jours de maladie de l’enfant encore déductibles sur 12 mois',
    String(illnessDaysLeft),
    'days',
  );
  return r.build();
}
