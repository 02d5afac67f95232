/**
 * The input of a calculation in plain French, line by line, for the printable summary: « Salaire
 * horaire brut : 4,10 € ». Field names are the schemas' (employer-help.schemas.ts); a field this
 * table does not know is shown under its own name rather than hidden.
 */
import type { TopicKey } from './employer-help.schemas.js';
import { MONTH_NAMES } from '../../app/calendar.js';

type Kind = 'eur' | 'hours' | 'days' | 'weeks' | 'percent' | 'km' | 'count' | 'month' | 'date' | 'text' | 'year';

const FIELDS: Record<string, { label: string; kind: Kind }> = {
  month: { label: 'Mois', kind: 'month' },
  kind: { label: 'Type', kind: 'text' },
  hourlyRate: { label: 'Salaire horaire brut', kind: 'eur' },
  weeksPerYear: { label: 'Semaines programmées sur 12 mois', kind: 'weeks' },
  hoursPerWeek: { label: 'Heures par semaine', kind: 'hours' },
  daysPerWeek: { label: 'Jours d’accueil par semaine', kind: 'days' },
  majorationPercent: { label: 'Majoration des heures au-delà de 45 h', kind: 'percent' },
  qualified: { label: 'Titre professionnel d’assistant maternel', kind: 'text' },
  employeePercent: { label: 'Taux de cotisations salariales', kind: 'percent' },
  employerPercent: { label: 'Taux de cotisations patronales', kind: 'percent' },
  contractHoursPerWeek: { label: 'Heures par semaine prévues au contrat', kind: 'hours' },
  hoursWorked: { label: 'Heures faites', kind: 'hours' },
  label: { label: 'Nom', kind: 'text' },
  weeks: { label: 'Semaines', kind: 'weeks' },
  monthlyGrossSalary: { label: 'Salaire mensualisé brut', kind: 'eur' },
  unitsScheduledInMonth: { label: 'Heures ou jours prévus dans le mois', kind: 'count' },
  units: { label: 'Heures ou jours d’absence', kind: 'count' },
  reason: { label: 'Motif', kind: 'text' },
  days: { label: 'Jours', kind: 'days' },
  medicalCertificate: { label: 'Certificat médical', kind: 'text' },
  hospitalisation: { label: 'Hospitalisation', kind: 'text' },
  consecutiveCalendarDays: { label: 'Jours calendaires consécutifs', kind: 'days' },
  workedDayBeforeAndAfter: { label: 'Jour travaillé avant et après le férié', kind: 'text' },
  childIllnessDaysInPrevious12Months: { label: 'Jours de maladie de l’enfant déjà déduits sur 12 mois', kind: 'days' },
  periodEndYear: { label: 'Période de référence se terminant le 31 mai', kind: 'year' },
  weeksWorked: { label: 'Semaines travaillées ou assimilées', kind: 'weeks' },
  grossPayOfPeriod: { label: 'Rémunération brute de la période', kind: 'eur' },
  mainLeaveMonth: { label: 'Mois des congés principaux', kind: 'month' },
  date: { label: 'Date', kind: 'date' },
  hours: { label: 'Heures d’accueil', kind: 'hours' },
  meals: { label: 'Repas fournis', kind: 'count' },
  km: { label: 'Kilomètres', kind: 'km' },
  amount: { label: 'Montant', kind: 'eur' },
  per: { label: 'Par', kind: 'text' },
  mealPrice: { label: 'Prix d’un repas', kind: 'eur' },
  kmRate: { label: 'Indemnité par kilomètre', kind: 'eur' },
  contractStart: { label: 'Début du contrat', kind: 'date' },
  notificationDate: { label: 'Date de notification', kind: 'date' },
  totalGrossSalaries: { label: 'Total des salaires bruts du contrat', kind: 'eur' },
  hoursPaid: { label: 'Heures payées', kind: 'hours' },
  daysAcquired: { label: 'Jours de congés acquis', kind: 'days' },
  daysTakenOrPaid: { label: 'Jours déjà pris ou payés', kind: 'days' },
};

