import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_SUPPLY_2024 } from '../../src/demo/supply.js';
import { getSupplyReport } from '../../src/modules/supply-report/supply-report.usecases.js';
import type { SupplyReport } from '../../src/modules/supply-report/supply-report.schemas.js';
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

const MAM_NAME = 'MAM Les Petits Explorateurs';
const CRECHE_NAME = 'Micro-crèche Les Câlins d’Apremont';
const REFERENT_EMAIL = 'animatrice@vie-et-boulogne.test';
const REFERENT_NAME = 'Julie Bernardeau';
const REFERENT_REFUSED = 'Le ou la référent·e doit être un·e animateur·rice ou responsable actif·ve du relais.';
const FACILITIES_TITLE = 'Accueils collectifs et MAM';
const REPORT_TITLE = 'Rapport de l’offre d’accueil';
/**
 * The parts scanned alone once the page around them was: the page's content (the back office's
 * header and menu were scanned with the list of facilities), a section of it, a dialog.
 */
const MAIN = '#contenu';
const CARE_SECTION = 'section[aria-labelledby="accueil-collectif-titre"]';
const DIALOG = '[role="dialog"]';

const fr = new Intl.NumberFormat('fr-FR');

function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Menu de la gestion' });
}

function parisToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
}

/** "2025-09-01" → "01/09/2025", as the pages show calendar dates. */
function shortDate(day: string): string {
  const [y, m, d] = day.split('-');
  return `${d}/${m}/${y}`;
}

function mamTable(page: Page): Locator {
  return page.getByRole('region', { name: 'Maisons d’assistants maternels', exact: true });
}

/** The value shown under a key figure of the report. */
function figure(page: Page, label: string): Locator {
  return page.locator('dt', { hasText: label }).locator('xpath=following-sibling::dd[1]');
}

/** The figures of a row of the report's table, in the order of its columns. */
function rowFigures(f: SupplyReport['territory']): string[] {
  return [
    f.childminders,
    f.places,
    f.childminderHouses,
    f.psuPlaces,
    f.pajePlaces,
    f.arrivals,
    f.reactivations,
    f.departures,
    f.over55,
  ].map((n) => fr.format(n));
}

/** A failed answer of the API is logged by Chromium: expected when a scenario provokes one. */
function unexpected(errors: string[]): string[] {
  return errors.filter((e) => !e.includes('status of 400'));
}

