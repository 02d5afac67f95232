import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkPage,
  checkStructure,
  launchBrowser,
  newContext,
  PHONE,
  signInAsStaff,
  watchErrors,
} from './support/browser.js';
import { startServer, type E2eServer } from './support/server.js';

const PARENT = 'Émilie Testard';
const PARENT_EMAIL = 'emilie.testard@exemple.test';
const ANSWER = 'Bonjour, voici les assistantes maternelles qui ont des places à Aizenay en septembre.';

describe('the families’ desk inbox', () => {
  let server: E2eServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('takes a parent’s request on a phone, which the animator answers from the inbox and finds in the contact log', async () => {
    // A parent, on a phone, from the relais's public page.
    const phone = await newContext(browser, server.baseUrl, PHONE);
    const parent = await phone.newPage();
    const parentErrors = watchErrors(parent);
    await parent.goto('/r/vie-et-boulogne');
    await parent.getByRole('link', { name: 'Faire une demande au relais' }).click();
    await checkPage(parent, 'Faire une demande au relais', 'formulaire de demande (téléphone)');
    expect(await parent.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    // Sent too soon: the summary says what is missing, and nothing typed is lost.
    const form = parent.getByRole('form', { name: 'Votre demande' });
    await form.getByLabel('Votre nom').fill(PARENT);
    await form.getByRole('button', { name: 'Envoyer ma demande' }).click();
    const summary = form.locator('#demande-erreurs');
    await summary.getByRole('link', { name: 'Vous êtes : Précisez qui vous êtes.' }).waitFor();
    await summary.getByRole('link', { name: /^Accord : / }).waitFor();
    expect(await form.getByLabel('Votre nom').inputValue()).toBe(PARENT);

    await form.getByRole('radio', { name: 'Parent', exact: true }).check();
    await form.getByLabel('Votre commune').selectOption({ label: 'Aizenay' });
    await form.getByRole('checkbox', { name: 'Recherche d’un mode d’accueil' }).check();
    await form.getByLabel('Âge de l’enfant, en mois (facultatif)').fill('5');
    await form
      .getByLabel('Vos besoins (facultatif)')
      .fill('Une place à Aizenay pour septembre, quatre jours par semaine.');
    await form.getByLabel('Adresse e-mail').fill(PARENT_EMAIL);
    await form.getByRole('checkbox', { name: /^J’accepte que le relais enregistre/ }).check();
    await form.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await checkStructure(parent, 'Demande envoyée', 'demande envoyée (téléphone)');
    await parent.getByText(`Un e-mail de confirmation vous a été envoyé à ${PARENT_EMAIL}.`).waitFor();
    expect(parentErrors).toEqual([]);

    const stored = await server.database.db
      .selectFrom('request')
      .select(['id', 'source', 'public', 'insee_code', 'child_age_months', 'status'])
      .where('email', '=', PARENT_EMAIL)
      .executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ source: 'online', public: 'parent', insee_code: '85003', child_age_months: 5 });
    await phone.close();

    // The animator finds it among the new requests, takes it and answers it.
    const desk = await newContext(browser, server.baseUrl);
    const page = await desk.newPage();
    const errors = watchErrors(page);
    await signInAsStaff(page, 'animatrice@vie-et-boulogne.test');
    await page.getByRole('navigation', { name: 'Menu de la gestion' }).getByRole('link', { name: 'Demandes' }).click();
    await checkPage(page, 'Demandes', 'boîte des demandes');
    await page.getByRole('tab', { name: /^Nouvelles \(\d+\)$/, selected: true }).waitFor();
    await page.getByRole('link', { name: PARENT }).click();
    await checkPage(page, `Demande de ${PARENT}`, 'détail d’une demande');
    await page.getByText('Une place à Aizenay pour septembre, quatre jours par semaine.').waitFor();

    await page.getByRole('button', { name: 'Me l’attribuer' }).click();
    await page.getByRole('status').filter({ hasText: 'Demande attribuée à Julie Bernardeau.' }).waitFor();
    await page.getByLabel('Votre réponse').fill(ANSWER);
    await page.getByRole('button', { name: 'Envoyer la réponse' }).click();
    await page
      .getByRole('status')
      .filter({
        hasText: `Réponse envoyée à ${PARENT_EMAIL}. La demande compte désormais dans le journal des contacts.`,
      })
      .waitFor();
    await page.getByRole('region', { name: 'Historique' }).getByText(ANSWER).waitFor();
    await checkStructure(page, `Demande de ${PARENT}`, 'demande répondue');

    // The answer leaves by e-mail, after the confirmation.
    await server.deliverMail();
    const mails = server.sent.filter((m) => m.to === PARENT_EMAIL);
    expect(mails.map((m) => m.subject)).toEqual([
      'Votre demande au Relais Petite Enfance Vie et Boulogne',
      'Réponse à votre demande — Relais Petite Enfance Vie et Boulogne',
    ]);
    expect(mails[1]!.text).toContain(ANSWER);

    // It is one contact of the log, an online request from Aizenay.
    await page.getByRole('link', { name: 'journal des contacts', exact: true }).click();
    await checkStructure(page, 'Journal des contacts', 'journal après la réponse');
    const newest = page.getByRole('region', { name: 'Journal des contacts' }).getByRole('row').nth(1);
    await newest.getByText('Demande en ligne').waitFor();
    await newest.getByText('Aizenay', { exact: true }).waitFor();
    const counted = await server.database.db
      .selectFrom('request')
      .innerJoin('contact', 'contact.id', 'request.contact_id')
      .select(['contact.channel', 'contact.public', 'contact.insee_code', 'request.status'])
      .where('request.id', '=', stored.id)
      .execute();
    expect(counted).toEqual([{ channel: 'online_request', public: 'parent', insee_code: '85003', status: 'answered' }]);

    expect(errors).toEqual([]);
    await desk.close();
  }, 120_000);
});
