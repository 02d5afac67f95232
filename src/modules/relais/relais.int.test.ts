import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRelais, makeSite, makeUser } from '../../../tests/support/factories.js';
import { createTestApp, login, type Session, type TestApp } from '../../../tests/support/test-app.js';
import { systemClock } from '../../app/clock.js';
import { seedDemo } from '../../demo/vie-et-boulogne.js';

let t: TestApp;
let relais: { id: string; slug: string };
let manager: Session;

beforeEach(async () => {
  t = await createTestApp();
  relais = await makeRelais(t.db, { communes: [{ inseeCode: '85191', name: 'La Roche-sur-Yon' }] });
  manager = await login(t.app, (await makeUser(t.db, { role: 'manager', relaisId: relais.id })).email);
});
afterEach(() => t.close());

describe('territory: communes by INSEE code', () => {
  it('adds a commune with its official name and population, and audits it', async () => {
    const r = await t.app.inject({
      method: 'POST',
      url: `/api/relais/${relais.id}/communes`,
      payload: { inseeCode: '85003' },
      headers: manager.headers,
    });
    expect(r.statusCode).toBe(201);
    const row = await t.db
      .selectFrom('relais_commune')
      .selectAll()
      .where('relais_id', '=', relais.id)
      .where('insee_code', '=', '85003')
      .executeTakeFirstOrThrow();
    expect(row.name).toBe('Aizenay');
    expect(row.population).toBeGreaterThan(9000);
    expect(row.postcodes).toBe('85190');
    const audit = await t.db
      .selectFrom('audit_event')
      .selectAll()
      .where('subject_type', '=', 'relais_commune')
      .execute();
    expect(audit.map((a) => a.summary)).toEqual(['Ajout de la commune Aizenay au territoire']);
  });

  it('refuses an unknown INSEE code and a commune already covered, in French', async () => {
    const unknown = await t.app.inject({
      method: 'POST',
      url: `/api/relais/${relais.id}/communes`,
      payload: { inseeCode: '99999' },
      headers: manager.headers,
    });
    expect(unknown.statusCode).toBe(400);
    expect(unknown.json().error.message).toBe('Le code INSEE 99999 ne correspond à aucune commune actuelle.');
    const twice = await t.app.inject({
      method: 'POST',
      url: `/api/relais/${relais.id}/communes`,
      payload: { inseeCode: '85191' },
      headers: manager.headers,
    });
    expect(twice.statusCode).toBe(409);
    const malformed = await t.app.inject({
      method: 'POST',
      url: `/api/relais/${relais.id}/communes`,
      payload: { inseeCode: 'abc' },
      headers: manager.headers,
    });
    expect(malformed.statusCode).toBe(400);
    expect(malformed.json().error.fields[0].field).toBe('inseeCode');
  });

  it('refuses to remove a commune that still has active venues, then removes it once they are archived', async () => {
    const site = await makeSite(t.db, relais.id, '85191');
    const url = `/api/relais/${relais.id}/communes/85191`;
    const refused = await t.app.inject({ method: 'DELETE', url, headers: manager.headers });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.message).toContain('archivez-les');
    await t.app.inject({
      method: 'POST',
      url: `/api/relais/${relais.id}/sites/${site.id}/archive`,
      headers: manager.headers,
    });
    const removed = await t.app.inject({ method: 'DELETE', url, headers: manager.headers });
    expect(removed.statusCode).toBe(204);
    const left = await t.db
      .selectFrom('relais_commune')
      .select('insee_code')
      .where('relais_id', '=', relais.id)
      .execute();
    expect(left).toEqual([]);
  });

  it('finds communes of France by name, accents ignored, or by postcode', async () => {
    const byName = await t.app.inject({ url: '/api/reference/communes?q=genetouze' });
    // Two communes of France bear that name: both are offered, with their département.
    expect(byName.json().communes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ inseeCode: '85098', name: 'La Genétouze', departement: '85' }),
        expect.objectContaining({ inseeCode: '17173', departement: '17' }),
      ]),
    );
    const byPostcode = await t.app.inject({ url: '/api/reference/communes?q=85170' });
    expect(byPostcode.json().communes.map((c: { name: string }) => c.name)).toContain('Le Poiré-sur-Vie');
  });
});

