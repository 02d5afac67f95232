/**
 * The one dated table of the values that change. `legalValuesOn(date)` gives the row in force on a
 * date (the latest row whose `validFrom` is on or before it). A row that could not be checked
 * against an official or reputable source says so (`verified: false`, and its source text): the
 * results that use it carry a warning. See docs/decisions/0016-employer-help.md.
 */
import type { LegalValueUsed } from './employer-help.schemas.js';

export interface LegalValueRow {
  validFrom: string;
  value: string;
  source: string;
  verified: boolean;
}

export const LEGAL_VALUE_KEYS = [
  'smicHourly',
  'minimumGaranti',
  'legalMinimumSmicShare',
  'conventionalMinimumHourly',
  'conventionalMinimumHourlyQualified',
  'maintenanceMgShareFor9h',
  'maintenanceDailyFloor',
  'employeeContributionPercent',
] as const;
export type LegalValueKey = (typeof LEGAL_VALUE_KEYS)[number];

/** The first day the table covers (the convention IDCC 3239 applies from then). */
export const LEGAL_VALUES_START = '2022-01-01';

const SMIC_SRC = 'Décret ou arrêté de relèvement du SMIC (Légifrance)';
const ANNEXE5 = 'CCN IDCC 3239, annexe 5 (salaires minima des assistants maternels)';

export const LEGAL_VALUES: Record<
  LegalValueKey,
  { label: string; unit: 'EUR' | 'ratio' | 'percent'; rows: LegalValueRow[] }
