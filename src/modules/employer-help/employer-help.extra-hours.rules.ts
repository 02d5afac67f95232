/**
 * Hours beyond the contract in a month: complementary hours (up to 45 h in the week, at the base
 * rate) and majorated hours (beyond 45 h, with the contract's majoration, at least 10 %). A week
 * whose contract already exceeds 45 h has its contractual majorated hours in the salary; only the
 * hours beyond the contract are counted here. Pure.
 */
import { legalValuesOn } from './employer-help.legal-values.js';
import {
  cents,
  dec,
  frHours,
  frMoney,
  frPercent,
  max,
  min,
  moneyString,
  quantityString,
  sum,
} from './employer-help.money.js';
import { ART, frMonth, ResultBuilder } from './employer-help.result.js';
import type { CalcResult, ExtraHoursInput } from './employer-help.schemas.js';
import { MAJORATION_THRESHOLD_HOURS } from './employer-help.schemas.js';

export function splitWeek(contractHours: number, worked: number) {
  const complementary = max(
    dec(min(worked, MAJORATION_THRESHOLD_HOURS)).minus(min(contractHours, MAJORATION_THRESHOLD_HOURS)),
    0,
  );
  const majorated = max(dec(worked).minus(max(contractHours, MAJORATION_THRESHOLD_HOURS)), 0);
  return { complementary, majorated };
}

export function computeExtraHours(input: ExtraHoursInput): CalcResult {
  legalValuesOn(input.month); // refuses a month before the convention
  const r = new ResultBuilder('extra-hours', `Heures complémentaires et majorées — ${frMonth(input.month)}`);
  const rate = dec(input.hourlyRate);
  const factor = dec(input.majorationPercent).plus(100).div(100);
  const weeks = input.weeks.map((w, i) => ({
    label: w.label || `Semaine ${i + 1}`,
    worked: w.hoursWorked,
    ...splitWeek(input.contractHoursPerWeek, w.hoursWorked),
  }));
  for (const w of weeks) {
    r.step(
      w.label,
      `${frHours(w.worked)} faites, contrat ${frHours(input.contractHoursPerWeek)} : complémentaires = min(${frHours(w.worked)} ; 45 h) − min(${frHours(input.contractHoursPerWeek)} ; 45 h), majorées = au-delà de max(${frHours(input.contractHoursPerWeek)} ; 45 h)`,
      `${frHours(w.complementary)} complémentaires, ${frHours(w.majorated)} majorées`,
      [ART.hours],
    );
    if (dec(w.worked).gt(48))
      r.warn(
        `${w.label} : plus de 48 h ; la durée moyenne sur 4 mois ne peut dépasser 48 h sans l’accord écrit du salarié.`,
      );
  }
  const compHours = sum(weeks.map((w) => w.complementary));
  const majHours = sum(weeks.map((w) => w.majorated));
  const compAmount = cents(compHours.times(rate));
  const majoratedRate = rate.times(factor);
  const majAmount = cents(majHours.times(majoratedRate));
  r.step(
    'Heures complémentaires',
    `${frHours(compHours)} × ${frMoney(rate)} (taux de base, sans majoration)`,
    frMoney(compAmount),
    [ART.hours],
  );
  r.step(
    'Heures majorées',
    `${frHours(majHours)} × ${frMoney(rate)} × (1 + ${frPercent(input.majorationPercent)}) = ${frHours(majHours)} × ${majoratedRate.toDecimalPlaces(4).toString().replace('.', ',')} €`,
    frMoney(majAmount),
    [ART.hours],
  );
  const total = compAmount.plus(majAmount);
  r.step(
    'Total brut à ajouter au salaire du mois',
    `${frMoney(compAmount)} + ${frMoney(majAmount)}`,
    frMoney(total),
    [],
  );
  r.figure('complementaryHours', 'Heures complémentaires', quantityString(compHours), 'hours');
  r.figure('complementaryAmount', 'Heures complémentaires (brut)', moneyString(compAmount), 'EUR');
  r.figure('majoratedHours', 'Heures majorées', quantityString(majHours), 'hours');
  r.figure('majoratedHourlyRate', 'Taux horaire majoré', quantityString(majoratedRate, 4), 'EUR');
  r.figure('majoratedAmount', 'Heures majorées (brut)', moneyString(majAmount), 'EUR');
  r.figure('totalGross', 'Total brut des heures en plus', moneyString(total), 'EUR');
  r.figure('majorationPercent', 'Taux de majoration', quantityString(input.majorationPercent, 4), 'percent');
  if (weeks.some((w) => dec(w.worked).lt(input.contractHoursPerWeek)))
    r.warn(
      'Une semaine a moins d’heures que le contrat : aucune déduction ici (voir le calcul des absences ; les heures non faites du fait des parents restent dues).',
    );
  return r.build();
}
