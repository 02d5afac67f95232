/** The statistics of the activities of a year as an Excel workbook: a summary, then one sheet per table. */
import ExcelJS from 'exceljs';
import type { ActivityStatistics } from './activities.statistics.rules.js';

type Column = { header: string; key: string; width: number };

function tableSheet(workbook: ExcelJS.Workbook, name: string, columns: Column[], rows: Record<string, unknown>[]) {
  const sheet = workbook.addWorksheet(name, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = columns;
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(row);
  return sheet;
}

/** A rate in percent as Excel shows it (38.2 → 38,2 %): stored as a fraction, formatted. */
const rate = (value: number | null) => (value === null ? null : value / 100);
const RATE_FORMAT = '0.0 %';

export async function activityStatisticsWorkbook(stats: ActivityStatistics, relaisName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Relais';

  const summary = tableSheet(
    workbook,
    'Synthèse',
    [
      { header: `${relaisName} — temps collectifs ${stats.year}`, key: 'label', width: 72 },
      { header: '', key: 'value', width: 14 },
    ],
    [
      { label: `Chiffres arrêtés au ${stats.until.split('-').reverse().join('/')}`, value: null },
      { label: 'Séances tenues', value: stats.sessionsHeld },
      { label: 'Participations (présences relevées)', value: stats.participations },
      { label: 'dont assistant·es maternel·les', value: stats.childminderParticipations },
      { label: 'dont parents', value: stats.parentParticipations },
      { label: 'dont autres personnes', value: stats.otherParticipations },
      { label: 'Assistant·es maternel·les différent·es (tous temps collectifs)', value: stats.distinctChildminders },
      {
        label: 'Assistant·es maternel·les différent·es (temps collectifs sans enfants)',
        value: stats.distinctChildmindersWithoutChildren,
      },
      { label: 'Assistant·es maternel·les en activité dans l’année', value: stats.activeChildminders },
      { label: 'Taux de participation des assistant·es maternel·les', value: rate(stats.participationRate) },
      { label: 'Enfants accueillis (toutes tranches d’âge)', value: stats.childrenTotal },
    ],
  );
  summary.getRow(11).getCell('value').numFmt = RATE_FORMAT;

  tableSheet(
    workbook,
    'Par type',
    [
      { header: 'Type de séance', key: 'label', width: 56 },
      { header: 'Séances tenues', key: 'sessions', width: 16 },
      { header: 'Participations', key: 'participations', width: 16 },
    ],
    stats.byKind.map((k) => ({ label: k.label, sessions: k.sessions, participations: k.participations })),
  );
  tableSheet(
    workbook,
    'Par catégorie',
    [
      { header: 'Catégorie', key: 'label', width: 40 },
      { header: 'Séances tenues', key: 'sessions', width: 16 },
      { header: 'Participations', key: 'participations', width: 16 },
    ],
    stats.byCategory.map((c) => ({ label: c.label, sessions: c.sessions, participations: c.participations })),
  );
  const communes = tableSheet(
    workbook,
    'Par commune',
    [
      { header: 'Commune', key: 'name', width: 32 },
      { header: 'Code INSEE', key: 'code', width: 12 },
      { header: 'Séances tenues dans la commune', key: 'sessions', width: 18 },
      { header: 'Participations aux séances de la commune', key: 'participations', width: 20 },
      { header: 'AM de la commune venues', key: 'childminders', width: 18 },
      { header: 'AM de la commune en activité', key: 'active', width: 18 },
      { header: 'Taux de participation', key: 'rate', width: 16 },
    ],
    stats.byCommune.map((c) => ({
      name: c.communeName,
      code: c.inseeCode,
      sessions: c.sessions,
      participations: c.participations,
      childminders: c.childminders,
      active: c.activeChildminders,
      rate: rate(c.participationRate),
    })),
  );
  communes.getColumn('rate').numFmt = RATE_FORMAT;
  tableSheet(
    workbook,
    'Enfants par âge',
    [
      { header: 'Tranche d’âge', key: 'label', width: 24 },
      { header: 'Enfants', key: 'count', width: 12 },
    ],
    [
      ...stats.children.map((c) => ({ label: c.label, count: c.count })),
      { label: 'Total', count: stats.childrenTotal },
    ],
  );
  tableSheet(
    workbook,
    'Série annuelle',
    [
      { header: 'Année', key: 'year', width: 10 },
      { header: 'AM différentes (tous temps collectifs)', key: 'all', width: 36 },
      { header: 'AM différentes (temps collectifs sans enfants)', key: 'without', width: 42 },
    ],
    stats.series.map((s) => ({
      year: s.year,
      all: s.distinctChildminders,
      without: s.distinctChildmindersWithoutChildren,
    })),
  );
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
