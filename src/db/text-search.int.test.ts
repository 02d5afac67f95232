/**
 * Name searches ignore case and accents the same way on both engines: SQLite's own lower() only
 * folds ASCII, and neither engine ignores accents by itself.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeChildminder, makeRelais } from '../../tests/support/factories.js';
import { createTestApp, type TestApp } from '../../tests/support/test-app.js';
import { testEngine } from '../../tests/support/test-database.js';
import { searchFamilyRows } from '../modules/contacts/contacts.repository.js';
import { listChildminderRows } from '../modules/childminders/childminders.repository.js';

let t: TestApp;
let relaisId: string;

beforeEach(async () => {
  t = await createTestApp();
  relaisId = (await makeRelais(t.db)).id;
});
afterEach(() => t.close());

async function family(name: string) {
  await t.db
    .insertInto('family')
    .values({
      id: crypto.randomUUID(),
      relais_id: relaisId,
      name,
      email: '',
      phone: '',
      insee_code: null,
      created_at: '2026-01-01T00:00:00.000Z',
      last_contact_on: null,
      anonymised_at: null,
    })
    .execute();
}

describe(`name searches on ${testEngine()}`, () => {
  it('finds families whatever the case and the accents typed or stored', async () => {
    for (const name of ['LEFÈVRE Chloé', 'Noël DUPRÉ', 'Martin', '100 % Bébé']) await family(name);
    const found = async (text: string) => (await searchFamilyRows(t.db, relaisId, text)).map((f) => f.name).sort();
    expect(await found('lefevre')).toEqual(['LEFÈVRE Chloé']);
    expect(await found('Lefèvre')).toEqual(['LEFÈVRE Chloé']);
    expect(await found('CHLOE')).toEqual(['LEFÈVRE Chloé']);
    expect(await found('noel dupre')).toEqual(['Noël DUPRÉ']);
    expect(await found('bébé')).toEqual(['100 % Bébé']);
    // A % typed is a character to find, not "anything".
    expect(await found('%')).toEqual(['100 % Bébé']);
    expect(await found('_')).toEqual([]);
  });

  it('finds childminders of the register by a name typed without its accents', async () => {
    await makeChildminder(t.db, relaisId, '85003', { lastName: 'LEFÈVREAU' });
    await makeChildminder(t.db, relaisId, '85003', { lastName: 'GENDRE' });
    const names = async (q: string) =>
      (await listChildminderRows(t.db, relaisId, { status: 'all', q }, { limit: 10, offset: 0 })).rows.map(
        (c) => c.last_name,
      );
    expect(await names('lefevreau')).toEqual(['LEFÈVREAU']);
    expect(await names('Lefèvreau')).toEqual(['LEFÈVREAU']);
    expect(await names('EVRE')).toEqual(['LEFÈVREAU']);
    expect(await names('%')).toEqual([]);
  });
});
