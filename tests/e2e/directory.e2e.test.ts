import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, launchBrowser, newContext, PHONE, watchErrors } from './support/browser.js';
import { startServer, type E2eServer } from './support/server.js';

/** A childminder of the demo relais with one free place, written straight into the database. */
async function childminderWithPlace(server: E2eServer, insee: string, name: [string, string], consent: number) {
  const db = server.database.db;
  const relais = await db
    .selectFrom('relais')
    .select('id')
    .where('slug', '=', 'vie-et-boulogne')
    .executeTakeFirstOrThrow();
  const id = crypto.randomUUID();
  const now = new Date().toISOString();
  await db
    .insertInto('childminder')
    .values({
      id,
      relais_id: relais.id,
      first_name: name[0],
      last_name: name[1],
      insee_code: insee,
      approval_places: 3,
      status: 'active',
      status_since: '2020-01-01',
      email: `${name[0].toLowerCase()}@exemple.test`,
      phone: '06 12 34 56 78',
      publish_phone: consent,
      availability_confirmed_at: now,
      created_at: now,
      updated_at: now,
    })
    .execute();
  await db
    .insertInto('availability_slot')
    .values({
      id: crypto.randomUUID(),
      relais_id: relais.id,
      childminder_id: id,
      available_from: '2026-01-05',
      min_age_months: 0,
      max_age_months: 36,
      days: '1,2,4,5',
      start_time: '07:30',
      end_time: '18:30',
      created_at: now,
      replaced_at: null,
    })
    .execute();
}

describe('public directory', () => {
  let server: E2eServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    await childminderWithPlace(server, '85003', ['Sophie', 'ANNUAIRE'], 1);
    await childminderWithPlace(server, '85210', ['Nadia', 'LOINTAINE'], 0);
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a parent on a phone finds a free place near her commune and writes to the childminder', async () => {
    const context = await newContext(browser, server.baseUrl, PHONE);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/');
    await page.getByRole('link', { name: 'Trouver un mode d’accueil' }).click();
    await checkPage(page, 'Trouver un mode d’accueil', 'annuaire (formulaire)');
    // On a phone the map is below the form: MapLibre is not downloaded until one scrolls to it.
    await page.getByRole('cell', { name: 'Aizenay', exact: true }).waitFor({ state: 'attached' });
    expect(await page.locator('canvas').count()).toBe(0);

    // A plain form sent by the browser: the server answers with the results in the page.
    await page.getByRole('combobox', { name: 'Commune' }).selectOption({ label: 'Aizenay' });
    await page.getByRole('spinbutton', { name: 'Distance maximale (km)' }).fill('5');
    await page.getByRole('spinbutton', { name: /Âge de l’enfant/ }).fill('10');
    await page.getByRole('checkbox', { name: 'Lundi' }).check();
    await page.getByRole('button', { name: 'Rechercher' }).click();
    await page.waitForURL(/\/annuaire\?commune=85003&radiusKm=5&ageMonths=10/);

    const results = page.getByRole('region', { name: /Assistant·es maternel·les avec une place libre/ });
    await results.getByRole('heading', { name: 'Sophie ANNUAIRE' }).waitFor();
    // Saint-Étienne-du-Bois is farther than 5 km from Aizenay.
    expect(await results.getByRole('heading', { name: 'Nadia LOINTAINE' }).count()).toBe(0);
    expect(await results.getByRole('link', { name: '06 12 34 56 78' }).count()).toBe(1);
    await checkPage(page, 'Trouver un mode d’accueil', 'annuaire (résultats)');

    // The map of free places: its table for screen readers at once, the map itself once scrolled to.
    const map = page.getByRole('region', { name: 'Places libres aujourd’hui par commune' });
    const aizenay = map.getByRole('row').filter({ has: page.getByRole('cell', { name: 'Aizenay', exact: true }) });
    expect(Number(await aizenay.getByRole('cell').nth(1).textContent())).toBeGreaterThanOrEqual(1);
    await map.scrollIntoViewIfNeeded();
    await map.locator('canvas.maplibregl-canvas').waitFor();
    await checkPage(page, 'Trouver un mode d’accueil', 'annuaire (carte)');

    // The criteria stay in the form, to refine the search.
    expect(await page.getByRole('combobox', { name: 'Commune' }).inputValue()).toBe('85003');
    expect(await page.getByRole('checkbox', { name: 'Lundi' }).isChecked()).toBe(true);

    await results.getByRole('article', { name: 'Sophie ANNUAIRE' }).getByText('Lui écrire').click();
    await page.getByRole('textbox', { name: 'Votre nom' }).fill('Paul Parent');
    await page.getByRole('textbox', { name: 'Votre e-mail' }).fill('paul@exemple.test');
    await page.getByRole('textbox', { name: 'Votre message' }).fill('Bonjour, avez-vous une place pour septembre ?');
    await page.getByRole('button', { name: 'Envoyer' }).click();
    await page.getByRole('status').filter({ hasText: 'Votre message a été transmis' }).waitFor();
    await server.deliverMail();
    const mail = server.sent.find((m) => m.to === 'sophie@exemple.test');
    expect(mail?.text).toContain('paul@exemple.test');
    expect(errors).toEqual([]);
    await context.close();
  });

  it('tells a parent, in French and in the page, which criterion to correct', async () => {
    const context = await newContext(browser, server.baseUrl, PHONE);
    const page = await context.newPage();
    await page.goto('/r/vie-et-boulogne/annuaire');
    // The browser's own checks would stop 500 km; a hand-made address reaches the server.
    await page.goto('/r/vie-et-boulogne/annuaire?commune=&radiusKm=500&ageMonths=&days=2#resultats');
    const alert = page.getByRole('alert').filter({ hasText: 'La recherche n’a pas pu être faite' });
    await alert.getByText('Distance maximale (km) : Au plus 100 km.').waitFor();
    expect(await page.getByRole('spinbutton', { name: 'Distance maximale (km)' }).inputValue()).toBe('500');
    expect(await page.getByRole('checkbox', { name: 'Mardi' }).isChecked()).toBe(true);
    await checkPage(page, 'Trouver un mode d’accueil', 'annuaire (critère refusé)');
    await context.close();
  });
});
