import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, launchBrowser, newContext, PHONE, signInAsStaff, watchErrors } from './support/browser.js';
import { demoChildminderFile } from './support/demo.js';
import { signInByLink } from './support/magic-link.js';
import { startServer, type E2eServer } from './support/server.js';

const EMAIL = 'am.lefevre@vie-et-boulogne.test';

describe('a childminder corrects her own file', () => {
  let server: E2eServer;
  let browser: Browser;
  let fileId: string;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    // The demo links her account to one of the childminders of Aizenay: start from a known phone.
    fileId = (await demoChildminderFile(server, EMAIL)).id;
    await server.database.db
      .updateTable('childminder')
      .set({ phone: '02 51 00 00 00', publish_phone: 0, contact_preference: 'email', email: EMAIL })
      .where('id', '=', fileId)
      .execute();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('on her phone: reads what the PMI holds, changes her phone, keeps what she typed on an error', async () => {
    const context = await newContext(browser, server.baseUrl, PHONE);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signInByLink(page, server, EMAIL);

    const section = page.getByRole('region', { name: 'Ma fiche' });
    await section.getByRole('heading', { name: 'Ce que la PMI a enregistré' }).waitFor();
    await section.getByText('Ces renseignements viennent de la PMI').waitFor();
    await section.getByText('Marie LEFÈVREAU', { exact: true }).waitFor();
    await checkPage(page, 'Mon espace', 'espace : ma fiche');

    const phone = section.getByRole('textbox', { name: 'Mon numéro de téléphone' });
    const email = section.getByRole('textbox', { name: 'Mon adresse e-mail' });
    expect(await phone.inputValue()).toBe('02 51 00 00 00');

    // An error: what she typed stays, and she is told what to correct, in French.
    await phone.fill('0611223344');
    await email.fill('');
    await section.getByRole('button', { name: 'Enregistrer mes changements' }).click();
    await section.getByText('Vos changements ne sont pas encore enregistrés').waitFor();
    await section.getByRole('link', { name: /Mon adresse e-mail : Indiquez votre adresse e-mail/ }).waitFor();
    expect(await phone.inputValue()).toBe('0611223344');
    await checkPage(page, 'Mon espace', 'espace : ma fiche, erreur');

    await email.fill(EMAIL);
    await section.getByRole('checkbox', { name: 'Montrer mon numéro de téléphone aux familles' }).check();
    await section.getByRole('button', { name: 'Enregistrer mes changements' }).click();
    await section.getByRole('status').filter({ hasText: 'C’est enregistré' }).waitFor();
    expect(await phone.inputValue()).toBe('06 11 22 33 44');
    await checkPage(page, 'Mon espace', 'espace : ma fiche enregistrée');

    const db = server.database.db;
    const row = await db
      .selectFrom('childminder')
      .select(['phone', 'publish_phone'])
      .where('id', '=', fileId)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ phone: '06 11 22 33 44', publish_phone: 1 });
    const events = await db
      .selectFrom('childminder_event')
      .select(['source', 'summary'])
      .where('childminder_id', '=', fileId)
      .where('kind', '=', 'updated')
      .execute();
    expect(events).toEqual([{ source: 'self', summary: 'Modification : téléphone, publication du téléphone' }]);

    // Saved for good: a new visit shows the new number.
    await page.reload();
    await page
      .getByRole('region', { name: 'Ma fiche' })
      .getByRole('textbox', { name: 'Mon numéro de téléphone' })
      .waitFor();
    expect(
      await page
        .getByRole('region', { name: 'Ma fiche' })
        .getByRole('textbox', { name: 'Mon numéro de téléphone' })
        .inputValue(),
    ).toBe('06 11 22 33 44');
    // The one refused save above is logged by the browser as a failed request: nothing else.
    expect(errors.filter((e) => !e.includes('status of 400'))).toEqual([]);
    expect(errors.filter((e) => e.includes('status of 400'))).toHaveLength(1);
    await context.close();
  });

  it('the staff see her change in her history and the freshness of her availability in the register', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signInAsStaff(page, 'responsable@vie-et-boulogne.test');
    await page.goto('/gestion/assistants-maternels?dispo=a-jour&q=lef');
    const row = page.getByRole('row').filter({ hasText: 'LEFÈVREAU Marie' });
    await row.getByText('À jour').waitFor();
    await row.getByText(/confirmées le/).waitFor();
    await checkPage(page, 'Assistants maternels', 'registre filtré sur les disponibilités à jour');

    // Her availability was confirmed by the demo and she was never reminded: not among those who did not answer.
    await page.goto('/gestion/assistants-maternels?dispo=sans-reponse&q=lef');
    await page
      .getByRole('status')
      .filter({ hasText: /^\d+ assistant·e/ })
      .waitFor();
    expect(await page.getByRole('row').filter({ hasText: 'LEFÈVREAU Marie' }).count()).toBe(0);

    await page.goto(`/gestion/assistants-maternels/${fileId}`);
    await page.getByText('saisi par l’assistant·e maternel·le elle-même, depuis son espace').waitFor();
    expect(errors).toEqual([]);
    await context.close();
  });
});
