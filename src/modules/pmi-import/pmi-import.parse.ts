/**
 * Reading the PMI's file: an Excel workbook (.xlsx, first visible sheet) or a CSV text (`;`, `,`
 * or tab separated; UTF-8 with or without BOM, UTF-16 with BOM, or Windows-1252). The result is a
 * grid of cells with their row number as the spreadsheet shows it; nothing is interpreted here.
 */
import ExcelJS from 'exceljs';
import { PmiFileError } from './pmi-import.errors.js';

/** A cell as read: text, a number, a date (Excel dates), or nothing. */
export type Cell = string | number | Date | null;

export interface GridRow {
  /** Row number as the spreadsheet shows it (the first row is 1). */
  row: number;
  cells: Cell[];
}

/** Data rows a file may hold (the PMI of a large département lists a few thousand childminders). */
export const MAX_ROWS = 50_000;
export const MAX_COLUMNS = 200;
/** Uncompressed size of a workbook: more is refused before reading it (a "zip bomb"). */
export const MAX_UNZIPPED_BYTES = 300 * 1024 * 1024;

export type FileKind = 'xlsx' | 'csv';

/** The kind of file, from its name; other formats are refused with the way out. */
export function fileKind(fileName: string): FileKind {
  const extension = /\.([a-z0-9]{1,8})$/i.exec(fileName.trim())?.[1]?.toLowerCase();
  if (extension === 'xlsx' || extension === 'xlsm') return 'xlsx';
  if (extension === 'csv' || extension === 'txt') return 'csv';
  if (extension === 'xls') {
    throw new PmiFileError(
      'fileName',
      'L’ancien format Excel (.xls) n’est pas pris en charge : enregistrez le fichier au format .xlsx ou .csv.',
    );
  }
  if (extension === 'ods') {
    throw new PmiFileError(
      'fileName',
      'Le format OpenDocument (.ods) n’est pas pris en charge : enregistrez le fichier au format .xlsx ou .csv.',
    );
  }
  throw new PmiFileError('fileName', 'Format de fichier non pris en charge : envoyez un fichier .xlsx ou .csv.');
}

/** The bytes of the file sent as base64 (a `data:…;base64,` prefix, as browsers make, is accepted). */
export function decodeBase64(content: string): Buffer {
  const body = content.replace(/^data:[^,]{0,200};base64,/, '').replace(/\s+/g, '');
  if (body.length === 0) throw new PmiFileError('contentBase64', 'Le fichier est vide.');
  if (body.length % 4 === 1 || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) {
    throw new PmiFileError('contentBase64', 'Le contenu du fichier n’est pas encodé en base64.');
  }
  return Buffer.from(body, 'base64');
}

const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (bytes: Buffer, magic: number[]) => magic.every((b, i) => bytes[i] === b);

/** Reads the file into rows of cells, whatever its kind; a damaged or disguised file gives a French 400. */
export async function readGrid(fileName: string, bytes: Buffer): Promise<GridRow[]> {
  const kind = fileKind(fileName);
  if (startsWith(bytes, OLE_MAGIC)) {
    throw new PmiFileError(
      'contentBase64',
      'Ce fichier est au format Excel 97-2003 (.xls) : enregistrez-le au format .xlsx ou .csv.',
    );
  }
  // A workbook saved under a .csv name is still a workbook.
  if (kind === 'xlsx' || startsWith(bytes, ZIP_MAGIC)) return readXlsx(bytes);
  return parseCsv(decodeText(bytes));
}

// ---------------------------------------------------------------------------------------------
// CSV

/** The text of a CSV file: BOMs honoured, UTF-8 when valid, otherwise Windows-1252 (Excel's "CSV"). */
export function decodeText(bytes: Buffer): string {
  let text: string;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    text = decodeStrict('utf-8', bytes.subarray(3));
  } else if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = decodeStrict('utf-16le', bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = decodeStrict('utf-16be', bytes.subarray(2));
  } else {
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      text = decodeWindows1252(bytes);
    }
  }
  // Text files hold no NUL character: this is a binary file under a text name.
  if (text.includes('\u0000')) {
    throw new PmiFileError('contentBase64', 'Ce fichier n’est pas un texte CSV lisible : envoyez un .xlsx ou un .csv.');
  }
  return text;
}

/** Windows-1252 differs from Latin-1 in 0x80–0x9F (€, ’, œ, …), which Node's TextDecoder gets wrong. */
const CP1252_HIGH =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

export function decodeWindows1252(bytes: Buffer): string {
  return bytes.toString('latin1').replace(/[\u0080-\u009f]/g, (ch) => CP1252_HIGH[ch.charCodeAt(0) - 0x80]!);
}

function decodeStrict(encoding: string, bytes: Uint8Array): string {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    throw new PmiFileError('contentBase64', 'L’encodage du fichier CSV est incohérent : réenregistrez-le en UTF-8.');
  }
}

