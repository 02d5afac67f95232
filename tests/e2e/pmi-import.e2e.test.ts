import ExcelJS from 'exceljs';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkPage,
  checkStructure,
  expectNoAxeViolations,
  launchBrowser,
  newContext,
  PHONE,
  signInAsStaff,
  watchErrors,
} from './support/browser.js';
import { startServer, type E2eServer } from './support/server.js';

const TITLE = 'Importer la liste de la PMI';
const PREVIEW_HEADING = '3. Aperçu : ce que l’import fera';
const MANAGER = 'responsable@vie-et-boulogne.test';
/**
 * The parts scanned alone once the page around them was: the page's content (the back office's
 * header and menu were scanned with the import page), a step of the import.
 */
const MAIN = '#contenu';
const FILE_STEP = 'section[aria-labelledby="pmi-etape-fichier"]';
const PREVIEW_STEP = 'section[aria-labelledby="pmi-apercu"]';
const APPLY_STEP = 'section[aria-labelledby="pmi-etape-appliquer"]';
/** The preview's tab shown (the others are not in the page). */
const TAB_PANEL = '[role="tabpanel"]';

/** The PMI's list as a CSV: one new agrément, one impossible (6 places). */
const CSV = [
  'N° d’agrément;Nom;Prénom;Commune;Nombre de places;Date d’agrément',
  'AG85-E2E-IMP-0001;Hautecloque;Bérénice;Aizenay;3;15/09/2019',
  'AG85-E2E-IMP-0002;Sixplaces;Anne;Aizenay;6;01/02/2020',
  '',
].join('\r\n');

/** The same kind of list as a workbook whose headers the server cannot guess all by itself. */
const XLSX_HEADERS = ['Agr.', 'Identité', 'Prénom', 'Ville', 'Places', 'Agréée le'];
const XLSX_ROW = ['AG85-E2E-IMP-0003', 'Kerbrat', 'Maëlys', 'Apremont', 3, '2021-03-01'];

async function previewTabs(page: Page): Promise<string[]> {
  return page.getByRole('tab').allTextContents();
}

async function uploadAndPreview(page: Page, file: string): Promise<void> {
  await page.getByLabel('Fichier de la liste des agréments').setInputFiles(file);
  await page.getByRole('button', { name: 'Afficher l’aperçu' }).click();
  await page.getByRole('heading', { level: 2, name: PREVIEW_HEADING }).waitFor();
}

