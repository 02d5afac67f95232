import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/app/calendar.js';
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
import { signInByLink } from './support/magic-link.js';
import { demoChildminderFile } from './support/demo.js';
import { startServer, type E2eServer } from './support/server.js';

const CHILDMINDER = 'am.lefevre@vie-et-boulogne.test';
const PARENT = 'julie.parent@exemple.test';

/** Today in Paris, as YYYY-MM-DD. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());

describe('job offers', () => {
  let server: E2eServer;
  let browser: Browser;
  let commune: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    // The demo childminder of the magic link gets a free place on Mondays and Tuesdays, from today.
    const db = server.database.db;
    const file = await demoChildminderFile(server, CHILDMINDER);
    commune = file.insee_code;
    const now = new Date().toISOString();
    await db
      .insertInto('availability_slot')
      .values({
        id: crypto.randomUUID(),
        relais_id: file.relais_id,
        childminder_id: file.id,
        available_from: today(),
        min_age_months: 0,
        max_age_months: 36,
        days: '1,2',
        start_time: '07:30',
        end_time: '18:30',
        created_at: now,
        replaced_at: null,
      })
      .execute();
    await db
      .updateTable('childminder')
      .set({ email: CHILDMINDER, phone: '06 98 76 54 32', availability_confirmed_at: now })
      .where('id', '=', file.id)
      .execute();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('a parent posts a need on her phone, the relais publishes it, a childminder who fits answers', async () => {
    // The parent, on her phone, from the relais's page.
    const parent = await newContext(browser, server.baseUrl, PHONE);
    const page = await parent.newPage();
    const errors = watchErrors(page);
    await page.goto('/r/vie-et-boulogne');
    await page.getByRole('link', { name: 'Déposer une offre d’emploi' }).click();
    await checkPage(page, 'Déposer une offre d’emploi', 'offre d’emploi (formulaire)');

    // Sent empty: the summary names what is missing, nothing is lost.
    await page.getByRole('button', { name: 'Déposer mon offre' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Votre offre n’a pas été enregistrée' });
    await summary.getByText('Choisissez votre commune.').waitFor();
    await expectNoAxeViolations(page, 'offre d’emploi (erreurs)', 'form');

    await page.getByRole('combobox', { name: 'Votre commune' }).selectOption(commune);
    await page.getByLabel('Début de l’accueil').fill(addDays(today(), 30));
    await page.getByRole('checkbox', { name: 'Lundi' }).check();
    await page.getByRole('checkbox', { name: 'Mardi' }).check();
    await page.getByLabel('Naissance de l’enfant').fill(addDays(today(), -300));
    await page.getByLabel('Votre nom').fill('Julie Parent');
    await page.getByLabel('Adresse e-mail').fill(PARENT);
    await page.getByLabel(/J’accepte que le relais vérifie mon offre/).check();
    await page.getByRole('button', { name: 'Déposer mon offre' }).click();
    await page.getByRole('heading', { name: 'Encore une étape : confirmez votre adresse e-mail' }).waitFor();

    // The link of the e-mail confirms the address; the offer waits for the relais.
    await server.deliverMail();
    const link = server.sent
      .filter((m) => m.to === PARENT)
      .at(-1)
      ?.text.match(/https?:\/\/\S+\/offre-emploi\/[\w-]+/)?.[0];
    expect(link).toBeDefined();
    await page.goto(link!);
    await checkPage(page, 'Mon offre d’emploi', 'offre d’emploi (page du parent)');
    await page.getByRole('button', { name: 'Confirmer mon adresse e-mail' }).click();
    await page.getByText('Adresse confirmée').waitFor();

    // The animatrice checks it and publishes it to the childminders it fits.
    const staff = await newContext(browser, server.baseUrl);
    const desk = await staff.newPage();
    const deskErrors = watchErrors(desk);
    await signInAsStaff(desk, 'animatrice@vie-et-boulogne.test');
    await desk.goto('/gestion/offres-emploi');
    await checkPage(desk, 'Offres d’emploi', 'file des offres');
    await desk.getByRole('link', { name: 'Julie Parent' }).click();
    await checkPage(desk, 'Offre de Julie Parent', 'offre (vérification)');
    const audience = desk.getByRole('region', { name: 'Destinataires et publication' });
    await audience.getByRole('checkbox', { name: /^Envoyer à .*LEFÈVRE/i }).waitFor();
    await audience.getByRole('button', { name: /^Publier et envoyer à/ }).click();
    await desk.getByText(/^Offre publiée : envoyée à/).waitFor();
    await desk.getByRole('region', { name: /^Envoyée à/ }).waitFor();

    // The year's statistics count it, published, in its commune.
    await desk
      .getByRole('navigation', { name: 'Menu de la gestion' })
      .getByRole('link', { name: 'Statistiques des offres' })
      .click();
    await checkStructure(desk, 'Statistiques des offres d’emploi', 'statistiques des offres');
    const byCommune = desk.getByRole('region', { name: 'Par commune du parent' });
    await byCommune.getByRole('row').nth(1).waitFor();
    await expectNoAxeViolations(desk, 'statistiques des offres', '#contenu');

    // The childminder finds it in her space and answers, sharing her phone.
    const childminder = await newContext(browser, server.baseUrl, PHONE);
    const space = await childminder.newPage();
    const spaceErrors = watchErrors(space);
    await signInByLink(space, server, CHILDMINDER);
    const offers = space.getByRole('region', { name: 'Offres d’emploi des parents' });
    const offer = offers.getByRole('article').first();
    await offer.getByText(/Pourquoi vous : Place libre/).waitFor();
    await expectNoAxeViolations(space, 'espace (offres d’emploi)', 'section[aria-labelledby="offers-title"]');
    await offer.getByRole('button', { name: 'Je suis intéressée' }).click();
    await offer.getByLabel('Votre message au parent').fill('Bonjour, j’ai une place le lundi et le mardi.');
    // In the same step, she moves the date her first free place opens.
    await offer.getByRole('radio', { name: 'Les mettre à jour en même temps' }).check();
    await offer.getByRole('group', { name: 'Place 1' }).getByLabel('Libre à partir du').fill('2027-09-01');
    await expectNoAxeViolations(space, 'réponse à une offre', 'section[aria-labelledby="offers-title"] form');
    await offer.getByRole('button', { name: 'Envoyer ma réponse' }).click();
    await offer
      .getByRole('status')
      .filter({ hasText: 'Votre réponse a été transmise au parent' })
      .filter({ hasText: 'Vos disponibilités sont mises à jour.' })
      .waitFor();
    await space
      .getByRole('region', { name: 'Mes places disponibles' })
      .getByText(/^À partir du 01\/09\/2027 :/)
      .waitFor();

    // The parent receives it by e-mail, with the childminder's phone; her page counts the answer.
    await server.deliverMail();
    const answer = server.sent.filter((m) => m.to === PARENT).at(-1);
    expect(answer?.text).toContain('j’ai une place le lundi et le mardi');
    expect(answer?.text).toContain('06 98 76 54 32');
    await page.reload();
    await page
      .getByText(/1 réponse/)
      .first()
      .waitFor();

    expect([...errors, ...deskErrors, ...spaceErrors]).toEqual([]);
    await Promise.all([parent.close(), staff.close(), childminder.close()]);
  });
});
