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
  it('inlines, for the first screen of the booking page, its relais as the API answers it', async () => {
    const relais = await makeRelais(t.db, {
      slug: 'bocage',
      name: 'Relais du Bocage </script><script>alert(1)</script>',
    });
    const html = await page(`/r/${relais.slug}/rendez-vous`);
    const detail = (await t.app.inject({ url: `/api/public/relais/${relais.slug}` })).json();
    expect(preloaded(html)).toEqual({ [`/api/public/relais/${relais.slug}`]: detail });
    // A name cannot close the script element: "<" is escaped inside the JSON.
    expect(html).not.toContain('</script><script>alert(1)');
    expect(html.match(/<\/script>/g)).toHaveLength(1);
  });

  it('inlines nothing for an unknown relais nor for the other pages of the app', async () => {
    expect(preloaded(await page('/r/inconnu/rendez-vous'))).toBeNull();
    expect(preloaded(await page('/r/bocage/demande'))).toBeNull();
    expect(preloaded(await page('/gestion/assistants-maternels'))).toBeNull();
    expect(await page('/connexion')).toBe(INDEX_HTML);
  });

  it('answers API addresses and other methods with a French 404, never the page', async () => {
    const api = await t.app.inject({ url: '/api/nulle-part' });
    expect(api.statusCode).toBe(404);
    expect(api.json().error.message).toBe("Cette adresse n'existe pas.");
    expect((await t.app.inject({ method: 'POST', url: '/r/bocage' })).statusCode).toBe(404);
  });
});
