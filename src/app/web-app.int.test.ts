import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeRelais } from '../../tests/support/factories.js';
import { createTestApp, type TestApp } from '../../tests/support/test-app.js';
import { testEngine } from '../../tests/support/test-database.js';
import { PRELOAD_ELEMENT_ID } from './web-app.js';

const INDEX_HTML =
  '<!doctype html><html lang="fr"><head><title>Relais</title></head><body><div id="root"></div></body></html>';

let t: TestApp;
let webRoot: string;
beforeAll(async () => {
  webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-web-'));
  fs.writeFileSync(path.join(webRoot, 'index.html'), INDEX_HTML);
  t = await createTestApp({ webRoot });
});
afterAll(async () => {
  await t.close();
  fs.rmSync(webRoot, { recursive: true, force: true });
});

/** The JSON block of the page, parsed, or null when the page has none. */
function preloaded(html: string): Record<string, unknown> | null {
  const match = new RegExp(`<script type="application/json" id="${PRELOAD_ELEMENT_ID}">(.*?)</script>`, 's').exec(html);
  return match?.[1] ? (JSON.parse(match[1]) as Record<string, unknown>) : null;
}

async function page(url: string) {
  const r = await t.app.inject({ url });
  expect(r.statusCode).toBe(200);
  expect(r.headers['content-type']).toContain('text/html');
  return r.body;
}

describe(`web app pages on ${testEngine()}`, () => {
  it('inlines, for the first screen of the home, the list of relais and the only relais, as the API answers them', async () => {
    const relais = await makeRelais(t.db, {
      slug: 'bocage',
      name: 'Relais du Bocage </script><script>alert(1)</script>',
    });
    const html = await page('/');
    const data = preloaded(html);
    const list = (await t.app.inject({ url: '/api/public/relais' })).json();
    const detail = (await t.app.inject({ url: `/api/public/relais/${relais.slug}` })).json();
    expect(data).toEqual({ '/api/public/relais': list, [`/api/public/relais/${relais.slug}`]: detail });
    // A name cannot close the script element: "<" is escaped inside the JSON.
    expect(html).not.toContain('</script><script>alert(1)');
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });

  it('inlines the relais on its page and on its directory, and nothing for an unknown relais', async () => {
    const relais = await makeRelais(t.db, { slug: 'marais' });
    const detail = (await t.app.inject({ url: '/api/public/relais/marais' })).json();
    expect(preloaded(await page('/r/marais'))).toEqual({ '/api/public/relais/marais': detail });
    expect(preloaded(await page('/r/marais/annuaire?commune=85191'))).toEqual({
      [`/api/public/relais/${relais.slug}`]: detail,
    });
    expect(preloaded(await page('/r/inconnu'))).toBeNull();
    expect((await t.app.inject({ url: '/r/%E0%A4%A' })).statusCode).toBe(400);
  });

  it('with several relais, the home carries only their list; other pages carry nothing', async () => {
    const data = preloaded(await page('/'));
    expect(Object.keys(data ?? {})).toEqual(['/api/public/relais']);
    expect(preloaded(await page('/connexion'))).toBeNull();
    expect(preloaded(await page('/gestion/assistants-maternels'))).toBeNull();
    expect(await page('/connexion')).toBe(INDEX_HTML);
  });

  it('answers API addresses and other methods with a French 404, never the page', async () => {
    const api = await t.app.inject({ url: '/api/nulle-part' });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.message).toBe("Cette adresse n'existe pas.");
    expect((await t.app.inject({ method: 'POST', url: '/r/marais' })).statusCode).toBe(404);
  });
});
