import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeAvailabilitySlot, makeChildminder, makeRelais } from '../../../tests/support/factories.js';
import { createTestApp, type TestApp } from '../../../tests/support/test-app.js';
import { seededRandom } from '../../demo/random.js';
import { slotAnswers, type FreeSlot, type Need } from './directory.rules.js';
import { DIRECTORY_PAGE_SIZE } from './directory.usecases.js';

let t: TestApp;
let relais: { id: string; slug: string };

async function withSlot(
  insee: string,
  lastName: string,
  slot: Partial<{ available_from: string; min_age_months: number | null; max_age_months: number | null; days: string }>,
  consent: Partial<{ publish_address: number; publish_phone: number; email: string }> = {},
) {
  const am = await makeChildminder(t.db, relais.id, insee, { lastName });
  await t.db
    .updateTable('childminder')
    .set({ address: '1 rue Test', postcode: '85190', phone: '06 11 22 33 44', email: '', ...consent })
    .where('id', '=', am.id)
    .execute();
  await makeAvailabilitySlot(t.db, relais.id, am.id, slot);
  return am;
}

beforeEach(async () => {
  t = await createTestApp();
  relais = await makeRelais(t.db, {
    slug: 'test-annuaire',
    communes: [
      { inseeCode: '85003', name: 'Aizenay' },
      { inseeCode: '85178', name: 'Le Poiré-sur-Vie' },
      { inseeCode: '85191', name: 'La Roche-sur-Yon' },
    ],
  });
});
afterEach(() => t.close());

const search = async (query: string) => {
  const r = await t.app.inject({ url: `/api/public/relais/test-annuaire/directory?${query}` });
  expect(r.statusCode, r.body).toBe(200);
  return r.json() as {
    childminders: { name: string; distanceKm: number; address: string | null; phone: string | null }[];
  };
};

describe('public directory', () => {
  it('finds childminders with a free place that fits, nearest first, within the radius', async () => {
    await withSlot('85178', 'POIRE', {});
    await withSlot('85003', 'AIZENAY', {});
    await withSlot('85191', 'ROCHE', {});
    await withSlot('85003', 'BEBES', { max_age_months: 12 });
    await withSlot('85003', 'MERCREDI', { days: '3' });
    await withSlot('85003', 'RENTREE', { available_from: '2026-09-01' });

    const near = await search('commune=85003&radiusKm=12&ageMonths=24&days=1,2&startDate=2026-03-10');
    expect(near.childminders.map((c) => c.name)).toEqual(['Anne AIZENAY', 'Anne POIRE']);
    expect(near.childminders[0]!.distanceKm).toBe(0);
    const far = await search('commune=85003&radiusKm=30&ageMonths=24&days=1,2&startDate=2026-03-10');
    expect(far.childminders.map((c) => c.name)).toEqual(['Anne AIZENAY', 'Anne POIRE', 'Anne ROCHE']);
    const september = await search('commune=85003&radiusKm=5&startDate=2026-09-02');
    expect(september.childminders.map((c) => c.name).sort()).toEqual([
      'Anne AIZENAY',
      'Anne BEBES',
      'Anne MERCREDI',
      'Anne RENTREE',
    ]);
  });

  it('shows address and phone only with the childminder’s consent', async () => {
    await withSlot('85003', 'DISCRETE', {});
    await withSlot('85003', 'PUBLIQUE', {}, { publish_address: 1, publish_phone: 1 });
    const r = await search('commune=85003');
    const byName = new Map(r.childminders.map((c) => [c.name, c]));
    expect(byName.get('Anne DISCRETE')).toMatchObject({ address: null, phone: null });
    expect(byName.get('Anne PUBLIQUE')).toMatchObject({ address: '1 rue Test 85190', phone: '06 11 22 33 44' });
    expect(JSON.stringify(byName.get('Anne DISCRETE'))).not.toContain('rue Test');
  });

  it('relays a family’s message by e-mail without revealing the childminder’s address', async () => {
    const am = await withSlot('85003', 'JOIGNABLE', {}, { email: 'anne.joignable@exemple.test' });
    const silent = await withSlot('85003', 'SANSMAIL', {});
    const url = (id: string) => `/api/public/relais/test-annuaire/directory/childminders/${id}/contact`;
    const payload = {
      name: 'Paul Parent',
      email: 'paul@exemple.test',
      phone: '',
      text: 'Bonjour, avez-vous une place en septembre ?',
    };
    const r = await t.app.inject({ method: 'POST', url: url(am.id), payload });
    expect(r.statusCode).toBe(202);
    const sent = await t.db
      .selectFrom('outbox_message')
      .selectAll()
      .where('purpose', '=', 'directory_contact')
      .executeTakeFirstOrThrow();
    expect(sent.recipient).toBe('anne.joignable@exemple.test');
    expect(sent.text_body).toContain('paul@exemple.test');
    expect(r.body).not.toContain('anne.joignable');
    const refused = await t.app.inject({ method: 'POST', url: url(silent.id), payload });
    expect(refused.statusCode).toBe(409);
    const invalid = await t.app.inject({ method: 'POST', url: url(am.id), payload: { ...payload, text: 'court' } });
    expect(invalid.statusCode).toBe(400);
    expect(invalid.json().error.fields[0].field).toBe('text');
  });

  it('draws the communes of the relais with their free places for the map', async () => {
    await withSlot('85003', 'UNE', {});
    await withSlot('85003', 'DEUX', {});
    await withSlot('85178', 'PLUSTARD', { available_from: '2026-12-01' });
    const r = await t.app.inject({ url: '/api/public/relais/test-annuaire/map' });
    const features = r.json().features as {
      properties: { code: string; freePlaces: number };
      geometry: { type: string };
    }[];
    expect(features.map((f) => [f.properties.code, f.properties.freePlaces]).sort()).toEqual([
      ['85003', 2],
      ['85178', 0],
      ['85191', 0],
    ]);
    expect(features[0]!.geometry.type).toMatch(/Polygon/);
  });
});

