import type { Browser, Page } from 'playwright-core';
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
 * The parts scanned alone once the page around them was: the page's content (the back office's
 * header and menu are scanned with each account's dashboard), a dialog.
 */
const MAIN = '#contenu';
const DIALOG = '[role="dialog"]';

function nav(page: Page) {
  return page.getByRole('navigation', { name: 'Menu de la gestion' });
}

/** Opens a page from the menu, and scans what it shows (the menu around it was scanned). */
async function openSection(page: Page, label: string | RegExp, heading: string | RegExp) {
  await nav(page).getByRole('link', { name: label }).click();
  const name = typeof heading === 'string' ? heading : heading.source;
  await checkStructure(page, heading, name);
  await expectNoAxeViolations(page, name, MAIN);
}

describe('staff back office', () => {
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

  it('lets the manager run the territory, venues and accounts, and shows it in the audit log', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    const errors = watchErrors(page);
    await signInAsStaff(page, 'responsable@vie-et-boulogne.test');

    // Dashboard (the manager's header and menu: the other scenarios only check its structure)
    await checkPage(page, 'Tableau de bord', 'tableau de bord');
    const header = page.getByRole('banner');
    await header.getByText('Claire Martineau').waitFor();
    await header.getByText('Responsable du relais').waitFor();
    await page.getByRole('region', { name: 'Communes du territoire' }).getByText('15', { exact: true }).waitFor();
    await page.getByRole('region', { name: 'Lieux actifs' }).getByText('17', { exact: true }).waitFor();
    await page.getByRole('region', { name: 'Comptes actifs' }).getByText('6', { exact: true }).waitFor();
    const entries = await nav(page).getByRole('link').allTextContents();
    expect(entries).toEqual([
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
    ]);

    // Territory: add Venansault by searching the national reference
    await openSection(page, 'Territoire', 'Territoire');
    await page.getByLabel('Rechercher une commune').fill('Venansault');
    await page.getByRole('button', { name: 'Ajouter Venansault (85300)' }).click();
    await page.getByRole('status').filter({ hasText: 'La commune Venansault a été ajoutée au territoire.' }).waitFor();
    await page.getByRole('rowheader', { name: 'Venansault' }).waitFor();
    await page.getByText('16 communes').waitFor();

    // The manager edits the public card of the relais; the public page shows it.
    const card = page.getByRole('region', { name: 'Fiche publique du relais' });
    await card.getByLabel('Téléphone').fill('02 51 00 00 00');
    await card.getByRole('button', { name: 'Enregistrer la fiche' }).click();
    await card.getByRole('status').filter({ hasText: 'La fiche publique a été enregistrée.' }).waitFor();

    // Removing asks for confirmation (and can be cancelled)
    await page.getByRole('button', { name: 'Retirer Venansault' }).click();
    const confirm = page.getByRole('dialog', { name: 'Retirer une commune du territoire' });
    await confirm.waitFor();
    await expectNoAxeViolations(page, 'confirmation de retrait', DIALOG);
    await confirm.getByRole('button', { name: 'Annuler' }).click();
    await confirm.waitFor({ state: 'detached' });

    // Venues: create one in Venansault, then archive it
    await openSection(page, 'Lieux', 'Lieux');
    await page.getByRole('button', { name: 'Nouveau lieu' }).click();
    const dialog = page.getByRole('dialog', { name: 'Nouveau lieu' });
    await dialog.waitFor();
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.getByText('Le nom doit compter au moins 2 caractères.').waitFor();
    await expectNoAxeViolations(page, 'formulaire de lieu avec erreurs', DIALOG);
    await dialog.getByLabel('Nom du lieu').fill('Salle des Acacias de Venansault');
    await dialog.getByLabel('Type de lieu').selectOption('community_hall');
    await dialog.getByLabel('Commune').selectOption({ label: 'Venansault' });
    await dialog.getByLabel('Adresse').fill('3 rue des Acacias, 85190 Venansault');
    await dialog.getByLabel(/Capacité/).fill('35');
    await dialog.getByLabel('Accessible aux personnes à mobilité réduite').check();
    await dialog.getByRole('button', { name: 'Enregistrer' }).click();
    await dialog.waitFor({ state: 'detached' });
    await page
      .getByRole('status')
      .filter({ hasText: 'Le lieu « Salle des Acacias de Venansault » a été créé.' })
      .waitFor();
    const row = page.getByRole('row').filter({ hasText: 'Salle des Acacias de Venansault' });
    await row.getByText('Salle polyvalente').waitFor();
    await page.getByLabel('Commune', { exact: true }).selectOption({ label: 'Venansault' });
    expect(await page.getByRole('row').count()).toBe(2);

    await page.getByRole('button', { name: 'Modifier Salle des Acacias de Venansault' }).click();
    const editDialog = page.getByRole('dialog', { name: 'Modifier le lieu « Salle des Acacias de Venansault »' });
    await editDialog.getByLabel(/Capacité/).fill('45');
    await editDialog.getByRole('button', { name: 'Enregistrer' }).click();
    await editDialog.waitFor({ state: 'detached' });
    await page.getByRole('status').filter({ hasText: 'a été modifié' }).waitFor();
    await row.getByRole('cell', { name: '45', exact: true }).waitFor();

    await page.getByRole('button', { name: 'Archiver Salle des Acacias de Venansault' }).click();
    await page.getByRole('status').filter({ hasText: 'a été archivé' }).waitFor();
    await page.getByText('Aucun lieu ne correspond à ces critères.').waitFor();
    await page.getByLabel('Afficher les lieux archivés').check();
    await row.getByText('Archivé').waitFor();
    await row.getByRole('button', { name: 'Réactiver Salle des Acacias de Venansault' }).waitFor();

    // Accounts: create an animator
    await openSection(page, 'Comptes', 'Comptes');
    await page.getByRole('button', { name: 'Nouveau compte' }).click();
    const accountDialog = page.getByRole('dialog', { name: 'Nouveau compte' });
    await accountDialog.waitFor();
    const roles = await accountDialog.getByLabel('Rôle').locator('option').allTextContents();
    expect(roles).toEqual([
      'Animateur·rice',
      'Assistant·e administratif·ve',
      'Lecture seule (élu·e, CAF)',
      'Assistant·e maternel·le',
      'Parent',
    ]);
    await accountDialog.getByLabel('Nom affiché').fill('Sophie Granger');
    await accountDialog.getByLabel('Adresse e-mail').fill('sophie.granger@vie-et-boulogne.test');
    await accountDialog.getByLabel('Rôle').selectOption('animator');
    await accountDialog.getByLabel('Mot de passe initial').fill('court');
    await accountDialog.getByRole('button', { name: 'Créer le compte' }).click();
    await accountDialog.getByText('Le mot de passe doit compter au moins 12 caractères.').waitFor();
    await expectNoAxeViolations(page, 'formulaire de compte avec erreur', DIALOG);
    await accountDialog.getByLabel('Mot de passe initial').fill('une phrase de passe solide');
    await accountDialog.getByRole('button', { name: 'Créer le compte' }).click();
    await accountDialog.waitFor({ state: 'detached' });
    const accountRow = page.getByRole('row').filter({ hasText: 'sophie.granger@vie-et-boulogne.test' });
    await accountRow.getByText('Animateur·rice').waitFor();
    await accountRow.getByText('Actif').waitFor();
    await accountRow.getByRole('button', { name: 'Désactiver le compte de Sophie Granger' }).click();
    await accountRow.getByText('Désactivé').waitFor();
    await accountRow.getByRole('button', { name: 'Réactiver le compte de Sophie Granger' }).click();
    await accountRow.getByText('Actif').waitFor();
    expect(await page.getByRole('button', { name: 'Désactiver le compte de Claire Martineau' }).count()).toBe(0);

    // The audit log shows the creation
    await openSection(page, /Journal d.audit/, /Journal d.audit/);
    await page
      .getByRole('row')
      .filter({ hasText: 'Création du compte sophie.granger@vie-et-boulogne.test (Animateur·rice)' })
      .getByText('Claire Martineau <responsable@vie-et-boulogne.test>')
      .waitFor();
    await page.getByRole('row').filter({ hasText: 'Ajout de la commune Venansault au territoire' }).waitFor();

    // Outbox
    await openSection(page, /Boîte d.envoi/, /Boîte d.envoi/);

    // The public page shows the new phone number.
    await page.goto('/');
    await page.getByRole('link', { name: '02 51 00 00 00' }).waitFor();
    // The public page does not ask who is there; "Se connecter" finds the open session.
    await page.getByRole('banner').getByRole('link', { name: 'Se connecter' }).click();
    await page.waitForURL(/\/gestion$/);
    // The dashboard as scanned above.
    await checkStructure(page, 'Tableau de bord', 'retour au tableau de bord');

    // Sign out from the account menu
    await page.getByRole('button', { name: /^Mon compte/ }).click();
    await page.getByRole('menuitem', { name: 'Se déconnecter', exact: true }).click();
    await page.waitForURL(/\/connexion\?sortie=ici/);
    await page.getByText('Vous êtes déconnecté·e.').waitFor();
    await page.goto('/gestion');
    await page.waitForURL(/\/connexion\?redirect=/);
    expect(errors).toEqual([]);
    await context.close();
  });

  it('shows the read-only viewer no edit button and no accounts entry', async () => {
    const context = await newContext(browser, server.baseUrl);
    const page = await context.newPage();
    await signInAsStaff(page, 'elu@vie-et-boulogne.test');
    // (The viewer's header and menu: the other scenarios only check its structure.)
    await checkPage(page, 'Tableau de bord', 'tableau de bord (élu)');
    const entries = await nav(page).getByRole('link').allTextContents();
    expect(entries).toEqual([
      'Tableau de bord',
      'Territoire',
      'Lieux',
      'Accueils collectifs et MAM',
      'Statistiques des offres',
      'Statistiques des contacts',
      'Aide employeur',
      'Statistiques des animations',
      'Rapport de l’offre d’accueil',
    ]);
    expect(await page.getByRole('link', { name: 'Modifier la fiche' }).count()).toBe(0);
    expect(await page.getByRole('region', { name: 'Comptes actifs' }).count()).toBe(0);

    await openSection(page, 'Territoire', 'Territoire');
    await page.getByRole('rowheader', { name: 'Aizenay' }).waitFor();
    expect(await page.getByRole('button', { name: /^Retirer/ }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Ajouter une commune' }).count()).toBe(0);
    expect(await page.getByRole('heading', { name: 'Fiche publique du relais' }).count()).toBe(0);

    await openSection(page, 'Lieux', 'Lieux');
    await page.getByRole('rowheader', { name: /Médiathèque d'Aizenay/ }).waitFor();
    expect(await page.getByRole('button', { name: 'Nouveau lieu' }).count()).toBe(0);
    expect(await page.getByRole('button', { name: /^(Modifier|Archiver)/ }).count()).toBe(0);

    await page.goto('/gestion/comptes');
    await checkStructure(page, 'Comptes', 'comptes refusés (élu)');
    await page.getByText('Accès réservé').waitFor();
    await expectNoAxeViolations(page, 'comptes refusés (élu)', MAIN);
    await context.close();
  });
});
