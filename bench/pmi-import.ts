/**
 * The PMI import at the scale of a large département: a 10,000-row workbook generated in memory,
 * previewed and applied through the HTTP API (in process, `app.inject`) on a temporary database.
 *
 *   node --import tsx bench/pmi-import.ts                  SQLite (a temporary file)
 *   node --import tsx bench/pmi-import.ts --postgresql     the test suite's embedded PostgreSQL
 *   node --import tsx bench/pmi-import.ts --rows 20000
 *
 * Steps: a first import into an empty register (10,000 creations), the same file again (nothing
 * to do), then next month's list (10 % of agréments changed, 1 % withdrawn, 1 % new) with the
 * absent childminders archived, and the same rows as a CSV file.
 */
import path from 'node:path';
import ExcelJS from 'exceljs';
import { loadConfig } from '../src/app/config.js';
import type { AppInstance } from '../src/app/context.js';
import { createApp } from '../src/app/create-app.js';
import { openDatabase } from '../src/db/database.js';
import { migrateToLatest } from '../src/db/migrate.js';
import { hashPassword } from '../src/modules/auth/auth.passwords.js';
import { Cleanup } from './cleanup.js';
import { startBenchPostgres } from './postgres.js';
import { createTempRoot } from './temp-root.js';

const args = process.argv.slice(2);
const engine = args.includes('--postgresql') ? 'postgresql' : 'sqlite';
const ROWS = Number(args[args.indexOf('--rows') + 1] ?? 0) || 10_000;

/** Communes of the territory (Vendée, Pays yonnais and around). */
const COMMUNES: [string, string][] = [
  ['85191', 'La Roche-sur-Yon'],
  ['85003', 'Aizenay'],
  ['85008', 'Aubigny-Les Clouzeaux'],
  ['85019', 'Bellevigny'],
  ['85040', 'Le Bourg-sous-la-Roche'],
  ['85049', 'Chaillé-sous-les-Ormeaux'],
  ['85089', 'Dompierre-sur-Yon'],
  ['85093', 'Les Essarts'],
  ['85097', 'La Ferrière'],
  ['85100', 'Fougeré'],
  ['85151', 'Mouilleron-le-Captif'],
  ['85178', 'Rives de l’Yon'],
  ['85213', 'Landeronde'],
  ['85220', 'Nesmy'],
  ['85261', 'Thorigny'],
  ['85289', 'Venansault'],
];

const HEADERS = [
  'N° agrément',
  'Nom',
  'Prénom',
  'Date de naissance',
  'Adresse',
  'Code postal',
  'Commune',
  'Téléphone',
  'E-mail',
  'Date d’agrément',
  'Date de renouvellement',
  'Nombre de places',
  'Âge des enfants',
  'Dérogation',
];

type Line = (string | number | Date)[];

function line(i: number, month: number): Line {
  const [, commune] = COMMUNES[i % COMMUNES.length]!;
  const changed = month > 0 && i % 10 === 0;
  return [
    `085-${String(i).padStart(6, '0')}`,
    `NOM${i}`,
    ['Marie', 'Sophie', 'Nathalie', 'Isabelle', 'Sandrine', 'Céline'][i % 6]!,
    new Date(Date.UTC(1960 + (i % 40), i % 12, 1 + (i % 28))),
    `${1 + (i % 90)} rue des Écoles`,
    '85000',
    commune,
    `06 ${String(10_000_000 + i).slice(0, 2)} ${String(i % 100).padStart(2, '0')} 00 00`,
    `am${i}@exemple.test`,
    new Date(Date.UTC(2000 + (i % 25), (i * 7) % 12, 1)),
    new Date(Date.UTC(2027 + (i % 4), (i * 7) % 12, 1)),
    changed ? 1 + ((i + 1) % 4) : 1 + (i % 4),
    i % 3 === 0 ? '0-3 ans' : '0-6 ans',
    '',
  ];
}

/** The PMI's list of `month`: month 1 changes 10 %, withdraws 1 % and adds 1 %. */
function lines(month: number): Line[] {
  const out: Line[] = [];
  for (let i = 0; i < ROWS; i++) if (month === 0 || i % 100 !== 50) out.push(line(i, month));
  if (month > 0) for (let i = ROWS; i < ROWS + ROWS / 100; i++) out.push(line(i, month));
  return out;
}

async function xlsx(rows: Line[]): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Agréments');
  sheet.addRow(HEADERS);
  for (const row of rows) sheet.addRow(row);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

function csv(rows: Line[]): Buffer {
  const cell = (v: string | number | Date) =>
    v instanceof Date ? v.toISOString().slice(0, 10).split('-').reverse().join('/') : String(v);
  return Buffer.from(['\ufeff' + HEADERS.join(';'), ...rows.map((r) => r.map(cell).join(';'))].join('\r\n'));
}

const results: { step: string; ms: number; answer: string }[] = [];

