import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, launchBrowser, newContext, PHONE, watchErrors } from './support/browser.js';
import { startServer, type E2eServer } from './support/server.js';

describe('childminder and parent space', () => {
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

  it('signs a childminder in with the link received by e-mail, then out', async () => {
    const context = await newContext(browser, server.baseUrl, PHONE);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await page.goto('/connexion');
    await checkPage(page, 'Se connecter', 'connexion (téléphone)');
    await page.getByLabel('Votre adresse e-mail').fill('am.lefevre@vie-et-boulogne.test');
    await page.getByRole('button', { name: 'Recevoir un lien de connexion' }).click();
    await page.getByRole('status').filter({ hasText: 'un lien de connexion vient d’y être envoyé' }).waitFor();

    await server.deliverMail();
    const mail = server.sent.find((m) => m.to === 'am.lefevre@vie-et-boulogne.test');
    expect(mail?.subject).toBe('Votre lien de connexion à Relais');
    const link = mail?.text.match(/https?:\/\/\S+\/connexion\/lien\?jeton=[\w%-]+/)?.[0];
    if (!link) throw new Error(`no sign-in link in the message:\n${mail?.text}`);
    expect(link.startsWith(server.baseUrl)).toBe(true);

    // Opening the link does not use it: the person presses the button (mail scanners do not).
    await page.goto(link);
    await checkPage(page, 'Connexion par lien', 'lien de connexion');
    await page.getByRole('button', { name: 'Me connecter' }).click();
    await page.waitForURL(/\/espace$/);
    await checkPage(page, 'Mon espace', 'espace assistante maternelle');
    await page.getByText('Marie Lefèvreau', { exact: true }).waitFor();
    await page.getByText('Assistant·e maternel·le', { exact: true }).waitFor();
    const relais = page.getByRole('region', { name: /Mon relais/ });
    await relais.getByRole('link', { name: '02 51 31 93 18' }).waitFor();
    await relais.getByText(/14 h à 15 h 30/).waitFor();
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width).toBeLessThanOrEqual(PHONE.width);

    await page.getByRole('button', { name: 'Se déconnecter', exact: true }).click();
    await page.waitForURL(/\/connexion\?sortie=ici/);
    await checkPage(page, 'Se connecter', 'après déconnexion');
    await page.getByText('Vous êtes déconnecté·e.').waitFor();
    await page.goto('/espace');
    await page.waitForURL(/\/connexion\?redirect=/);

    // A link works once.
    await page.goto(link);
    await page.getByRole('button', { name: 'Me connecter' }).click();
    await page.getByRole('alert').filter({ hasText: 'Ce lien ne fonctionne pas' }).waitFor();
    await checkPage(page, 'Connexion par lien', 'lien déjà utilisé');
    expect(errors.filter((e) => !e.includes('400') && !e.includes('410'))).toEqual([]);
    await context.close();
  });

  it('signs a parent out of every device', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await page.goto('/connexion');
    await page.getByLabel('Votre adresse e-mail').fill('parent.moreau@vie-et-boulogne.test');
    await page.getByRole('button', { name: 'Recevoir un lien de connexion' }).click();
    await page.getByRole('status').filter({ hasText: 'lien de connexion' }).waitFor();
    await server.deliverMail();
    const mail = server.sent.findLast((m) => m.to === 'parent.moreau@vie-et-boulogne.test');
    const link = mail?.text.match(/https?:\/\/\S+\/connexion\/lien\?jeton=[\w%-]+/)?.[0];
    if (!link) throw new Error('no sign-in link for the parent');
    await page.goto(link);
    await page.getByRole('button', { name: 'Me connecter' }).click();
    await page.waitForURL(/\/espace$/);
    await checkPage(page, 'Mon espace', 'espace parent');
    await page.getByText('Thomas Moreteau', { exact: true }).waitFor();
    await page.getByRole('button', { name: 'Se déconnecter de tous les appareils' }).click();
    await page.waitForURL(/\/connexion\?sortie=partout/);
    await page.getByText('Vous êtes déconnecté·e de tous vos appareils.').waitFor();
    await context.close();
  });
});
