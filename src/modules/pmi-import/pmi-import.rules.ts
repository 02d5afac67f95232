/**
 * Pure rules of the PMI import: which column holds what, how a cell reads (dates, places, ages,
 * communes, MAM), and the plan — what the file would create, change, reactivate and archive in
 * the register, and which rows it refuses and why. No I/O: the use cases feed it the register.
 * The coherence rules of a childminder's file are those of the register (`approvalProblems`).
 */
import { createHash } from 'node:crypto';
import { approvalProblems, ARCHIVE_REASON_LABELS } from '../childminders/childminders.rules.js';
import { childminderInput } from '../childminders/childminders.schemas.js';
import type { ChildminderInput } from '../childminders/childminders.usecases.js';
import type { Cell, GridRow } from './pmi-import.parse.js';

// ---------------------------------------------------------------------------------------------
// Fields of the file and the mapping of its columns

export const IMPORT_FIELDS = [
  'approvalNumber',
  'lastName',
  'firstName',
  'birthDate',
  'address',
  'postcode',
  'communeName',
  'inseeCode',
  'phone',
  'email',
  'approvalDate',
  'approvalRenewalDate',
  'approvalPlaces',
  'childrenAges',
  'derogations',
  'mam',
] as const;
export type ImportField = (typeof IMPORT_FIELDS)[number];

export const IMPORT_FIELD_LABELS: Record<ImportField, string> = {
  approvalNumber: 'N° d’agrément',
  lastName: 'Nom',
  firstName: 'Prénom',
  birthDate: 'Date de naissance',
  address: 'Adresse',
  postcode: 'Code postal',
  communeName: 'Commune',
  inseeCode: 'Code INSEE de la commune',
  phone: 'Téléphone',
  email: 'E-mail',
  approvalDate: 'Date d’agrément',
  approvalRenewalDate: 'Date de renouvellement (fin de validité)',
  approvalPlaces: 'Nombre de places',
  childrenAges: 'Âge des enfants',
  derogations: 'Dérogation',
  mam: 'Exercice en MAM (nom de la MAM)',
};

/** Columns without which no row can be read (plus the commune: its name or its INSEE code). */
export const REQUIRED_FIELDS: readonly ImportField[] = ['approvalNumber', 'lastName', 'firstName', 'approvalPlaces'];

/** Which column of the file (by its header) holds each field; null: not in the file. */
export type Mapping = Record<ImportField, string | null>;

/** Lower case, without accents or punctuation, single spaces: "N° d’Agrément" → "n d agrement". */
export function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

type HeaderTest = (words: Set<string>, folded: string) => boolean;
const any =
  (...list: string[]) =>
  (words: Set<string>) =>
    list.some((w) => words.has(w));

/**
 * How a header names each field, most specific fields first: a header goes to the first field
 * whose test it passes ("Date d’agrément" is a date before it is an agrément; "Nom de la MAM"
 * is the MAM, not the name).
 */
const HEADER_TESTS: [ImportField, HeaderTest][] = [
  [
    'approvalNumber',
    (w, f) =>
      ['agrement', 'numero', 'n', 'no', 'num', 'n agrement'].includes(f) ||
      (any('agrement', 'agr')(w) &&
        any('n', 'no', 'num', 'numero', 'ref', 'reference', 'nr', 'id', 'identifiant')(w) &&
        !w.has('date')),
  ],
  [
    'approvalRenewalDate',
    (w) =>
      any('renouvellement', 'validite', 'echeance', 'expiration', 'valable')(w) ||
      (w.has('fin') && any('agrement', 'validite')(w)),
  ],
  ['approvalDate', (w) => any('agrement', 'agree', 'agreee')(w) && any('date', 'le', 'depuis', 'debut')(w)],
  [
    'birthDate',
    (w, f) =>
      (w.has('naissance') && !any('nom', 'lieu', 'commune', 'ville', 'pays', 'departement')(w)) ||
      /^nee? (e )?le$/.test(f),
  ],
  ['inseeCode', (w, f) => any('insee', 'cog')(w) || f === 'code commune'],
  ['postcode', (w, f) => f === 'code postal' || w.has('cp') || (w.has('postal') && !w.has('adresse'))],
  ['email', any('mail', 'email', 'courriel', 'mel', 'electronique')],
  [
    'mam',
    (w) =>
      w.has('mam') ||
      (w.has('maison') && any('assistant', 'assistante', 'assistants', 'assistantes')(w)) ||
      (w.has('exercice') && !w.has('date')),
  ],
  ['communeName', (w) => any('commune', 'ville', 'localite')(w) && !w.has('naissance')],
  ['firstName', any('prenom', 'prenoms')],
  ['lastName', (w) => w.has('nom')],
  ['phone', any('telephone', 'tel', 'portable', 'mobile', 'gsm', 'fixe')],
  ['approvalPlaces', (w) => any('places', 'place', 'capacite')(w) || (any('nombre', 'nb')(w) && w.has('enfants'))],
  ['derogations', any('derogation', 'derogations')],
  ['childrenAges', any('age', 'ages', 'tranche')],
  ['address', any('adresse', 'voie', 'rue', 'domicile')],
];

