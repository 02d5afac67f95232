import { randomBytes } from 'node:crypto';
import { Command, CommanderError } from 'commander';
import { systemClock } from '../app/clock.js';
import { loadConfig } from '../app/config.js';
import { AppError } from '../app/errors.js';
import { ROLES, type Role } from '../app/roles.js';
import { backupDatabase, BackupError, restoreDatabase } from '../db/backup.js';
import { openDatabase, type DatabaseHandle } from '../db/database.js';
import { MigrationError, migrateDownAll, migrateToLatest } from '../db/migrate.js';
import { seedDemo } from '../demo/vie-et-boulogne.js';
import { addCalcCommand } from './calc.js';
import { printDemoAccounts } from './demo-accounts.js';
import { createAccountBody } from '../modules/accounts/accounts.schemas.js';
import { createAccount } from '../modules/accounts/accounts.usecases.js';
import { setExtraGeoDir } from '../modules/relais/communes.geo.js';
import {
  importCommuneBoundaries,
  readCommuneBoundaries,
  storedFileName,
} from '../modules/relais/communes.geo-import.js';
import { listPublicRelais, getPublicRelais } from '../modules/relais/relais.usecases.js';
import { supplyReportCsv } from '../modules/supply-report/supply-report.csv.js';
import { yearText } from '../modules/supply-report/supply-report.schemas.js';
import { getSupplyReport } from '../modules/supply-report/supply-report.usecases.js';

class CliError extends Error {}

async function withDatabase<T>(run: (handle: DatabaseHandle) => Promise<T>): Promise<T> {
  const handle = openDatabase(loadConfig().databaseUrl);
  try {
    return await run(handle);
  } finally {
    await handle.close();
  }
}

