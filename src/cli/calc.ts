/**
 * `relais calc TOPIC`: reads the JSON description of a calculation on standard input and prints
 * the JSON result (2-space indent). Refused input: exit 1 and, on standard error, each field's
 * problem in French (path and message), never a stack trace.
 */
import type { Command } from 'commander';
import { CommanderError } from 'commander';
import { AppError, InvalidInputError } from '../app/errors.js';
import { TOPIC_KEYS, type TopicKey } from '../modules/employer-help/employer-help.schemas.js';
import { TOPICS } from '../modules/employer-help/employer-help.topics.js';
import { computeTopic } from '../modules/employer-help/employer-help.usecases.js';

export interface CalcIo {
  /** The whole of standard input. */
  readInput(): Promise<string>;
  out(text: string): void;
  err(text: string): void;
}

/** « salary  Salaire mensualisé », one line per topic. */
export function topicsList(): string {
  const width = Math.max(...TOPIC_KEYS.map((k) => k.length));
  return TOPIC_KEYS.map((k) => `  ${k.padEnd(width)}  ${TOPICS[k].title}`).join('\n');
}

function isTopic(value: string): value is TopicKey {
  return (TOPIC_KEYS as readonly string[]).includes(value);
}

/** Runs one calculation; returns the exit code (0, or 1 after writing the reason on `err`). */
export async function runCalc(topic: string, io: CalcIo): Promise<number> {
  if (!isTopic(topic)) {
    io.err(`Erreur : sujet de calcul inconnu : « ${topic} ». Sujets possibles :\n${topicsList()}\n`);
    return 1;
  }
  const text = await io.readInput();
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    io.err(
      text.trim() === ''
        ? `Erreur : rien sur l’entrée standard. Exemple : echo '{…}' | relais calc ${topic}\n`
        : 'Erreur : l’entrée standard n’est pas un JSON valide (voir docs/employer-help.md pour la forme attendue).\n',
    );
    return 1;
  }
  try {
    io.out(`${JSON.stringify(computeTopic(topic, raw), null, 2)}\n`);
    return 0;
  } catch (error) {
    if (error instanceof InvalidInputError) {
      const fields = (error.details?.fields ?? []) as { field: string; message: string }[];
      io.err(
        `Erreur : données refusées pour « ${topic} » (${TOPICS[topic].title}) :\n${fields
          .map((f) => `  - ${f.field} : ${f.message}`)
          .join('\n')}\n`,
      );
      return 1;
    }
    if (error instanceof AppError) {
      io.err(`Erreur : ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

export async function readStdin(stream: NodeJS.ReadableStream = process.stdin): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

const processIo: CalcIo = {
  readInput: () => readStdin(),
  out: (text) => process.stdout.write(text),
  err: (text) => process.stderr.write(text),
};

/** Adds `calc` to the program; a refused calculation ends with exit code 1 (already explained). */
export function addCalcCommand(program: Command, io: CalcIo = processIo): Command {
  return program
    .command('calc')
    .description(
      'Aide aux employeurs : lit la description d’un calcul en JSON sur l’entrée standard et écrit le résultat en JSON (voir docs/employer-help.md)',
    )
    .argument('<sujet>', 'sujet du calcul (liste ci-dessous)')
    .addHelpText(
      'after',
      `\nSujets :\n${topicsList()}\n\nExemple :\n  echo '{"month":"2026-03","hourlyRate":4.1,"weeksPerYear":52,"schedule":{"kind":"regular","hoursPerWeek":45,"daysPerWeek":5}}' | relais calc salary\n`,
    )
    .action(async (topic: string) => {
      const code = await runCalc(topic, io);
      if (code !== 0) throw new CommanderError(code, 'relais.calc', 'calcul refusé');
    });
}
