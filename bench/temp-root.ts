/** The one temporary directory of a bench run: data directories, logs, the PostgreSQL cluster. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Cleanup } from './cleanup.js';

export function createTempRoot(cleanup: Cleanup): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'relais-bench-'));
  // initdb and postgres run as the `postgres` user when the bench runs as root: let it through.
  fs.chmodSync(root, 0o755);
  const remove = () => fs.rmSync(root, { recursive: true, force: true });
  cleanup.add({ name: `temporary directory ${root}`, undo: remove, lastResort: remove });
  return root;
}