> = {
  smicHourly: {
    label: 'SMIC horaire brut',
    unit: 'EUR',
    rows: [
      {
        validFrom: '2022-01-01',
        value: '10.57',
        verified: true,
        source: `${SMIC_SRC} : décret n° 2021-1741 du 22 décembre 2021`,
      },
      { validFrom: '2022-05-01', value: '10.85', verified: true, source: `${SMIC_SRC} : arrêté du 20 avril 2022` },
      {
        validFrom: '2022-08-01',
        value: '11.07',
        verified: true,
        source: `${SMIC_SRC} : arrêté du 29 juillet 2022 (lassmat.fr, 13/07/2022)`,
      },
      {
        validFrom: '2023-01-01',
        value: '11.27',
        verified: true,
        source: `${SMIC_SRC} : décret n° 2022-1608 du 22 décembre 2022`,
      },
      {
        validFrom: '2023-05-01',
        value: '11.52',
        verified: true,
        source: `${SMIC_SRC} : arrêté du 26 avril 2023 (lassmat.fr, 18/04/2023)`,
      },
      {
        validFrom: '2024-01-01',
        value: '11.65',
        verified: true,
        source: `${SMIC_SRC} : décret n° 2023-1216 du 20 décembre 2023`,
      },
      {
        validFrom: '2024-11-01',
        value: '11.88',
        verified: true,
        source: `${SMIC_SRC} : décret n° 2024-951 du 23 octobre 2024`,
      },
      {
        validFrom: '2026-01-01',
        value: '12.02',
        verified: true,
        source: `${SMIC_SRC} : décret n° 2025-1228 du 17 décembre 2025 (efl.fr, 16/12/2025)`,
      },
      {
        validFrom: '2026-06-01',
        value: '12.31',
        verified: false,
        source:
          'Revalorisation automatique au 1er juin 2026 (arrêté du 22 mai 2026) — NON VÉRIFIÉ sur une source officielle : relevé dans une compilation tierce seulement',
      },
    ],
  },
  minimumGaranti: {
    label: 'Minimum garanti (MG)',
    unit: 'EUR',
    rows: [
      {
        validFrom: '2022-01-01',
        value: '3.76',
        verified: true,
        source: 'Art. L3231-12 C. trav. ; décret n° 2021-1741 (commentcamarche.com, historique du MG)',
      },
      {
        validFrom: '2022-05-01',
        value: '3.86',
        verified: true,
        source: 'Arrêté du 20 avril 2022 (proginov.com, 05/05/2022)',
      },
      { validFrom: '2022-08-01', value: '3.94', verified: true, source: 'Arrêté du 29 juillet 2022' },
      { validFrom: '2023-01-01', value: '4.01', verified: true, source: 'Décret n° 2022-1608 du 22 décembre 2022' },
      { validFrom: '2023-05-01', value: '4.10', verified: true, source: 'Arrêté du 26 avril 2023' },
      { validFrom: '2024-01-01', value: '4.15', verified: true, source: 'Décret n° 2023-1216 du 20 décembre 2023' },
      {
        validFrom: '2024-11-01',
        value: '4.22',
        verified: true,
        source: 'Décret n° 2024-951 du 23 octobre 2024 (cabinet-cec.fr)',
      },
      {
        validFrom: '2026-01-01',
        value: '4.25',
        verified: true,
        source: 'Décret n° 2025-1228 du 17 décembre 2025 (efl.fr, 16/12/2025)',
      },
      {
        validFrom: '2026-06-01',
        value: '4.35',
        verified: false,
        source:
          'Arrêté du 22 mai 2026 — NON VÉRIFIÉ sur une source officielle : relevé dans une compilation tierce seulement',
      },
    ],
  },
  legalMinimumSmicShare: {
    label: 'Minimum légal du salaire horaire (part du SMIC)',
    unit: 'ratio',
    rows: [
      {
        validFrom: '2022-01-01',
        value: '0.281',
        verified: true,
        source: 'Art. D423-9 du code de l’action sociale et des familles (0,281 × SMIC par heure et par enfant)',
      },
    ],
  },
  conventionalMinimumHourly: {
    label: 'Salaire horaire brut minimum conventionnel',
    unit: 'EUR',
    rows: [
      {
        validFrom: '2022-07-01',
        value: '3.06',
        verified: false,
        source: `${ANNEXE5} — 3,06 € « applicable depuis le 1er juillet 2022 » (lassmat.fr, 13/07/2022) ; date de début exacte non vérifiée`,
      },
      {
        validFrom: '2022-09-01',
        value: '3.17',
        verified: true,
        source: `${ANNEXE5}, avenant n° 2 du 13 mai 2022 (étendu, applicable au 1er septembre 2022)`,
      },
      {
        validFrom: '2023-04-01',
        value: '3.26',
        verified: true,
        source: `${ANNEXE5}, avenant n° 4 du 8 décembre 2022 (planning-nounou.com, lassmat.fr)`,
      },
      {
        validFrom: '2023-05-01',
        value: '3.36',
        verified: true,
        source: `${ANNEXE5}, avenant n° 5 du 27 janvier 2023 (lassmat.fr, 18/04/2023)`,
      },
      {
        validFrom: '2024-02-01',
        value: '3.45',
        verified: true,
        source: `${ANNEXE5}, avenant n° 7 du 16 octobre 2023, arrêté du 15 janvier 2024 (unsa-fessad.org) — le minimum antérieur de 3,43 € (date inconnue) n’est pas dans la table`,
      },
      {
        validFrom: '2024-05-01',
        value: '3.50',
        verified: true,
        source: `${ANNEXE5} (lassmat.fr : « le 1er mai 2024 … 3,50 € brut »)`,
      },
      {
        validFrom: '2025-04-01',
        value: '3.64',
        verified: true,
        source: `${ANNEXE5}, avenant n° 9 du 25 novembre 2024, JO du 18 mars 2025 (fgtafo.fr, 01/04/2025)`,
      },
      {
        validFrom: '2026-06-01',
        value: '4.20',
        verified: false,
        source: `${ANNEXE5}, avenant n° 10 (hausse de 15 % annoncée, « environ 4,20 € », planete-enfance.com) — date d’effet NON VÉRIFIÉE`,
      },
    ],
  },
  conventionalMinimumHourlyQualified: {
    label: 'Salaire horaire brut minimum conventionnel (titre « assistant maternel – garde d’enfants »)',
    unit: 'EUR',
    rows: [
      {
        validFrom: '2022-07-01',
        value: '3.18',
        verified: false,
        source: `${ANNEXE5} (+4 %) — lassmat.fr, 13/07/2022 ; date de début non vérifiée`,
      },
      { validFrom: '2022-09-01', value: '3.30', verified: true, source: `${ANNEXE5}, avenant n° 2 (+4 %)` },
      { validFrom: '2023-04-01', value: '3.39', verified: true, source: `${ANNEXE5}, avenant n° 4 (+4 %)` },
      { validFrom: '2023-05-01', value: '3.49', verified: true, source: `${ANNEXE5}, avenant n° 5 (+4 %)` },
      { validFrom: '2024-02-01', value: '3.59', verified: true, source: `${ANNEXE5}, avenant n° 7 (+4 %)` },
      {
        validFrom: '2024-05-01',
        value: '3.64',
        verified: true,
        source: `${ANNEXE5} (+4 %, employe-des-particuliers.info)`,
      },
      {
        validFrom: '2025-04-01',
        value: '3.79',
        verified: false,
        source: `${ANNEXE5}, avenant n° 9 : 3,64 € + 4 % = 3,7856 €, arrondi par nous — montant publié non trouvé`,
      },
      {
        validFrom: '2026-06-01',
        value: '4.37',
        verified: false,
        source: `${ANNEXE5}, avenant n° 10 (+4 %) — NON VÉRIFIÉ`,
      },
    ],
  },
  maintenanceMgShareFor9h: {
    label: 'Indemnité d’entretien minimale pour 9 h d’accueil (part du minimum garanti)',
    unit: 'ratio',
    rows: [
      {
        validFrom: '2022-01-01',
        value: '0.90',
        verified: true,
        source: 'CCN IDCC 3239, socle assistant maternel, art. 114.1 (90 % du MG pour 9 h, proratisé)',
      },
    ],
  },
  maintenanceDailyFloor: {
    label: 'Indemnité d’entretien : plancher par jour d’accueil',
    unit: 'EUR',
    rows: [
      {
        validFrom: '2022-01-01',
        value: '2.65',
        verified: true,
        source: 'CCN IDCC 3239, socle assistant maternel, art. 114.1 (2,65 € par jour quelle que soit la durée)',
      },
    ],
  },
  employeeContributionPercent: {
    label: 'Taux de cotisations salariales par défaut (brut → net, indicatif)',
    unit: 'percent',
    rows: [
      {
        validFrom: '2022-01-01',
        value: '21.88',
        verified: false,
        source:
          'Indicatif, métropole hors Alsace-Moselle : déduit des équivalents nets publiés (3,45 € → 2,70 € ; 3,64 € → 2,84 €, soit 21,7 % à 22,0 %). Pajemploi fait foi ; donnez votre taux pour un net exact.',
      },
    ],
  },
};

