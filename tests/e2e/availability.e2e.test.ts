import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPage, launchBrowser, newContext, PHONE, watchErrors } from './support/browser.js';
import { signInByLink } from './support/magic-link.js';
import { startServer, type E2eServer } from './support/server.js';

const EMAIL = 'am.lefevre@vie-et-boulogne.test';

describe('a childminder keeps her free places up to date', () => {
  let server: E2eServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    // Her file in the register, linked to her account (the demo may already link one).
    const db = server.database.db;
    const account = await db
      .selectFrom('user_account')
      .select(['id', 'relais_id'])
      .where('email', '=', EMAIL)
      .executeTakeFirstOrThrow();
    const linked = await db
      .selectFrom('childminder')
      .select('id')
      .where('account_id', '=', account.id)
      .executeTakeFirst();
    // Start from no declared place, whatever the demo holds.
    if (linked) await db.deleteFrom('availability_slot').where('childminder_id', '=', linked.id).execute();
    if (!linked) {
      const now = new Date().toISOString();
      await db
        .insertInto('childminder')
        .values({
          id: crypto.randomUUID(),
          relais_id: account.relais_id!,
          first_name: 'Marie',
          last_name: 'LEFÈVREAU',
          insee_code: '85003',
          approval_places: 3,
          status: 'active',
          status_since: '2018-01-01',
          email: EMAIL,
          account_id: account.id,
          created_at: now,
          updated_at: now,
        })
        .execute();
    }
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('on her phone: declares a free place, confirms it in one click, and families see it', async () => {
    const context = await newContext(browser, server.baseUrl, PHONE);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signInByLink(page, server, EMAIL);

    const section = page.getByRole('region', { name: 'Mes places disponibles' });
    await section.getByRole('button', { name: 'Mettre à jour' }).click();
    await section.getByRole('button', { name: 'Ajouter une place libre' }).click();
    await section.getByLabel('Libre à partir du').fill('2026-01-05');
    await section.getByRole('checkbox', { name: 'Mercredi' }).check();
    await checkPage(page, 'Mon espace', 'espace : saisie des disponibilités');
    await section.getByRole('button', { name: 'Enregistrer' }).click();
    await section
      .getByText(/mercredi, vendredi, de 07:30 à 18:30|lundi, mardi, mercredi, jeudi, vendredi, de 07:30 à 18:30/)
      .waitFor();
    await section.getByRole('button', { name: 'C’est toujours vrai' }).click();
    await section.getByText('Merci, vos disponibilités sont confirmées.').waitFor();
    await checkPage(page, 'Mon espace', 'espace : disponibilités confirmées');

    const rows = await server.database.db
      .selectFrom('availability_slot')
      .innerJoin('childminder', 'childminder.id', 'availability_slot.childminder_id')
      .innerJoin('user_account', 'user_account.id', 'childminder.account_id')
      .select('availability_slot.days')
      .where('user_account.email', '=', EMAIL)
      .where('availability_slot.replaced_at', 'is', null)
      .execute();
    expect(rows.map((r) => r.days)).toEqual(['1,2,3,4,5']);

    // The directory shows her place to a family of Aizenay.
    const directory = await fetch(`${server.baseUrl}/api/public/relais/vie-et-boulogne/directory?commune=85003&days=3`);
    const body = (await directory.json()) as { childminders: { name: string; freshness: string }[] };
    expect(body.childminders.find((c) => c.name.startsWith('Marie'))?.freshness).toBe('fresh');
    expect(errors).toEqual([]);
    await context.close();
  });
});
