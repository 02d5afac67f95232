import fs from 'node:fs';
import type { Browser, Locator } from 'playwright-core';
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

/** The parts of a page that change after it was checked whole: the result, the saved simulations. */
const RESULT = 'section[aria-labelledby="resultat-calcul"]';
const SAVED = 'section[aria-labelledby="simulations-contact"]';

/** The texts of the elements that describe a field (its help and its error, as Mantine links them). */
const descriptionOf = (field: Locator) =>
  field.evaluate((el) =>
    (el.getAttribute('aria-describedby') ?? '')
      .split(/\s+/)
      .map((id) => (id ? (document.getElementById(id)?.textContent ?? '') : ''))
      .join(' '),
  );

describe('employer help', () => {
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

  it('a parent on a phone computes a monthly salary, fixes an absurd figure and downloads the summary', async () => {
    const context = await newContext(browser, server.baseUrl, PHONE);
    const page = await context.newPage();
    const errors = watchErrors(page);
    // From the relais's public page.
    await page.goto('/r/vie-et-boulogne');
    await page.getByRole('link', { name: 'Calculer salaire et congés' }).click();
    await checkPage(page, 'Aide aux parents employeurs', 'aide employeur (sommaire)');
    await page.getByRole('link', { name: 'Salaire mensualisé' }).click();
    await checkPage(page, 'Salaire mensualisé', 'aide employeur (salaire)');

    // 4,10 € an hour, 46 weeks — and 70 hours a week by mistake.
    const rate = page.getByLabel('Salaire horaire brut (en euros)');
    await rate.fill('4,10');
    await page.getByRole('radio', { name: '46 semaines ou moins (année incomplète)' }).check();
    const hours = page.getByLabel('Heures d’accueil par semaine');
    await hours.fill('70');
    await page.getByRole('button', { name: 'Calculer', exact: true }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Le calcul n’a pas pu être fait' });
    await summary.getByRole('link', { name: 'Heures par semaine : 60 au plus.' }).click();
    expect(await hours.evaluate((el) => el === document.activeElement)).toBe(true);
    expect(await hours.getAttribute('aria-invalid')).toBe('true');
    expect(await descriptionOf(hours)).toContain('Heures par semaine : 60 au plus.');
    // The other answers are still there (the rate as the number field writes it back).
    expect(await rate.inputValue()).toBe('4,10');
    expect(await page.getByLabel('Nombre de semaines d’accueil prévues sur 12 mois').inputValue()).toBe('46');
    await expectNoAxeViolations(page, 'aide employeur (erreur)', 'form');

    await hours.fill('40');
    await page.getByRole('button', { name: 'Calculer', exact: true }).click();
    const result = page.getByRole('region', { name: /^Résultat : Salaire mensualisé/ });
    // 4,10 × 40 × 46 ÷ 12 = 628,666… → 628,67 €.
    await result.getByText('628,67\u00a0€', { exact: true }).first().waitFor();
    const steps = result.getByRole('region', { name: 'Le détail du calcul' });
    await steps.getByText('4,10 € × 40 h × 46 semaines ÷ 12', { exact: false }).waitFor();
    expect(await steps.getByRole('listitem').count()).toBeGreaterThanOrEqual(3);
    await result.getByRole('region', { name: 'Les valeurs légales utilisées' }).waitFor();
    expect(await hours.getAttribute('aria-invalid')).not.toBe('true');
    await expectNoAxeViolations(page, 'aide employeur (résultat)', RESULT);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      result.getByRole('button', { name: 'Télécharger le récapitulatif (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('recapitulatif-salaire.pdf');
    const pdf = fs.readFileSync((await download.path())!);
    expect(pdf.length).toBeGreaterThan(1000);
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');

    // Chromium logs the one refused calculation (400): expected, nothing else.
    expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
    expect(errors.filter((e) => e.includes('status of 400'))).toHaveLength(1);
    await context.close();
  });

  it('an animator saves a simulation in a contact of the log and finds it there', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signInAsStaff(page, 'animatrice@vie-et-boulogne.test');
    await page.goto('/gestion/contacts');
    await checkStructure(page, 'Journal des contacts', 'journal des contacts');
    const open = page.getByRole('button', { name: /^Simulations pour le contact du / }).first();
    const contactName = (await open.getAttribute('aria-label'))!.replace('Simulations pour ', '');
    await open.click();
    const dialog = page.getByRole('dialog', { name: /^Simulations du contact : / });
    await dialog.getByText('Aucune simulation enregistrée pour ce contact.').waitFor();
    await expectNoAxeViolations(page, 'simulations du contact', '[role="dialog"]');
    await dialog.getByLabel('Calcul').selectOption({ label: 'Salaire mensualisé' });
    await dialog.getByRole('link', { name: 'Nouvelle simulation' }).click();

    await checkPage(page, 'Salaire mensualisé', 'simulation pour un contact');
    await page.getByLabel('Salaire horaire brut (en euros)').fill('4,5');
    await page.getByLabel('Heures d’accueil par semaine').fill('45');
    await page.getByRole('button', { name: 'Calculer', exact: true }).click();
    const result = page.getByRole('region', { name: /^Résultat : Salaire mensualisé/ });
    // 52 weeks: 4,50 × 45 × 52 ÷ 12 = 877,50 €.
    await result.getByText('877,50\u00a0€', { exact: true }).first().waitFor();
    await result.getByRole('button', { name: 'Enregistrer dans ce contact' }).click();
    await page.getByRole('status').filter({ hasText: 'La simulation est enregistrée dans le contact' }).waitFor();
    const saved = page.getByRole('region', { name: 'Simulations enregistrées pour ce contact' });
    await saved.getByText('Salaire mensualisé brut : 877,50\u00a0€').waitFor();
    await expectNoAxeViolations(page, 'simulation enregistrée', `${RESULT}, ${SAVED}`);

    // Back in the log, the contact lists it, with its PDF.
    await page.getByRole('link', { name: 'Retour au journal des contacts' }).click();
    await checkStructure(page, 'Journal des contacts', 'journal des contacts (retour)');
    await page.getByRole('button', { name: `Simulations pour ${contactName}` }).click();
    const listed = page.getByRole('dialog', { name: /^Simulations du contact : / }).getByRole('listitem');
    await listed.getByText('Salaire mensualisé brut : 877,50\u00a0€').waitFor();
    const pdfHref = await listed.getByRole('link', { name: /^Récapitulatif \(PDF\)/ }).getAttribute('href');
    const answer = await page.request.get(pdfHref!);
    expect(answer.status()).toBe(200);
    expect((await answer.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

    expect(errors).toEqual([]);
    await context.close();
  });
});
