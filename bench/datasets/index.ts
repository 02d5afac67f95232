/**
 * The data a Relais server is benchmarked on. Today only the demo relais that `serve --demo`
 * loads; generators of larger territories (many sites, childminders, families) go in this folder
 * and fill the database in `prepare`, before the server starts.
 */

export interface Dataset {
  name: string;
  description: string;
  /** Extra arguments of `relais serve`. */
  serveArgs: string[];
  /** Fills the database named by `databaseUrl` (migrated or not: the generator decides). */
  prepare?: (databaseUrl: string) => Promise<void>;
}

export const DATASETS: Dataset[] = [
  {
    name: 'demo',
    description: 'relais de démonstration Vie et Boulogne (`relais serve --demo`)',
    serveArgs: ['--demo'],
  },
];

export function findDataset(name: string): Dataset {
  const dataset = DATASETS.find((candidate) => candidate.name === name);
  if (!dataset) throw new Error(`unknown dataset "${name}" (known: ${DATASETS.map((d) => d.name).join(', ')})`);
  return dataset;
}
