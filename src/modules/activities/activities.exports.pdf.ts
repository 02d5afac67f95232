/**
 * The printable programme of the sessions of a period (PDF, pdfkit, standard fonts): the relais,
 * the period (and the commune when chosen), then the sessions grouped by month and day, each with
 * its time, kind, title and theme, venue and commune, and the places left. Dates in French, times
 * in Paris.
 *
 * The standard PDF fonts (Helvetica) write WinAnsi: French accents, œ, « », ’, – and — are in it;
 * the narrow no-break space of `Intl` (U+202F) and a few other characters are not, and are mapped
 * to their nearest WinAnsi character before writing (`pdfText`).
 */
import PDFDocument from 'pdfkit';
import { isoWeekday, MONTH_NAMES, parisWallClock, WEEKDAY_NAMES } from '../../app/calendar.js';

export interface ProgrammeEntry {
  date: string;
  startsAt: string;
  endsAt: string;
  kindLabel: string;
  title: string;
  themeLabel: string;
  siteName: string;
  siteAddress: string;
  communeName: string;
  adultsLeft: number;
  childrenLeft: number;
  /** Whether the session takes children (the places left in children are shown). */
  bringsChildren: boolean;
}

export interface Programme {
  relaisName: string;
  /** How to register: phone, e-mail, address of the space. */
  contact: string;
  from: string;
  to: string;
  communeName: string | null;
  entries: readonly ProgrammeEntry[];
  /** When the programme was printed (shown at the foot). */
  printedOn: string;
}

/** The WinAnsi characters pdfkit's standard fonts can draw beyond Latin-1. */
const WIN_ANSI_EXTRA = new Set('ƒ–—‘’‚“”„†‡•…€‰‹›ˆ™ŒœŠšŸŽžˆ˜');
const MAPPED: Record<string, string> = {
  '\u202f': '\u00a0', // narrow no-break space (Intl fr-FR) → no-break space
  '\u2009': ' ',
  '\u2007': '\u00a0',
  '\u2010': '-',
  '\u2011': '-',
  '\u2212': '-',
  '\u2264': '<=',
  '\u2265': '>=',
  '\u2192': '->',
};

/** Text a standard PDF font can draw: characters outside WinAnsi mapped, or replaced by « ? ». */
export function pdfText(text: string): string {
  let out = '';
  for (const char of text.normalize('NFC')) {
    const code = char.codePointAt(0)!;
    if (MAPPED[char] !== undefined) out += MAPPED[char];
    else if (
      code === 0x0a ||
      (code >= 0x20 && code <= 0x7e) ||
      (code >= 0xa0 && code <= 0xff) ||
      WIN_ANSI_EXTRA.has(char)
    )
      out += char;
    else if (code < 0x20 || (code >= 0x7f && code < 0xa0)) out += ' ';
    else out += '?';
  }
  return out;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** « lundi 2 mars 2026 » */
export function frenchDate(date: string, withYear = true): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const day = d === 1 ? '1er' : String(d);
  return `${WEEKDAY_NAMES[isoWeekday(date) - 1]} ${day} ${MONTH_NAMES[m - 1]}${withYear ? ` ${y}` : ''}`;
}

/** « 9 h 30 », « 14 h » */
export function frenchTime(instant: string): string {
  const [h, m] = parisWallClock(new Date(instant)).time.split(':') as [string, string];
  return `${Number(h)}\u00a0h${m === '00' ? '' : `\u00a0${m}`}`;
}

function placesLeft(e: ProgrammeEntry): string {
  if (e.adultsLeft <= 0 || (e.bringsChildren && e.childrenLeft <= 0)) return 'Complet : inscription en liste d’attente';
  const adults = `${e.adultsLeft} place${e.adultsLeft > 1 ? 's' : ''} d’adulte`;
  if (!e.bringsChildren) return `Places restantes : ${adults}${e.adultsLeft > 1 ? 's' : ''}`;
  return `Places restantes : ${adults}${e.adultsLeft > 1 ? 's' : ''}, ${e.childrenLeft} place${e.childrenLeft > 1 ? 's' : ''} d’enfant${e.childrenLeft > 1 ? 's' : ''}`;
}

