import { afterAll, expect, it } from 'vitest';
import { makeRelais } from '../support/factories.js';
import { createTestApp } from '../support/test-app.js';
import { snapshot } from './support/db-snapshot.js';

const t = await createTestApp();
afterAll(() => t.close());

it('sees a row added, changed or removed in any table (the proof a refused request wrote nothing)', async () => {
  const relais = await makeRelais(t.db);
  const before = await snapshot(t.db);
  expect(await snapshot(t.db)).toEqual(before);
  await t.db.updateTable('relais').set({ phone: '02 00 00 00 01' }).where('id', '=', relais.id).execute();
  const changed = await snapshot(t.db);
  expect(changed).not.toEqual(before);
  expect(changed.relais!.join()).toContain('02 00 00 00 01');
  await makeRelais(t.db);
  const added = await snapshot(t.db);
  expect(added.relais).toHaveLength(before.relais!.length + 1);
  await t.db.deleteFrom('relais_commune').where('relais_id', '=', relais.id).execute();
  expect((await snapshot(t.db)).relais_commune!.length).toBeLessThan(added.relais_commune!.length);
});
