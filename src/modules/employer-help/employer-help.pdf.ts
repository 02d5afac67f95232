/**
 * The printable summary of a calculation (PDF, pdfkit, standard fonts): the title, the date of the
 * calculation, the input in plain French, the figures, every step with its formula and articles,
 * the warnings, the legal values used with their sources, and the reminder that it is an
 * information tool of the relais, not a payslip. Characters outside WinAnsi (the U+202F of `Intl`)
 * are mapped by `pdfText`.
 */
import PDFDocument from 'pdfkit';
import { parisWallClock } from '../../app/calendar.js';
import { frenchDate, pdfText } from '../activities/activities.exports.pdf.js';
import { inputLines } from './employer-help.inputs-fr.js';
import type { CalcFigure, CalcResult, TopicKey } from './employer-help.schemas.js';
import { TOPICS } from './employer-help.topics.js';

export interface SummaryDocument {
  topic: TopicKey;
  input: unknown;
  result: CalcResult;
  /** Instant of the calculation (ISO, UTC); shown as a Paris date and time. */
  calculatedAt: string;
  /** The relais whose animator saved it; none for a public calculation. */
  relaisName?: string;
}

export const DISCLAIMER =
  'Document d’information établi avec l’outil de calcul du Relais Petite Enfance. Il ne remplace ni le bulletin de salaire, ni la déclaration Pajemploi, ni un conseil juridique : en cas de doute, la convention collective (IDCC 3239) et le contrat de travail font foi.';

const FILE_SLUGS: Record<TopicKey, string> = {
  salary: 'salaire-mensualise',
  'extra-hours': 'heures-complementaires',
  absences: 'absences',
  'paid-leave': 'conges-payes',
  allowances: 'indemnites',
  'end-of-contract': 'fin-de-contrat',
};

/** « calcul-salaire-mensualise-2026-03-02.pdf » (Paris date of the calculation). */
export function summaryFileName(topic: TopicKey, calculatedAt: string): string {
  return `calcul-${FILE_SLUGS[topic]}-${parisWallClock(new Date(calculatedAt)).date}.pdf`;
}

const UNITS: Record<CalcFigure['unit'], (n: string) => string> = {
  EUR: (n) => `${n}\u00a0€`,
  hours: (n) => `${n}\u00a0h`,
  days: (n) => `${n}\u00a0jour${n === '0' || n === '1' ? '' : 's'}`,
  weeks: (n) => `${n}\u00a0semaine${n === '0' || n === '1' ? '' : 's'}`,
  percent: (n) => `${n}\u00a0%`,
  count: (n) => n,
};