describe('MAM, collective facilities and the supply report', () => {
  let server: E2eServer;
  let browser: Browser;
  let relaisId: string;
  const lastYear = Number(parisToday().slice(0, 4)) - 1;
  let lastYearBefore: SupplyReport;

  const report = (year: number) => getSupplyReport(server.app.ctx, 'system', relaisId, year);
  const houseCount = async (openOnly: boolean) => {
    let q = server.database.db
      .selectFrom('childminder_house')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('relais_id', '=', relaisId);
    if (openOnly) q = q.where('closed_on', 'is', null);
    return Number((await q.executeTakeFirstOrThrow()).n);
  };

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const relais = await server.database.db
      .selectFrom('relais')
      .select('id')
      .where('slug', '=', 'vie-et-boulogne')
      .executeTakeFirstOrThrow();
    relaisId = relais.id;
    lastYearBefore = await report(lastYear);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets the manager record a MAM and a micro-crèche, and read the report', async () => {
    const db = server.database.db;
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signInAsStaff(page, 'responsable@vie-et-boulogne.test');
    // (The manager's dashboard is scanned by the back-office scenario, staff.e2e.test.ts.)
    await checkStructure(page, 'Tableau de bord', 'tableau de bord');

    // The list: the open MAM of the demo, the closed ones on demand.
    await nav(page).getByRole('link', { name: FACILITIES_TITLE }).click();
    await checkPage(page, FACILITIES_TITLE, 'accueils');
    const openHouses = await houseCount(true);
    expect(openHouses).toBe(DEMO_SUPPLY_2024.houses);
    expect(await mamTable(page).getByRole('row').count()).toBe(1 + openHouses);
    await page.getByLabel('Afficher les accueils fermés').check();
    await mamTable(page)
      .getByRole('row')
      .nth(await houseCount(false))
      .waitFor();
    expect(
      await mamTable(page)
        .getByText(/^Fermée le \d\d\/\d\d\/\d{4}$/)
        .count(),
    ).toBe((await houseCount(false)) - openHouses);
    await page.getByLabel('Afficher les accueils fermés').uncheck();
    await page.getByRole('region', { name: 'Micro-crèche', exact: true }).waitFor();
    await page.getByRole('region', { name: 'Protection maternelle et infantile (PMI)', exact: true }).waitFor();

    // A new MAM: the form says what is missing.
    await page.getByRole('button', { name: 'Nouvelle MAM' }).click();
    const mamDialog = page.getByRole('dialog', { name: 'Nouvelle MAM' });
    await mamDialog.getByRole('button', { name: 'Créer la MAM' }).click();
    await mamDialog.getByRole('link', { name: 'Nom de la MAM : Le nom doit compter au moins 2 caractères.' }).waitFor();
    await mamDialog.getByRole('link', { name: 'Commune : Choisissez la commune de la MAM.' }).waitFor();
    await expectNoAxeViolations(page, 'nouvelle MAM avec erreurs', DIALOG);
    await mamDialog.getByLabel('Nom de la MAM').fill(MAM_NAME);
    await mamDialog.getByLabel('Commune').selectOption({ label: 'Aizenay' });
    await mamDialog.getByRole('textbox', { name: 'Adresse', exact: true }).fill('12 rue des Écoliers');
    await mamDialog.getByLabel('Date d’ouverture').fill(`${lastYear}-09-01`);
    await mamDialog.getByLabel('Référent·e').selectOption({ label: REFERENT_NAME });

    // The server refuses (the referent's account was disabled meanwhile): its message shows, nothing typed is lost.
    const disabledAt = new Date().toISOString();
    await db.updateTable('user_account').set({ disabled_at: disabledAt }).where('email', '=', REFERENT_EMAIL).execute();
    await mamDialog.getByRole('button', { name: 'Créer la MAM' }).click();
    await mamDialog.getByRole('link', { name: `Référent·e : ${REFERENT_REFUSED}` }).waitFor();
    expect(await mamDialog.getByLabel('Nom de la MAM').inputValue()).toBe(MAM_NAME);
    expect(await mamDialog.getByLabel('Date d’ouverture').inputValue()).toBe(`${lastYear}-09-01`);
    expect(await mamDialog.getByRole('textbox', { name: 'Adresse', exact: true }).inputValue()).toBe(
      '12 rue des Écoliers',
    );
    await expectNoAxeViolations(page, 'nouvelle MAM refusée par le serveur', DIALOG);
    expect(await db.selectFrom('childminder_house').select('id').where('name', '=', MAM_NAME).execute()).toEqual([]);

    // The account is active again: the same form, sent again, creates the MAM.
    await db.updateTable('user_account').set({ disabled_at: null }).where('email', '=', REFERENT_EMAIL).execute();
    await mamDialog.getByRole('button', { name: 'Créer la MAM' }).click();
    await mamDialog.waitFor({ state: 'detached' });
    await page
      .getByRole('status')
      .filter({ hasText: `La MAM « ${MAM_NAME} » a été créée.` })
      .waitFor();
    const mamRow = mamTable(page).getByRole('row').filter({ hasText: MAM_NAME });
    await mamRow.getByRole('cell', { name: 'Aizenay', exact: true }).waitFor();
    await mamRow.getByRole('cell', { name: shortDate(`${lastYear}-09-01`) }).waitFor();
    await mamRow.getByRole('cell', { name: REFERENT_NAME, exact: true }).waitFor();
    await mamRow.getByText('Aucune visite enregistrée').waitFor();
    await mamRow.getByText('Visite à prévoir').waitFor();
    expect(await mamTable(page).getByRole('row').count()).toBe(2 + openHouses);
    const saved = await db
      .selectFrom('childminder_house')
      .innerJoin('user_account', 'user_account.id', 'childminder_house.referent_user_id')
      .select(['childminder_house.insee_code', 'childminder_house.opened_on', 'user_account.email'])
      .where('childminder_house.name', '=', MAM_NAME)
      .executeTakeFirstOrThrow();
    expect(saved).toEqual({ insee_code: '85003', opened_on: `${lastYear}-09-01`, email: REFERENT_EMAIL });
    // The notice and the new row.
    await checkStructure(page, FACILITIES_TITLE, 'accueils après création de la MAM');
    await expectNoAxeViolations(page, 'accueils après création de la MAM', MAIN);

    // The referent visits it today: no visit due any more.
    await mamRow.getByRole('button', { name: `Modifier ${MAM_NAME}` }).click();
    const editDialog = page.getByRole('dialog', { name: `Modifier la MAM « ${MAM_NAME} »` });
    await editDialog.getByLabel('Dernière visite').fill(parisToday());
    await editDialog.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await editDialog.waitFor({ state: 'detached' });
    await page
      .getByRole('status')
      .filter({ hasText: `La MAM « ${MAM_NAME} » a été modifiée.` })
      .waitFor();
    await mamRow.getByRole('cell', { name: shortDate(parisToday()), exact: true }).waitFor();
    expect(await mamRow.getByText('Visite à prévoir').count()).toBe(0);

    // A micro-crèche: its usual funding is proposed; a family service has neither places nor funding.
    await page.getByRole('button', { name: 'Nouvel établissement' }).click();
    const crecheDialog = page.getByRole('dialog', { name: 'Nouvel établissement d’accueil' });
    expect(await crecheDialog.getByLabel('Type').inputValue()).toBe('micro_creche');
    expect(await crecheDialog.getByLabel('Financement').inputValue()).toBe('paje');
    await crecheDialog.getByLabel('Type').selectOption({ label: 'Protection maternelle et infantile (PMI)' });
    expect(await crecheDialog.getByLabel('Places d’accueil').count()).toBe(0);
    await crecheDialog.getByLabel('Type').selectOption({ label: 'Micro-crèche' });
    await crecheDialog.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await crecheDialog
      .getByRole('link', { name: 'Places d’accueil : Indiquez le nombre de places d’accueil.' })
      .waitFor();
    await expectNoAxeViolations(page, 'nouvel établissement avec erreurs', DIALOG);
    await crecheDialog.getByRole('textbox', { name: 'Nom', exact: true }).fill(CRECHE_NAME);
    await crecheDialog.getByLabel('Commune').selectOption({ label: 'Apremont' });
    await crecheDialog.getByLabel('Places d’accueil').fill('10');
    await crecheDialog.getByLabel('Date d’ouverture').fill(`${lastYear}-01-06`);
    await crecheDialog.getByRole('button', { name: 'Enregistrer', exact: true }).click();
    await crecheDialog.waitFor({ state: 'detached' });
    await page
      .getByRole('status')
      .filter({ hasText: `« ${CRECHE_NAME} » a été enregistré.` })
      .waitFor();
    const crecheRow = page
      .getByRole('region', { name: 'Micro-crèche' })
      .getByRole('row')
      .filter({ hasText: CRECHE_NAME });
    await crecheRow.getByRole('cell', { name: 'Apremont', exact: true }).waitFor();
    await crecheRow.getByRole('cell', { name: '10', exact: true }).waitFor();
    await crecheRow.getByRole('cell', { name: 'PAJE', exact: true }).waitFor();
    await crecheRow.getByRole('cell', { name: shortDate(`${lastYear}-01-06`) }).waitFor();
    const facility = await db
      .selectFrom('facility')
      .select(['kind', 'insee_code', 'places', 'funding', 'opened_on', 'closed_on'])
      .where('name', '=', CRECHE_NAME)
      .executeTakeFirstOrThrow();
    expect(facility).toEqual({
      kind: 'micro_creche',
      insee_code: '85006',
      places: 10,
      funding: 'paje',
      opened_on: `${lastYear}-01-06`,
      closed_on: null,
    });
    // The same notice as above; the new row.
    await checkStructure(page, FACILITIES_TITLE, 'accueils après création de la micro-crèche');
    await expectNoAxeViolations(page, 'accueils après création de la micro-crèche', CARE_SECTION);

    // The report: the last complete year by default, with the new MAM and micro-crèche.
    await nav(page).getByRole('link', { name: REPORT_TITLE }).click();
    await checkStructure(page, REPORT_TITLE, 'rapport, année par défaut');
    await expectNoAxeViolations(page, 'rapport, année par défaut', MAIN);
    expect(await page.getByLabel('Année du rapport').inputValue()).toBe(String(lastYear));
    const lastYearAfter = await report(lastYear);
    expect(lastYearAfter.territory.childminderHouses).toBe(lastYearBefore.territory.childminderHouses + 1);
    expect(lastYearAfter.territory.pajePlaces).toBe(lastYearBefore.territory.pajePlaces + 10);
    const communes = page.getByRole('region', { name: 'Offre d’accueil par commune', exact: true });
    const total = communes.getByRole('row').filter({ hasText: 'Ensemble du territoire' });
    expect(await total.getByRole('cell').allTextContents()).toEqual(rowFigures(lastYearAfter.territory));

    // 2024: the figures of the operating project.
    await page.getByLabel('Année du rapport').selectOption('2024');
    await page.waitForURL(/annee=2024/);
    await page.getByRole('heading', { level: 2, name: 'Ensemble du territoire au 31/12/2024' }).waitFor();
    await checkStructure(page, REPORT_TITLE, 'rapport 2024');
    await expectNoAxeViolations(page, 'rapport 2024', MAIN);
    const expected = await report(2024);
    expect(expected.territory).toMatchObject({
      childminders: DEMO_SUPPLY_2024.childminders,
      places: DEMO_SUPPLY_2024.places,
      childminderHouses: DEMO_SUPPLY_2024.houses,
      psuPlaces: DEMO_SUPPLY_2024.psuPlaces,
    });
    expect(await figure(page, 'Assistant·es maternel·les en activité').textContent()).toBe('312');
    expect(await figure(page, 'Places agréées des assistant·es maternel·les').textContent()).toBe(fr.format(1092));
    expect(fr.format(1092)).toMatch(/^1\s092$/u);
    expect(await figure(page, 'Maisons d’assistants maternels (MAM) ouvertes').textContent()).toBe('12');
    expect(await figure(page, 'Places d’accueil collectif financées par la PSU').textContent()).toBe('85');
    expect(await total.getByRole('cell').allTextContents()).toEqual(rowFigures(expected.territory));
    expect(await communes.getByRole('row').count()).toBe(expected.communes.length + 2);
    for (const c of expected.communes) {
      const row = communes.getByRole('row').filter({ has: page.getByRole('rowheader', { name: c.name, exact: true }) });
      expect(await row.getByRole('cell').allTextContents(), c.name).toEqual(rowFigures(c));
    }
    // The CSV download of the same year, with the browser's session.
    const download = page.getByRole('link', { name: 'Télécharger le rapport 2024 (CSV, tableur)' });
    const csv = await page.request.get(server.baseUrl + (await download.getAttribute('href'))!);
    expect(csv.status()).toBe(200);
    const territoryLine = (await csv.text()).split('\r\n').find((line) => line.includes('Ensemble du territoire'));
    expect(territoryLine?.split(';').slice(3, 5)).toEqual(['312', '1092']);
    const reasons = page.getByRole('region', { name: 'Motifs des départs', exact: true });
    expect(await reasons.getByRole('row').filter({ hasText: 'Total' }).getByRole('cell').first().textContent()).toBe(
      String(expected.territory.departures),
    );

    expect(unexpected(errors)).toEqual([]);
    await context.close();
  }, 240_000);

  it('fits a phone screen', async () => {
    const context = await newContext(browser, server.baseUrl, PHONE);
    const page = await context.newPage();
    await signInAsStaff(page, 'responsable@vie-et-boulogne.test');
    for (const [path, title, within] of [
      ['/gestion/accueils', FACILITIES_TITLE, undefined],
      // The header and menu of a phone were scanned with the first page.
      ['/gestion/rapport-offre?annee=2024', REPORT_TITLE, MAIN],
    ] as const) {
      await page.goto(path);
      await checkStructure(page, title, `${title} (téléphone)`);
      await expectNoAxeViolations(page, `${title} (téléphone)`, within);
      // Wide tables scroll inside their own region, never the page.
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    }
    await context.close();
  });

  it('shows the read-only viewer the lists and the report, without any button to edit', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signInAsStaff(page, 'elu@vie-et-boulogne.test');
    // (The viewer's dashboard and menu are scanned by the back-office scenario, staff.e2e.test.ts.)
    await checkStructure(page, 'Tableau de bord', 'tableau de bord (élu)');
    const links = await nav(page).getByRole('link').allTextContents();
    expect(links).toContain(FACILITIES_TITLE);
    expect(links).toContain(REPORT_TITLE);

    await nav(page).getByRole('link', { name: FACILITIES_TITLE }).click();
    await checkStructure(page, FACILITIES_TITLE, 'accueils (élu)');
    // The lists are there (so that the absence of buttons below means something)…
    expect(await mamTable(page).getByRole('row').count()).toBe(1 + (await houseCount(true)));
    await page.getByRole('region', { name: 'Micro-crèche', exact: true }).getByRole('row').nth(1).waitFor();
    // …without any way to change them.
    for (const name of ['Nouvelle MAM', 'Nouvel établissement', 'Nouveau service']) {
      expect(await page.getByRole('button', { name }).count(), name).toBe(0);
    }
    expect(await page.getByRole('button', { name: /^Modifier/ }).count()).toBe(0);
    expect(await page.getByRole('columnheader', { name: 'Actions' }).count()).toBe(0);
    // The lists without their buttons and column of actions.
    await expectNoAxeViolations(page, 'accueils (élu)', MAIN);

    // The report as the manager sees it (scanned above).
    await nav(page).getByRole('link', { name: REPORT_TITLE }).click();
    await checkStructure(page, REPORT_TITLE, 'rapport (élu)');
    await page.getByLabel('Année du rapport').selectOption('2024');
    await page.getByRole('heading', { level: 2, name: 'Ensemble du territoire au 31/12/2024' }).waitFor();
    expect(await figure(page, 'Assistant·es maternel·les en activité').textContent()).toBe('312');
    expect(await figure(page, 'Places agréées des assistant·es maternel·les').textContent()).toBe(fr.format(1092));

    expect(errors).toEqual([]);
    await context.close();
  });
});
