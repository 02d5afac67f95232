/**
 * Chromium (Debian's) driven by playwright-core, and the checks every scenario makes: an axe-core
 * scan of each page visited, against WCAG 2.1 A and AA.
 */
import { AxeBuilder } from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
      '--disable-quic',
    ],
  });
}

export const PHONE = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 900 };

/** A fresh browser profile (cookies, storage) in French, without animations. */
export async function newContext(
  browser: Browser,
  baseURL: string,
  viewport: { width: number; height: number } = DESKTOP,
): Promise<BrowserContext> {
  const context = await browser.newContext({
    baseURL,
    viewport,
    locale: 'fr-FR',
    timezoneId: 'Europe/Paris',
    reducedMotion: 'reduce',
    isMobile: viewport.width < 600,
    hasTouch: viewport.width < 600,
  });
  context.setDefaultTimeout(15_000);
  return context;
}

/** Collects the errors a page raises, so that a scenario can assert there were none. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`pageerror: ${error.message}`));
  page.on('console', (message) => {
    // 401 on /api/auth/me is how an anonymous visitor is recognised: not an error of the page.
    if (message.type() === 'error' && !message.text().includes('401')) errors.push(`console: ${message.text()}`);
  });
  return errors;
}

/** Waits for the page's h1 (after lazy loading and data fetching). */
export async function waitForHeading(page: Page, name: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name }).waitFor({ timeout: 15_000 });
  await page.getByText('Chargement…').first().waitFor({ state: 'detached', timeout: 15_000 });
}

/**
 * Runs axe-core on the page, or only on the part `within` selects (a form or a dialog that just
 * changed, when the rest of the page was scanned already), and fails with a readable list of
 * violations, if any.
 *
 * Legacy mode: axe.run() in the page itself, instead of a partial run per frame gathered in a new
 * blank tab. The same rules and results (the app has no frame at all; cross-origin ones are all
 * this mode skips), in about half the time: 5.4 → 2.9 s for the 50 rows of the register, 1.2 →
 * 0.6 s for a dialog. @axe-core/playwright calls it a last resort and may drop it in a major
 * version: then remove `.setLegacyMode()`, nothing else depends on it.
 */
export async function expectNoAxeViolations(page: Page, label: string, within?: string): Promise<void> {
  const builder = new AxeBuilder({ page })
    // Only violations are read: axe then keeps one node of what passes. (`options` replaces all
    // the options: the tags come after it.)
    .options({ resultTypes: ['violations'] })
    .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
    .setLegacyMode();
  const results = await (within ? builder.include(within) : builder).analyze();
  if (results.violations.length === 0) return;
  const report = results.violations
    .map((violation) => {
      const nodes = violation.nodes
        .slice(0, 5)
        .map(
          (node) => `    - ${node.target.join(' ')}\n      ${(node.failureSummary ?? '').replaceAll('\n', '\n      ')}`,
        )
        .join('\n');
      return `  [${violation.impact}] ${violation.id}: ${violation.help} (${violation.nodes.length} élément(s))\n${nodes}`;
    })
    .join('\n');
  throw new Error(`axe-core: ${results.violations.length} violation(s) on ${label} (${page.url()}):\n${report}`);
}

/** Checks the page's one h1 and its tab title (after a change of a page whose accessibility was checked). */
export async function checkStructure(page: Page, heading: string | RegExp, label: string): Promise<void> {
  await waitForHeading(page, heading);
  const h1 = await page.locator('h1').count();
  if (h1 !== 1) throw new Error(`${label}: ${h1} h1 elements instead of 1`);
  const title = await page.title();
  if (!title.endsWith('— Relais')) throw new Error(`${label}: unexpected page title « ${title} »`);
}

/** Checks the page's one h1, its tab title and its accessibility in one go. */
export async function checkPage(page: Page, heading: string | RegExp, label: string): Promise<void> {
  await checkStructure(page, heading, label);
  await expectNoAxeViolations(page, label);
}

/** Signs a staff member in through the sign-in page. */
export async function signInAsStaff(page: Page, email: string, password = 'relais-demo-2026'): Promise<void> {
  await page.goto('/connexion');
  await waitForHeading(page, 'Se connecter');
  await page.getByLabel('Adresse e-mail professionnelle').fill(email);
  await page.getByLabel('Mot de passe').fill(password);
  await page.getByRole('button', { name: 'Se connecter', exact: true }).click();
  await page.waitForURL(/\/gestion/);
}