const GROUPS: Record<string, string> = {
  schedule: 'Rythme d’accueil',
  rhythms: 'Rythmes',
  contributionRates: 'Taux de cotisations',
  weeks: 'Semaines',
  absences: 'Absences',
  days: 'Jours d’accueil',
  maintenance: 'Indemnité d’entretien convenue',
  regularisation: 'Régularisation (année incomplète)',
  leavePeriods: 'Congés acquis non pris',
};

const ENUMS: Record<string, string> = {
  regular: 'semaine régulière',
  rhythms: 'plusieurs rythmes',
  day: 'jour d’accueil',
  hour: 'heure d’accueil',
  'child-illness': 'maladie de l’enfant',
  'child-other': 'autre absence de l’enfant',
  'childminder-illness': 'maladie de l’assistant maternel',
  'childminder-unpaid-leave': 'congé sans solde de l’assistant maternel',
  'childminder-unacquired-leave': 'congés non acquis de l’assistant maternel',
  'public-holiday-may-1': '1er mai',
  'public-holiday-other': 'jour férié ordinaire',
  'employer-withdrawal': 'retrait de l’enfant par l’employeur',
  'employer-gross-misconduct': 'retrait pour faute grave',
  resignation: 'démission',
  'agrement-withdrawal': 'suspension ou retrait de l’agrément',
  'trial-period': 'rupture pendant la période d’essai',
};

function frNumber(n: number, digits = 4): string {
  return new Intl.NumberFormat('fr-FR', { maximumFractionDigits: digits }).format(n);
}

function formatValue(kind: Kind, value: unknown): string {
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (typeof value === 'number') {
    switch (kind) {
      case 'eur':
        return `${new Intl.NumberFormat('fr-FR', { minimumFractionDigits: 2, maximumFractionDigits: 4 }).format(value)}\u00a0€`;
      case 'hours':
        return `${frNumber(value)}\u00a0h`;
      case 'days':
        return `${frNumber(value)}\u00a0jour${value > 1 ? 's' : ''}`;
      case 'weeks':
        return `${frNumber(value)}\u00a0semaine${value > 1 ? 's' : ''}`;
      case 'percent':
        return `${frNumber(value)}\u00a0%`;
      case 'km':
        return `${frNumber(value)}\u00a0km`;
      case 'year':
        return String(value);
      default:
        return frNumber(value);
    }
  }
  if (typeof value === 'string') {
    if (kind === 'month' && /^\d{4}-\d{2}$/.test(value)) {
      const [y, m] = value.split('-');
      return `${MONTH_NAMES[Number(m) - 1]} ${y}`;
    }
    if (kind === 'date' && /^\d{4}-\d{2}-\d{2}$/.test(value)) {
      const [y, m, d] = value.split('-');
      return `${d}/${m}/${y}`;
    }
    return ENUMS[value] ?? value;
  }
  return JSON.stringify(value);
}

export interface InputLine {
  /** 0 for a field of the input, 1 and more inside a group (a week, an absence…). */
  depth: number;
  text: string;
}

function linesOf(value: Record<string, unknown>, depth: number, out: InputLine[]): void {
  for (const [key, v] of Object.entries(value)) {
    if (v === undefined || v === null) continue;
    if (Array.isArray(v)) {
      if (v.length === 0) continue;
      out.push({ depth, text: `${GROUPS[key] ?? FIELDS[key]?.label ?? key} :` });
      v.forEach((item, i) => {
        if (item && typeof item === 'object') {
          out.push({ depth: depth + 1, text: `n° ${i + 1}` });
          linesOf(item as Record<string, unknown>, depth + 2, out);
        } else out.push({ depth: depth + 1, text: formatValue(FIELDS[key]?.kind ?? 'text', item) });
      });
    } else if (typeof v === 'object') {
      out.push({ depth, text: `${GROUPS[key] ?? key} :` });
      linesOf(v as Record<string, unknown>, depth + 1, out);
    } else {
      const field = FIELDS[key];
      out.push({ depth, text: `${field?.label ?? key} : ${formatValue(field?.kind ?? 'text', v)}` });
    }
  }
}

/** The input as French lines, in the order of its fields. */
export function inputLines(_topic: TopicKey, input: unknown): InputLine[] {
  const out: InputLine[] = [];
  if (input && typeof input === 'object' && !Array.isArray(input)) linesOf(input as Record<string, unknown>, 0, out);
  return out;
}
