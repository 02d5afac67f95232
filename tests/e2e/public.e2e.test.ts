import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, launchBrowser, newContext, PHONE, watchErrors } from './support/browser.js';
import { startServer, type E2eServer } from './support/server.js';

describe('public door', () => {
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

  it('shows the only relais of the platform on the home page', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    const apiCalls: string[] = [];
    page.on('request', (request) => {
      if (new URL(request.url()).pathname.startsWith('/api/public/')) apiCalls.push(request.url());
    });
    await page.goto('/');
    await checkPage(page, 'Relais Petite Enfance Vie et Boulogne', 'accueil public');
    // The server rendered the page with its data: the browser asks the API for nothing.
    expect(apiCalls).toEqual([]);

    expect(await page.title()).toBe('Relais Petite Enfance Vie et Boulogne — Relais');
    expect(await page.getByRole('link', { name: '02 51 31 93 18' }).getAttribute('href')).toBe('tel:+33251319318');
    expect(await page.getByRole('link', { name: 'relaispetiteenfance@vieetboulogne.fr' }).getAttribute('href')).toBe(
      'mailto:relaispetiteenfance@vieetboulogne.fr',
    );
    const communes = page.getByRole('region', { name: 'Communes couvertes' });
    await communes.getByText('15 communes').waitFor();
    for (const name of ['Aizenay', 'Le Poiré-sur-Vie', 'Saint-Paul-Mont-Penit']) {
      expect(await communes.getByText(name, { exact: true }).count()).toBe(1);
    }
    const venues = page.getByRole('region', { name: 'Lieux d’accueil par commune' });
    expect(await venues.getByText("Médiathèque d'Aizenay", { exact: true }).count()).toBe(1);
    expect(
      await page
        .getByRole('region', { name: 'Permanences' })
        .getByText(/14 h à 15 h 30/)
        .count(),
    ).toBe(1);
    expect(await page.getByRole('link', { name: 'Se connecter' }).count()).toBeGreaterThanOrEqual(1);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('is readable on a phone (390×844) without horizontal scrolling', async () => {
    const context = await newContext(browser, server.baseUrl, PHONE);
    const page = await context.newPage();
    await page.goto('/');
    await checkPage(page, 'Relais Petite Enfance Vie et Boulogne', 'accueil public (téléphone)');
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);
    await context.close();
  });

  it('serves the same page at /r/{slug}, and explains an unknown relais', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await page.goto('/r/vie-et-boulogne');
    await checkPage(page, 'Relais Petite Enfance Vie et Boulogne', '/r/vie-et-boulogne');
    await page.goto('/r/relais-inconnu');
    await checkPage(page, 'Relais Petite Enfance', 'relais inconnu');
    await page.getByText("Ce relais n'existe pas.").waitFor();
    await page.goto('/adresse/inexistante');
    await checkPage(page, 'Page introuvable', 'page introuvable');
    await context.close();
  });

  it('sends an anonymous visitor of /gestion to the sign-in page', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await page.goto('/gestion/lieux');
    await page.waitForURL(/\/connexion\?redirect=/);
    await checkPage(page, 'Se connecter', 'connexion');
    await page.getByRole('heading', { name: 'Équipe du relais' }).waitFor();
    await page.getByRole('heading', { name: 'Assistant·e maternel·le ou parent' }).waitFor();

    // Signing in brings the visitor back where they wanted to go.
    await page.getByLabel('Adresse e-mail professionnelle').fill('animatrice@vie-et-boulogne.test');
    await page.getByLabel('Mot de passe').fill('mauvais mot de passe');
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
    await page.getByRole('alert').filter({ hasText: 'Connexion impossible' }).waitFor();
    await checkPage(page, 'Se connecter', 'connexion refusée');
    await page.getByLabel('Mot de passe').fill('relais-demo-2026');
    await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
    await page.waitForURL(/\/gestion\/lieux$/);
    await checkPage(page, 'Lieux', 'lieux après connexion');
    await context.close();
  });
});
