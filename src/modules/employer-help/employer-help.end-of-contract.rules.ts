/**
 * End of a contract: the notice (8 days, 15 days or one month by seniority; none in the trial
 * period, for gross misconduct or for a suspended or withdrawn agrément), the end-of-contract
 * indemnity (1/80 of the gross salaries of the contract, when the employer withdraws the child
 * after 9 months or more, not for gross misconduct nor the agrément), the regularisation of a
 * partial-year contract (hours worked beyond the hours paid) and the leave not yet taken. Pure.
 */
import { legalValuesOn } from './employer-help.legal-values.js';
import { cents, dec, frHours, frMoney, max, moneyString, sum } from './employer-help.money.js';
import { maintenance } from './employer-help.paid-leave.rules.js';
import { ART, frDate, ResultBuilder } from './employer-help.result.js';
import type { CalcResult, EndOfContractInput } from './employer-help.schemas.js';

export const SEVERANCE_MIN_MONTHS = 9;

/** Whole months from `start` to `end` (YYYY-MM-DD). */
export function wholeMonthsBetween(start: string, end: string): number {
  const [y1, m1, d1] = start.split('-').map(Number) as [number, number, number];
  const [y2, m2, d2] = end.split('-').map(Number) as [number, number, number];
  return (y2 - y1) * 12 + (m2 - m1) - (d2 < d1 ? 1 : 0);
}

function addDays(iso: string, days: number): string {
  const t = Date.UTC(
    ...((iso.split('-').map(Number) as [number, number, number]).map((n, i) => (i === 1 ? n - 1 : n)) as [
      number,
      number,
      number,
    ]),
  );
  return new Date(t + days * 86_400_000).toISOString().slice(0, 10);
}
function addOneMonth(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  const ny = m === 12 ? y + 1 : y;
  const nm = m === 12 ? 1 : m + 1;
  const last = new Date(Date.UTC(ny, nm, 0)).getUTCDate();
  return `${ny}-${String(nm).padStart(2, '0')}-${String(Math.min(d, last)).padStart(2, '0')}`;
}

export function noticeFor(
  reason: EndOfContractInput['reason'],
  months: number,
): { label: string; end: (start: string) => string | null } {
  if (reason === 'trial-period') return { label: 'aucun (période d’essai)', end: () => null };
  if (reason === 'employer-gross-misconduct') return { label: 'aucun (faute grave)', end: () => null };
  if (reason === 'agrement-withdrawal') return { label: 'aucun (suspension ou retrait d’agrément)', end: () => null };
  if (months < 3) return { label: '8 jours calendaires', end: (s) => addDays(s, 7) };
  if (months < 12) return { label: '15 jours calendaires', end: (s) => addDays(s, 14) };
  return { label: '1 mois', end: (s) => addDays(addOneMonth(s), -1) };
}