export interface LegalValueInForce extends LegalValueRow {
  key: LegalValueKey;
  label: string;
}
export type LegalValuesInForce = { [K in LegalValueKey]: LegalValueInForce | null };

/** A date before the table's first row: the values of that time are not known here. */
export class LegalValuesUnavailableError extends Error {
  readonly code = 'legal_values_unavailable';
  readonly status = 422;
  constructor(readonly date: string) {
    super(
      `Pas de valeurs légales avant le ${frDate(LEGAL_VALUES_START)} (date demandée : ${frDate(date)}) : la convention collective IDCC 3239 s’applique depuis le 1er janvier 2022.`,
    );
    this.name = 'LegalValuesUnavailableError';
  }
}

function frDate(iso: string): string {
  const [y, m, d] = iso.split('-');
  return `${d}/${m}/${y}`;
}

/** The values in force on `date` (YYYY-MM-DD, or YYYY-MM for the first day of that month). */
export function legalValuesOn(date: string): LegalValuesInForce {
  const day = /^\d{4}-\d{2}$/.test(date) ? `${date}-01` : date;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) throw new TypeError(`Date invalide : « ${date} ».`);
  if (day < LEGAL_VALUES_START) throw new LegalValuesUnavailableError(day);
  const out = {} as LegalValuesInForce;
  for (const key of LEGAL_VALUE_KEYS) {
    const { label, rows } = LEGAL_VALUES[key];
    let found: LegalValueRow | undefined;
    for (const row of rows) if (row.validFrom <= day && (!found || row.validFrom > found.validFrom)) found = row;
    out[key] = found ? { key, label, ...found } : null;
  }
  return out;
}

/** How a value appears in a result's `legalValues`. */
export function usedLegalValue(v: LegalValueInForce): LegalValueUsed {
  return { label: v.label, value: v.value, validFrom: v.validFrom, source: v.source };
}

/** A warning for each value used that could not be verified. */
export function unverifiedWarnings(values: (LegalValueInForce | null)[]): string[] {
  return values
    .filter((v): v is LegalValueInForce => v !== null && !v.verified)
    .map(
      (v) =>
        `Valeur à vérifier : « ${v.label} » (${v.value.replace('.', ',')}, depuis le ${frDate(v.validFrom)}) — ${v.source.replace(/\.$/, '')}.`,
    );
}