export function emptyMapping(): Mapping {
  return Object.fromEntries(IMPORT_FIELDS.map((f) => [f, null])) as Mapping;
}

/** The mapping guessed from the headers (case, accents and punctuation ignored); each header used once. */
export function guessMapping(headers: readonly string[]): Mapping {
  const mapping = emptyMapping();
  const used = new Set<string>();
  for (const [field, test] of HEADER_TESTS) {
    const header = headers.find((h) => {
      if (used.has(h)) return false;
      const folded = fold(h);
      return folded !== '' && test(new Set(folded.split(' ')), folded);
    });
    if (header !== undefined) {
      mapping[field] = header;
      used.add(header);
    }
  }
  return mapping;
}

/** Required fields the mapping leaves without a column. */
export function missingFields(mapping: Mapping): ImportField[] {
  const missing = REQUIRED_FIELDS.filter((f) => !mapping[f]);
  if (!mapping.communeName && !mapping.inseeCode) missing.push('communeName');
  return missing;
}

/** Problems of a mapping sent by the client: a column that is not in the file (its value is not echoed). */
export function mappingProblems(mapping: Mapping, headers: readonly string[]): { field: string; message: string }[] {
  return IMPORT_FIELDS.filter((f) => mapping[f] !== null && !headers.includes(mapping[f] as string)).map((f) => ({
    field: `mapping.${f}`,
    message: 'Cette colonne n’existe pas dans le fichier.',
  }));
}

// ---------------------------------------------------------------------------------------------
// The header row and the table

export interface Table {
  /** Row number of the headers (1 unless the file starts with a title). */
  headerRow: number;
  headers: string[];
  rows: GridRow[];
}

function columnLetters(index: number): string {
  let n = index + 1;
  let letters = '';
  while (n > 0) {
    const r = (n - 1) % 26;
    letters = String.fromCharCode(65 + r) + letters;
    n = Math.floor((n - 1) / 26);
  }
  return letters;
}

/** Headers as text, unique ("Date (2)"), a blank header named after its column ("Colonne F"). */
function headersOf(cells: Cell[]): string[] {
  const seen = new Map<string, number>();
  return cells.map((cell, i) => {
    const base = textOf(cell) ?? `Colonne ${columnLetters(i)}`;
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return n === 1 ? base : `${base} (${n})`;
  });
}

const isBlank = (row: GridRow) => row.cells.every((c) => textOf(c) === null);

/**
 * The header row: among the first 20 non-blank rows (a title or a date may come first), the one
 * where the most headers are recognised, the first one on a tie.
 */
export function tableOf(grid: GridRow[]): Table {
  const filled = grid.filter((r) => !isBlank(r));
  let header: GridRow | undefined;
  let best = -1;
  for (const candidate of filled.slice(0, 20)) {
    const recognised = Object.values(guessMapping(headersOf(candidate.cells))).filter(Boolean).length;
    if (recognised > best) [header, best] = [candidate, recognised];
  }
  if (!header) return { headerRow: 1, headers: [], rows: [] };
  const headers = headersOf(header.cells);
  return {
    headerRow: header.row,
    headers,
    rows: filled.filter((r) => r.row > header.row),
  };
}

// ---------------------------------------------------------------------------------------------
// Reading cells

/** Cells that say "nothing": empty, punctuation only, "néant", "NC"… */
const NOTHING = new Set(['', 'nc', 'n c', 'neant', 'non communique', 'non renseigne']);