describe('the SQL search agrees with the rule a free place answers a need', () => {
  it('returns exactly the childminders the rule accepts, counted in full, the page cut at its size', async () => {
    const random = seededRandom(20261129);
    const next = () => random.next();
    const pick = <T>(items: readonly T[]) => random.pick(items);
    const times = ['07:00', '07:30', '08:00', '08:30', '12:00', '13:30', '16:30', '17:00', '18:00', '19:00'];
    const current = new Map<string, FreeSlot[]>();
    for (let i = 0; i < DIRECTORY_PAGE_SIZE + 40; i++) {
      const name = `AM${String(i).padStart(3, '0')}`;
      const am = await makeChildminder(t.db, relais.id, pick(['85003', '85178', '85191']), { lastName: name });
      const archived = next() < 0.1;
      if (archived) await t.db.updateTable('childminder').set({ status: 'archived' }).where('id', '=', am.id).execute();
      for (let n = 1 + Math.floor(next() * 2); n > 0; n--) {
        const start = Math.floor(next() * 4);
        const slot: FreeSlot = {
          availableFrom: pick(['2025-09-01', '2026-03-02', '2026-06-01', '2026-09-01']),
          minAgeMonths: pick([null, 0, 3, 12]),
          maxAgeMonths: pick([null, 18, 36, 72]),
          days: [1, 2, 3, 4, 5, 6].filter(() => next() < 0.7),
          startTime: times[start]!,
          endTime: times[5 + Math.floor(next() * 5)]!,
        };
        if (slot.days.length === 0) slot.days = [3];
        const replaced = next() < 0.15;
        await t.db
          .insertInto('availability_slot')
          .values({
            id: crypto.randomUUID(),
            relais_id: relais.id,
            childminder_id: am.id,
            available_from: slot.availableFrom,
            min_age_months: slot.minAgeMonths,
            max_age_months: slot.maxAgeMonths,
            days: slot.days.join(','),
            start_time: slot.startTime,
            end_time: slot.endTime,
            created_at: '2026-01-01T00:00:00.000Z',
            replaced_at: replaced ? '2026-02-01T00:00:00.000Z' : null,
          })
          .execute();
        if (!archived && !replaced) current.set(`Anne ${name}`, [...(current.get(`Anne ${name}`) ?? []), slot]);
      }
    }

    let pagesCut = 0;
    for (let run = 0; run < 40; run++) {
      const need: Need = { startDate: pick(['2026-01-01', '2026-03-02', '2026-07-01', '2026-10-01']) };
      // The first search is the broadest, so that the page is cut at least once.
      if (run === 0) need.startDate = '2026-10-01';
      else if (next() < 0.7) need.ageMonths = pick([1, 6, 15, 30, 48]);
      if (run > 0 && next() < 0.7) need.days = [1, 2, 3, 4, 5, 6].filter(() => next() < 0.4);
      if (run > 0 && next() < 0.5) need.from = pick(times.slice(0, 5));
      if (run > 0 && next() < 0.5) need.to = pick(times.slice(5));
      const query = new URLSearchParams({ startDate: need.startDate });
      if (need.ageMonths !== undefined) query.set('ageMonths', String(need.ageMonths));
      if (need.days?.length) query.set('days', need.days.join(','));
      else delete need.days;
      if (need.from) query.set('from', need.from);
      if (need.to) query.set('to', need.to);

      const expected = [...current].filter(([, slots]) => slots.some((slot) => slotAnswers(slot, need)));
      const r = await t.app.inject({ url: `/api/public/relais/test-annuaire/directory?${query}` });
      expect(r.statusCode, r.body).toBe(200);
      const body = r.json() as { childminderTotal: number; childminders: { name: string; matchingPlaces: number }[] };
      expect(body.childminderTotal, query.toString()).toBe(expected.length);
      const names = expected.map(([name]) => name).sort();
      expect(
        body.childminders.map((c) => c.name),
        query.toString(),
      ).toEqual(names.slice(0, DIRECTORY_PAGE_SIZE));
      for (const c of body.childminders) {
        const slots = current.get(c.name)!;
        expect(c.matchingPlaces).toBe(slots.filter((slot) => slotAnswers(slot, need)).length);
      }
      if (expected.length > DIRECTORY_PAGE_SIZE) pagesCut++;
    }
    // The generated needs must exercise both a cut page and narrow searches, or the test proves little.
    expect(pagesCut).toBeGreaterThan(0);
    expect(pagesCut).toBeLessThan(40);
  });
});
