import ExcelJS from 'exceljs';
import type { ContactStatistics, Count } from './contacts.rules.js';

function countSheet(workbook: ExcelJS.Workbook, name: string, heading: string, rows: Count[]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: heading, key: 'label', width: 48 },
    { header: 'Contacts', key: 'count', width: 12 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) sheet.addRow({ label: r.label, count: r.count });
}

/** The statistics of a year as an Excel workbook: a summary, then one sheet per breakdown. */
export async function contactStatisticsWorkbook(stats: ContactStatistics, relaisName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Relais';
  const summary = workbook.addWorksheet('Synthèse');
  summary.columns = [
    { header: `${relaisName} — contacts ${stats.year}`, key: 'label', width: 72 },
    { header: '', key: 'count', width: 12 },
  ];
  summary.getRow(1).font = { bold: true };
  summary.addRow({ label: 'Contacts enregistrés', count: stats.total });
  summary.addRow({ label: 'Familles différentes', count: stats.distinctFamilies });
  summary.addRow({ label: 'Assistant·es maternel·les différent·es', count: stats.distinctChildminders });
  for (const indicator of stats.indicators) summary.addRow({ label: indicator.label, count: indicator.count });

  countSheet(workbook, 'Par public', 'Public', stats.byPublic);
  countSheet(workbook, 'Par thème', 'Thème (un contact peut en avoir plusieurs)', stats.bySubject);
  countSheet(workbook, 'Par canal', 'Canal', stats.byChannel);
  countSheet(workbook, 'Par commune', 'Commune', stats.byCommune);
  countSheet(workbook, 'Par mois', 'Mois', stats.byMonth);

  const matrix = workbook.addWorksheet('Public et thème', { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  matrix.columns = [
    { header: 'Public', key: 'public', width: 40 },
    ...stats.bySubject.map((s) => ({ header: s.label, key: s.key, width: 18 })),
  ];
  matrix.getRow(1).font = { bold: true };
  for (const row of stats.publicBySubject) {
    matrix.addRow({ public: row.label, ...Object.fromEntries(row.subjects.map((s) => [s.key, s.count])) });
  }
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