export function buildProgram(): Command {
  const program = new Command('relais')
    .description('Relais — le système d’information des Relais Petite Enfance')
    .showHelpAfterError();

  program
    .command('serve')
    .description('Démarre le serveur (migre la base au démarrage)')
    .option('--demo', 'charge le relais de démonstration si la base est vide')
    .action(async (options: { demo?: boolean }) => {
      // Loaded on demand: the other commands start faster without the web server.
      const { serve } = await import('./serve.js');
      await serve({ demo: options.demo === true });
    });

  program
    .command('migrate')
    .description('Met le schéma de la base à jour (ou le défait entièrement avec --down)')
    .option('--down', 'annule toutes les migrations (efface les données)')
    .action(async (options: { down?: boolean }) => {
      await withDatabase(async ({ db, engine }) => {
        const names = options.down ? await migrateDownAll(db) : await migrateToLatest(db);
        console.log(
          names.length === 0
            ? `Base ${engine} déjà à jour.`
            : `${options.down ? 'Migrations annulées' : 'Migrations appliquées'} (${engine}) : ${names.join(', ')}`,
        );
      });
    });

  program
    .command('seed')
    .description('Charge des données')
    .argument('<jeu>', 'jeu de données : demo')
    .action(async (dataset: string) => {
      if (dataset !== 'demo') throw new CliError(`Jeu de données inconnu : « ${dataset} ». Seul « demo » existe.`);
      await withDatabase(async ({ db }) => {
        await migrateToLatest(db);
        const result = await seedDemo({ db, clock: systemClock });
        const supply = result.supply
          ? `, ${result.supply.active} assistants maternels en activité et ${result.supply.childminders - result.supply.active} archivés (historique depuis 2018), ${result.supply.houses} MAM, ${result.supply.facilities} structures d’accueil collectif`
          : '';
        const contacts = result.contacts
          ? `, journal des contacts : ${result.contacts.contacts} contacts depuis 2022 et ${result.contacts.families} familles`
          : '';
        console.log(
          result.created
            ? `Relais de démonstration Vie et Boulogne chargé (15 communes, 17 lieux, 7 comptes${supply}${contacts}).`
            : 'Le relais de démonstration est déjà présent : rien à faire.',
        );
        printDemoAccounts();
      });
    });

  program
    .command('backup')
    .description('Sauvegarde cohérente de la base, même pendant que le serveur tourne')
    .argument('<fichier>', 'fichier de sauvegarde à écrire')
    .action(async (file: string) => {
      await withDatabase(async (handle) => {
        const summary = await backupDatabase(handle, file);
        console.log(
          `Sauvegarde ${summary.kind === 'sqlite' ? 'SQLite' : 'JSON (PostgreSQL)'} écrite dans ${summary.file} : ${summary.rows} lignes.`,
        );
      });
    });

  program
    .command('restore')
    .description('Remplace toutes les données par celles d’une sauvegarde (arrêtez le serveur avant)')
    .argument('<fichier>', 'fichier de sauvegarde à relire')
    .action(async (file: string) => {
      await withDatabase(async (handle) => {
        await migrateToLatest(handle.db);
        const { rows } = await restoreDatabase(handle, file);
        console.log(`Restauration terminée depuis ${file} : ${rows} lignes.`);
      });
    });

  const users = program.command('users').description('Comptes');
  users
    .command('create')
    .description('Crée un compte (le mot de passe vient de --password, de RELAIS_PASSWORD, ou est généré)')
    .requiredOption('--email <email>', 'adresse e-mail')
    .requiredOption('--name <nom>', 'nom affiché')
    .requiredOption('--role <rôle>', `rôle : ${ROLES.join(', ')}`)
    .option('--relais <slug>', 'identifiant du relais (sauf pour operator)')
    .option('--password <motdepasse>', 'mot de passe (personnel uniquement)')
    .action(async (options: { email: string; name: string; role: string; relais?: string; password?: string }) => {
      if (!(ROLES as readonly string[]).includes(options.role)) {
        throw new CliError(`Rôle inconnu : « ${options.role} ». Rôles possibles : ${ROLES.join(', ')}.`);
      }
      const parsed = createAccountBody.safeParse({
        email: options.email,
        displayName: options.name,
        role: options.role,
      });
      if (!parsed.success) {
        throw new CliError(parsed.error.issues.map((i) => `${i.path.join('.')} : ${i.message}`).join(' ; '));
      }
      const role = options.role as Role;
      const magic = role === 'childminder' || role === 'parent';
      await withDatabase(async ({ db }) => {
        await migrateToLatest(db);
        let relaisId: string | null = null;
        if (options.relais) {
          const relais = await db
            .selectFrom('relais')
            .select('id')
            .where('slug', '=', options.relais)
            .executeTakeFirst();
          if (!relais) throw new CliError(`Relais inconnu : « ${options.relais} ».`);
          relaisId = relais.id;
        }
        const given = options.password || process.env.RELAIS_PASSWORD || undefined;
        const generated = !magic && !given;
        const password = magic ? undefined : (given ?? randomBytes(12).toString('base64url'));
        const account = await createAccount({ db, clock: systemClock }, 'system', relaisId, {
          email: options.email,
          displayName: options.name,
          role,
          password,
        });
        console.log(`Compte créé : ${account.email} (${account.roleLabel}).`);
        if (generated) console.log(`Mot de passe généré : ${password}`);
      });
    });

  const geo = program.command('geo').description('Limites communales (carte et distances de l’annuaire)');
  geo
    .command('import')
    .description(
      'Charge les limites des communes d’un département (GeoJSON de geo.api.gouv.fr ou de gregoiredavid/france-geojson) dans GEO_DIR, et calcule le centre des communes des relais concernés',
    )
    .argument(
      '<fichier>',
      'FeatureCollection GeoJSON, propriétés code (INSEE) et nom, géométries Polygon ou MultiPolygon',
    )
    .action(async (file: string) => {
      const { geoDir } = loadConfig();
      // Validated before the database is even opened: a bad file changes nothing.
      const collection = readCommuneBoundaries(file);
      await withDatabase(async ({ db }) => {
        await migrateToLatest(db);
        const result = await importCommuneBoundaries({ db, geoDir }, collection, storedFileName(file));
        const s = (n: number) => (n > 1 ? 's' : '');
        console.log(
          `Limites de ${result.communes} commune${s(result.communes)} chargées dans ${result.file} (un fichier de même nom est remplacé).`,
        );
        console.log(
          result.relaisCommunes === 0
            ? 'Aucune commune de relais n’est dans ce fichier : aucun centre calculé.'
            : `Centre enregistré pour ${result.relaisCommunes} commune${s(result.relaisCommunes)} de relais (${result.relais} relais).`,
        );
        console.log(
          'Redémarrez le serveur (relais serve) pour qu’il lise ces limites : la carte de l’annuaire en dépend.',
        );
      });
    });

  const report = program.command('report').description('Rapports de l’observatoire petite enfance');
  report
    .command('supply')
    .description(
      'Offre d’accueil au 31 décembre, pour le territoire et chaque commune : AM en activité et leurs places, MAM, places d’accueil collectif (PSU, PAJE), arrivées et départs de l’année, AM de 55 ans et plus',
    )
    .option('--year <année>', 'année du rapport (par défaut : la dernière année complète)')
    .option('--format <format>', 'json ou csv (séparateur point-virgule, pour Excel)', 'json')
    .option('--relais <slug>', 'identifiant du relais (par défaut : le seul relais de la base)')
    .action(async (options: { year?: string; format: string; relais?: string }) => {
      if (options.format !== 'json' && options.format !== 'csv') {
        throw new CliError(`Format inconnu : « ${options.format} ». Formats possibles : json, csv.`);
      }
      const year = options.year === undefined ? undefined : yearText.safeParse(options.year);
      if (year && !year.success) throw new CliError(year.error.issues[0]?.message ?? 'Année invalide.');
      await withDatabase(async ({ db }) => {
        await migrateToLatest(db);
        const deps = { db, clock: systemClock };
        const slugs = (await listPublicRelais(deps)).map((r) => r.slug).sort();
        let slug = options.relais;
        if (slug === undefined) {
          if (slugs.length === 0) {
            throw new CliError(
              'Aucun relais dans la base : créez-en un, ou chargez la démonstration (relais seed demo).',
            );
          }
          if (slugs.length > 1) {
            throw new CliError(`Plusieurs relais dans la base : précisez --relais parmi ${slugs.join(', ')}.`);
          }
          slug = slugs[0] as string;
        } else if (!slugs.includes(slug)) {
          throw new CliError(
            `Relais inconnu : « ${slug} ». ${slugs.length ? `Relais existants : ${slugs.join(', ')}.` : 'La base ne contient aucun relais.'}`,
          );
        }
        const relais = await getPublicRelais(deps, slug);
        const result = await getSupplyReport(deps, 'system', relais.id, year ? Number(year.data) : undefined);
        process.stdout.write(
          options.format === 'csv' ? supplyReportCsv(result) : `${JSON.stringify(result, null, 2)}\n`,
        );
      });
    });

  addCalcCommand(program);

  return program;
}

/** Every command and subcommand throws instead of ending the process (help, unknown options…). */
function throwingInsteadOfExiting(command: Command): Command {
  command.exitOverride();
  for (const sub of command.commands) throwingInsteadOfExiting(sub);
  return command;
}

export async function main(argv: string[]): Promise<number> {
  const program = throwingInsteadOfExiting(buildProgram());
  try {
    // Operators' commune boundaries (GEO_DIR), for every command: the server, migrations, imports.
    setExtraGeoDir(loadConfig().geoDir);
    await program.parseAsync(argv);
    return 0;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode;
    if (
      error instanceof CliError ||
      error instanceof AppError ||
      error instanceof BackupError ||
      error instanceof MigrationError
    ) {
      console.error(`Erreur : ${error.message}`);
      return 1;
    }
    console.error(`Erreur inattendue : ${error instanceof Error ? error.message : String(error)}`);
    return 1;
  }
}