/** "1234.5" → "1 234,5" (no-break spaces), the value kept as written (no float). */
export function frDecimal(value: string): string {
  const negative = value.startsWith('-');
  const [int = '0', frac] = (negative ? value.slice(1) : value).split('.');
  const grouped = int.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${negative ? '-' : ''}${grouped}${frac ? `,${frac}` : ''}`;
}

export function figureText(figure: CalcFigure): string {
  return UNITS[figure.unit](frDecimal(figure.value));
}

const BLUE = '#1f4e79';
const GREY = '#555555';
const RED = '#8a1c1c';

/** The summary as a PDF file. `compress: false` keeps the page streams readable (tests). */
export function summaryPdf(summary: SummaryDocument, options: { compress?: boolean } = {}): Promise<Buffer> {
  const { result } = summary;
  const doc = new PDFDocument({
    size: 'A4',
    margins: { top: 50, bottom: 60, left: 56, right: 56 },
    compress: options.compress ?? true,
    bufferPages: true,
    info: { Title: pdfText(result.title), Author: pdfText(summary.relaisName ?? 'Relais'), Creator: 'Relais' },
    lang: 'fr-FR',
  });
  const chunks: Buffer[] = [];
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('data', (chunk: Buffer) => chunks.push(chunk));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  const left = doc.page.margins.left;
  const width = doc.page.width - left - doc.page.margins.right;
  const bottom = () => doc.page.height - doc.page.margins.bottom;
  const room = (height: number) => {
    if (doc.y + height > bottom()) doc.addPage();
  };
  const write = (text: string, font: string, size: number, color = 'black', indent = 0, gap = 0) => {
    doc
      .font(font)
      .fontSize(size)
      .fillColor(color)
      .text(pdfText(text), left + indent, doc.y, { width: width - indent });
    if (gap) doc.moveDown(gap);
  };
  const heading = (text: string) => {
    room(60);
    doc.moveDown(0.6);
    write(text, 'Helvetica-Bold', 13, BLUE);
    doc
      .moveTo(left, doc.y + 1)
      .lineTo(left + width, doc.y + 1)
      .strokeColor(BLUE)
      .lineWidth(0.8)
      .stroke();
    doc.moveDown(0.4);
  };

  const when = parisWallClock(new Date(summary.calculatedAt));
  if (summary.relaisName) write(summary.relaisName, 'Helvetica-Bold', 11, GREY);
  write(result.title, 'Helvetica-Bold', 18, BLUE);
  write(TOPICS[summary.topic].summary, 'Helvetica', 10, GREY);
  write(
    `Calcul du ${frenchDate(when.date)} à ${when.time.replace(':', '\u00a0h\u00a0')}`,
    'Helvetica',
    10,
    GREY,
    0,
    0.3,
  );
  write(DISCLAIMER, 'Helvetica-Oblique', 9, GREY);

  heading('Ce que vous avez indiqué');
  for (const line of inputLines(summary.topic, summary.input)) {
    room(16);
    write(line.text, 'Helvetica', 10, 'black', line.depth * 14);
  }

  heading('Résultats');
  for (const figure of result.figures) {
    room(18);
    const y = doc.y;
    doc
      .font('Helvetica')
      .fontSize(10.5)
      .fillColor('black')
      .text(pdfText(figure.label), left, y, { width: width * 0.65 });
    const after = doc.y;
    doc
      .font('Helvetica-Bold')
      .text(pdfText(figureText(figure)), left + width * 0.65, y, { width: width * 0.35, align: 'right' });
    doc.y = Math.max(after, doc.y);
    doc.moveDown(0.15);
  }

  heading('Le détail du calcul');
  result.steps.forEach((step, i) => {
    room(60);
    write(`${i + 1}. ${step.label} : ${step.result}`, 'Helvetica-Bold', 10.5);
    write(step.formula, 'Helvetica', 10, 'black', 14);
    if (step.articles.length > 0) write(step.articles.join(' ; '), 'Helvetica-Oblique', 8.5, GREY, 14);
    doc.moveDown(0.3);
  });

  if (result.warnings.length > 0) {
    heading('À vérifier');
    for (const warning of result.warnings) {
      room(30);
      write(`• ${warning}`, 'Helvetica', 10, RED, 0, 0.2);
    }
  }

  if (result.legalValues.length > 0) {
    heading('Valeurs légales utilisées');
    for (const v of result.legalValues) {
      room(36);
      write(`${v.label} : ${frDecimal(v.value)} (depuis le ${frenchDate(v.validFrom)})`, 'Helvetica', 10);
      write(`Source : ${v.source}`, 'Helvetica-Oblique', 8.5, GREY, 14, 0.2);
    }
  }

  if (result.articles.length > 0) {
    heading('Textes appliqués');
    for (const article of result.articles) {
      room(18);
      write(`• ${article}`, 'Helvetica', 9.5);
    }
  }

  // Foot of every page: what this document is, and the page number.
  const range = doc.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    doc.switchToPage(i);
    const y = doc.page.height - doc.page.margins.bottom + 16;
    const oldBottom = doc.page.margins.bottom;
    doc.page.margins.bottom = 0;
    doc
      .font('Helvetica')
      .fontSize(7.5)
      .fillColor(GREY)
      .text(
        pdfText(
          `Outil d’information du Relais Petite Enfance, pas un bulletin de salaire — page ${i - range.start + 1} sur ${range.count}`,
        ),
        left,
        y,
        { width, align: 'center', lineBreak: false },
      );
    doc.page.margins.bottom = oldBottom;
  }
  doc.end();
  return done;
}
