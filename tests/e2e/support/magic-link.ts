import type { Page } from 'playwright-core';
import type { E2eServer } from './server.js';

/** Signs a childminder or a parent in with the link e-mailed from the sign-in page; ends on /espace. */
export async function signInByLink(page: Page, server: E2eServer, email: string): Promise<void> {
  await page.goto('/connexion');
  await page.getByLabel('Votre adresse e-mail').fill(email);
  await page.getByRole('button', { name: 'Recevoir un lien de connexion' }).click();
  await page.getByRole('status').filter({ hasText: 'un lien de connexion vient d’y être envoyé' }).waitFor();
  await server.deliverMail();
  const link = server.sent
    .filter((m) => m.to === email)
    .at(-1)
    ?.text.match(/https?:\/\/\S+\/connexion\/lien\?jeton=[\w%-]+/)?.[0];
  if (!link) throw new Error(`no sign-in link for ${email}`);
  await page.goto(link);
  await page.getByRole('button', { name: 'Me connecter' }).click();
  await page.waitForURL(/\/espace$/);
}
