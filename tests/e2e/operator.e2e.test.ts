import type { Browser } from 'playwright-core';
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

/**
 * The parts scanned alone once the page around them was: the page's content (the header and menu
 * were scanned with the dashboard, the public header with the public list of relais), a dialog.
 */
const MAIN = '#contenu';
const DIALOG = '[role="dialog"]';

describe('platform operator', () => {
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

  it('creates a relais, then manages it', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signInAsStaff(page, 'operateur@relais.test');
    await checkPage(page, 'Tableau de bord', 'tableau de bord opérateur');
    const nav = page.getByRole('navigation', { name: 'Menu de la gestion' });
    expect(await nav.getByRole('link').allTextContents()).toEqual(['Tableau de bord', 'Relais de la plateforme']);
    await page.getByRole('row').filter({ hasText: 'Relais Petite Enfance Vie et Boulogne' }).waitFor();

    await nav.getByRole('link', { name: 'Relais de la plateforme' }).click();
    await checkStructure(page, 'Relais de la plateforme', 'relais de la plateforme');
    await expectNoAxeViolations(page, 'relais de la plateforme', MAIN);
    await page.getByRole('button', { name: 'Nouveau relais' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouveau relais' });
    await dialog.waitFor();
    await dialog.getByLabel('Nom du relais').fill('Relais Petite Enfance du Bocage');
    expect(await dialog.getByLabel('Identifiant dans l’adresse').inputValue()).toBe('relais-petite-enfance-du-bocage');
    await dialog.getByLabel('Identifiant dans l’adresse').fill('bocage');
    await dialog.getByLabel('Code postal').fill('85500');
    await dialog.getByLabel('Commune').fill('Les Herbiers');
    await dialog.getByLabel('Adresse e-mail').fill('pas-une-adresse');
    await dialog.getByRole('button', { name: 'Créer le relais' }).click();
    await dialog.getByText('Adresse e-mail invalide.').waitFor();
    await expectNoAxeViolations(page, 'création de relais avec erreur', DIALOG);
    await dialog.getByLabel('Adresse e-mail').fill('rpe@bocage.test');
    await dialog.getByLabel('Horaires d’accueil').fill('Du lundi au vendredi, sur rendez-vous.');
    await dialog.getByRole('button', { name: 'Créer le relais' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByRole('status')
      .filter({ hasText: 'Le relais « Relais Petite Enfance du Bocage » est créé.' })
      .waitFor();
    await expectNoAxeViolations(page, 'relais créé', MAIN);

    // The same slug cannot be used twice: the server's message shows on the field.
    await page.getByRole('button', { name: 'Nouveau relais' }).click();
    await dialog.getByLabel('Nom du relais').fill('Autre relais');
    await dialog.getByLabel('Identifiant dans l’adresse').fill('bocage');
    await dialog.getByRole('button', { name: 'Créer le relais' }).click();
    await dialog.getByText('Identifiant déjà utilisé.').waitFor();
    await dialog.getByRole('button', { name: 'Annuler' }).click();

    await page.getByRole('button', { name: 'Gérer Relais Petite Enfance du Bocage' }).click();
    await checkPage(page, 'Tableau de bord', 'tableau de bord du nouveau relais');
    await page.getByRole('banner').getByText('Relais Petite Enfance du Bocage').waitFor();
    expect(await nav.getByRole('link').allTextContents()).toEqual([
      'Tableau de bord',
      'Territoire',
      'Lieux',
      'Assistants maternels',
      'Accueils collectifs et MAM',
      'Demandes',
      'Offres d’emploi',
      'Statistiques des offres',
      'Journal des contacts',
      'Statistiques des contacts',
      'Thèmes des contacts',
      'Aide employeur',
      'Animations',
      'Statistiques des animations',
      'Rendez-vous',
      'Permanences et motifs',
      'Rapport de l’offre d’accueil',
      'Comptes',
      'Journal d’audit',
      'Boîte d’envoi',
      'Relais de la plateforme',
    ]);
    await nav.getByRole('link', { name: 'Territoire' }).click();
    await checkStructure(page, 'Territoire', 'territoire du nouveau relais');
    await page.getByText('Aucune commune pour le moment.').waitFor();
    await expectNoAxeViolations(page, 'territoire du nouveau relais', MAIN);

    // With two relais, the public home lists them.
    await page.goto('/');
    await checkPage(page, 'Les Relais Petite Enfance', 'liste publique des relais');
    await page.getByRole('link', { name: 'Relais Petite Enfance du Bocage' }).click();
    await page.waitForURL(/\/r\/bocage$/);
    await checkStructure(page, 'Relais Petite Enfance du Bocage', 'page publique du nouveau relais');
    await expectNoAxeViolations(page, 'page publique du nouveau relais', MAIN);
    expect(errors.filter((e) => !e.includes('409'))).toEqual([]);
    await context.close();
  });
});
