import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/app/calendar.js';
import {
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
const TITLE = 'Matinée motricité e2e';

/** Today in Paris, as YYYY-MM-DD. */
const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());

describe('activities', () => {
  let server: E2eServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const file = await demoChildminderFile(server, CHILDMINDER);
    await server.database.db.updateTable('childminder').set({ email: CHILDMINDER }).where('id', '=', file.id).execute();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('staff plan a play morning, a childminder registers on her phone with her children, attendance is taken and counted', async () => {
    const day = addDays(today(), 3);
    // The animator creates a session for one adult in Aizenay.
    const staff = await newContext(browser, server.baseUrl);
    const desk = await staff.newPage();
    const deskErrors = watchErrors(desk);
    await signInAsStaff(desk, 'animatrice@vie-et-boulogne.test');
    await desk
      .getByRole('navigation', { name: 'Menu de la gestion' })
      .getByRole('link', { name: 'Animations', exact: true })
      .click();
    await checkStructure(desk, 'Animations', 'programme des animations');
    await desk.getByRole('button', { name: 'Nouvelle séance' }).click();
    const form = desk.getByRole('dialog', { name: 'Nouvelle séance' });
    await form.getByLabel('Type de séance').selectOption({ label: 'Matinée d’éveil' });
    await form.getByLabel('Titre').fill(TITLE);
    await form.getByLabel('Thème').selectOption({ label: 'Motricité' });
    await form.getByLabel('Lieu').selectOption({ label: "Accueil de loisirs d'Aizenay — Aizenay" });
    await form.getByLabel('Date').fill(day);
    await form.getByLabel('Places d’adultes').fill('1');
    await form.getByRole('checkbox', { name: 'Julie Bernardeau' }).check();
    await expectNoAxeViolations(desk, 'nouvelle séance', '[role="dialog"]');
    await form.getByRole('button', { name: 'Créer la séance' }).click();
    await desk
      .getByRole('status')
      .filter({ hasText: `Séance créée : ${TITLE}` })
      .waitFor();
    await expectNoAxeViolations(desk, 'programme des animations', '#contenu');

    // The childminder finds it in her space, on her phone, and registers with two children.
    const childminder = await newContext(browser, server.baseUrl, PHONE);
    const space = await childminder.newPage();
    const spaceErrors = watchErrors(space);
    await signInByLink(space, server, CHILDMINDER);
    const programme = space.getByRole('region', { name: 'Animations du relais' });
    await programme.getByLabel('Commune').selectOption({ label: 'Aizenay' });
    const session = programme.getByRole('listitem').filter({ hasText: TITLE });
    await session.getByRole('button', { name: 'M’inscrire' }).click();
    await session.getByLabel('Enfants que vous amenez').fill('2');
    await expectNoAxeViolations(space, 'animations (espace)', 'section[aria-labelledby="activities-title"]');
    await session.getByRole('button', { name: 'Confirmer' }).click();
    await session.getByText('Inscrite', { exact: true }).waitFor();
    await server.deliverMail();
    const confirmation = server.sent.filter((m) => m.to === CHILDMINDER).at(-1);
    expect(confirmation?.subject).toContain(TITLE);

    // The session is full for adults: a second childminder registered by phone waits; when the
    // first cancels, the second gets the place.
    await desk.getByRole('link', { name: TITLE }).click();
    await checkStructure(desk, TITLE, 'séance');
    await desk
      .getByRole('region', { name: 'Inscrit·es (1)', exact: true })
      .getByText(/Lefèvreau/i)
      .waitFor();
    await desk.getByRole('button', { name: 'Inscrire quelqu’un' }).click();
    const register = desk.getByRole('dialog', { name: 'Inscrire quelqu’un' });
    await register.getByLabel('Rechercher une assistante maternelle').fill('ma');
    const choice = register.getByLabel('Assistante maternelle', { exact: true });
    await choice.locator('option').nth(2).waitFor({ state: 'attached' });
    const other = (await choice.locator('option').allTextContents()).find(
      (label) => label.includes(' — ') && !/lefèvreau/i.test(label),
    );
    await choice.selectOption({ label: other! });
    await register.getByRole('button', { name: 'Inscrire' }).click();
    await desk.getByRole('status').filter({ hasText: 'est en liste d’attente' }).waitFor();
    await desk.getByRole('region', { name: 'Liste d’attente (1)', exact: true }).waitFor();
    await expectNoAxeViolations(desk, 'séance', '#contenu');
    await desk.getByRole('button', { name: /^Désinscrire .*Lefèvreau/i }).click();
    await desk.getByRole('region', { name: 'Inscrit·es (1)', exact: true }).waitFor();
    await desk
      .getByRole('region', { name: 'Désinscrit·es (1)', exact: true })
      .getByText(/Lefèvreau/i)
      .waitFor();

    // The day comes: attendance is taken on the phone, children by age band.
    const activityId = desk.url().split('/').at(-1)!;
    const now = Date.now();
    await server.database.db
      .updateTable('activity')
      .set({
        date: today(),
        starts_at: new Date(now - 3 * 3_600_000).toISOString(),
        ends_at: new Date(now - 3_600_000).toISOString(),
      })
      .where('id', '=', activityId)
      .execute();
    const phone = await newContext(browser, server.baseUrl, PHONE);
    const sheet = await phone.newPage();
    const sheetErrors = watchErrors(sheet);
    await signInAsStaff(sheet, 'animatrice@vie-et-boulogne.test');
    await sheet.goto(`/gestion/animations/${activityId}/presences`);
    await checkStructure(sheet, `Présences — ${TITLE}`, 'présences');
    const present = sheet.getByRole('group').first();
    await present.getByLabel('Enfants : 1 à 2 ans').fill('2');
    await sheet.getByLabel('Ou une autre personne (son nom)').fill('Grand-mère Dupont');
    await sheet.getByRole('button', { name: 'Ajouter', exact: true }).click();
    await expectNoAxeViolations(sheet, 'présences', '#contenu');
    await sheet.getByRole('button', { name: 'Enregistrer les présences' }).click();
    await sheet.getByRole('status').filter({ hasText: 'Présences enregistrées : 2 adulte(s).' }).waitFor();

    // The year's statistics count the session held and its two participations.
    await desk.goto('/gestion/animations/statistiques');
    await checkStructure(desk, 'Statistiques des animations', 'statistiques des animations');
    await desk.getByRole('region', { name: 'Par commune' }).getByRole('rowheader', { name: 'Aizenay' }).waitFor();
    await expectNoAxeViolations(desk, 'statistiques des animations', '#contenu');

    expect([...deskErrors, ...spaceErrors, ...sheetErrors]).toEqual([]);
    await Promise.all([staff.close(), childminder.close(), phone.close()]);
  });
});
