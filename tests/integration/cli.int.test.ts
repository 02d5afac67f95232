import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { runRelais } from '../support/cli.js';
import { openDatabase } from '../../src/db/database.js';
import { freshDatabaseUrl, testEngine } from '../support/test-database.js';

const bin = path.resolve('bin/relais.mjs');
let databaseUrl: string;
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-cli-'));

/** The command in this process (tests/support/cli.ts). */
function relais(...args: string[]) {
  return runRelais({ DATABASE_URL: databaseUrl, DATA_DIR: dataDir, RELAIS_PASSWORD: '' }, ...args);
}

/** The real binary, in its own process. */
function spawnRelais(...args: string[]) {
  const result = spawnSync(process.execPath, [bin, ...args], {
    env: { ...process.env, DATABASE_URL: databaseUrl, DATA_DIR: dataDir, RELAIS_PASSWORD: '' },
    encoding: 'utf8',
    timeout: 60_000,
  });
  return { code: result.status, out: result.stdout, err: result.stderr };
}

async function count(table: 'relais' | 'user_account' | 'site'): Promise<number> {
  const handle = openDatabase(databaseUrl);
  try {
    return (await handle.db.selectFrom(table).select('id').execute()).length;
  } finally {
    await handle.close();
  }
}

beforeAll(async () => {
  databaseUrl = await freshDatabaseUrl();
});

// Commands run in this process; the binary itself is started twice (its help, and `calc` reading
// standard input), a second or two each.
describe(`the relais command on ${testEngine()}`, { timeout: 120_000 }, () => {
  it('lists its commands', async () => {
    const { code, out } = spawnRelais('--help');
    expect(code).toBe(0);
    for (const command of ['serve', 'migrate', 'seed', 'backup', 'restore', 'users', 'geo'])
      expect(out).toContain(command);
    // A subcommand's help too ends with code 0, without ending the process that runs it.
    for (const [command, sub] of [
      ['users', 'create'],
      ['geo', 'import'],
      ['calc', 'salary'],
    ]) {
      const help = await relais(command!, '--help');
      expect(help, help.err).toMatchObject({ code: 0, err: '' });
      expect(help.out).toContain(sub);
    }
  });

  it('migrates, seeds the demo once, and says what it did', async () => {
    expect((await relais('migrate')).out).toMatch(/Migrations appliquées .*0001-platform/);
    expect((await relais('migrate')).out).toMatch(/déjà à jour/);
    const seeded = await relais('seed', 'demo');
    expect(seeded.code).toBe(0);
    expect(seeded.out).toContain('Vie et Boulogne chargé');
    expect(seeded.out).toContain('responsable@vie-et-boulogne.test');
    expect((await relais('seed', 'demo')).out).toContain('déjà présent');
    expect(await count('relais')).toBe(1);
    expect(await count('site')).toBe(17);
  });

  it('creates accounts, generating a password when none is given', async () => {
    const created = await relais(
      'users',
      'create',
      '--email',
      'nouveau@relais.test',
      '--name',
      'Nouveau Responsable',
      '--role',
      'manager',
      '--relais',
      'vie-et-boulogne',
    );
    expect(created.code).toBe(0);
    expect(created.out).toContain('Compte créé : nouveau@relais.test');
    expect(created.out).toMatch(/Mot de passe généré : \S{12,}/);
    const operator = await relais(
      'users',
      'create',
      '--email',
      'ops@relais.test',
      '--name',
      'Ops',
      '--role',
      'operator',
      '--password',
      'un mot de passe solide',
    );
    expect(operator.code).toBe(0);
    expect(operator.out).not.toContain('généré');
  });

  it('exits non-zero with a clear French message on error', async () => {
    const before = await count('user_account');
    const cases = [
      await relais('users', 'create', '--email', 'a@relais.test', '--name', 'A A', '--role', 'chef'),
      await relais(
        'users',
        'create',
        '--email',
        'pas-une-adresse',
        '--name',
        'A A',
        '--role',
        'animator',
        '--relais',
        'vie-et-boulogne',
      ),
      await relais(
        'users',
        'create',
        '--email',
        'a@relais.test',
        '--name',
        'A A',
        '--role',
        'animator',
        '--relais',
        'inconnu',
      ),
      await relais(
        'users',
        'create',
        '--email',
        'nouveau@relais.test',
        '--name',
        'A A',
        '--role',
        'animator',
        '--relais',
        'vie-et-boulogne',
      ),
      await relais('seed', 'national'),
      await relais('restore', path.join(dataDir, 'absent.backup')),
    ];
    for (const c of cases) {
      expect(c.code).toBe(1);
      expect(c.err).toMatch(/^Erreur : \S/);
      expect(c.err).not.toMatch(/\n\s+at /);
    }
    expect(cases[0]!.err).toContain('Rôle inconnu');
    expect(cases[2]!.err).toContain('Relais inconnu');
    expect(cases[3]!.err).toContain('existe déjà');
    expect(await count('user_account')).toBe(before);
    expect((await relais('nimportequoi')).code).not.toBe(0);
  });

  it('backs up and restores', async () => {
    const file = path.join(dataDir, 'sauvegarde.backup');
    const backup = await relais('backup', file);
    expect(backup.code).toBe(0);
    expect(backup.out).toMatch(/Sauvegarde .* écrite dans .* : \d+ lignes\./);
    const handle = openDatabase(databaseUrl);
    await handle.db.deleteFrom('relais').execute();
    await handle.close();
    expect(await count('relais')).toBe(0);
    const restore = await relais('restore', file);
    expect(restore.code).toBe(0);
    expect(restore.out).toContain('Restauration terminée');
    expect(await count('relais')).toBe(1);
    expect(await count('site')).toBe(17);
  });

  it('computes an employer-help topic from the JSON on stdin (relais calc)', async () => {
    const input = {
      month: '2026-03',
      hourlyRate: 4.1,
      weeksPerYear: 52,
      schedule: { kind: 'regular', hoursPerWeek: 45, daysPerWeek: 5 },
    };
    const result = spawnSync(process.execPath, [bin, 'calc', 'salary'], {
      input: JSON.stringify(input),
      encoding: 'utf8',
      timeout: 60_000,
    });
    expect(result.status, result.stderr).toBe(0);
    const figures = (JSON.parse(result.stdout) as { figures: { key: string; value: string }[] }).figures;
    expect(figures.find((f) => f.key === 'monthlyGross')?.value).toBe('799.50');
  });
});
