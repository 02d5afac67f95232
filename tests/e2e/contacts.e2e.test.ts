import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { suggestedChannel, type Channel } from '../../src/modules/contacts/contacts.rules.js';
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

const JOURNAL = 'Journal des contacts';
const STATISTICS = 'Statistiques des contacts';
const SUBJECTS = 'Thèmes des contacts';
const CARE_SEARCH = 'Recherche d’un mode d’accueil';
const FAMILY = 'Rocheteau-Essai';
const NEW_SUBJECT = 'Accueil d’urgence';
const RENAMED_SUBJECT = 'Accueil d’urgence ou ponctuel';
/** The entry form: scanned alone once the journal around it was. */
const NEW_CONTACT_FORM = 'form[aria-label="Nouveau contact"]';

const fr = new Intl.NumberFormat('fr-FR');

function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Menu de la gestion' });
}

/** Paris date, time and weekday (1 = Monday) of now, as the entry form computes its defaults. */
function parisNow(): { date: string; time: string; weekday: number } {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Paris',
      weekday: 'short',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    })
      .formatToParts(new Date())
      .map((p) => [p.type, p.value]),
  );
  const weekday = ['Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'].indexOf(parts.weekday ?? '') + 1;
  return { date: `${parts.year}-${parts.month}-${parts.day}`, time: `${parts.hour}:${parts.minute}`, weekday };
}

/** A chip (radio button or checkbox) of the entry form, clicked by its visible label as a user does. */
function chip(scope: Locator, name: string): Locator {
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return scope.locator('label').filter({ hasText: new RegExp(`^${escaped}$`) });
}

/** The value shown under a key figure of the statistics. */
function figure(page: Page, label: string): Locator {
  return page
    .locator('dt')
    .filter({ hasText: new RegExp(`^${label}$`) })
    .locator('xpath=following-sibling::dd[1]');
}

/** Failed answers of the API are logged by Chromium: expected when a scenario provokes one. */
function unexpected(errors: string[], ...statuses: number[]): string[] {
  return errors.filter((e) => !statuses.some((status) => e.includes(`status of ${status}`)));
}