/** The text of a cell, trimmed with single spaces; null when it says nothing. */
export function textOf(cell: Cell | undefined): string | null {
  if (cell === null || cell === undefined) return null;
  let text: string;
  if (cell instanceof Date) text = isoOfDate(cell);
  else if (typeof cell === 'number') text = Number.isFinite(cell) ? String(cell) : '';
  else text = cell;
  // Control characters never belong in the register (a NUL cannot even be stored by PostgreSQL).
  text = text
    .replace(/\p{Cc}+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return NOTHING.has(fold(text)) ? null : text;
}

type Read<T> = { value: T } | { problem: string };

const quote = (text: string) => `« ${text.length > 40 ? `${text.slice(0, 40)}…` : text} »`;

function isoOfDate(d: Date): string {
  // Excel dates are calendar days stored at midnight UTC, give or take a rounding error.
  const days = Math.round(d.getTime() / 86_400_000);
  return new Date(days * 86_400_000).toISOString().slice(0, 10);
}

function isoOf(year: number, month: number, day: number): string | null {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return null;
  if (day > new Date(Date.UTC(year, month, 0)).getUTCDate()) return null;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** A date: an Excel date (or its serial number), JJ/MM/AAAA (also with - or .), or AAAA-MM-JJ. */
export function readDate(cell: Cell): Read<string> | null {
  if (cell instanceof Date) return { value: isoOfDate(cell) };
  if (typeof cell === 'number') {
    // Serial number of an Excel date not formatted as a date (day 1 = 1900-01-01; 60 is Excel's 29/02/1900).
    if (Number.isInteger(cell) && cell > 60 && cell < 73_051) {
      return { value: new Date(Date.UTC(1899, 11, 30) + cell * 86_400_000).toISOString().slice(0, 10) };
    }
    return { problem: `${quote(String(cell))} n’est pas une date (attendu JJ/MM/AAAA)` };
  }
  const text = textOf(cell);
  if (text === null) return null;
  let iso: string | null = null;
  const french = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?:\s+\d{1,2}[:h]\d{2}(?::\d{2})?)?$/.exec(text);
  const international =
    /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (french) iso = isoOf(Number(french[3]), Number(french[2]), Number(french[1]));
  else if (international) iso = isoOf(Number(international[1]), Number(international[2]), Number(international[3]));
  return iso ? { value: iso } : { problem: `${quote(text)} n’est pas une date (attendu JJ/MM/AAAA)` };
}

/** Places of the agrément: a whole number ("4", "4 places"); the range is the register's rule. */
export function readPlaces(cell: Cell): Read<number> | null {
  if (typeof cell === 'number') {
    return Number.isInteger(cell) ? { value: cell } : { problem: `${quote(String(cell))} n’est pas un nombre entier` };
  }
  const text = textOf(cell);
  if (text === null) return null;
  const match = /^(\d{1,3})(?:[.,]0+)?\s*(?:places?|enfants?)?$/i.exec(text);
  return match ? { value: Number(match[1]) } : { problem: `${quote(text)} n’est pas un nombre de places` };
}

const MAX_AGE_MONTHS = 216;

/**
 * Ages of the children the agrément covers, in months: "0-6 ans", "de 3 mois à 3 ans",
 * "moins de 3 ans", "plus de 2 ans", "tout âge" (no limit).
 */
export function readAges(cell: Cell): Read<{ min: number | null; max: number | null }> | null {
  const text = textOf(cell);
  if (text === null) return null;
  const f = fold(text);
  if (/^(tout|tous|toutes) (age|ages)$|^sans (limite|restriction)|^indifferent$/.test(f)) {
    return { value: { min: null, max: null } };
  }
  // fold() would make "2,5 ans" two numbers: decimals are read from the text itself.
  const plain = text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();
  const amounts = [...plain.matchAll(/(\d+(?:[.,]\d+)?)\s*(ans?|mois)?/g)].map((m) => ({
    n: Number(m[1]!.replace(',', '.')),
    unit: m[2],
  }));
  const months = (n: number, unit: string | undefined) => Math.round(unit === 'mois' ? n : n * 12);
  let value: { min: number | null; max: number | null } | null = null;
  const [a, b] = amounts;
  if (amounts.length === 2 && a && b) {
    value = { min: months(a.n, a.unit ?? b.unit), max: months(b.n, b.unit) };
  } else if (amounts.length === 1 && a) {
    if (/moins|jusqu|inferieur|^max/.test(f) || text.includes('<')) value = { min: 0, max: months(a.n, a.unit) };
    else if (/plus|partir|superieur|^min|et plus/.test(f) || text.includes('>')) {
      value = { min: months(a.n, a.unit), max: null };
    }
  }
  const fits = (m: number | null) => m === null || (m >= 0 && m <= MAX_AGE_MONTHS);
  if (!value || !fits(value.min) || !fits(value.max)) {
    return {
      problem: `${quote(text)} ne se lit pas comme une tranche d’âge (par exemple « 0-6 ans », « 3 mois à 3 ans »)`,
    };
  }
  return { value };
}

/** A French phone number with its spaces ("06 12 34 56 78"); Excel's lost leading zero put back. */
export function readPhone(cell: Cell): Read<string> | null {
  const text = typeof cell === 'number' ? String(cell).padStart(10, '0') : textOf(cell);
  if (text === null) return null;
  const digits = text.replace(/[\s.\-/]/g, '');
  if (/^0\d{9}$/.test(digits)) return { value: digits.replace(/(\d{2})(?=\d)/g, '$1 ') };
  if (text.length > 30) return { problem: `${quote(text)} est trop long pour un numéro de téléphone` };
  return { value: text };
}

export function readEmail(cell: Cell): Read<string> | null {
  const text =
    textOf(cell)
      ?.replace(/^mailto:/i, '')
      .toLowerCase() ?? null;
  if (text === null) return null;
  return childminderInput.shape.email.safeParse(text).success
    ? { value: text }
    : { problem: `${quote(text)} n’est pas une adresse e-mail valide` };
}

/** Codes whose leading zero Excel dropped (1001 → "01001") are put back. */
function code(cell: Cell): string | null {
  if (typeof cell === 'number') return Number.isInteger(cell) ? String(cell).padStart(5, '0') : String(cell);
  return textOf(cell)?.replace(/\s/g, '').toUpperCase() ?? null;
}

export function readPostcode(cell: Cell): Read<string> | null {
  const text = code(cell);
  if (text === null) return null;
  return /^\d{5}$/.test(text) ? { value: text } : { problem: `${quote(text)} n’est pas un code postal (5 chiffres)` };
}

export function readInseeCode(cell: Cell): Read<string> | null {
  const text = code(cell);
  if (text === null) return null;
  return /^(\d{5}|2[AB]\d{3})$/.test(text)
    ? { value: text }
    : { problem: `${quote(text)} n’est pas un code INSEE (5 caractères)` };
}

/** A first name written in capitals gets its usual case: "MARIE-CLAIRE" → "Marie-Claire". */
export function tidyFirstName(text: string): string {
  if (text !== text.toUpperCase() || text === text.toLowerCase()) return text;
  return text
    .toLowerCase()
    .replace(/(^|[\s\-'’])(\p{L})/gu, (_, sep: string, letter: string) => sep + letter.toUpperCase());
}

/** The matching key of an agrément number: letters and digits only, in capitals. */
export function approvalKey(approvalNumber: string): string {
  return fold(approvalNumber).replace(/ /g, '').toUpperCase();
}

/** Commune names compared loosely: "ST GILLES CROIX DE VIE", "Roche-sur-Yon (La)". */
export function communeKey(name: string): string {
  const moved = name.replace(/^(.*?)\s*\((l['’]|la|le|les)\)\s*$/i, '$2 $1');
  return fold(moved)
    .replace(/\bst\b/g, 'saint')
    .replace(/\bste\b/g, 'sainte');
}

function mamKey(name: string): string {
  return fold(name)
    .replace(/^(mam|maison d assistant(e)?s? maternel(le)?s?)\b/, '')
    .trim();
}

const HOME_WORDS = new Set(['non', 'n', 'domicile', 'a domicile', 'au domicile', 'individuel', 'individuelle', '0']);
const MAM_WITHOUT_NAME = new Set(['oui', 'o', 'mam', 'en mam', 'x', '1']);

// ---------------------------------------------------------------------------------------------
// The plan

export interface RegisterEntry extends ChildminderInput {
  id: string;
  communeName: string;
  childminderHouseName: string | null;
  status: 'active' | 'archived';
  statusSince: string;
  archiveReasonLabel: string | null;
}

export interface TerritoryCommune {
  inseeCode: string;
  name: string;
  postcodes: string[];
}

/** The official reference of French communes, to tell a commune outside the territory from a misspelt one. */
export interface CommuneReference {
  nameOfCode(inseeCode: string): string | undefined;
  existsNamed(name: string): boolean;
}

export interface PlanInput {
  table: Table;
  mapping: Mapping;
  register: RegisterEntry[];
  communes: TerritoryCommune[];
  houses: { id: string; name: string }[];
  reference: CommuneReference;
  /** YYYY-MM-DD, Europe/Paris. */
  today: string;
  /** Compares two files as the register does (`fieldChanges` of the childminders module). */
  changes: (before: ChildminderInput, after: ChildminderInput) => Change[];
}

export interface Change {
  column: string;
  label: string;
  before: unknown;
  after: unknown;
}

/** A change as the preview shows it: text, communes and MAM by their names. */
export interface ShownChange {
  column: string;
  label: string;
  before: string | null;
  after: string | null;
}

export interface Reason {
  field: ImportField;
  /** The header of the column at fault, when it is one column. */
  column: string | null;
  message: string;
}

interface Who {
  row: number;
  approvalNumber: string;
  firstName: string;
  lastName: string;
  communeName: string;
}

export interface CreateRow extends Who {
  approvalPlaces: number;
  warnings: string[];
  input: ChildminderInput;
}
export interface UpdateRow extends Who {
  childminderId: string;
  changes: ShownChange[];
  input: ChildminderInput;
}
export interface ReactivateRow extends UpdateRow {
  archivedSince: string;
  archiveReasonLabel: string | null;
}
export interface UnchangedRow extends Who {
  childminderId: string;
}
export interface ArchiveRow {
  childminderId: string;
  approvalNumber: string;
  firstName: string;
  lastName: string;
  communeName: string;
  effectiveOn: string;
  reason: 'withdrawal';
  reasonLabel: string;
}
export interface RejectedRow {
  row: number;
  approvalNumber: string | null;
  firstName: string | null;
  lastName: string | null;
  reasons: Reason[];
}

export interface Plan {
  counts: {
    rows: number;
    create: number;
    update: number;
    reactivate: number;
    unchanged: number;
    archive: number;
    rejected: number;
  };
  warnings: string[];
  create: CreateRow[];
  update: UpdateRow[];
  reactivate: ReactivateRow[];
  unchanged: UnchangedRow[];
  archive: ArchiveRow[];
  rejected: RejectedRow[];
}

/** What a row of the file says, field by field; undefined: the file says nothing (column absent or cell empty). */
interface RowFacts {
  approvalNumber?: string;
  lastName?: string;
  firstName?: string;
  birthDate?: string;
  address?: string;
  postcode?: string;
  commune?: { inseeCode: string; name: string };
  phone?: string;
  email?: string;
  approvalDate?: string;
  approvalRenewalDate?: string;
  approvalPlaces?: number;
  ages?: { min: number | null; max: number | null };
  /** '' when the column is in the file but the cell is empty: no derogation. */
  derogations?: string;
  /** Set whenever the column is in the file: an empty cell means "at home". */
  practice?: { practice: 'home' | 'mam'; houseId: string | null };
}

/** Where the fields of the register's coherence rules come from in the file. */
const PROBLEM_FIELDS: Record<string, ImportField> = {
  approvalPlaces: 'approvalPlaces',
  approvalDate: 'approvalDate',
  approvalRenewalDate: 'approvalRenewalDate',
  birthDate: 'birthDate',
  approvalMinAgeMonths: 'childrenAges',
  approvalMaxAgeMonths: 'childrenAges',
  reducedPlaces: 'approvalPlaces',
  reducedUntil: 'approvalPlaces',
  childminderHouseId: 'mam',
  practice: 'mam',
  firstName: 'firstName',
  lastName: 'lastName',
  email: 'email',
  phone: 'phone',
  address: 'address',
  postcode: 'postcode',
  inseeCode: 'inseeCode',
  approvalNumber: 'approvalNumber',
  derogations: 'derogations',
};

const TEXT_LIMITS: [ImportField, number][] = [
  ['approvalNumber', 40],
  ['lastName', 80],
  ['firstName', 80],
  ['address', 200],
  ['derogations', 1000],
];

const sameText = (a: string, b: string) => fold(a) === fold(b);

function group<K, V>(map: Map<K, V[]>, key: K, value: V): void {
  const list = map.get(key);
  if (list) list.push(value);
  else map.set(key, [value]);
}

/** Row numbers for a message: the first ten, and how many more (a wrong column can repeat a value 10,000 times). */
function listed(rows: number[]): string {
  const shown = rows.slice(0, 10).join(', ');
  return rows.length > 10 ? `${shown} et ${(rows.length - 10).toLocaleString('fr-FR')} autres` : shown;
}

/** The plan of an import: pure, so that the preview and the application compute the same one. */
export function buildPlan(input: PlanInput): Plan {
  const { table, mapping, today } = input;
  const columnIndex = new Map(table.headers.map((h, i) => [h, i]));
  const cellOf = (row: GridRow, field: ImportField): Cell => {
    const header = mapping[field];
    const index = header === null ? undefined : columnIndex.get(header);
    return index === undefined ? null : (row.cells[index] ?? null);
  };

  const territoryByCode = new Map(input.communes.map((c) => [c.inseeCode, c]));
  const territoryByName = new Map<string, TerritoryCommune[]>();
  for (const c of input.communes) group(territoryByName, communeKey(c.name), c);
  const knownNames = new Map<string, boolean>();
  const housesByKey = new Map(input.houses.map((h) => [mamKey(h.name), h]));
  const houseNames = new Map(input.houses.map((h) => [h.id, h.name]));
  const communeNames = new Map(input.communes.map((c) => [c.inseeCode, c.name]));

  const registerByKey = new Map<string, RegisterEntry[]>();
  const withoutNumber = new Map<string, RegisterEntry[]>();
  for (const c of input.register) {
    const key = approvalKey(c.approvalNumber);
    if (key) group(registerByKey, key, c);
    else group(withoutNumber, `${fold(c.lastName)}|${fold(c.firstName)}`, c);
  }

  /** Rows of each agrément number in the file, to refuse duplicates and to find who is absent. */
  const rowsByKey = new Map<string, number[]>();
  for (const row of table.rows) {
    const text = textOf(cellOf(row, 'approvalNumber'));
    const key = text === null ? '' : approvalKey(text);
    if (key) group(rowsByKey, key, row.row);
  }

  const plan: Plan = {
    counts: { rows: table.rows.length, create: 0, update: 0, reactivate: 0, unchanged: 0, archive: 0, rejected: 0 },
    warnings: [],
    create: [],
    update: [],
    reactivate: [],
    unchanged: [],
    archive: [],
    rejected: [],
  };

  for (const row of table.rows) {
    const { facts, reasons } = readRow(row);
    const refuse = (field: ImportField, message: string) =>
      reasons.push({ field, column: mapping[field] ?? null, message });
    const key = facts.approvalNumber ? approvalKey(facts.approvalNumber) : '';

    if (!facts.approvalNumber || !key) refuse('approvalNumber', 'Numéro d’agrément manquant.');
    const sameNumber = rowsByKey.get(key) ?? [];
    if (sameNumber.length > 1) {
      refuse(
        'approvalNumber',
        `Numéro d’agrément présent plusieurs fois dans le fichier (lignes ${listed(sameNumber)}).`,
      );
    }
    if (!facts.lastName) refuse('lastName', 'Nom manquant.');
    if (!facts.firstName) refuse('firstName', 'Prénom manquant.');
    if (facts.approvalPlaces === undefined && !reasons.some((r) => r.field === 'approvalPlaces')) {
      refuse('approvalPlaces', 'Nombre de places manquant.');
    }

    // Whom the row is about, in the register.
    const candidates = registerByKey.get(key) ?? [];
    const active = candidates.filter((c) => c.status === 'active');
    const archived = candidates.filter((c) => c.status === 'archived');
    let existing: RegisterEntry | undefined;
    if (active.length > 1 || (active.length === 0 && archived.length > 1)) {
      refuse(
        'approvalNumber',
        `Plusieurs fiches du registre portent ce numéro d’agrément : fusionnez-les ou corrigez-les d’abord.`,
      );
    } else existing = active[0] ?? archived[0];

    if (!facts.commune && !reasons.some((r) => r.field === 'communeName' || r.field === 'inseeCode')) {
      refuse(mapping.inseeCode && !mapping.communeName ? 'inseeCode' : 'communeName', 'Commune manquante.');
    }

    // The file as it would be, checked with the register's rules (every reason at once, so that
    // the user corrects the row in one go: fields already refused are not judged again).
    const next = existing ? merged(existing, facts) : created(facts);
    const refused = new Set(reasons.map((r) => r.field));
    for (const problem of approvalProblems(next, today)) {
      const field = PROBLEM_FIELDS[problem.field] ?? 'approvalNumber';
      if (refused.has(field)) continue;
      const message =
        problem.field === 'reducedPlaces' || problem.field === 'reducedUntil'
          ? `Le registre indique une réduction temporaire à ${next.reducedPlaces} place(s) : ${problem.message}`
          : problem.message;
      refuse(field, message);
    }
    if (reasons.length === 0) {
      // The register's own contract, as a last safety net (lengths, formats).
      const parsed = childminderInput.safeParse(next);
      if (!parsed.success) {
        for (const issue of parsed.error.issues) {
          refuse(PROBLEM_FIELDS[String(issue.path[0])] ?? 'approvalNumber', issue.message);
        }
      }
    }
    if (reasons.length > 0 || !facts.commune) {
      rejectRow(row.row, facts, reasons, existing);
      continue;
    }

    const who: Who = {
      row: row.row,
      approvalNumber: existing?.approvalNumber ?? next.approvalNumber,
      firstName: next.firstName,
      lastName: next.lastName.toUpperCase(),
      communeName: facts.commune.name,
    };
    if (!existing) {
      const warnings: string[] = [];
      const namesakes = withoutNumber.get(`${fold(next.lastName)}|${fold(next.firstName)}`) ?? [];
      if (namesakes.length > 0) {
        warnings.push(
          'Une fiche sans numéro d’agrément porte déjà ce nom : s’il s’agit de la même personne, ajoutez-lui ce numéro avant l’import pour éviter un doublon.',
        );
      }
      plan.create.push({ ...who, approvalPlaces: next.approvalPlaces, warnings, input: next });
      continue;
    }
    const changes = input.changes(existing, next).map((c) => displayed(c));
    if (existing.status === 'archived') {
      plan.reactivate.push({
        ...who,
        childminderId: existing.id,
        changes,
        input: next,
        archivedSince: existing.statusSince,
        archiveReasonLabel: existing.archiveReasonLabel,
      });
    } else if (changes.length > 0) {
      plan.update.push({ ...who, childminderId: existing.id, changes, input: next });
    } else {
      plan.unchanged.push({ ...who, childminderId: existing.id });
    }
  }

  // The PMI's list is the full list of current agréments: active files with a number it does not hold.
  for (const c of input.register) {
    const key = approvalKey(c.approvalNumber);
    if (c.status !== 'active' || !key || rowsByKey.has(key)) continue;
    plan.archive.push({
      childminderId: c.id,
      approvalNumber: c.approvalNumber,
      firstName: c.firstName,
      lastName: c.lastName,
      communeName: c.communeName,
      effectiveOn: today,
      reason: 'withdrawal',
      reasonLabel: ARCHIVE_REASON_LABELS.withdrawal,
    });
  }
  plan.archive.sort(
    (a, b) => a.lastName.localeCompare(b.lastName, 'fr') || a.firstName.localeCompare(b.firstName, 'fr'),
  );

  const numbered = input.register.filter((c) => c.status === 'active' && approvalKey(c.approvalNumber)).length;
  if (plan.archive.length > 0 && plan.archive.length * 2 > numbered) {
    plan.warnings.push(
      `${plan.archive.length} fiche(s) active(s) sur ${numbered} seraient archivées : vérifiez que le fichier est bien la liste complète de la PMI et que la colonne du numéro d’agrément est la bonne.`,
    );
  }
  for (const outcome of ['create', 'update', 'reactivate', 'unchanged', 'archive', 'rejected'] as const) {
    plan.counts[outcome] = plan[outcome].length;
  }
  return plan;

  // -------------------------------------------------------------------------------------------

  function rejectRow(rowNumber: number, facts: RowFacts, reasons: Reason[], existing: RegisterEntry | undefined) {
    const outside = reasons.find((r) => r.message.startsWith('La commune') && r.message.includes('territoire'));
    if (outside && existing?.status === 'active') {
      outside.message += ` Si ${existing.firstName} ${existing.lastName} a déménagé, archivez sa fiche (motif « Déménagement »).`;
    }
    plan.rejected.push({
      row: rowNumber,
      approvalNumber: facts.approvalNumber ?? null,
      firstName: facts.firstName ?? null,
      lastName: facts.lastName ?? null,
      reasons,
    });
  }

  /** What the row says, and the reasons to refuse it found while reading its cells. */
  function readRow(row: GridRow): { facts: RowFacts; reasons: Reason[] } {
    const facts: RowFacts = {};
    const pending: Reason[] = [];
    const text = (field: ImportField) => textOf(cellOf(row, field)) ?? undefined;
    const take = <T>(field: ImportField, read: Read<T> | null, label: string): T | undefined => {
      if (read === null) return undefined;
      if ('problem' in read) {
        pending.push({ field, column: mapping[field] ?? null, message: `${label} : ${read.problem}.` });
        return undefined;
      }
      return read.value;
    };

    facts.approvalNumber = text('approvalNumber');
    facts.lastName = text('lastName');
    const firstName = text('firstName');
    facts.firstName = firstName === undefined ? undefined : tidyFirstName(firstName);
    for (const [field, max] of TEXT_LIMITS) {
      const value = text(field);
      if (value !== undefined && value.length > max) {
        pending.push({
          field,
          column: mapping[field] ?? null,
          message: `${IMPORT_FIELD_LABELS[field]} trop long (${max} caractères au plus).`,
        });
      }
    }
    facts.birthDate = take('birthDate', readDate(cellOf(row, 'birthDate')), 'Date de naissance illisible');
    facts.address = text('address');
    facts.postcode = take('postcode', readPostcode(cellOf(row, 'postcode')), 'Code postal invalide');
    facts.phone = take('phone', readPhone(cellOf(row, 'phone')), 'Téléphone invalide');
    facts.email = take('email', readEmail(cellOf(row, 'email')), 'E-mail invalide');
    facts.approvalDate = take('approvalDate', readDate(cellOf(row, 'approvalDate')), 'Date d’agrément illisible');
    facts.approvalRenewalDate = take(
      'approvalRenewalDate',
      readDate(cellOf(row, 'approvalRenewalDate')),
      'Date de renouvellement illisible',
    );
    facts.approvalPlaces = take(
      'approvalPlaces',
      readPlaces(cellOf(row, 'approvalPlaces')),
      'Nombre de places illisible',
    );
    facts.ages = take('childrenAges', readAges(cellOf(row, 'childrenAges')), 'Âge des enfants illisible');
    if (mapping.derogations) {
      const derogation = text('derogations');
      facts.derogations =
        derogation === undefined || ['non', 'aucune', 'aucun', '0'].includes(fold(derogation)) ? '' : derogation;
    }
    if (mapping.mam) facts.practice = readMam(text('mam'), pending);
    facts.commune = readCommune(row, facts.postcode, pending);
    return { facts, reasons: pending };
  }

  function readMam(value: string | undefined, pending: Reason[]): RowFacts['practice'] {
    if (value === undefined || HOME_WORDS.has(fold(value))) return { practice: 'home', houseId: null };
    if (MAM_WITHOUT_NAME.has(fold(value))) return { practice: 'mam', houseId: null };
    const house = housesByKey.get(mamKey(value));
    if (!house) {
      pending.push({
        field: 'mam',
        column: mapping.mam,
        message: `MAM ${quote(value)} inconnue dans ce relais : créez-la d’abord, ou corrigez son nom dans le fichier.`,
      });
      return undefined;
    }
    return { practice: 'mam', houseId: house.id };
  }

  function readCommune(row: GridRow, postcode: string | undefined, pending: Reason[]): RowFacts['commune'] {
    const codeRead = readInseeCode(cellOf(row, 'inseeCode'));
    if (codeRead && 'problem' in codeRead) {
      pending.push({
        field: 'inseeCode',
        column: mapping.inseeCode,
        message: `Code INSEE invalide : ${codeRead.problem}.`,
      });
      return undefined;
    }
    if (codeRead) {
      const commune = territoryByCode.get(codeRead.value);
      if (commune) return { inseeCode: commune.inseeCode, name: commune.name };
      const name = input.reference.nameOfCode(codeRead.value);
      pending.push({
        field: 'inseeCode',
        column: mapping.inseeCode,
        message: name
          ? `La commune ${name} (${codeRead.value}) ne fait pas partie du territoire du relais.`
          : `Code INSEE inconnu : ${quote(codeRead.value)}.`,
      });
      return undefined;
    }
    const name = textOf(cellOf(row, 'communeName'));
    if (name === null) return undefined;
    let found = territoryByName.get(communeKey(name)) ?? [];
    if (found.length > 1 && postcode) found = found.filter((c) => c.postcodes.includes(postcode));
    if (found.length === 1 && found[0]) return { inseeCode: found[0].inseeCode, name: found[0].name };
    if (found.length > 1) {
      pending.push({
        field: 'communeName',
        column: mapping.communeName,
        message: `Plusieurs communes du territoire s’appellent ${quote(name)} : indiquez le code postal ou le code INSEE.`,
      });
      return undefined;
    }
    let exists = knownNames.get(communeKey(name));
    if (exists === undefined) {
      exists = input.reference.existsNamed(name);
      knownNames.set(communeKey(name), exists);
    }
    pending.push({
      field: 'communeName',
      column: mapping.communeName,
      message: exists
        ? `La commune ${quote(name)} ne fait pas partie du territoire du relais.`
        : `Commune inconnue : ${quote(name)} (vérifiez l’orthographe, ou indiquez le code INSEE).`,
    });
    return undefined;
  }

  function created(f: RowFacts): ChildminderInput {
    return {
      firstName: f.firstName ?? '',
      lastName: f.lastName ?? '',
      birthDate: f.birthDate ?? null,
      email: f.email ?? '',
      phone: f.phone ?? '',
      address: f.address ?? '',
      postcode: f.postcode ?? '',
      inseeCode: f.commune?.inseeCode ?? '',
      approvalNumber: f.approvalNumber ?? '',
      approvalDate: f.approvalDate ?? null,
      approvalRenewalDate: f.approvalRenewalDate ?? null,
      // A missing number of places is refused already: 1 keeps the other checks meaningful.
      approvalPlaces: f.approvalPlaces ?? 1,
      approvalMinAgeMonths: f.ages?.min ?? null,
      approvalMaxAgeMonths: f.ages?.max ?? null,
      derogations: f.derogations ?? '',
      reducedPlaces: null,
      reducedUntil: null,
      atypicalHours: false,
      emergencyCare: false,
      disabilityCare: false,
      practice: f.practice?.practice ?? 'home',
      childminderHouseId: f.practice?.houseId ?? null,
      monenfantRegistered: false,
      acceptsTrainees: false,
      contactPreference: 'email',
      publishAddress: false,
      publishPhone: false,
    };
  }

  /**
   * The file of `c` after the import: the PMI's fields from the file (a difference of case or
   * accents only is not a change; an empty cell erases nothing), phone and e-mail only where the
   * register has none, and everything that belongs to the childminder kept as it is.
   */
  function merged(c: RegisterEntry, f: RowFacts): ChildminderInput {
    const text = (current: string, value: string | undefined) =>
      value === undefined || sameText(current, value) ? current : value;
    return {
      firstName: text(c.firstName, f.firstName),
      lastName: text(c.lastName, f.lastName),
      birthDate: f.birthDate ?? c.birthDate,
      email: c.email || (f.email ?? ''),
      phone: c.phone || (f.phone ?? ''),
      address: text(c.address, f.address),
      postcode: f.postcode ?? c.postcode,
      inseeCode: f.commune?.inseeCode ?? c.inseeCode,
      approvalNumber: c.approvalNumber,
      approvalDate: f.approvalDate ?? c.approvalDate,
      approvalRenewalDate: f.approvalRenewalDate ?? c.approvalRenewalDate,
      approvalPlaces: f.approvalPlaces ?? c.approvalPlaces,
      approvalMinAgeMonths: f.ages ? f.ages.min : c.approvalMinAgeMonths,
      approvalMaxAgeMonths: f.ages ? f.ages.max : c.approvalMaxAgeMonths,
      derogations: text(c.derogations, f.derogations),
      reducedPlaces: c.reducedPlaces,
      reducedUntil: c.reducedUntil,
      atypicalHours: c.atypicalHours,
      emergencyCare: c.emergencyCare,
      disabilityCare: c.disabilityCare,
      practice: f.practice?.practice ?? c.practice,
      childminderHouseId: f.practice ? f.practice.houseId : c.childminderHouseId,
      monenfantRegistered: c.monenfantRegistered,
      acceptsTrainees: c.acceptsTrainees,
      contactPreference: c.contactPreference,
      publishAddress: c.publishAddress,
      publishPhone: c.publishPhone,
    };
  }

  /** A change as the preview shows it: communes and MAM by their names. */
  function displayed(c: Change): ShownChange {
    const show = (value: unknown) => {
      if (value === null || value === undefined || value === '') return null;
      if (c.column === 'insee_code') return communeNames.get(String(value)) ?? String(value);
      if (c.column === 'childminder_house_id') return houseNames.get(String(value)) ?? String(value);
      if (c.column === 'practice') return value === 'mam' ? 'MAM' : 'Domicile';
      return String(value);
    };
    return { column: c.column, label: c.label, before: show(c.before), after: show(c.after) };
  }
}

/**
 * A fingerprint of what applying the plan would do: every creation, every change with its value
 * before and after, every archive and every refusal (not today's date: a preview of yesterday
 * evening still applies this morning). The preview gives it; the application
 * recomputes the plan and refuses to go on if the fingerprint differs (someone changed the
 * register in between), even when the counts happen to be the same.
 */
export function planFingerprint(plan: Plan): string {
  const byId = (a: { childminderId: string }, b: { childminderId: string }) =>
    a.childminderId < b.childminderId ? -1 : a.childminderId > b.childminderId ? 1 : 0;
  const what = {
    create: plan.create.map((r) => [r.row, r.approvalNumber]),
    update: [...plan.update].sort(byId).map((r) => [r.childminderId, r.changes]),
    reactivate: [...plan.reactivate].sort(byId).map((r) => [r.childminderId, r.changes]),
    unchanged: plan.unchanged.map((r) => r.childminderId).sort(),
    archive: plan.archive.map((r) => r.childminderId).sort(),
    rejected: plan.rejected.map((r) => [r.row, r.reasons]),
  };
  return createHash('sha256').update(JSON.stringify(what)).digest('hex');
}
