/**
 * Allowances of a month (art. 114): the maintenance allowance for each day of care (never below
 * the minimum: 90 % of the minimum garanti for 9 h, prorated by the hours of the day, and never
 * below 2,65 € a day), the meals the childminder provides, and the mileage agreed. Pure.
 */
import { legalValuesOn } from './employer-help.legal-values.js';
import type { Decimal } from './employer-help.money.js';
import {
  cents,
  dec,
  frHours,
  frMoney,
  frNumber,
  frRate,
  max,
  moneyString,
  quantityString,
  sum,
} from './employer-help.money.js';
import { ART, frDate, frMonth, ResultBuilder } from './employer-help.result.js';
import type { AllowancesInput, CalcResult } from './employer-help.schemas.js';

/** Minimum maintenance allowance for a day of `hours`, rounded to the cent. */
export function maintenanceMinimum(hours: number, mg: string, share: string, floor: string): Decimal {
  return max(cents(dec(share).times(mg).times(hours).div(9)), floor);
}

export function computeAllowances(input: AllowancesInput): CalcResult {
  const r = new ResultBuilder('allowances', `Indemnités du mois — ${frMonth(input.month)}`);
  const days = [...input.days].sort((a, b) => a.date.localeCompare(b.date));
  let belowMinimum = 0;
  const due = days.map((d) => {
    const v = legalValuesOn(d.date);
    const mg = v.minimumGaranti!;
    const share = v.maintenanceMgShareFor9h!;
    const floor = v.maintenanceDailyFloor!;
    r.uses(mg, share, floor);
    const minimum = maintenanceMinimum(d.hours, mg.value, share.value, floor.value);
    const agreed = cents(
      input.maintenance.per === 'day' ? dec(input.maintenance.amount) : dec(input.maintenance.amount).times(d.hours),
    );
    const amount = max(agreed, minimum);
    if (agreed.lt(minimum)) belowMinimum += 1;
    r.step(
      `Entretien du ${frDate(d.date)} (${frHours(d.hours)})`,
      `minimum = max(${share.value.replace('.', ',')} × ${frMoney(mg.value)} × ${frHours(d.hours)} ÷ 9 h ; ${frMoney(floor.value)}) = ${frMoney(minimum)} ; convenu ${
        input.maintenance.per === 'day'
          ? frMoney(agreed)
          : `${frMoney(input.maintenance.amount)} × ${frHours(d.hours)} = ${frMoney(agreed)}`
      }`,
      frMoney(amount),
      [ART.allowances],
    );
    return amount;
  });
  if (belowMinimum > 0)
    r.warn(
      `L’indemnité d’entretien convenue est sous le minimum ${belowMinimum} jour(s) : le minimum est dû ces jours-là.`,
    );
  const maintenanceTotal = sum(due);
  r.step('Indemnité d’entretien du mois', `somme de ${days.length} jour(s) d’accueil`, frMoney(maintenanceTotal), [
    ART.allowances,
  ]);

  const meals = days.reduce((n, d) => n + d.meals, 0);
  const mealsTotal = cents(dec(input.mealPrice).times(meals));
  if (meals > 0)
    r.step(
      'Repas fournis par l’assistant maternel',
      `${meals} repas × ${frMoney(input.mealPrice)}`,
      frMoney(mealsTotal),
      [ART.allowances],
    );
  const km = sum(days.map((d) => d.km));
  const kmTotal = cents(km.times(input.kmRate));
  if (km.gt(0)) {
    r.step('Indemnités kilométriques', `${frNumber(km)} km × ${frRate(input.kmRate)}`, frMoney(kmTotal), [
      ART.allowances,
    ]);
    r.warn(
      'Indemnités kilométriques : le taux convenu ne peut être inférieur au barème de l’administration ni supérieur au barème fiscal (à vérifier pour l’année).',
    );
  }
  const total = maintenanceTotal.plus(mealsTotal).plus(kmTotal);
  r.step(
    'Total des indemnités (non soumises à cotisations)',
    `${frMoney(maintenanceTotal)} + ${frMoney(mealsTotal)} + ${frMoney(kmTotal)}`,
    frMoney(total),
    [ART.allowances],
  );
  r.figure('careDays', 'Jours d’accueil', String(days.length), 'count');
  r.figure('maintenanceTotal', 'Indemnité d’entretien', moneyString(maintenanceTotal), 'EUR');
  r.figure('meals', 'Repas', String(meals), 'count');
  r.figure('mealsTotal', 'Repas (montant)', moneyString(mealsTotal), 'EUR');
  r.figure('km', 'Kilomètres', quantityString(km), 'count');
  r.figure('kmTotal', 'Indemnités kilométriques', moneyString(kmTotal), 'EUR');
  r.figure('total', 'Total des indemnités', moneyString(total), 'EUR');
  return r.build();
}
