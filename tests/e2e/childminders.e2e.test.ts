import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkPage,
  checkStructure,
  expectNoAxeViolations,
  launchBrowser,
  newContext,
  signInAsStaff,
  watchErrors,
} from './support/browser.js';
import { startServer, type E2eServer } from './support/server.js';

const FIRST_NAME = 'Guillemette';
const LAST_NAME = 'ESCOUBLAC';
const FULL_NAME = `${FIRST_NAME} ${LAST_NAME}`;
/** Enough active files for a second page of 50, whatever the demo holds. */
const MIN_ACTIVE = 60;
/**
 * The parts scanned alone once the page around them was: the page's content (the back office's
 * header and menu were scanned with the register), the table of the register, its filters, its
 * pages, a dialog.
 */
const MAIN = '#contenu';
const REGISTER_TABLE = '[role="region"][aria-label="Registre des assistant·es maternel·les"]';
const REGISTER_FILTERS = '[role="search"][aria-label="Filtrer le registre"]';
const REGISTER_PAGES = 'nav[aria-label="Pages du registre"]';
const DIALOG = '[role="dialog"]';

function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Menu de la gestion' });
}

function parisToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
}

/** The register's count ("312 assistant·es maternel·les", with a narrow no-break space in 1 000). */
function countText(page: Page) {
  return page.getByRole('status').filter({ hasText: /^[\d\s\u202f\u00a0]+ assistant·e(s)? maternel·le(s)?$/ });
}

