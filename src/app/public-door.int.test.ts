import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeAvailabilitySlot, makeChildminder, makeRelais } from '../../tests/support/factories.js';
import { createTestApp, type TestApp } from '../../tests/support/test-app.js';
import { testEngine } from '../../tests/support/test-database.js';

const INDEX_HTML =
  '<!doctype html><html lang="fr"><head><title>Relais</title></head><body><div id="root"></div></body></html>';
const MANIFEST = {
  'src/door/entry.ts': { file: 'assets/door-abc.js', css: ['assets/door-def.css'], isEntry: true },
};

let t: TestApp;
let webRoot: string;
let relais: { id: string; slug: string };

/** What a reader sees of the body: no styles, no tags, entities decoded, spaces collapsed. */
function textOf(html: string): string {
  return html
    .slice(html.indexOf('<body>'))
    .replace(/<style[^>]*>.*?<\/style>/gs, ' ')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#x27;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

async function page(url: string, status = 200) {
  const r = await t.app.inject({ url });
  expect(r.statusCode, r.body.slice(0, 300)).toBe(status);
  expect(r.headers['content-type']).toBe('text/html; charset=utf-8');
  expect(r.headers['cache-control']).toBe('no-cache');
  return r.body;
}

beforeAll(async () => {
  webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-door-'));
  fs.writeFileSync(path.join(webRoot, 'index.html'), INDEX_HTML);
  fs.mkdirSync(path.join(webRoot, '.vite'));
  fs.writeFileSync(path.join(webRoot, '.vite', 'manifest.json'), JSON.stringify(MANIFEST));
  t = await createTestApp({ webRoot, config: { searchRateLimitPerMinute: 5 } });
  relais = await makeRelais(t.db, {
    slug: 'bocage',
    name: 'Relais du Bocage </script><script>alert(1)</script>',
    communes: [
      { inseeCode: '85003', name: 'Aizenay' },
      { inseeCode: '85191', name: 'La Roche-sur-Yon' },
    ],
  });
  for (const [insee, lastName] of [
    ['85003', 'AIZENAY'],
    ['85191', 'ROCHE'],
  ] as const) {
    const am = await makeChildminder(t.db, relais.id, insee, { lastName });
    await makeAvailabilitySlot(t.db, relais.id, am.id);
  }
});
afterAll(async () => {
  await t.close();
  fs.rmSync(webRoot, { recursive: true, force: true });
});

describe(`public door rendered by the server on ${testEngine()}`, () => {
  it('shows the only relais on the home, painted without JavaScript, with the built styles and script', async () => {
    const html = await page('/');
    expect(html.startsWith('<!doctype html><html lang="fr"')).toBe(true);
    expect(html).toContain('<link rel="stylesheet" href="/assets/door-def.css"/>');
    expect(html).toContain('<script type="module" src="/assets/door-abc.js"></script>');
    const text = textOf(html);
    expect(text).toContain('Relais du Bocage </script><script>alert(1)</script>');
    expect(text).toContain('Communes couvertes 2 communes');
    expect(html).toContain('href="/r/bocage/annuaire"');
    expect(html).toContain('href="/r/bocage/rendez-vous"');
    // The name is text, never markup: the only script element is the door's.
    expect(html.match(/<script/g)).toHaveLength(1);
    expect(html).toMatch(/<title>Relais du Bocage &lt;\/script&gt;.*— Relais<\/title>/);
    expect(await page('/r/bocage')).toBe(html);
    // A phone on a slow connection gets it compressed.
    const compressed = await t.app.inject({ url: '/', headers: { 'accept-encoding': 'br' } });
    expect(compressed.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(compressed.rawPayload).toString('utf8')).toBe(html);
  });

  it('explains an unknown relais with a 404 page, and refuses a malformed address', async () => {
    const html = await page('/r/inconnu', 404);
    expect(html).toContain('<title>Relais introuvable — Relais</title>');
    expect(textOf(html)).toContain("Ce relais n'existe pas.");
    expect((await page('/r/inconnu/annuaire', 404)).length).toBeGreaterThan(0);
    expect((await t.app.inject({ url: '/r/%E0%A4%A' })).statusCode).toBe(400);
    const slash = await t.app.inject({ url: '/r/bocage/annuaire/?commune=85003' });
    expect(slash.statusCode).toBe(301);
    expect(slash.headers.location).toBe('/r/bocage/annuaire?commune=85003');
    expect((await t.app.inject({ url: '/r/bocage/' })).headers.location).toBe('/r/bocage');
  });

  it('shows the search form and the free places per commune before any search', async () => {
    const html = await page('/r/bocage/annuaire');
    const text = textOf(html);
    expect(text).toContain('Trouver un mode d’accueil');
    expect(html).toContain('action="/r/bocage/annuaire#resultats"');
    expect(html).toMatch(/<option value="" selected="">Toutes les communes<\/option><option value="85003">Aizenay/);
    expect(text).toMatch(/Commune Places libres Aizenay 1 La Roche-sur-Yon 1/);
    expect(html).toContain('data-door-map="/api/public/relais/bocage/map"');
    expect(html).not.toContain('id="resultats"');
  });

  it('answers a search with the results in the page and keeps the criteria in the form', async () => {
    const html = await page(
      '/r/bocage/annuaire?commune=85003&radiusKm=12&ageMonths=24&days=1&days=2&from=08%3A00&to=&startDate=2026-03-10',
    );
    const text = textOf(html);
    expect(text).toContain('Assistant·es maternel·les avec une place libre (1)');
    expect(text).toContain('Anne AIZENAY Aizenay, dans la commune');
    expect(text).not.toContain('ROCHE Aizenay');
    expect(html).toContain('<option value="85003" selected="">Aizenay</option>');
    expect(html).toMatch(/name="radiusKm" value="12"/);
    expect(html).toMatch(/name="days" checked="" value="1"/);
    expect(html).toMatch(/name="days" value="3"/);
    expect(html).toMatch(/name="from" value="08:00"/);
    const wider = textOf(await page('/r/bocage/annuaire?commune=85003&radiusKm=40'));
    expect(wider).toContain('Assistant·es maternel·les avec une place libre (2)');
  });

  it('shows why a search was refused, field by field in French, with the values typed', async () => {
    const html = await page('/r/bocage/annuaire?radiusKm=500&from=25%3A00', 400);
    const text = textOf(html);
    expect(text).toContain('La recherche n’a pas pu être faite Vérifiez ces critères :');
    expect(text).toContain('Distance maximale (km) : Au plus 100 km.');
    expect(text).toContain('Arrivée de l’enfant : Heure invalide (format HH:MM).');
    expect(text).not.toContain('radiusKm');
    expect(html).toMatch(/aria-invalid="true"[^>]*name="radiusKm" value="500"/);
  });

  it('applies the API’s rate limit to each visitor’s searches', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < 6; i++) {
      const r = await t.app.inject({ url: '/r/bocage/annuaire?radiusKm=10', remoteAddress: '192.0.2.7' });
      statuses.push(r.statusCode);
    }
    expect(statuses.at(-1)).toBe(429);
    // Another visitor is not held back by the first one.
    const other = await t.app.inject({ url: '/r/bocage/annuaire?radiusKm=10', remoteAddress: '192.0.2.8' });
    expect(other.statusCode).toBe(200);
  });

  it('lists the relais on the home when the platform hosts several', async () => {
    await makeRelais(t.db, { slug: 'marais', name: 'Relais du Marais' });
    const text = textOf(await page('/'));
    expect(text).toContain('Les Relais Petite Enfance');
    expect(text).toContain('Relais du Marais');
    expect(await page('/')).toContain('href="/r/marais"');
  });
});
