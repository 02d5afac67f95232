/**
 * The supply report as a CSV file for French spreadsheets: semicolon-separated, UTF-8 with a byte
 * order mark (so that Excel reads the accents), CRLF line ends, French headers.
 */
import type { DepartureReasonKey, SupplyFigures } from './supply-report.rules.js';
import type { SupplyReport } from './supply-report.schemas.js';

const REASON_HEADERS: Record<DepartureReasonKey, string> = {
  retirement: 'dont départs en retraite',
  careerChange: 'dont reconversions',
  move: 'dont déménagements',
  withdrawal: 'dont retraits ou non-renouvellements d’agrément',
  other: 'dont autres motifs',
};

export const SUPPLY_CSV_HEADERS = [
  'Année',
  'Code INSEE',
  'Commune',
  'AM en activité au 31 décembre',
  'Places agréées des AM',
  'MAM ouvertes',
  'Places d’accueil collectif PSU',
  'Places d’accueil collectif PAJE',
  'Arrivées d’AM',
  'Reprises d’activité',
  'Départs d’AM (archivages)',
  ...Object.values(REASON_HEADERS),
  'AM de 55 ans et plus',
];

/** One cell: quoted when needed; text that a spreadsheet would take for a formula is defused. */
export function csvCell(value: string | number): string {
  if (typeof value === 'number') return String(value);
  const text = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[";\r\n]|^\s|\s$/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

function figures(f: SupplyFigures): number[] {
  return [
    f.childminders,
    f.places,
    f.childminderHouses,
    f.psuPlaces,
    f.pajePlaces,
    f.arrivals,
    f.reactivations,
    f.departures,
    ...(Object.keys(REASON_HEADERS) as DepartureReasonKey[]).map((r) => f.departuresByReason[r]),
    f.over55,
  ];
}

/** One line per commune, then the whole territory. */
export function supplyReportCsv(report: SupplyReport): string {
  const lines: (string | number)[][] = [SUPPLY_CSV_HEADERS];
  for (const c of report.communes) {
    lines.push([report.year, c.inseeCode, c.inTerritory ? c.name : `${c.name} (hors territoire)`, ...figures(c)]);
  }
  lines.push([report.year, '', `Ensemble du territoire — ${report.relais.name}`, ...figures(report.territory)]);
  return `\uFEFF${lines.map((line) => line.map(csvCell).join(';')).join('\r\n')}\r\n`;
}