describe('childminder register', () => {
  let server: E2eServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    // The demo may or may not hold childminders yet: make sure there are enough for two pages.
    const db = server.database.db;
    const relais = await db
      .selectFrom('relais')
      .select('id')
      .where('slug', '=', 'vie-et-boulogne')
      .executeTakeFirstOrThrow();
    const { n } = await db
      .selectFrom('childminder')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('relais_id', '=', relais.id)
      .where('status', '=', 'active')
      .executeTakeFirstOrThrow();
    const missing = MIN_ACTIVE - Number(n);
    if (missing > 0) {
      const now = new Date().toISOString();
      await db
        .insertInto('childminder')
        .values(
          Array.from({ length: missing }, (_, i) => ({
            id: crypto.randomUUID(),
            relais_id: relais.id,
            first_name: 'Camille',
            last_name: `PAGINATION ${String(i).padStart(3, '0')}`,
            insee_code: '85003',
            approval_places: 3,
            status: 'active',
            status_since: '2020-01-01',
            created_at: now,
            updated_at: now,
          })),
        )
        .execute();
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets the manager register, find, edit, archive and reactivate a childminder', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signInAsStaff(page, 'responsable@vie-et-boulogne.test');
    // (The manager's dashboard is scanned by the back-office scenario, staff.e2e.test.ts.)
    await checkStructure(page, 'Tableau de bord', 'tableau de bord');
    expect(await nav(page).getByRole('link').allTextContents()).toContain('Assistants maternels');

    // The register: 50 files a page, the total shown, a second page.
    await nav(page).getByRole('link', { name: 'Assistants maternels' }).click();
    await checkPage(page, 'Assistants maternels', 'registre');
    await countText(page).waitFor();
    const table = page.getByRole('region', { name: 'Registre des assistant·es maternel·les' });
    expect(await table.getByRole('row').count()).toBe(51);
    await page.getByRole('navigation', { name: 'Pages du registre' }).getByRole('button', { name: 'Page 2' }).click();
    await page.waitForURL(/page=2/);
    await table.getByText(/^Fiches 51 à /).waitFor();
    // The same rows and filters: the pages' navigation is what changed (the current page).
    await checkStructure(page, 'Assistants maternels', 'registre, page 2');
    await expectNoAxeViolations(page, 'registre, page 2', REGISTER_PAGES);

    // A new file: the form says what is missing, then creates it.
    await page.getByRole('link', { name: 'Nouvelle fiche' }).click();
    await checkStructure(page, 'Nouvelle fiche', 'nouvelle fiche');
    await expectNoAxeViolations(page, 'nouvelle fiche', MAIN);
    await page.getByRole('button', { name: 'Créer la fiche' }).click();
    await page.getByRole('link', { name: 'Prénom : Le prénom est obligatoire.' }).waitFor();
    await expectNoAxeViolations(page, 'nouvelle fiche avec erreurs', `${MAIN} form`);
    await page.getByLabel('Prénom').fill(FIRST_NAME);
    await page.getByRole('textbox', { name: 'Nom', exact: true }).fill('Escoublac');
    await page.getByLabel('Date de naissance').fill('1966-04-12');
    await page.getByLabel('Adresse e-mail').fill('g.escoublac@exemple.test');
    await page.getByRole('textbox', { name: 'Téléphone', exact: true }).fill('06 12 34 56 78');
    await page.getByRole('textbox', { name: 'Adresse', exact: true }).fill('4 rue des Mésanges');
    await page.getByLabel('Code postal').fill('85190');
    await page.getByLabel('Commune').selectOption({ label: 'Aizenay' });
    await page.getByLabel('Numéro d’agrément').fill('AG85-E2E-0001');
    await page.getByLabel('Places agréées').fill('3');
    await page.getByLabel('Date d’agrément').fill('2015-06-01');
    await page.getByLabel('Inscrit·e sur monenfant.fr').check();
    await page.getByLabel('Publier le téléphone dans l’annuaire public').check();
    expect(await page.getByLabel('Date d’arrivée').inputValue()).toBe(parisToday());
    await page.getByRole('button', { name: 'Créer la fiche' }).click();
    await page.waitForURL(/\/gestion\/assistants-maternels\/[0-9a-f-]{36}$/);
    await checkStructure(page, FULL_NAME, 'fiche créée');
    await page
      .getByRole('status')
      .filter({ hasText: `La fiche de ${FULL_NAME} a été créée.` })
      .waitFor();
    const history = page.getByRole('list', { name: 'Évènements, du plus récent au plus ancien' });
    await history.getByText('Arrivée sur le territoire (3 place(s) agréée(s))').waitFor();
    await expectNoAxeViolations(page, 'fiche créée', MAIN);

    // Found again by a search on her name, among those aged 55 or more.
    await page.getByRole('link', { name: '← Retour au registre' }).click();
    // The register as scanned above, with one more file.
    await checkStructure(page, 'Assistants maternels', 'registre après création');
    await page.getByLabel('Rechercher').fill('escoub');
    await page.waitForURL(/q=escoub/);
    await countText(page).filter({ hasText: '1 assistant·e maternel·le' }).waitFor();
    await page.getByLabel('55 ans et plus').check();
    await page.waitForURL(/plus55=true/);
    const row = page.getByRole('row').filter({ hasText: 'AG85-E2E-0001' });
    await row.getByRole('cell', { name: 'Aizenay' }).waitFor();
    await row.getByRole('cell', { name: '3 / 3' }).waitFor();
    // The filters in use (and the button that resets them), over a table of one row.
    await checkStructure(page, 'Assistants maternels', 'registre filtré');
    await expectNoAxeViolations(page, 'registre filtré', REGISTER_FILTERS);

    // The Excel export takes the same filters.
    const exportLink = page.getByRole('link', { name: 'Exporter (Excel)' });
    const href = await exportLink.getAttribute('href');
    expect(href).toContain('q=escoub');
    expect(href).toContain('over55=true');
    expect(await exportLink.getAttribute('download')).not.toBeNull();
    const file = await page.request.get(href!);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toContain('spreadsheetml');

    // Edit the places of the agrément.
    await row.getByRole('link', { name: /Escoublac Guillemette|ESCOUBLAC Guillemette/ }).click();
    // The file as scanned above, without the notice.
    await checkStructure(page, FULL_NAME, 'fiche');
    await page.getByRole('link', { name: 'Modifier' }).click();
    await checkStructure(page, `Modifier la fiche de ${FULL_NAME}`, 'modification de la fiche');
    await expectNoAxeViolations(page, 'modification de la fiche', MAIN);
    await page.getByLabel('Places agréées').fill('2');
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page.waitForURL(/\/gestion\/assistants-maternels\/[0-9a-f-]{36}$/);
    await page
      .getByRole('status')
      .filter({ hasText: `La fiche de ${FULL_NAME} a été modifiée.` })
      .waitFor();
    const agrement = page.getByRole('region', { name: 'Agrément' });
    await agrement
      .getByText('Places agréées')
      .locator('xpath=following-sibling::dd[1]')
      .filter({ hasText: '2' })
      .waitFor();
    await history.getByText('Modification : places agréées').waitFor();

    // Archive her (she moves away): today by default, a reason is required.
    await page.getByRole('button', { name: 'Archiver', exact: true }).click();
    const archiveDialog = page.getByRole('dialog', { name: 'Archiver la fiche' });
    await archiveDialog.waitFor();
    expect(await archiveDialog.getByLabel('Date de départ').inputValue()).toBe(parisToday());
    await archiveDialog.getByRole('button', { name: 'Archiver la fiche' }).click();
    await archiveDialog.getByText('Choisissez le motif de l’archivage.').waitFor();
    await expectNoAxeViolations(page, 'archivage avec erreur', DIALOG);
    await archiveDialog.getByLabel('Motif').selectOption({ label: 'Déménagement' });
    await archiveDialog.getByRole('button', { name: 'Archiver la fiche' }).click();
    await archiveDialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'est archivée depuis le' }).waitFor();
    await history.getByText('Archivage : Déménagement').waitFor();
    expect(await history.getByRole('listitem').count()).toBe(3);
    await page.getByRole('button', { name: 'Réactiver', exact: true }).waitFor();
    await checkStructure(page, FULL_NAME, 'fiche archivée');
    await expectNoAxeViolations(page, 'fiche archivée', MAIN);

    // No longer among the active files; among the archived ones.
    await page.getByRole('link', { name: '← Retour au registre' }).click();
    await checkStructure(page, 'Assistants maternels', 'registre, fiches actives');
    await page.getByText('Aucun·e assistant·e maternel·le ne correspond à ces critères.').waitFor();
    await expectNoAxeViolations(page, 'registre, aucune fiche active', MAIN);
    await page.getByLabel('Statut').selectOption('archived');
    await page.waitForURL(/statut=archived/);
    await row.getByText('Archivée').waitFor();
    await checkStructure(page, 'Assistants maternels', 'registre, fiches archivées');
    await expectNoAxeViolations(page, 'registre, fiches archivées', REGISTER_TABLE);

    // Back to work: reactivated.
    await row.getByRole('link').first().click();
    // The archived file as scanned above, without the notice.
    await checkStructure(page, FULL_NAME, 'fiche archivée (depuis le registre)');
    await page.getByRole('button', { name: 'Réactiver', exact: true }).click();
    const reactivateDialog = page.getByRole('dialog', { name: 'Réactiver la fiche' });
    await reactivateDialog.waitFor();
    await expectNoAxeViolations(page, 'réactivation', DIALOG);
    await reactivateDialog.getByRole('button', { name: 'Réactiver la fiche' }).click();
    await reactivateDialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'est de nouveau active' }).waitFor();
    await history.getByText('Reprise d’activité').first().waitFor();
    expect(await history.getByRole('listitem').count()).toBe(4);
    await page.getByRole('button', { name: 'Archiver', exact: true }).waitFor();
    // An active file with a notice, as when it was created.
    await checkStructure(page, FULL_NAME, 'fiche réactivée');

    expect(errors).toEqual([]);
    await context.close();
  }, 240_000);

  it('is not shown to the read-only viewer', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await signInAsStaff(page, 'elu@vie-et-boulogne.test');
    // (The viewer's dashboard and menu are scanned by the back-office scenario, staff.e2e.test.ts.)
    await checkStructure(page, 'Tableau de bord', 'tableau de bord (élu)');
    expect(await nav(page).getByRole('link').allTextContents()).not.toContain('Assistants maternels');
    await page.goto('/gestion/assistants-maternels');
    await checkStructure(page, 'Assistants maternels', 'registre refusé (élu)');
    await page.getByText('Accès réservé').waitFor();
    await expectNoAxeViolations(page, 'registre refusé (élu)', MAIN);
    expect(await page.getByRole('table').count()).toBe(0);
    await context.close();
  });
});
