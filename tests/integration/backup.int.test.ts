import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { systemClock } from '../../src/app/clock.js';
import { backupDatabase, BackupError, restoreDatabase, snapshotTables } from '../../src/db/backup.js';
import type { DatabaseHandle } from '../../src/db/database.js';
import { seedDemo } from '../../src/demo/vie-et-boulogne.js';
import { makeRelais, makeUser } from '../support/factories.js';
import { createTestApp, login } from '../support/test-app.js';
import { openTestDatabase, testEngine } from '../support/test-database.js';

const handles: DatabaseHandle[] = [];
afterEach(async () => {
  for (const h of handles.splice(0)) await h.close();
});

function tempFile(name: string): string {
  return path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'relais-backup-')), name);
}

describe(`backup and restore on ${testEngine()}`, () => {
  it('takes a consistent copy while the server answers requests, and restores it losing nothing', async () => {
    const t = await createTestApp();
    try {
      await seedDemo({ db: t.db, clock: systemClock });
      const relais = await makeRelais(t.db, { slug: 'autre-relais' });
      const manager = await makeUser(t.db, { role: 'manager', relaisId: relais.id });
      const session = await login(t.app, manager.email);
      const before = await snapshotTables(t.db);

      // Requests keep reading while the backup runs.
      const file = tempFile('relais.backup');
      const [summary, health] = await Promise.all([
        backupDatabase(t.database, file),
        t.app.inject({ url: '/api/health' }),
      ]);
      expect(health.statusCode).toBe(200);
      expect(summary.kind).toBe(testEngine() === 'sqlite' ? 'sqlite' : 'json');
      expect(summary.rows).toBe(Object.values(before).reduce((n, rows) => n + rows.length, 0));

      // Change things after the backup: delete a relais, add a commune, sign out.
      await t.db.deleteFrom('relais').where('slug', '=', 'vie-et-boulogne').execute();
      await t.app.inject({
        method: 'POST',
        url: `/api/relais/${relais.id}/communes`,
        payload: { inseeCode: '85003' },
        headers: session.headers,
      });
      expect(await snapshotTables(t.db)).not.toEqual(before);

      const restored = await restoreDatabase(t.database, file);
      expect(restored.rows).toBe(summary.rows);
      expect(await snapshotTables(t.db)).toEqual(before);
      // The restored session works again.
      const me = await t.app.inject({ url: '/api/auth/me', headers: { cookie: session.cookie } });
      expect(me.statusCode).toBe(200);
    } finally {
      await t.close();
    }
  });

  it('restores into a fresh database (another machine)', async () => {
    const source = await openTestDatabase();
    const target = await openTestDatabase();
    handles.push(source, target);
    await seedDemo({ db: source.db, clock: systemClock });
    const file = tempFile('relais.backup');
    await backupDatabase(source, file);
    await restoreDatabase(target, file);
    expect(await snapshotTables(target.db)).toEqual(await snapshotTables(source.db));
  });

  it('refuses a file that is not a Relais backup, changing nothing', async () => {
    const db = await openTestDatabase();
    handles.push(db);
    await seedDemo({ db: db.db, clock: systemClock });
    const before = await snapshotTables(db.db);
    const junk = tempFile('junk.json');
    fs.writeFileSync(junk, '{"hello": "world"}');
    await expect(restoreDatabase(db, junk)).rejects.toThrow(BackupError);
    await expect(restoreDatabase(db, tempFile('absent'))).rejects.toThrow(/introuvable/);
    expect(await snapshotTables(db.db)).toEqual(before);
  });
});