export function computeEndOfContract(input: EndOfContractInput): CalcResult {
  legalValuesOn(input.notificationDate);
  const r = new ResultBuilder('end-of-contract', `Fin de contrat — notifiée le ${frDate(input.notificationDate)}`);
  const months = wholeMonthsBetween(input.contractStart, input.notificationDate);
  r.step(
    'Ancienneté à la notification',
    `du ${frDate(input.contractStart)} au ${frDate(input.notificationDate)}`,
    `${months} mois entiers`,
    [ART.notice],
  );
  r.figure('seniorityMonths', 'Ancienneté (mois entiers)', String(months), 'count');

  const notice = noticeFor(input.reason, months);
  const end = notice.end(input.notificationDate);
  r.step(
    'Préavis',
    input.reason === 'employer-withdrawal' || input.reason === 'resignation'
      ? 'moins de 3 mois : 8 jours ; de 3 mois à moins d’un an : 15 jours ; un an ou plus : 1 mois — à compter de la première présentation de la lettre'
      : 'pas de préavis dans ce cas',
    end ? `${notice.label}, jusqu’au ${frDate(end)} inclus` : notice.label,
    [ART.notice],
  );

  // End-of-contract indemnity.
  const eligible = input.reason === 'employer-withdrawal' && months >= SEVERANCE_MIN_MONTHS;
  const severance = eligible ? cents(dec(input.totalGrossSalaries).div(80)) : dec(0);
  r.step(
    'Indemnité de rupture',
    eligible
      ? `${frMoney(input.totalGrossSalaries)} de salaires bruts du contrat ÷ 80`
      : input.reason !== 'employer-withdrawal'
        ? 'non due : seulement quand le parent retire l’enfant (hors faute grave, hors agrément, hors période d’essai)'
        : `non due : ancienneté de ${months} mois, moins de ${SEVERANCE_MIN_MONTHS} mois`,
    frMoney(severance),
    [ART.severance],
  );
  r.figure('severance', 'Indemnité de rupture', moneyString(severance), 'EUR');
  if (eligible && input.totalGrossSalaries === 0)
    r.warn('Total des salaires bruts nul : indiquez les salaires bruts de tout le contrat.');

  // Regularisation (partial-year contracts).
  let regularisation = dec(0);
  if (input.regularisation) {
    const diff = dec(input.regularisation.hoursWorked).minus(input.regularisation.hoursPaid);
    regularisation = diff.gt(0) ? cents(diff.times(input.hourlyRate)) : dec(0);
    r.step(
      'Régularisation (année incomplète)',
      `(${frHours(input.regularisation.hoursWorked)} travaillées − ${frHours(input.regularisation.hoursPaid)} payées) × ${frMoney(input.hourlyRate)}, si positif`,
      frMoney(regularisation),
      [ART.regularisation],
    );
    if (diff.lt(0))
      r.warn(
        'Plus d’heures payées que travaillées : rien n’est dû au salarié, et le trop-versé n’est pas repris (interprétation retenue, voir la décision 0016).',
      );
  } else if (input.weeksPerYear !== 52) {
    r.warn(
      'Année incomplète : indiquez les heures payées et travaillées depuis le début du contrat pour calculer la régularisation.',
    );
  }
  r.figure('regularisation', 'Régularisation', moneyString(regularisation), 'EUR');

  // Paid leave not taken (indemnité compensatrice).
  const leaveAmounts = input.leavePeriods.map((p, i) => {
    const remaining = p.daysAcquired - p.daysTakenOrPaid;
    const label = p.label || `Période ${i + 1}`;
    const tenth =
      p.daysAcquired === 0 ? dec(0) : cents(dec(p.grossPayOfPeriod).div(10).times(remaining).div(p.daysAcquired));
    const keep = maintenance(remaining, input.hoursPerWeek, input.hourlyRate);
    const amount = max(tenth, keep);
    r.step(
      `Congés non pris — ${label}`,
      `${remaining} jours sur ${p.daysAcquired} : dixième ${frMoney(p.grossPayOfPeriod)} × 10 % × ${remaining} ÷ ${p.daysAcquired} = ${frMoney(tenth)} ; maintien ${remaining} ÷ 6 × ${frHours(input.hoursPerWeek)} × ${frMoney(input.hourlyRate)} = ${frMoney(keep)} ; le plus élevé`,
      frMoney(amount),
      [ART.paidLeave, ART.paidLeaveAm],
    );
    return amount;
  });
  const leave = sum(leaveAmounts);
  r.figure('leaveCompensation', 'Indemnité compensatrice de congés payés', moneyString(leave), 'EUR');
  if (input.leavePeriods.length === 0)
    r.warn('Aucune période de congés indiquée : l’indemnité compensatrice de congés payés n’est pas calculée.');

  const total = severance.plus(regularisation).plus(leave);
  r.step(
    'Total dû à la fin du contrat (hors salaire du préavis)',
    `${frMoney(severance)} + ${frMoney(regularisation)} + ${frMoney(leave)}`,
    frMoney(total),
    [],
  );
  r.figure('total', 'Total dû (hors salaire du préavis)', moneyString(total), 'EUR');
  r.step('Rappel', 'Le salaire du préavis reste dû, même si le parent dispense le salarié de l’exécuter.', '—', [
    ART.notice,
  ]);
  return r.build();
}