async function timed(app: AppInstance, step: string, url: string, payload: unknown, headers: Record<string, string>) {
  const started = performance.now();
  const response = await app.inject({ method: 'POST', url, payload: JSON.stringify(payload), headers });
  const ms = performance.now() - started;
  if (response.statusCode !== 200)
    throw new Error(`${step}: HTTP ${response.statusCode} ${response.body.slice(0, 500)}`);
  const body = response.json() as { counts?: Record<string, number> } & Record<string, number>;
  const answer = JSON.stringify(body.counts ?? body);
  results.push({ step, ms, answer });
  console.log(`${step.padEnd(58)} ${String(Math.round(ms)).padStart(6)} ms  ${answer}`);
}

async function main(): Promise<void> {
  const cleanup = new Cleanup();
  cleanup.installProcessHooks();
  try {
    const tempRoot = createTempRoot(cleanup);
    const databaseUrl =
      engine === 'postgresql'
        ? (await startBenchPostgres(tempRoot, cleanup)).databaseUrl
        : path.join(tempRoot, 'relais.sqlite');
    const database = openDatabase(databaseUrl);
    cleanup.add({ name: 'database', undo: () => database.close() });
    await migrateToLatest(database.db);

    const now = new Date().toISOString();
    const relaisId = crypto.randomUUID();
    await database.db
      .insertInto('relais')
      .values({
        id: relaisId,
        slug: 'bench-pmi',
        name: 'Relais du banc d’essai',
        epci_code: null,
        address: '',
        postcode: '85000',
        city: 'La Roche-sur-Yon',
        phone: '',
        email: 'relais@bench.test',
        website: null,
        opening_hours: '',
        permanences: '',
        created_at: now,
        updated_at: now,
      })
      .execute();
    await database.db
      .insertInto('relais_commune')
      .values(
        COMMUNES.map(([insee_code, name]) => ({
          relais_id: relaisId,
          insee_code,
          name,
          population: null,
          postcodes: '85000',
          added_at: now,
        })),
      )
      .execute();
    const password = 'mot-de-passe-du-banc-d-essai';
    await database.db
      .insertInto('user_account')
      .values({
        id: crypto.randomUUID(),
        relais_id: relaisId,
        email: 'animatrice@bench.test',
        display_name: 'Animatrice',
        role: 'animator',
        password_hash: await hashPassword(password),
        disabled_at: null,
        created_at: now,
        updated_at: now,
      })
      .execute();

    const app = await createApp({
      config: { ...loadConfig({}), databaseUrl, dataDir: tempRoot, jobsPollMs: 0 },
      database,
    });
    cleanup.add({ name: 'application', undo: () => app.close() });
    await app.ready();
    const login = await app.inject({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'animatrice@bench.test', password },
    });
    const cookie = login.cookies.find((c) => c.name === 'relais_session');
    if (!cookie) throw new Error(`sign-in failed: ${login.body}`);
    const headers = {
      cookie: `relais_session=${cookie.value}`,
      'x-csrf-token': (login.json() as { csrfToken: string }).csrfToken,
      'content-type': 'application/json',
    };

    let started = performance.now();
    const first = await xlsx(lines(0));
    const next = await xlsx(lines(1));
    const nextCsv = csv(lines(1));
    console.log(
      `Relais — import PMI, ${ROWS.toLocaleString('fr-FR')} lignes, ${engine} (fichiers générés en ${Math.round(performance.now() - started)} ms : ` +
        `xlsx ${(first.length / 1024).toFixed(0)} Kio, csv ${(nextCsv.length / 1024).toFixed(0)} Kio)\n`,
    );

    const base = `/api/relais/${relaisId}/imports/pmi`;
    const file = (name: string, bytes: Buffer) => ({ fileName: name, contentBase64: bytes.toString('base64') });
    started = performance.now();
    await timed(app, '1. aperçu, registre vide (xlsx)', `${base}/preview`, file('pmi-janvier.xlsx', first), headers);
    await timed(
      app,
      '2. application : créations',
      `${base}/apply`,
      { ...file('pmi-janvier.xlsx', first), archiveMissing: false },
      headers,
    );
    await timed(app, '3. aperçu du même fichier', `${base}/preview`, file('pmi-janvier.xlsx', first), headers);
    await timed(
      app,
      '4. application du même fichier (rien à faire)',
      `${base}/apply`,
      { ...file('pmi-janvier.xlsx', first), archiveMissing: false },
      headers,
    );
    await timed(app, '5. aperçu du mois suivant (xlsx)', `${base}/preview`, file('pmi-fevrier.xlsx', next), headers);
    await timed(app, '6. aperçu du mois suivant (csv)', `${base}/preview`, file('pmi-fevrier.csv', nextCsv), headers);
    await timed(
      app,
      '7. application : modifications, créations, archivages',
      `${base}/apply`,
      { ...file('pmi-fevrier.xlsx', next), archiveMissing: true },
      headers,
    );
    console.log(`\nTotal : ${Math.round(performance.now() - started)} ms`);
    const childminders = await database.db
      .selectFrom('childminder')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .executeTakeFirstOrThrow();
    console.log(`Fiches dans le registre : ${Number(childminders.n)}`);
  } finally {
    await cleanup.run();
  }
}

await main();
