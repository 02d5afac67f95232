import ExcelJS from 'exceljs';
import type { childmindersForExport } from './childminders.usecases.js';

type Row = Awaited<ReturnType<typeof childmindersForExport>>[number];

const yes = (b: boolean) => (b ? 'oui' : 'non');
const frDate = (d: string | null) => (d ? d.split('-').reverse().join('/') : '');

/** The register as an Excel workbook, with French headers, one row per childminder. */
export async function childmindersWorkbook(rows: Row[], title: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Relais';
  const sheet = workbook.addWorksheet('Assistants maternels', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.columns = [
    { header: 'Nom', key: 'lastName', width: 18 },
    { header: 'Prénom', key: 'firstName', width: 16 },
    { header: 'Commune', key: 'communeName', width: 24 },
    { header: 'Adresse', key: 'address', width: 30 },
    { header: 'Téléphone', key: 'phone', width: 16 },
    { header: 'E-mail', key: 'email', width: 28 },
    { header: 'Âge', key: 'age', width: 6 },
    { header: 'N° d’agrément', key: 'approvalNumber', width: 16 },
    { header: 'Date d’agrément', key: 'approvalDate', width: 14 },
    { header: 'Renouvellement', key: 'approvalRenewalDate', width: 14 },
    { header: 'Places agréées', key: 'approvalPlaces', width: 10 },
    { header: 'Places aujourd’hui', key: 'placesToday', width: 10 },
    { header: 'Exercice', key: 'practice', width: 22 },
    { header: 'monenfant.fr', key: 'monenfant', width: 10 },
    { header: 'Stagiaires', key: 'trainees', width: 10 },
    { header: 'Horaires atypiques', key: 'atypical', width: 10 },
    { header: 'Statut', key: 'status', width: 12 },
    { header: 'Depuis le', key: 'statusSince', width: 12 },
    { header: 'Motif d’archivage', key: 'reason', width: 28 },
  ];
  sheet.getRow(1).font = { bold: true };
  for (const r of rows) {
    sheet.addRow({
      lastName: r.lastName,
      firstName: r.firstName,
      communeName: r.communeName,
      address: [r.address, r.postcode].filter(Boolean).join(' '),
      phone: r.phone,
      email: r.email,
      age: r.age ?? '',
      approvalNumber: r.approvalNumber,
      approvalDate: frDate(r.approvalDate),
      approvalRenewalDate: frDate(r.approvalRenewalDate),
      approvalPlaces: r.approvalPlaces,
      placesToday: r.placesToday,
      practice: r.practice === 'mam' ? `MAM ${r.childminderHouseName ?? ''}`.trim() : 'Domicile',
      monenfant: yes(r.monenfantRegistered),
      trainees: yes(r.acceptsTrainees),
      atypical: yes(r.atypicalHours),
      status: r.status === 'active' ? 'Active' : 'Archivée',
      statusSince: frDate(r.statusSince),
      reason: r.archiveReasonLabel ?? '',
    });
  }
  workbook.title = title;
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