const BLUE = '#1f4e79';
const GREY = '#555555';

/** The programme as a PDF file. `compress: false` keeps the page streams readable (tests). */
export function programmePdf(programme: Programme, options: { compress?: boolean } = {}): Promise<Buffer> {
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 50, bottom: 60, left: 56, right: 56 },
    compress: options.compress ?? true,
    bufferPages: true,
    info: {
      Title: pdfText(`Programme des temps collectifs — ${programme.relaisName}`),
      Author: pdfText(programme.relaisName),
      Creator: 'Relais',
    },
    lang: 'fr-FR',
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const width = doc.page.width - doc.page.margins.left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const write = (text: string, font: string, size: number, color = 'black', gap = 0) => {
    doc.font(font).fontSize(size).fillColor(color).text(pdfText(text), { width });
    if (gap) doc.moveDown(gap);
  };
  const room = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };

  write(programme.relaisName, 'Helvetica-Bold', 18, BLUE);
  write('Programme des temps collectifs', 'Helvetica-Bold', 14);
  write(`Du ${frenchDate(programme.from)} au ${frenchDate(programme.to)}`, 'Helvetica', 11, GREY);
  if (programme.communeName) write(`Commune : ${programme.communeName}`, 'Helvetica', 11, GREY);
  if (programme.contact) write(`Inscriptions : ${programme.contact}`, 'Helvetica', 10, GREY);
  doc.moveDown(1);

  if (programme.entries.length === 0) {
    write('Aucune séance n’est prévue sur cette période.', 'Helvetica-Oblique', 11);
  }
  let month = '';
  let day = '';
  for (const e of programme.entries) {
    const entryMonth = e.date.slice(0, 7);
    if (entryMonth !== month) {
      month = entryMonth;
      day = '';
      room(90);
      doc.moveDown(0.5);
      const [y, m] = month.split('-').map(Number) as [number, number];
      write(capitalise(`${MONTH_NAMES[m - 1]} ${y}`), 'Helvetica-Bold', 14, BLUE, 0.2);
      doc
        .moveTo(doc.page.margins.left, doc.y)
        .lineTo(doc.page.margins.left + width, doc.y)
        .strokeColor(BLUE)
        .lineWidth(0.8)
        .stroke();
      doc.moveDown(0.4);
    }
    if (e.date !== day) {
      day = e.date;
      room(70);
      doc.moveDown(0.3);
      write(capitalise(frenchDate(e.date, false)), 'Helvetica-Bold', 11.5);
    }
    room(52);
    const heading = [e.kindLabel, e.title && e.title !== e.kindLabel ? e.title : null, e.themeLabel]
      .filter(Boolean)
      .join(' — ');
    write(`${frenchTime(e.startsAt)} – ${frenchTime(e.endsAt)}   ${heading}`, 'Helvetica-Bold', 10);
    const venue = [e.siteName, e.siteAddress, e.communeName].filter((s) => s && s.trim() !== '').join(', ');
    write(venue, 'Helvetica', 10, GREY);
    write(placesLeft(e), 'Helvetica-Oblique', 9.5, GREY, 0.35);
  }

  // Foot of every page: the date it was printed, and the page number.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const y = doc.page.height - doc.page.margins.bottom + 20;
    const oldBottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(8)
      .fillColor(GREY)
      .text(
        pdfText(`Imprimé le ${frenchDate(programme.printedOn)} — page ${i - range.start + 1} sur ${range.count}`),
        doc.page.margins.left,
        y,
        { width, align: 'center', lineBreak: false },
      );
    doc.page.margins.bottom = oldBottom;
  }
  doc.end();
  return done;
}
