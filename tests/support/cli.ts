/**
 * The `relais` command run in this process (its `main`, as bin/relais.mjs runs it), with the
 * environment it would get and its output captured: a command costs milliseconds instead of the
 * second or two of a new Node process. One test per command family still spawns the real binary.
 */
import { main } from '../../src/cli/program.js';
import { setExtraGeoDir } from '../../src/modules/relais/communes.geo.js';

export interface CliResult {
  code: number;
  out: string;
  err: string;
}

/** Runs `relais …args` with `env` added to the environment (restored afterwards). */
export async function runRelais(env: Record<string, string>, ...args: string[]): Promise<CliResult> {
  const saved = Object.fromEntries(Object.keys(env).map((k) => [k, process.env[k]]));
  Object.assign(process.env, env);
  let out = '';
  let err = '';
  const original = {
    log: console.log,
    error: console.error,
    stdout: process.stdout.write.bind(process.stdout),
    stderr: process.stderr.write.bind(process.stderr),
    exit: process.exit.bind(process),
  };
  const text = (args: unknown[]) => `${args.map((a) => (typeof a === 'string' ? a : String(a))).join(' ')}\n`;
  console.log = (...a: unknown[]) => void (out += text(a));
  console.error = (...a: unknown[]) => void (err += text(a));
  process.stdout.write = ((chunk: string | Uint8Array) => {
    out += String(chunk);
    return true;
  }) as typeof process.stdout.write;
  process.stderr.write = ((chunk: string | Uint8Array) => {
    err += String(chunk);
    return true;
  }) as typeof process.stderr.write;
  // A command never ends the process itself (main returns its exit code): it would end the tests.
  process.exit = ((code?: number) => {
    throw new Error(`process.exit(${code}) appelé par « relais ${args.join(' ')} »`);
  }) as typeof process.exit;
  try {
    const code = await main(['node', 'relais', ...args]);
    return { code, out, err };
  } finally {
    // What the command set for its process (the operators' boundaries) is not this process's.
    setExtraGeoDir(undefined);
    console.log = original.log;
    console.error = original.error;
    process.stdout.write = original.stdout;
    process.stderr.write = original.stderr;
    process.exit = original.exit;
    for (const [k, v] of Object.entries(saved)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  }
}
