/**
 * National-scale supply for the public directory bench: every commune of France (or of one
 * département), grouped into relais of at most 60,000 inhabitants within each EPCI
 * (Paris, Lyon and Marseille by arrondissement), with about one childminder for 272 inhabitants
 * (250,000 over France, the DREES order of magnitude), a third of them with free places, a history
 * of replaced grids and archived files. Deterministic (seeded), fictional people.
 *
 * Commune centres: the app ships the boundaries of Vendée only. Its communes get their real
 * centres; elsewhere each EPCI gets a pseudo-random centre inside metropolitan France and its
 * communes lie within ~15 km of it. The search's cost depends on how many rows it reads, not on
 * where France's communes really are.
 */
import { createRequire } from 'node:module';
import { sql, type Insertable } from 'kysely';
import { openDatabase } from '../../src/db/database.js';
import { insertChunked } from '../../src/db/insert-chunked.js';
import { migrateToLatest } from '../../src/db/migrate.js';
import type { Database } from '../../src/db/schema.js';
import { seededRandom, type Random } from '../../src/demo/random.js';
import { communeCentroid } from '../../src/modules/relais/communes.geo.js';

interface Commune {
  code: string;
  /** For an arrondissement municipal: its commune (Paris, Lyon, Marseille). */
  commune?: string;
  nom: string;
  departement: string;
  type: string;
  population?: number;
  codesPostaux?: string[];
}
interface Epci {
  code: string;
  nom: string;
  membres: { code: string }[];
}

/** One childminder for this many inhabitants: ~250,000 for the 68 million people of France. */
const INHABITANTS_PER_CHILDMINDER = 272;
const NOW = '2026-11-01T08:00:00.000Z';
const require = createRequire(import.meta.url);
const communesJson = require('@etalab/decoupage-administratif/data/communes.json') as Commune[];
const epciJson = require('@etalab/decoupage-administratif/data/epci.json') as Epci[];
/** A relais serves at most about this many inhabitants: ~3,000 relais for France, as in reality. */
const MAX_INHABITANTS_PER_RELAIS = 60_000;

export interface NationalSummary {
  relais: number;
  communes: number;
  childminders: number;
  slots: number;
  /** The relais whose directory the bench searches, and from which commune. */
  typical: { slug: string; commune: string; childminders: number };
  largest: { slug: string; commune: string; childminders: number };
}

function slotRow(random: Random, relaisId: string, childminderId: string, replaced: boolean) {
  const days = random.pick(['1,2,3,4,5', '1,2,4,5', '1,2,3,4,5', '1,2,4', '3', '1,2,3,4,5,6']);
  return {
    id: crypto.randomUUID(),
    relais_id: relaisId,
    childminder_id: childminderId,
    available_from: random.dateBetween('2025-09-01', '2027-01-31'),
    min_age_months: random.pick([0, 0, 3, 10, 36]),
    max_age_months: random.pick([null, 36, 72, 132]),
    days,
    start_time: random.pick(['06:30', '07:00', '07:30', '08:00', '08:30']),
    end_time: random.pick(['16:30', '17:30', '18:00', '18:30', '19:30']),
    atypical_hours: random.chance(0.08) ? 1 : 0,
    periscolaire: random.chance(0.15) ? 1 : 0,
    note: '',
    created_at: NOW,
    replaced_at: replaced ? '2026-06-01T08:00:00.000Z' : null,
  };
}

