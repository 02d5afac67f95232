import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRelais } from '../../../tests/support/factories.js';
import { openTestDatabase, testEngine } from '../../../tests/support/test-database.js';
import type { DatabaseHandle } from '../../db/database.js';
import { DEFAULT_SUBJECTS } from './contacts.rules.js';
import { ensureDefaultSubjects } from './contacts.subjects.js';

const NOW = new Date('2026-03-02T08:00:00.000Z');
let database: DatabaseHandle;

beforeEach(async () => {
  database = await openTestDatabase();
});
afterEach(() => database.close());

function subjectRows(relaisId: string) {
  return database.db
    .selectFrom('contact_subject')
    .selectAll()
    .where('relais_id', '=', relaisId)
    .orderBy('position')
    .execute();
}

describe(`the default subjects of a relais on ${testEngine()}`, () => {
  it('creates the default subjects once, in order, and returns them', async () => {
    const relais = await makeRelais(database.db);
    const first = await ensureDefaultSubjects(database.db, relais.id, NOW);
    expect(first.map((s) => [s.code, s.label, s.position, s.archivedAt])).toEqual(
      DEFAULT_SUBJECTS.map((s, i) => [s.code, s.label, i, null]),
    );
    const rows = await subjectRows(relais.id);
    expect(rows.map((r) => r.id)).toEqual(first.map((s) => s.id));
    expect(rows.every((r) => r.created_at === NOW.toISOString())).toBe(true);

    const again = await ensureDefaultSubjects(database.db, relais.id, '2026-04-01T08:00:00.000Z');
    expect(again).toEqual(first);
    expect(await subjectRows(relais.id)).toEqual(rows);
  });

  it('leaves a relais that already has subjects as it is, and other relais alone', async () => {
    const relais = await makeRelais(database.db);
    const other = await makeRelais(database.db);
    await database.db
      .insertInto('contact_subject')
      .values({
        id: crypto.randomUUID(),
        relais_id: relais.id,
        code: null,
        label: 'Thème du relais',
        position: 0,
        archived_at: null,
        created_at: NOW.toISOString(),
      })
      .execute();
    const subjects = await ensureDefaultSubjects(database.db, relais.id, NOW);
    expect(subjects.map((s) => [s.code, s.label])).toEqual([[null, 'Thème du relais']]);
    expect(await subjectRows(other.id)).toEqual([]);
  });

  it('creates them only once when two requests race', async () => {
    const relais = await makeRelais(database.db);
    const [a, b] = await Promise.all([
      ensureDefaultSubjects(database.db, relais.id, NOW),
      ensureDefaultSubjects(database.db, relais.id, NOW),
    ]);
    expect(a).toHaveLength(DEFAULT_SUBJECTS.length);
    expect(b).toEqual(a);
    expect(await subjectRows(relais.id)).toHaveLength(DEFAULT_SUBJECTS.length);
  });
});