/** The separator of the first line: the most frequent of `;`, `,` and tab outside quotes (`;` when none). */
export function detectSeparator(text: string): string {
  const counts = new Map<string, number>([
    [';', 0],
    [',', 0],
    ['\t', 0],
  ]);
  let quoted = false;
  for (const ch of text) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
    else if (!quoted && counts.has(ch)) counts.set(ch, counts.get(ch)! + 1);
  }
  let best = ';';
  for (const [separator, n] of counts) if (n > counts.get(best)!) best = separator;
  return best;
}

/** RFC 4180 records: quoted fields, doubled quotes, line breaks inside quotes, CRLF, LF or CR endings. */
export function parseCsv(text: string): GridRow[] {
  const separator = detectSeparator(text);
  const records: string[][] = [];
  let record: string[] = [];
  let field = '';
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    record.push(field);
    records.push(record);
    if (records.length > MAX_ROWS + 10) tooManyRows();
    if (record.length > MAX_COLUMNS) tooManyColumns();
    record = [];
    field = '';
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else field += ch;
      i += 1;
      continue;
    }
    if (ch === '"' && field.trim() === '') {
      field = '';
      quoted = true;
    } else if (ch === separator) {
      record.push(field);
      field = '';
    } else if (ch === '\r' || ch === '\n') {
      endRecord();
      if (ch === '\r' && text[i + 1] === '\n') i += 1;
    } else field += ch;
    i += 1;
  }
  if (field !== '' || record.length > 0) endRecord();
  return records.map((cells, index) => ({ row: index + 1, cells: cells.map((c) => (c === '' ? null : c)) }));
}

function tooManyRows(): never {
  throw new PmiFileError(
    'contentBase64',
    `Le fichier compte plus de ${MAX_ROWS.toLocaleString('fr-FR')} lignes : découpez-le en plusieurs fichiers.`,
  );
}

function tooManyColumns(): never {
  throw new PmiFileError('contentBase64', `Le fichier compte plus de ${MAX_COLUMNS} colonnes : vérifiez son contenu.`);
}

// ---------------------------------------------------------------------------------------------
// Excel

const UNREADABLE_WORKBOOK = 'Ce fichier n’est pas un classeur Excel (.xlsx) lisible : il est peut-être endommagé.';

/**
 * Total uncompressed size announced by a ZIP archive's central directory, or null when the bytes
 * are not a ZIP archive (or a ZIP64 one, which no spreadsheet of this size needs).
 */
export function zipUncompressedSize(bytes: Buffer): number | null {
  const eocd = 0x06054b50;
  const from = Math.max(0, bytes.length - 22 - 65_535);
  let end = -1;
  for (let i = bytes.length - 22; i >= from; i--) {
    if (bytes.readUInt32LE(i) === eocd) {
      end = i;
      break;
    }
  }
  if (end < 0) return null;
  const entries = bytes.readUInt16LE(end + 10);
  let offset = bytes.readUInt32LE(end + 16);
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (offset + 46 > bytes.length || bytes.readUInt32LE(offset) !== 0x02014b50) return null;
    const size = bytes.readUInt32LE(offset + 24);
    if (size === 0xffffffff) return null;
    total += size;
    offset += 46 + bytes.readUInt16LE(offset + 28) + bytes.readUInt16LE(offset + 30) + bytes.readUInt16LE(offset + 32);
  }
  return total;
}

/** The value of an Excel cell as text, number or date: formulas give their result, links their text. */
export function cellOf(value: ExcelJS.CellValue | undefined): Cell {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'number') return value;
  if (typeof value === 'boolean') return value ? 'oui' : 'non';
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value;
  if (typeof value === 'object') {
    if ('richText' in value && Array.isArray(value.richText)) return value.richText.map((r) => r.text).join('');
    if ('formula' in value || 'sharedFormula' in value) {
      return cellOf((value as { result?: ExcelJS.CellValue }).result);
    }
    if ('text' in value) return cellOf((value as { text: ExcelJS.CellValue }).text);
  }
  return null;
}

export async function readXlsx(bytes: Buffer): Promise<GridRow[]> {
  const size = zipUncompressedSize(bytes);
  if (size === null) throw new PmiFileError('contentBase64', UNREADABLE_WORKBOOK);
  if (size > MAX_UNZIPPED_BYTES) {
    throw new PmiFileError('contentBase64', 'Ce classeur est trop volumineux une fois décompressé.');
  }
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw new PmiFileError('contentBase64', UNREADABLE_WORKBOOK);
  }
  // `worksheets` lists the sheets in the workbook's order.
  const sheet = workbook.worksheets.find((s) => s.state !== 'hidden' && s.state !== 'veryHidden');
  if (!sheet) throw new PmiFileError('contentBase64', 'Ce classeur ne contient aucune feuille visible.');
  if (sheet.actualRowCount > MAX_ROWS + 10) tooManyRows();
  if (sheet.actualColumnCount > MAX_COLUMNS) tooManyColumns();
  const rows: GridRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // row.values is sparse and 1-based: index 0 is always empty.
    const values = (row.values as ExcelJS.CellValue[]).slice(1, MAX_COLUMNS + 1);
    rows.push({ row: rowNumber, cells: Array.from(values, cellOf) });
  });
  return rows;
}
