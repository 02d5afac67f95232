import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkPage,
  checkStructure,
  DESKTOP,
  expectNoAxeViolations,
  launchBrowser,
  newContext,
  PHONE,
  signInAsStaff,
  watchErrors,
} from './support/browser.js';
import { startServer, type E2eServer } from './support/server.js';
import { parisIso } from '../../src/app/calendar.js';

const REASON = 'Recherche d’un mode d’accueil';
const PARENT = 'Camille Rousseau-Essai';
const EMAIL = 'camille.rousseau@exemple.test';
const ANIMATOR = 'animatrice@vie-et-boulogne.test';
/** A free slot's button is named by its date and time: "lundi 7 décembre 2026 à 9 h 30, …". */
const SLOT = / \d{4} à \d{1,2} h/;

/** The slot buttons of the picker, in order. */
function slots(scope: Page | Locator) {
  return scope.getByRole('button', { name: SLOT });
}

describe('online appointments', () => {
  let server: E2eServer;
  let browser: Browser;
  let relaisId: string;
  const db = () => server.database.db;

  beforeAll(async () => {
    server = await startServer();
    browser = await launchBrowser();
    const relais = await db()
      .selectFrom('relais')
      .select('id')
      .where('slug', '=', 'vie-et-boulogne')
      .executeTakeFirstOrThrow();
    relaisId = relais.id;
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  it('lets a parent on a phone book, move by the e-mail link, and the animator mark it honoured', async () => {
    // A parent, on a phone, from the relais's public page.
    const phone = await newContext(browser, server.baseUrl, PHONE);
    const page = await phone.newPage();
    const errors = watchErrors(page);
    await page.goto('/r/vie-et-boulogne');
    await page.getByRole('link', { name: 'Prendre rendez-vous' }).click();
    // One scan of the page, at its second step (the reasons of the first are plain cards and buttons).
    await checkStructure(page, 'Prendre rendez-vous', 'rendez-vous : motifs (téléphone)');

    await page.getByRole('button', { name: `Choisir : ${REASON}` }).click();
    await page.getByRole('heading', { name: 'Choisissez un créneau' }).waitFor();
    // At the relais rather than by phone or video (the demo's permanences offer all three).
    await page.getByRole('radio', { name: 'Sur place' }).check();
    await slots(page).first().waitFor();
    expect(await slots(page).first().getAttribute('aria-label')).not.toMatch(/téléphone|visio/i);
    await expectNoAxeViolations(page, 'rendez-vous : créneaux (téléphone)');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const firstSlot = (await slots(page).first().getAttribute('aria-label'))!;
    await slots(page).first().click();

    // Sent without the person's details, the form says what is missing, with links to the fields.
    const form = page.getByRole('form', { name: 'Vos coordonnées' });
    await form.getByRole('button', { name: 'Confirmer le rendez-vous' }).click();
    const summary = form.locator('#rdv-erreurs');
    await summary.getByRole('link', { name: 'Vous êtes : Indiquez qui vous êtes.' }).waitFor();
    await page.waitForFunction(() => document.activeElement?.id === 'rdv-erreurs');
    await expectNoAxeViolations(page, 'rendez-vous : formulaire avec erreurs', 'form');
    await summary.getByRole('link', { name: /^Adresse e-mail :/ }).click();
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('rdv-email');

    await form.getByRole('radio', { name: 'Parent', exact: true }).check();
    await form.getByLabel('Nom et prénom').fill(PARENT);
    await form.getByLabel('Adresse e-mail').fill(EMAIL);
    await form.getByLabel('Votre commune (facultatif)').selectOption({ label: 'Aizenay' });
    await form.getByLabel('Message (facultatif)').fill('Nous cherchons une assistante maternelle pour septembre.');
    await form.getByRole('checkbox').check();
    await form.getByRole('button', { name: 'Confirmer le rendez-vous' }).click();
    await page.getByRole('heading', { level: 1, name: 'Votre rendez-vous est réservé' }).waitFor();
    await page.getByText(`Un e-mail de confirmation vous a été envoyé à ${EMAIL}`).waitFor();

    const booked = await db()
      .selectFrom('appointment')
      .selectAll()
      .where('relais_id', '=', relaisId)
      .where('person_email', '=', EMAIL)
      .executeTakeFirstOrThrow();
    expect(booked).toMatchObject({ status: 'booked', person_name: PARENT, public: 'parent', insee_code: '85003' });

    // The confirmation e-mail is in the outbox, with the link to manage the appointment.
    const mail = await db()
      .selectFrom('outbox_message')
      .select(['subject', 'text_body', 'attachments'])
      .where('recipient', '=', EMAIL)
      .where('purpose', '=', 'appointment_booked')
      .executeTakeFirstOrThrow();
    expect(mail.subject).toMatch(/^Votre rendez-vous du .+ est confirmé$/);
    expect(mail.attachments).toContain('rendez-vous.ics');
    const link = mail.text_body.match(/https?:\/\/\S+\/rendez-vous\/[\w-]+/)?.[0];
    expect(link).toBeDefined();

    // The link: the appointment, moved to the first other free slot.
    await page.goto(link!);
    await checkPage(page, 'Mon rendez-vous', 'mon rendez-vous (téléphone)');
    await page.getByRole('button', { name: 'Déplacer le rendez-vous' }).click();
    const move = page.getByRole('region', { name: 'Choisir un autre créneau' });
    await slots(move).first().waitFor();
    const newSlot = (await slots(move).first().getAttribute('aria-label'))!;
    expect(newSlot).not.toBe(firstSlot);
    // A move keeps the way of meeting: at the relais again, not by phone or video.
    expect(newSlot).not.toMatch(/téléphone|visio/i);
    await slots(move).first().click();
    await move.getByRole('button', { name: 'Confirmer le déplacement' }).click();
    await page.getByText('Votre rendez-vous est déplacé').waitFor();
    const newWhen = newSlot.split(',')[0]!;
    await page.getByText(`Il a lieu désormais le ${newWhen}.`).waitFor();
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);

    const moved = await db()
      .selectFrom('appointment')
      .select(['id', 'status', 'starts_at', 'moved_from_id'])
      .where('relais_id', '=', relaisId)
      .where('person_email', '=', EMAIL)
      .where('status', '=', 'booked')
      .executeTakeFirstOrThrow();
    expect(moved.moved_from_id).toBe(booked.id);
    expect(moved.starts_at).not.toBe(booked.starts_at);
    expect(errors).toEqual([]);
    await phone.close();

    // Time passes: the appointment has begun a little while ago (the agenda shows it today): five
    // minutes ago, but never before midnight in Paris, or just after midnight it would be yesterday.
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
    const start = new Date(
      Math.max(Math.floor((Date.now() - 5 * 60_000) / 300_000) * 300_000, Date.parse(parisIso(today, '00:00')!)),
    );
    await db()
      .updateTable('appointment')
      .set({ starts_at: start.toISOString(), ends_at: new Date(start.getTime() + 30 * 60_000).toISOString() })
      .where('id', '=', moved.id)
      .execute();

    // The animator, at her desk: the agenda of the week, the appointment to mark, marked honoured.
    const desk = await newContext(browser, server.baseUrl, DESKTOP);
    const staff = await desk.newPage();
    const staffErrors = watchErrors(staff);
    await signInAsStaff(staff, ANIMATOR);
    await staff
      .getByRole('navigation', { name: 'Menu de la gestion' })
      .getByRole('link', { name: 'Rendez-vous', exact: true })
      .click();
    await checkPage(staff, 'Rendez-vous', 'agenda des rendez-vous');
    const open = staff.getByRole('button', { name: new RegExp(`^Ouvrir le rendez-vous de .+, ${PARENT}$`) });
    await open.click();
    const dialog = staff.getByRole('dialog', { name: /^Rendez-vous du / });
    await dialog.getByText('Passé : à marquer honoré ou non.').waitFor();
    await dialog.getByText(`${PARENT} (parent, Aizenay)`).waitFor();
    await dialog.getByText(/Réservé en déplaçant un rendez-vous précédent/).waitFor();
    await expectNoAxeViolations(staff, 'rendez-vous ouvert', '[role="dialog"]');
    await dialog.getByRole('button', { name: 'Marquer honoré' }).click();
    await dialog.getByRole('button', { name: 'Oui, marquer honoré' }).click();
    await dialog.waitFor({ state: 'detached' });
    await staff
      .getByRole('status')
      .filter({ hasText: `Rendez-vous marqué honoré (${PARENT}` })
      .waitFor();

    // Honoured, it is one contact of the log, on the channel « Rendez-vous ».
    const honoured = await db()
      .selectFrom('appointment')
      .select(['status', 'contact_id'])
      .where('id', '=', moved.id)
      .executeTakeFirstOrThrow();
    expect(honoured.status).toBe('honoured');
    expect(honoured.contact_id).not.toBeNull();
    const contact = await db()
      .selectFrom('contact')
      .select(['channel', 'public', 'insee_code'])
      .where('id', '=', honoured.contact_id!)
      .executeTakeFirstOrThrow();
    expect(contact).toEqual({ channel: 'appointment', public: 'parent', insee_code: '85003' });
    expect(staffErrors).toEqual([]);
    await desk.close();
  });
});