describe('import of the PMI list', () => {
  let server: E2eServer;
  let browser: Browser;
  let dir: string;
  let relaisId: string;

  const db = () => server.database.db;
  const byNumber = (approvalNumber: string) =>
    db()
      .selectFrom('childminder')
      .select(['last_name', 'first_name', 'approval_places', 'status', 'insee_code'])
      .where('relais_id', '=', relaisId)
      .where('approval_number', '=', approvalNumber)
      .execute();
  /** Active files with an agrément number: those a complete list could archive. */
  const activeNumbered = async () => {
    const { n } = await db()
      .selectFrom('childminder')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('relais_id', '=', relaisId)
      .where('status', '=', 'active')
      .where('approval_number', '!=', '')
      .executeTakeFirstOrThrow();
    return Number(n);
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-pmi-e2e-'));
    const relais = await db()
      .selectFrom('relais')
      .select('id')
      .where('slug', '=', 'vie-et-boulogne')
      .executeTakeFirstOrThrow();
    relaisId = relais.id;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (dir) fs.rmSync(dir, { recursive: true, force: true });
  });

  it('previews a CSV, applies the valid row on purpose, and a second import of the same file changes nothing', async () => {
    const csv = path.join(dir, 'liste-pmi.csv');
    fs.writeFileSync(csv, CSV, 'utf8');
    const before = await activeNumbered();
    expect(before).toBeGreaterThan(0);

    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signInAsStaff(page, MANAGER);

    // From the register, for those who may manage it.
    await page.goto('/gestion/assistants-maternels');
    // (The register is scanned by its own scenario, childminders.e2e.test.ts.)
    await checkStructure(page, 'Assistants maternels', 'registre');
    await page.getByRole('link', { name: TITLE }).click();
    await page.waitForURL(/\/gestion\/assistants-maternels\/import$/);
    await checkPage(page, TITLE, 'import PMI');

    // No file yet: said next to the field.
    await page.getByRole('button', { name: 'Afficher l’aperçu' }).click();
    await page.getByText('Choisissez le fichier de la PMI.').waitFor();
    await expectNoAxeViolations(page, 'import PMI sans fichier', FILE_STEP);

    // The preview: one creation, one refused row with its reason, the absent files only proposed.
    await uploadAndPreview(page, csv);
    expect(await previewTabs(page)).toEqual([
      'À créer (1)',
      'À mettre à jour (0)',
      `À archiver (${before})`,
      'Sans changement (0)',
      'Lignes refusées (1)',
    ]);
    const created = page.getByRole('region', { name: 'Fiches à créer' });
    const newRow = created.getByRole('row').filter({ hasText: 'AG85-E2E-IMP-0001' });
    expect(await newRow.getByRole('rowheader').textContent()).toContain('HAUTECLOQUE Bérénice');
    expect(await newRow.getByRole('cell').allTextContents()).toEqual(['2', 'Aizenay', '3', '—']);
    const archive = page.getByLabel(/^Archiver les \d+ fiches actives absentes du fichier$/);
    expect(await archive.isChecked()).toBe(false);
    // The mapping guessed from the headers, shown and editable on demand.
    await page
      .getByText(
        'Informations reconnues : N° d’agrément (« N° d’agrément »), Nom (« Nom »), Prénom (« Prénom »), Commune (« Commune »), Date d’agrément (« Date d’agrément »), Nombre de places (« Nombre de places »).',
      )
      .waitFor();
    expect(await page.getByRole('combobox').count()).toBe(0);
    const toggle = page.getByRole('button', { name: 'Voir et modifier la correspondance des colonnes' });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    await toggle.click();
    expect(await toggle.getAttribute('aria-expanded')).toBe('true');
    expect(await page.getByLabel('N° d’agrément').inputValue()).toBe('N° d’agrément');
    expect(await page.getByLabel('Nombre de places').inputValue()).toBe('Nombre de places');
    expect(await page.getByLabel('Code INSEE de la commune').inputValue()).toBe('');
    await checkStructure(page, TITLE, 'aperçu de l’import');
    await expectNoAxeViolations(page, 'aperçu de l’import', MAIN);

    await page.getByRole('tab', { name: 'Lignes refusées (1)' }).click();
    const refused = page.getByRole('region', { name: 'Lignes refusées' });
    const refusedRow = refused.getByRole('row').filter({ hasText: 'AG85-E2E-IMP-0002' });
    expect(await refusedRow.getByRole('cell').allTextContents()).toEqual([
      '3',
      'Un agrément couvre de 1 à 4 places. (colonne « Nombre de places »)',
    ]);
    await expectNoAxeViolations(page, 'aperçu, onglet des lignes refusées', TAB_PANEL);
    await page.getByRole('tab', { name: `À archiver (${before})` }).click();
    await page.getByText('Ces fiches resteront actives').waitFor();
    await expectNoAxeViolations(page, 'aperçu, onglet de l’archivage', TAB_PANEL);

    // Nothing is written before the click on « Appliquer ».
    expect(await byNumber('AG85-E2E-IMP-0001')).toEqual([]);
    await page.getByRole('button', { name: 'Appliquer : 1 création' }).click();
    await page.getByRole('heading', { level: 2, name: 'Import appliqué' }).waitFor();
    const result = page.getByRole('status').filter({ hasText: 'Le registre a été mis à jour' });
    expect(await result.getByRole('listitem').allTextContents()).toEqual([
      '1 fiche créée',
      '0 fiche mise à jour',
      '0 fiche déjà à jour',
      '1 ligne refusée laissée de côté',
      `${before} fiches absentes du fichier restent actives`,
    ]);
    await checkStructure(page, TITLE, 'import appliqué');
    await expectNoAxeViolations(page, 'import appliqué', MAIN);
    expect(await byNumber('AG85-E2E-IMP-0001')).toEqual([
      { last_name: 'HAUTECLOQUE', first_name: 'Bérénice', approval_places: 3, status: 'active', insee_code: '85003' },
    ]);
    expect(await byNumber('AG85-E2E-IMP-0002')).toEqual([]);
    expect(await activeNumbered()).toBe(before + 1);

    // The new file is in the register.
    await page.getByRole('link', { name: 'Voir le registre' }).click();
    await checkStructure(page, 'Assistants maternels', 'registre après import');
    await page.getByLabel('Rechercher').fill('hautecloque');
    await page.waitForURL(/q=hautecloque/);
    const row = page.getByRole('row').filter({ hasText: 'AG85-E2E-IMP-0001' });
    await row.getByRole('link', { name: 'HAUTECLOQUE Bérénice' }).waitFor();
    await row.getByRole('cell', { name: 'Aizenay' }).waitFor();

    // The same file again: nothing to create or update, nothing to apply.
    await page.getByRole('link', { name: TITLE }).click();
    // The import page as scanned above.
    await checkStructure(page, TITLE, 'deuxième import');
    await uploadAndPreview(page, csv);
    expect(await previewTabs(page)).toEqual([
      'À créer (0)',
      'À mettre à jour (0)',
      `À archiver (${before})`,
      'Sans changement (1)',
      'Lignes refusées (1)',
    ]);
    await page.getByText('Le registre est déjà à jour pour ce fichier').waitFor();
    expect(await page.getByRole('button', { name: /^Appliquer/ }).count()).toBe(0);
    // The preview opens on the tab of the files to archive, as scanned above: the step « Appliquer » is what changed.
    expect(await page.getByRole('tab', { name: `À archiver (${before})` }).getAttribute('aria-selected')).toBe('true');
    await checkStructure(page, TITLE, 'deuxième aperçu, rien à appliquer');
    await expectNoAxeViolations(page, 'deuxième aperçu, rien à appliquer', APPLY_STEP);
    expect(await byNumber('AG85-E2E-IMP-0001')).toHaveLength(1);

    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);

  it('on a phone: corrects the column mapping of a workbook, and applies nothing when the register changed since the preview', async () => {
    const xlsx = path.join(dir, 'agrements.xlsx');
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet('Agréments');
    sheet.addRow(XLSX_HEADERS);
    sheet.addRow(XLSX_ROW);
    await workbook.xlsx.writeFile(xlsx);

    const context = await newContext(browser, server.baseUrl, PHONE);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signInAsStaff(page, MANAGER);
    await page.goto('/gestion/assistants-maternels/import');
    await checkPage(page, TITLE, 'import PMI (téléphone)');

    // Two required columns the server could not guess: said, and nothing can be applied.
    await uploadAndPreview(page, xlsx);
    await page.getByText('Colonnes à indiquer avant l’import : N° d’agrément, Nom.').waitFor();
    expect(await page.getByRole('tab').count()).toBe(0);
    expect(await page.getByRole('button', { name: /^Appliquer/ }).count()).toBe(0);
    expect(await page.getByLabel('Commune', { exact: true }).inputValue()).toBe('Ville');
    await checkStructure(page, TITLE, 'aperçu, colonnes manquantes (téléphone)');
    await expectNoAxeViolations(page, 'aperçu, colonnes manquantes (téléphone)', MAIN);

    await page.getByLabel('N° d’agrément').selectOption('Agr.');
    await page.getByRole('combobox', { name: 'Nom', exact: true }).selectOption('Identité');
    await page.getByText('Correspondance modifiée : relancez l’aperçu pour en voir l’effet.').waitFor();
    await page.getByRole('button', { name: 'Relancer l’aperçu avec ces colonnes' }).click();
    await page.getByRole('tab', { name: 'À créer (1)' }).waitFor();
    expect(await page.getByRole('tab', { name: 'Lignes refusées (0)' }).count()).toBe(1);
    await page
      .getByRole('region', { name: 'Fiches à créer' })
      .getByRole('row')
      .filter({ hasText: 'KERBRAT Maëlys' })
      .waitFor();
    await checkStructure(page, TITLE, 'aperçu après correspondance (téléphone)');
    await expectNoAxeViolations(page, 'aperçu après correspondance (téléphone)', MAIN);

    // A colleague registers her by hand in the meantime (2 places): the plan is no longer the one shown.
    const now = new Date().toISOString();
    await db()
      .insertInto('childminder')
      .values({
        id: crypto.randomUUID(),
        relais_id: relaisId,
        first_name: 'Maëlys',
        last_name: 'KERBRAT',
        insee_code: '85006',
        approval_number: 'AG85-E2E-IMP-0003',
        approval_date: '2021-03-01',
        approval_places: 2,
        status: 'active',
        status_since: '2021-03-01',
        created_at: now,
        updated_at: now,
      })
      .execute();
    await page.getByRole('button', { name: 'Appliquer : 1 création' }).click();
    await page.getByText('Le registre a changé depuis l’aperçu').waitFor();
    await page.getByText('Rien n’a été appliqué').waitFor();
    await expectNoAxeViolations(page, 'conflit à l’application (téléphone)', APPLY_STEP);
    expect(await byNumber('AG85-E2E-IMP-0003')).toEqual([
      { last_name: 'KERBRAT', first_name: 'Maëlys', approval_places: 2, status: 'active', insee_code: '85006' },
    ]);

    // Previewed again: now an update of her places, with the corrected mapping kept.
    await page.getByRole('button', { name: 'Relancer l’aperçu', exact: true }).click();
    await page.getByRole('tab', { name: 'À mettre à jour (1)' }).waitFor();
    expect(await page.getByRole('tab', { name: 'À créer (0)' }).count()).toBe(1);
    await page.getByRole('tab', { name: 'À mettre à jour (1)' }).click();
    const updated = page.getByRole('region', { name: 'Fiches à mettre à jour' });
    expect(await updated.getByRole('listitem').allTextContents()).toEqual(['Places agréées : 2 →devient 3']);
    await checkStructure(page, TITLE, 'nouvel aperçu après conflit (téléphone)');
    await expectNoAxeViolations(page, 'nouvel aperçu après conflit (téléphone)', PREVIEW_STEP);
    await page.getByRole('button', { name: 'Appliquer : 1 mise à jour' }).click();
    await page.getByRole('heading', { level: 2, name: 'Import appliqué' }).waitFor();
    await page.getByRole('status').getByText('1 fiche mise à jour').waitFor();
    await checkStructure(page, TITLE, 'import appliqué (téléphone)');
    await expectNoAxeViolations(page, 'import appliqué (téléphone)', MAIN);
    expect(await byNumber('AG85-E2E-IMP-0003')).toEqual([
      { last_name: 'KERBRAT', first_name: 'Maëlys', approval_places: 3, status: 'active', insee_code: '85006' },
    ]);

    // The refused application is the only error the page met (the browser logs the 409 answer).
    expect(errors.filter((e) => !e.includes('409'))).toEqual([]);
    await context.close();
  }, 240_000);
});