/** Fills a migrated database; `departement` limits the data to one département (e.g. '85'). */
export async function generateNational(databaseUrl: string, departement?: string): Promise<NationalSummary> {
  const database = openDatabase(databaseUrl);
  try {
    await migrateToLatest(database.db);
    const db = database.db;
    const random = seededRandom(20261129);
    const all = communesJson.filter((c) => !departement || c.departement === departement);
    const communes = new Map(all.filter((c) => c.type === 'commune-actuelle').map((c) => [c.code, c]));
    // Paris, Lyon and Marseille have relais per arrondissement, as they have town halls.
    const arrondissements = new Map<string, Commune[]>();
    for (const a of all.filter((c) => c.type === 'arrondissement-municipal')) {
      arrondissements.set(a.commune!, [...(arrondissements.get(a.commune!) ?? []), a]);
    }
    const territories = epciJson.flatMap((epci) => {
      const members = epci.membres
        .flatMap((m) => arrondissements.get(m.code) ?? [communes.get(m.code)])
        .filter((c): c is Commune => c !== undefined);
      const chunks: Commune[][] = [];
      let inhabitants = Infinity;
      for (const commune of members) {
        if (inhabitants + (commune.population ?? 0) > MAX_INHABITANTS_PER_RELAIS) {
          chunks.push([]);
          inhabitants = 0;
        }
        chunks.at(-1)!.push(commune);
        inhabitants += commune.population ?? 0;
      }
      return chunks.map((chunk, i) => ({
        code: epci.code,
        slug: `epci-${epci.code}-${i + 1}`,
        name: epci.nom,
        members: chunk,
      }));
    });
    const summary: NationalSummary = {
      relais: 0,
      communes: 0,
      childminders: 0,
      slots: 0,
      typical: { slug: '', commune: '', childminders: 0 },
      largest: { slug: '', commune: '', childminders: 0 },
    };
    for (const { code, slug, name, members } of territories) {
      await db.transaction().execute(async (trx) => {
        const relaisId = crypto.randomUUID();
        await trx
          .insertInto('relais')
          .values({
            id: relaisId,
            slug,
            name: `Relais Petite Enfance ${name}`,
            epci_code: code,
            address: '1 place de la Mairie',
            postcode: members[0]!.codesPostaux?.[0] ?? '00000',
            city: members[0]!.nom,
            phone: '02 00 00 00 00',
            email: `${slug}@relais.test`,
            website: null,
            opening_hours: 'Du lundi au vendredi',
            permanences: '',
            created_at: NOW,
            updated_at: NOW,
          })
          .execute();
        const centre: [number, number] = [-4.5 + random.next() * 12, 42.5 + random.next() * 8.5];
        await insertChunked(
          trx,
          'relais_commune',
          members.map((c) => {
            const real = communeCentroid(c.code);
            const [longitude, latitude] = real ?? [
              centre[0] + (random.next() - 0.5) * 0.35,
              centre[1] + (random.next() - 0.5) * 0.25,
            ];
            return {
              relais_id: relaisId,
              insee_code: c.code,
              name: c.nom,
              population: c.population ?? null,
              postcodes: (c.codesPostaux ?? []).join(','),
              latitude,
              longitude,
              added_at: NOW,
            };
          }),
        );
        const childminders: Insertable<Database['childminder']>[] = [];
        const slots: Insertable<Database['availability_slot']>[] = [];
        for (const commune of members) {
          const expected = (commune.population ?? 0) / INHABITANTS_PER_CHILDMINDER;
          const count = Math.floor(expected) + (random.chance(expected % 1) ? 1 : 0);
          for (let i = 0; i < count; i++) {
            const id = crypto.randomUUID();
            const archived = random.chance(0.1);
            childminders.push({
              id,
              relais_id: relaisId,
              first_name: random.pick(['Marie', 'Sophie', 'Nathalie', 'Isabelle', 'Sandrine', 'Céline', 'Karine']),
              last_name: `AM${summary.childminders + childminders.length}`,
              birth_date: random.dateBetween('1962-01-01', '2000-12-31'),
              email: `am${summary.childminders + childminders.length}@exemple.test`,
              insee_code: commune.code,
              approval_places: random.int(1, 4),
              status: archived ? 'archived' : 'active',
              status_since: random.dateBetween('2005-01-01', '2026-06-30'),
              availability_confirmed_at: random.chance(0.7) ? NOW : '2026-05-01T08:00:00.000Z',
              created_at: NOW,
              updated_at: NOW,
            });
            if (random.chance(0.35)) {
              for (let n = random.int(1, 2); n > 0; n--) slots.push(slotRow(random, relaisId, id, false));
              if (random.chance(0.5)) slots.push(slotRow(random, relaisId, id, true));
            }
          }
        }
        await insertChunked(trx, 'childminder', childminders);
        await insertChunked(trx, 'availability_slot', slots);
        summary.relais += 1;
        summary.communes += members.length;
        summary.childminders += childminders.length;
        summary.slots += slots.length;
        const biggest = [...members].sort((a, b) => (b.population ?? 0) - (a.population ?? 0))[0]!;
        const candidate = { slug, commune: biggest.code, childminders: childminders.length };
        if (candidate.childminders > summary.largest.childminders) summary.largest = candidate;
        // The typical relais: La Roche-sur-Yon's agglomeration, or the first one of the département.
        if (members.some((c) => c.code === '85191') || !summary.typical.slug) summary.typical = candidate;
      });
    }
    // As after any bulk load: fresh planner statistics (autovacuum would get there, later).
    await sql`analyze`.execute(db);
    return summary;
  } finally {
    await database.close();
  }
}