describe('the contact log', () => {
  let server: E2eServer;
  let browser: Browser;
  let relaisId: string;
  const year = Number(parisNow().date.slice(0, 4));

  const db = () => server.database.db;
  const countContacts = async (yearOf: number, publicKind?: string) => {
    let q = db()
      .selectFrom('contact')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('relais_id', '=', relaisId)
      .where('deleted_at', 'is', null)
      .where('occurred_on', '>=', `${yearOf}-01-01`)
      .where('occurred_on', '<=', `${yearOf}-12-31`);
    if (publicKind) q = q.where('public', '=', publicKind);
    return Number((await q.executeTakeFirstOrThrow()).n);
  };
  const subjectId = async (label: string) =>
    (
      await db()
        .selectFrom('contact_subject')
        .select('id')
        .where('relais_id', '=', relaisId)
        .where('label', '=', label)
        .executeTakeFirstOrThrow()
    ).id;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    relaisId = (
      await db().selectFrom('relais').select('id').where('slug', '=', 'vie-et-boulogne').executeTakeFirstOrThrow()
    ).id;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets an animator on a phone record a call in a few steps, link a new family, correct and remove contacts', async () => {
    const context = await newContext(browser, server.baseUrl, PHONE);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signInAsStaff(page, 'animatrice@vie-et-boulogne.test');
    await checkPage(page, 'Tableau de bord', 'tableau de bord (animatrice, téléphone)');
    await page.getByRole('button', { name: 'Ouvrir le menu' }).click();
    await nav(page).getByRole('link', { name: JOURNAL }).click();
    await checkPage(page, JOURNAL, 'journal des contacts (téléphone)');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    // The defaults: now in Paris, the channel of the moment (the AM permanence or the phone), "information given".
    const form = page.getByRole('form', { name: 'Nouveau contact' });
    const before = parisNow();
    const suggested = (await form.getByLabel('Canal').inputValue()) as Channel;
    const after = parisNow();
    expect([suggestedChannel(before.weekday, before.time), suggestedChannel(after.weekday, after.time)]).toContain(
      suggested,
    );
    expect([before.date, after.date]).toContain(await form.getByLabel('Date').inputValue());
    expect(await form.getByLabel('Suite donnée').inputValue()).toBe('informed');

    // Sent empty, the form says what is missing.
    await form.getByRole('button', { name: 'Enregistrer le contact' }).click();
    const summary = form.locator('#contact-erreurs');
    await summary.getByRole('link', { name: 'Public : Choisissez le public.' }).waitFor();
    await summary.getByRole('link', { name: 'Thèmes : Choisissez au moins un thème.' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'contact-erreurs');
    // Its links lead to the fields.
    await summary.getByRole('link', { name: 'Public : Choisissez le public.' }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contact-public');
    await expectNoAxeViolations(page, 'nouveau contact avec erreurs', NEW_CONTACT_FORM);

    // A parent calls about finding care: public, subject, commune, a new family, and save.
    await chip(form, 'Parent').click();
    // The AM permanence is not for parents: the phone is proposed instead.
    const channel = suggestedChannel(parisNow().weekday, parisNow().time, 'parent');
    expect(await form.getByLabel('Canal').inputValue()).toBe(channel);
    await chip(form, CARE_SEARCH).click();
    await form.getByLabel('Commune de la personne').selectOption({ label: 'Aizenay' });
    await form.getByLabel('Rattacher à une famille (facultatif)').fill(FAMILY);
    await form.getByRole('status').filter({ hasText: 'Aucune famille connue ne correspond.' }).waitFor();
    await form.getByRole('button', { name: 'Nouvelle famille' }).click();
    expect(await form.getByLabel('Nom de la famille').inputValue()).toBe(FAMILY);
    await form.getByLabel('Téléphone', { exact: true }).fill('06 12 34 56 78');
    await form.getByLabel('Note (facultatif)').fill('Cherche une place à Aizenay pour septembre.');
    await expectNoAxeViolations(page, 'nouveau contact rempli', NEW_CONTACT_FORM);
    await form.getByRole('button', { name: 'Enregistrer le contact' }).click();

    await page
      .getByRole('status')
      .filter({ hasText: 'Contact enregistré, merci : Parent, téléphone' })
      .filter({ hasText: `La famille « ${FAMILY} » a été enregistrée et rattachée.` })
      .waitFor();
    // Ready for the next call: the public and channel stay, the rest is blank, the focus is back on top.
    await page.waitForFunction(
      () => document.activeElement?.getAttribute('name') === 'contact-public' && document.activeElement.id !== '',
    );
    expect(await page.evaluate(() => (document.activeElement as HTMLInputElement).value)).toBe('parent');
    expect(await form.getByRole('radio', { name: 'Parent', exact: true }).isChecked()).toBe(true);
    expect(await form.getByRole('checkbox', { name: CARE_SEARCH }).isChecked()).toBe(false);
    expect(await form.getByLabel('Canal').inputValue()).toBe(channel);
    expect(await form.getByLabel('Commune de la personne').inputValue()).toBe('');
    expect(await form.getByLabel('Rattacher à une famille (facultatif)').inputValue()).toBe('');

    const animator = await db()
      .selectFrom('user_account')
      .select('id')
      .where('email', '=', 'animatrice@vie-et-boulogne.test')
      .executeTakeFirstOrThrow();
    const saved = await db()
      .selectFrom('contact')
      .innerJoin('family', 'family.id', 'contact.family_id')
      .select([
        'contact.id',
        'contact.public',
        'contact.channel',
        'contact.insee_code',
        'contact.outcome',
        'contact.occurred_on',
        'contact.recorded_by',
        'contact.note',
        'family.name',
        'family.phone',
        'family.insee_code as family_insee',
      ])
      .where('family.name', '=', FAMILY)
      .executeTakeFirstOrThrow();
    expect(saved).toMatchObject({
      public: 'parent',
      channel,
      insee_code: '85003',
      outcome: 'informed',
      recorded_by: animator.id,
      note: 'Cherche une place à Aizenay pour septembre.',
      phone: '06 12 34 56 78',
      family_insee: '85003',
    });
    expect([before.date, after.date]).toContain(saved.occurred_on);
    const links = await db()
      .selectFrom('contact_subject_link')
      .innerJoin('contact_subject', 'contact_subject.id', 'contact_subject_link.subject_id')
      .select('contact_subject.code')
      .where('contact_subject_link.contact_id', '=', saved.id)
      .execute();
    expect(links.map((l) => l.code)).toEqual(['care_search']);

    // The list: the new contact on top, with its family.
    const log = page.getByRole('list', { name: JOURNAL });
    const first = log.getByRole('listitem').first();
    await first.getByText(FAMILY).waitFor();
    await first.getByText(CARE_SEARCH).waitFor();
    await first.getByText('Aizenay', { exact: true }).waitFor();
    await first.getByText('Julie Bernardeau').waitFor();
    await checkStructure(page, JOURNAL, 'journal après un contact (téléphone)');

    // Corrected: it was in fact at the relais, about the collective agreement too, and a meeting was proposed.
    await first.getByRole('button', { name: /^Corriger le contact du / }).click();
    const dialog = page.getByRole('dialog', { name: /^Corriger le contact du / });
    await dialog.waitFor();
    expect(await dialog.getByRole('radio', { name: 'Parent', exact: true }).isChecked()).toBe(true);
    await dialog.getByText(`Famille rattachée : ${FAMILY}`).waitFor();
    await dialog.getByLabel('Canal').selectOption({ label: 'Accueil au relais' });
    await chip(dialog, 'Convention collective').click();
    await dialog.getByLabel('Suite donnée').selectOption({ label: 'Rendez-vous proposé' });
    await expectNoAxeViolations(page, 'correction d’un contact', '[role="dialog"]');
    await dialog.getByRole('button', { name: 'Enregistrer la correction' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'Le contact a été corrigé (Parent, accueil au relais' }).waitFor();
    await first.getByText('Rendez-vous proposé').waitFor();
    await first.getByText(`${CARE_SEARCH}, Convention collective`).waitFor();
    const corrected = await db()
      .selectFrom('contact')
      .select(['channel', 'outcome', 'family_id'])
      .where('id', '=', saved.id)
      .executeTakeFirstOrThrow();
    expect(corrected).toMatchObject({ channel: 'visit', outcome: 'appointment' });
    expect(corrected.family_id).not.toBeNull();
    expect(
      (await db().selectFrom('contact_subject_link').select('subject_id').where('contact_id', '=', saved.id).execute())
        .length,
    ).toBe(2);

    // A partner's e-mail typed by mistake, then removed (after a confirmation).
    await chip(form, 'Partenaire').click();
    await form.getByLabel('Canal').selectOption({ label: 'E-mail' });
    await chip(form, 'Autre').click();
    await form.getByRole('button', { name: 'Enregistrer le contact' }).click();
    await page.getByRole('status').filter({ hasText: 'Contact enregistré, merci : Partenaire, e-mail' }).waitFor();
    // (Two contacts of the same minute may come in any order: this one is found by its content.)
    const today = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'medium' }).format(
      new Date(),
    );
    const mistake = log.getByRole('listitem').filter({ hasText: today }).filter({ hasText: 'Partenaire' });
    await mistake.waitFor();
    expect(await mistake.count()).toBe(1);
    const partnersBefore = await countContacts(year, 'partner');
    await mistake.getByRole('button', { name: /^Supprimer le contact du / }).click();
    const confirm = page.getByRole('dialog', { name: 'Supprimer un contact' });
    await confirm.getByRole('button', { name: 'Supprimer le contact' }).click();
    await confirm.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: '(Partenaire) a été supprimé.' }).waitFor();
    expect(await countContacts(year, 'partner')).toBe(partnersBefore - 1);
    await log.getByRole('listitem').first().getByText(FAMILY).waitFor();
    await checkStructure(page, JOURNAL, 'journal après suppression (téléphone)');

    expect(errors).toEqual([]);
    await context.close();
  }, 300_000);

  it('lets the manager add, rename and archive subjects, and use them in the log', async () => {
    // A subject another session will remove (the server will refuse it below).
    const ephemeral = crypto.randomUUID();
    await db()
      .insertInto('contact_subject')
      .values({
        id: ephemeral,
        relais_id: relaisId,
        code: null,
        label: 'Sujet éphémère',
        position: 99,
        archived_at: null,
        created_at: new Date().toISOString(),
      })
      .execute();

    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signInAsStaff(page, 'responsable@vie-et-boulogne.test');
    await checkStructure(page, 'Tableau de bord', 'tableau de bord (responsable)');
    await nav(page).getByRole('link', { name: SUBJECTS }).click();
    await checkPage(page, SUBJECTS, 'thèmes des contacts');
    const table = page.getByRole('region', { name: SUBJECTS });
    await table.getByRole('rowheader', { name: CARE_SEARCH }).waitFor();

    // A new subject.
    const input = page.getByLabel('Libellé du nouveau thème');
    await input.fill(NEW_SUBJECT);
    await page.getByRole('button', { name: 'Ajouter le thème' }).click();
    await page
      .getByRole('status')
      .filter({ hasText: `Le thème « ${NEW_SUBJECT} » a été ajouté.` })
      .waitFor();
    await table.getByRole('row').filter({ hasText: NEW_SUBJECT }).getByText('Proposé').waitFor();

    // The same label twice (whatever the case) is refused, with the server's message on the field.
    await input.fill('agrément');
    await page.getByRole('button', { name: 'Ajouter le thème' }).click();
    await page.getByText('Le thème « Agrément » existe déjà.').waitFor();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('theme-nouveau');
    expect(await input.getAttribute('aria-invalid')).toBe('true');
    await expectNoAxeViolations(page, 'thème en double');
    await input.fill('');

    // Renamed.
    await table.getByRole('button', { name: `Renommer ${NEW_SUBJECT}` }).click();
    const dialog = page.getByRole('dialog', { name: `Renommer le thème « ${NEW_SUBJECT} »` });
    await dialog.getByLabel('Nouveau libellé').fill(RENAMED_SUBJECT);
    await expectNoAxeViolations(page, 'renommer un thème');
    await dialog.getByRole('button', { name: 'Renommer', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByRole('status')
      .filter({ hasText: `Le thème « ${NEW_SUBJECT} » s’appelle désormais « ${RENAMED_SUBJECT} ».` })
      .waitFor();

    // Archived: no longer offered, kept on past contacts.
    await table.getByRole('button', { name: 'Archiver Formation continue' }).click();
    await page.getByRole('status').filter({ hasText: 'Le thème « Formation continue » est archivé' }).waitFor();
    await table.getByRole('row').filter({ hasText: 'Formation continue' }).getByText('Archivé').waitFor();
    await table.getByRole('button', { name: 'Rétablir Formation continue' }).waitFor();
    const archived = await db()
      .selectFrom('contact_subject')
      .select(['archived_at'])
      .where('relais_id', '=', relaisId)
      .where('label', '=', 'Formation continue')
      .executeTakeFirstOrThrow();
    expect(archived.archived_at).not.toBeNull();

    // How long families are kept: refused out of range, saved within it.
    const retention = page.getByLabel('Durée de conservation après le dernier contact (en mois)');
    await retention.fill('3');
    await page.getByRole('button', { name: 'Enregistrer la durée' }).click();
    await page.getByText('Indiquez un nombre de mois entre 6 et 120.').waitFor();
    await retention.fill('24');
    await page.getByRole('button', { name: 'Enregistrer la durée' }).click();
    await page.getByRole('status').filter({ hasText: 'conservées 24 mois après leur dernier contact' }).waitFor();
    const kept = await db()
      .selectFrom('relais')
      .select('family_retention_months')
      .where('id', '=', relaisId)
      .executeTakeFirstOrThrow();
    expect(kept.family_retention_months).toBe(24);
    await checkPage(page, SUBJECTS, 'thèmes après modifications');

    // In the log: the new subject is offered, the archived one is not; a childminder is linked.
    await nav(page).getByRole('link', { name: JOURNAL }).click();
    await checkPage(page, JOURNAL, 'journal des contacts (responsable)');
    const form = page.getByRole('form', { name: 'Nouveau contact' });
    await chip(form, RENAMED_SUBJECT).waitFor();
    expect(await chip(form, 'Formation continue').count()).toBe(0);
    await chip(form, 'Assistant·e maternel·le').click();
    await chip(form, RENAMED_SUBJECT).click();
    // Typed without its accent and its capitals, the name is found.
    await form.getByLabel('Rattacher à un·e assistant·e maternel·le (facultatif)').fill('lefevreau');
    await form.getByRole('button', { name: 'Rattacher Marie LEFÈVREAU' }).click();
    await form.getByText('Assistant·e maternel·le rattaché·e : Marie LEFÈVREAU').waitFor();

    // The server refuses a subject removed meanwhile: its message shows in the summary, linked to the subjects.
    await chip(form, 'Sujet éphémère').click();
    await db().deleteFrom('contact_subject').where('id', '=', ephemeral).execute();
    await form.getByRole('button', { name: 'Enregistrer le contact' }).click();
    const refused = form
      .locator('#contact-erreurs')
      .getByRole('link', { name: 'Thèmes : Thème inconnu dans ce relais.' });
    await refused.waitFor();
    await expectNoAxeViolations(page, 'contact refusé par le serveur', NEW_CONTACT_FORM);
    await refused.click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('contact-subjectIds');
    // Nothing typed is lost: the subject is taken off, and the contact is saved.
    expect(await form.getByText('Assistant·e maternel·le rattaché·e : Marie LEFÈVREAU').count()).toBe(1);
    await chip(form, 'Sujet éphémère').click();
    await refused.waitFor({ state: 'detached' });
    await form.getByRole('button', { name: 'Enregistrer le contact' }).click();
    await page.getByRole('status').filter({ hasText: 'Contact enregistré, merci : Assistant·e maternel·le' }).waitFor();
    const linked = await db()
      .selectFrom('contact')
      .innerJoin('childminder', 'childminder.id', 'contact.childminder_id')
      .select(['childminder.last_name'])
      .where('contact.relais_id', '=', relaisId)
      .where('contact.deleted_at', 'is', null)
      .orderBy('contact.created_at', 'desc')
      .executeTakeFirstOrThrow();
    expect(linked.last_name).toBe('LEFÈVREAU');

    // Filtered by the new subject (kept in the address): just that contact.
    await page.getByLabel('Thème', { exact: true }).selectOption({ label: RENAMED_SUBJECT });
    await page.waitForURL(new RegExp(`theme=${await subjectId(RENAMED_SUBJECT)}`));
    await page
      .getByRole('status')
      .filter({ hasText: /^1 contact$/ })
      .waitFor();
    const rows = page.getByRole('region', { name: JOURNAL }).getByRole('row');
    expect(await rows.count()).toBe(2);
    await rows.nth(1).getByRole('link', { name: 'Marie LEFÈVREAU' }).waitFor();
    await page.reload();
    await page
      .getByRole('status')
      .filter({ hasText: /^1 contact$/ })
      .waitFor();
    expect(await page.getByLabel('Thème', { exact: true }).inputValue()).toBe(await subjectId(RENAMED_SUBJECT));
    await checkStructure(page, JOURNAL, 'journal filtré par thème');

    expect(unexpected(errors, 400, 409)).toEqual([]);
    await context.close();
  }, 240_000);

  it('shows the read-only viewer the statistics and their Excel file, never the log itself', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signInAsStaff(page, 'elu@vie-et-boulogne.test');
    await checkStructure(page, 'Tableau de bord', 'tableau de bord (élu)');
    const entries = await nav(page).getByRole('link').allTextContents();
    expect(entries).toContain(STATISTICS);
    expect(entries).not.toContain(JOURNAL);
    expect(entries).not.toContain(SUBJECTS);

    // The current year by default: the contacts recorded above are counted.
    await nav(page).getByRole('link', { name: STATISTICS }).click();
    await checkPage(page, STATISTICS, 'statistiques des contacts (élu)');
    expect(await page.getByLabel('Année').inputValue()).toBe(String(year));
    const total = await countContacts(year);
    expect(await figure(page, 'Contacts').textContent()).toBe(fr.format(total));
    const parents = page
      .getByRole('region', { name: 'Contacts par public' })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Parent', exact: true }) });
    expect(await parents.getByRole('cell').first().textContent()).toBe(fr.format(await countContacts(year, 'parent')));
    const families = await db()
      .selectFrom('contact')
      .select('family_id')
      .distinct()
      .where('relais_id', '=', relaisId)
      .where('deleted_at', 'is', null)
      .where('family_id', 'is not', null)
      .where('occurred_on', '>=', `${year}-01-01`)
      .execute();
    expect(await figure(page, 'Familles différentes').textContent()).toBe(fr.format(families.length));
    await page.getByRole('region', { name: 'Contacts par public et par thème' }).waitFor();

    // The Excel file of the same year, with the viewer's session.
    const download = page.getByRole('link', { name: 'Télécharger (Excel)' });
    const xlsx = await page.request.get(server.baseUrl + (await download.getAttribute('href'))!);
    expect(xlsx.status()).toBe(200);
    expect(xlsx.headers()['content-type']).toContain('spreadsheetml');
    expect(xlsx.headers()['content-disposition']).toContain(`contacts-${year}.xlsx`);

    // Another year, kept in the address.
    await page.getByLabel('Année').selectOption(String(year - 2));
    await page.waitForURL(new RegExp(`annee=${year - 2}`));
    await page.getByRole('heading', { level: 2, name: `Chiffres clés de ${year - 2}` }).waitFor();
    expect(await figure(page, 'Contacts').textContent()).toBe(fr.format(await countContacts(year - 2)));
    await checkPage(page, STATISTICS, `statistiques ${year - 2} (élu)`);

    // The log and its subjects name people: not for this account, even by their address.
    for (const [path, title] of [
      ['/gestion/contacts', JOURNAL],
      ['/gestion/contacts/themes', SUBJECTS],
    ] as const) {
      await page.goto(path);
      await checkPage(page, title, `${title} refusé (élu)`);
      await page.getByText('Votre rôle ne permet pas d’accéder à cette page.').waitFor();
      expect(await page.getByRole('form').count()).toBe(0);
      expect(await page.getByRole('button', { name: 'Enregistrer le contact' }).count()).toBe(0);
    }

    expect(errors).toEqual([]);
    await context.close();
  }, 180_000);
});
