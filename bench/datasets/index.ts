/**
 * The data a Relais server is benchmarked on: the demo relais that `serve --demo` loads, and
 * national-scale supply generated before the server starts (the demo is loaded on top of it, so
 * that every scenario runs on every dataset).
 */
import { DEMO_SLUG } from '../../src/demo/vie-et-boulogne.js';
import { generateNational } from './national.js';

/** Values the scenarios' paths refer to, such as `{slug}` and `{commune}`. */
export type DatasetVars = Record<string, string>;

export interface Dataset {
  name: string;
  description: string;
  /** Extra arguments of `relais serve`. */
  serveArgs: string[];
  /** Fills the database named by `databaseUrl` (migrated or not: the generator decides). */
  prepare?: (databaseUrl: string, log: (message: string) => void) => Promise<DatasetVars>;
  /** Vars known without preparing. */
  vars?: DatasetVars;
}

function national(name: string, description: string, departement?: string): Dataset {
  return {
    name,
    description,
    serveArgs: ['--demo'],
    prepare: async (databaseUrl, log) => {
      const started = performance.now();
      const summary = await generateNational(databaseUrl, departement);
      log(
        `${name}: ${summary.relais} relais, ${summary.communes} communes, ${summary.childminders} childminders, ` +
          `${summary.slots} availability slots in ${Math.round((performance.now() - started) / 1000)} s; ` +
          `typical relais ${summary.typical.slug} (${summary.typical.childminders} childminders), ` +
          `largest ${summary.largest.slug} (${summary.largest.childminders})`,
      );
      return {
        slug: summary.typical.slug,
        commune: summary.typical.commune,
        largestSlug: summary.largest.slug,
        largestCommune: summary.largest.commune,
      };
    },
  };
}

export const DATASETS: Dataset[] = [
  {
    name: 'demo',
    description: 'relais de démonstration Vie et Boulogne (`relais serve --demo`)',
    serveArgs: ['--demo'],
    vars: { slug: DEMO_SLUG, commune: '85003' },
  },
  national('france', 'every commune of France, ~250,000 childminders in ~1,850 relais, plus the demo'),
  national('vendee', 'the communes of Vendée (one département), ~2,600 childminders, plus the demo', '85'),
];

export function findDataset(name: string): Dataset {
  const dataset = DATASETS.find((candidate) => candidate.name === name);
  if (!dataset) throw new Error(`unknown dataset "${name}" (known: ${DATASETS.map((d) => d.name).join(', ')})`);
  return dataset;
}
