/**
 * An HTTP server run as a child process (its own event loop, apart from the load generator):
 * output to a log file, ready once a URL answers 200, stopped with SIGTERM (SIGKILL if it lingers).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Cleanup } from './cleanup.js';

export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface ChildServer {
  name: string;
  baseUrl: string;
  pid: number;
  /** Where the child's stdout and stderr go (the server's JSON logs). */
  logFile: string;
}

export interface ChildServerOptions {
  name: string;
  /** Arguments of `node` (the current executable), run from the project root. */
  args: string[];
  env: NodeJS.ProcessEnv;
  port: number;
  /** Answers 200 once the server is ready. */
  readyPath: string;
  logFile: string;
  cleanup: Cleanup;
  readyTimeoutMs?: number;
  /** How long it may take to stop after SIGTERM before SIGKILL (default 5 s). */
  stopTimeoutMs?: number;
}

/** A TCP port free on the loopback at the time of the call. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no free port')),
      );
    });
  });
}

export async function startChildServer(options: ChildServerOptions): Promise<ChildServer> {
  const log = fs.openSync(options.logFile, 'a');
  let child: ChildProcess;
  try {
    child = spawn(process.execPath, options.args, {
      cwd: projectRoot,
      env: options.env,
      stdio: ['ignore', log, log],
    });
  } finally {
    fs.closeSync(log);
  }
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const alive = () => child.exitCode === null && child.signalCode === null;
  options.cleanup.add({
    name: options.name,
    undo: async () => {
      if (!alive()) return;
      child.kill('SIGTERM');
      const stopTimeoutMs = options.stopTimeoutMs ?? 5_000;
      const timer = setTimeout(() => {
        console.error(`[bench] ${options.name} still running ${stopTimeoutMs} ms after SIGTERM: killed`);
        child.kill('SIGKILL');
      }, stopTimeoutMs);
      await exited;
      clearTimeout(timer);
    },
    lastResort: () => {
      if (alive()) child.kill('SIGKILL');
    },
  });
  if (child.pid === undefined) {
    await new Promise((resolve) => child.once('error', resolve));
    throw new Error(`${options.name}: could not start ${process.execPath}`);
  }

  const baseUrl = `http://127.0.0.1:${options.port}`;
  const deadline = Date.now() + (options.readyTimeoutMs ?? 60_000);
  while (Date.now() < deadline) {
    if (!alive()) throw new Error(`${options.name} exited during startup:\n${tail(options.logFile)}`);
    try {
      const response = await fetch(baseUrl + options.readyPath, { signal: AbortSignal.timeout(2_000) });
      await response.arrayBuffer();
      if (response.ok) return { name: options.name, baseUrl, pid: child.pid, logFile: options.logFile };
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${options.name} not ready after ${options.readyTimeoutMs ?? 60_000} ms:\n${tail(options.logFile)}`);
}

function tail(file: string, lines = 20): string {
  try {
    return fs.readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines).join('\n');
  } catch {
    return '(no log)';
  }
}