describe('relais card and public home page', () => {
  it('lets the manager edit the public card, shown on the public page', async () => {
    const r = await t.app.inject({
      method: 'PATCH',
      url: `/api/relais/${relais.id}`,
      payload: { phone: '02 51 00 00 00', permanences: 'Mardi 9 h – 12 h' },
      headers: manager.headers,
    });
    expect(r.statusCode).toBe(200);
    const row = await t.db.selectFrom('relais').selectAll().where('id', '=', relais.id).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ phone: '02 51 00 00 00', permanences: 'Mardi 9 h – 12 h' });
    const pub = await t.app.inject({ url: `/api/public/relais/${relais.slug}` });
    expect(pub.json()).toMatchObject({ phone: '02 51 00 00 00', permanences: 'Mardi 9 h – 12 h' });
    expect(pub.json()).not.toHaveProperty('id');
  });

  it('refuses a malformed card with the field named', async () => {
    const r = await t.app.inject({
      method: 'PATCH',
      url: `/api/relais/${relais.id}`,
      payload: { email: 'pas-une-adresse', postcode: '123' },
      headers: manager.headers,
    });
    expect(r.statusCode).toBe(400);
    expect(
      r
        .json()
        .error.fields.map((f: { field: string }) => f.field)
        .sort(),
    ).toEqual(['email', 'postcode']);
  });

  it('serves the demo relais: Vie et Boulogne, its 15 communes and the venues of §2.3', async () => {
    await seedDemo({ db: t.db, clock: systemClock });
    const pub = await t.app.inject({ url: '/api/public/relais/vie-et-boulogne' });
    expect(pub.statusCode).toBe(200);
    const body = pub.json();
    expect(body.name).toBe('Relais Petite Enfance Vie et Boulogne');
    expect(body.communes).toHaveLength(15);
    expect(body.communes.map((c: { name: string }) => c.name)).toEqual(
      expect.arrayContaining(['Aizenay', "Grand'Landes", 'Le Poiré-sur-Vie', 'Saint-Paul-Mont-Penit']),
    );
    const population = body.communes.reduce((n: number, c: { population: number }) => n + c.population, 0);
    expect(population).toBeGreaterThan(45_000);
    expect(population).toBeLessThan(48_000);
    expect(body.sites).toHaveLength(17);
    // Every commune has at least one venue for activities.
    const communesWithVenue = new Set(body.sites.map((s: { communeName: string }) => s.communeName));
    expect(communesWithVenue.size).toBe(15);
  });

  it('answers 404 in French for an unknown relais', async () => {
    const r = await t.app.inject({ url: '/api/public/relais/inconnu' });
    expect(r.statusCode).toBe(404);
    expect(r.json().error.message).toBe("Ce relais n'existe pas.");
  });
});

describe('platform operator', () => {
  it('creates a relais; a slug already taken is refused', async () => {
    const operator = await login(t.app, (await makeUser(t.db, { role: 'operator', relaisId: null })).email);
    const payload = {
      slug: 'pays-de-challans',
      name: 'RPE du Pays de Challans',
      epciCode: null,
      address: '',
      postcode: '85300',
      city: 'Challans',
      phone: '',
      email: '',
      website: null,
      openingHours: '',
      permanences: '',
    };
    const created = await t.app.inject({ method: 'POST', url: '/api/relais', payload, headers: operator.headers });
    expect(created.statusCode).toBe(201);
    const again = await t.app.inject({ method: 'POST', url: '/api/relais', payload, headers: operator.headers });
    expect(again.statusCode).toBe(409);
    const rows = await t.db.selectFrom('relais').select('slug').where('slug', '=', 'pays-de-challans').execute();
    expect(rows).toHaveLength(1);
  });
});
