import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { AppError } from '../../app/errors.js';
import {
  cellOf,
  decodeBase64,
  decodeText,
  detectSeparator,
  fileKind,
  MAX_ROWS,
  parseCsv,
  readGrid,
  readXlsx,
  zipUncompressedSize,
} from './pmi-import.parse.js';

/** The field and message of the French 400 that `run` throws. */
async function refusal(run: () => unknown): Promise<{ field: string; message: string }> {
  try {
    await run();
  } catch (error) {
    expect(error).toBeInstanceOf(AppError);
    const e = error as AppError;
    expect(e.status).toBe(400);
    const field = (e.details?.fields as { field: string }[])[0]!.field;
    return { field, message: e.message };
  }
  throw new Error('no error thrown');
}

async function workbookBytes(build: (workbook: ExcelJS.Workbook) => void): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

describe('CSV text', () => {
  it('detects the separator of the first line, ignoring quoted ones', () => {
    expect(detectSeparator('a;b;c\n1,5;2;3')).toBe(';');
    expect(detectSeparator('a,b,c\n1;2')).toBe(',');
    expect(detectSeparator('a\tb\tc')).toBe('\t');
    expect(detectSeparator('"a;b";"c;d",e,f\n')).toBe(',');
    expect(detectSeparator('seule colonne')).toBe(';');
  });

  it('reads quotes, doubled quotes, line breaks inside quotes and every line ending; rows keep their number', () => {
    const text = 'N°;Nom\r\n"AG;1";"Dupont ""la grande"""\n\n"AG-2";"sur\ndeux lignes"\rAG-3;Martin';
    expect(parseCsv(text)).toEqual([
      { row: 1, cells: ['N°', 'Nom'] },
      { row: 2, cells: ['AG;1', 'Dupont "la grande"'] },
      { row: 3, cells: [null] },
      { row: 4, cells: ['AG-2', 'sur\ndeux lignes'] },
      { row: 5, cells: ['AG-3', 'Martin'] },
    ]);
  });

  it('decodes UTF-8 with or without BOM, UTF-16 with BOM, and Windows-1252 when the bytes are not UTF-8', () => {
    expect(decodeText(Buffer.from('\ufeffPrénom', 'utf8'))).toBe('Prénom');
    expect(decodeText(Buffer.from('Prénom', 'utf8'))).toBe('Prénom');
    expect(decodeText(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Prénom', 'utf16le')]))).toBe('Prénom');
    expect(decodeText(Buffer.from([0x50, 0x72, 0xe9, 0x6e, 0x6f, 0x6d, 0x20, 0x80]))).toBe('Prénom €');
    // 0x80–0x9F are not Latin-1: the apostrophe and the o-e ligature of French names.
    expect(decodeText(Buffer.from([0x4c, 0x92, 0x48, 0x9c, 0x55, 0x52]))).toBe('L’HœUR');
  });

  it('refuses a binary file disguised as text', async () => {
    expect(await refusal(() => decodeText(Buffer.from([0x41, 0x00, 0x42])))).toMatchObject({ field: 'contentBase64' });
  });

  it(`refuses more than ${MAX_ROWS} rows`, async () => {
    const text = 'a;b\n'.repeat(MAX_ROWS + 20);
    expect((await refusal(() => parseCsv(text))).message).toContain('découpez-le');
  });
});

describe('the file sent', () => {
  it('accepts base64 with or without a data: prefix, and refuses anything else naming the field', async () => {
    expect(decodeBase64('data:text/csv;base64,' + Buffer.from('a;b').toString('base64')).toString()).toBe('a;b');
    expect(decodeBase64(' YTti\n').toString()).toBe('a;b');
    for (const junk of ['', '====', 'pas du base64 !', 'YTti=a', 'Y']) {
      expect(await refusal(() => decodeBase64(junk))).toMatchObject({ field: 'contentBase64' });
    }
  });

  it('knows .xlsx and .csv, and explains the way out for .xls, .ods and the rest', async () => {
    expect(fileKind('Liste PMI.XLSX')).toBe('xlsx');
    expect(fileKind('liste.csv')).toBe('csv');
    expect(fileKind('liste.txt')).toBe('csv');
    expect((await refusal(() => fileKind('liste.xls'))).message).toContain('.xlsx ou .csv');
    expect((await refusal(() => fileKind('liste.ods'))).message).toContain('OpenDocument');
    expect(await refusal(() => fileKind('liste.pdf'))).toMatchObject({ field: 'fileName' });
    expect(await refusal(() => fileKind('liste'))).toMatchObject({ field: 'fileName' });
  });

  it('reads a workbook sent under a .csv name as a workbook, and refuses an old .xls by its content', async () => {
    const bytes = await workbookBytes((w) => w.addWorksheet('A').addRow(['N° agrément', 'Nom']));
    expect(await readGrid('liste.csv', bytes)).toEqual([{ row: 1, cells: ['N° agrément', 'Nom'] }]);
    const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    expect((await refusal(() => readGrid('liste.xlsx', ole))).message).toContain('97-2003');
  });
});

describe('Excel workbooks', () => {
  it('reads the first visible sheet: texts, numbers, dates, rich text, formulas and links', async () => {
    const bytes = await workbookBytes((w) => {
      const hidden = w.addWorksheet('Notes', { state: 'hidden' });
      hidden.addRow(['à ne pas lire']);
      const sheet = w.addWorksheet('Agréments');
      sheet.addRow(['N°', 'Nom', 'Date', 'Places', 'Mail']);
      sheet.addRow([
        'AG-1',
        { richText: [{ text: 'DU' }, { text: 'PONT' }] },
        new Date(Date.UTC(1980, 3, 2)),
        { formula: '2+2', result: 4 },
        { text: 'a@b.test', hyperlink: 'mailto:a@b.test' },
      ]);
      sheet.getRow(4).values = ['AG-2', null, null, 3];
    });
    expect(await readXlsx(bytes)).toEqual([
      { row: 1, cells: ['N°', 'Nom', 'Date', 'Places', 'Mail'] },
      { row: 2, cells: ['AG-1', 'DUPONT', new Date(Date.UTC(1980, 3, 2)), 4, 'a@b.test'] },
      { row: 4, cells: ['AG-2', null, null, 3] },
    ]);
  });

  it('gives nothing for errors and unknown cell values, and oui/non for booleans', () => {
    expect(cellOf({ error: '#N/A' } as ExcelJS.CellValue)).toBeNull();
    expect(cellOf(true)).toBe('oui');
    expect(cellOf(undefined)).toBeNull();
  });

  it('refuses a damaged workbook, and one that would be too large once uncompressed, before reading it', async () => {
    const bytes = await workbookBytes((w) => w.addWorksheet('A').addRow(['x']));
    expect(zipUncompressedSize(bytes)).toBeGreaterThan(0);
    expect(zipUncompressedSize(Buffer.from('pas une archive'))).toBeNull();
    expect((await refusal(() => readXlsx(bytes.subarray(0, bytes.length - 30)))).message).toContain('endommagé');

    // The central directory announces 4 Gio for its first entry: a "zip bomb".
    const bomb = Buffer.from(bytes);
    const central = bomb.indexOf(Buffer.from([0x50, 0x4b, 0x01, 0x02]));
    bomb.writeUInt32LE(0xfffffff0, central + 24);
    expect((await refusal(() => readXlsx(bomb))).message).toContain('trop volumineux');
  });
});
