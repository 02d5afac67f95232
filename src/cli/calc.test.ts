import { Command, CommanderError } from 'commander';
import { describe, expect, it } from 'vitest';
import { SAMPLE_INPUTS } from '../modules/employer-help/employer-help.samples.js';
import { TOPIC_KEYS } from '../modules/employer-help/employer-help.schemas.js';
import { calculate, TOPICS } from '../modules/employer-help/employer-help.topics.js';
import { addCalcCommand, runCalc, type CalcIo } from './calc.js';

function fakeIo(stdin: string): CalcIo & { stdout: string; stderr: string } {
  const io = {
    stdout: '',
    stderr: '',
    readInput: () => Promise.resolve(stdin),
    out: (text: string) => {
      io.stdout += text;
    },
    err: (text: string) => {
      io.stderr += text;
    },
  };
  return io;
}

describe('relais calc', () => {
  it.each(TOPIC_KEYS)('prints the JSON result of %s, indented by 2 spaces, and exits 0', async (topic) => {
    const io = fakeIo(JSON.stringify(SAMPLE_INPUTS[topic]));
    expect(await runCalc(topic, io)).toBe(0);
    expect(io.stderr).toBe('');
    expect(JSON.parse(io.stdout)).toEqual(calculate(topic, SAMPLE_INPUTS[topic]));
    expect(io.stdout).toBe(`${JSON.stringify(calculate(topic, SAMPLE_INPUTS[topic]), null, 2)}\n`);
  });

  it('refuses invalid input: exit 1, every field problem in French on stderr, nothing on stdout', async () => {
    const io = fakeIo(
      JSON.stringify({
        month: '2026-13',
        hourlyRate: -1,
        weeksPerYear: 52,
        schedule: { kind: 'regular', hoursPerWeek: 45, daysPerWeek: 5 },
      }),
    );
    expect(await runCalc('salary', io)).toBe(1);
    expect(io.stdout).toBe('');
    expect(io.stderr).toContain('données refusées pour « salary »');
    expect(io.stderr).toMatch(/- month : Mois \(month\) invalide/);
    expect(io.stderr).toMatch(/- hourlyRate : Salaire horaire brut/);
    expect(io.stderr).not.toMatch(/\bat .*\.ts:\d+/);
  });

  it('names nested fields by their path', async () => {
    const io = fakeIo(
      JSON.stringify({
        ...SAMPLE_INPUTS.salary,
        schedule: { kind: 'regular', hoursPerWeek: 'beaucoup', daysPerWeek: 5 },
      }),
    );
    expect(await runCalc('salary', io)).toBe(1);
    expect(io.stderr).toMatch(/- schedule\.hoursPerWeek : /);
  });

  it('refuses what is not JSON, or nothing at all, in French', async () => {
    const broken = fakeIo('{"month": ');
    expect(await runCalc('salary', broken)).toBe(1);
    expect(broken.stderr).toContain('n’est pas un JSON valide');
    const empty = fakeIo('  \n');
    expect(await runCalc('salary', empty)).toBe(1);
    expect(empty.stderr).toContain('rien sur l’entrée standard');
  });

  it('refuses an unknown topic with the list of topics, without reading stdin', async () => {
    const io = fakeIo('');
    io.readInput = () => Promise.reject(new Error('stdin must not be read'));
    expect(await runCalc('salaire', io)).toBe(1);
    expect(io.stderr).toContain('sujet de calcul inconnu : « salaire »');
    for (const topic of TOPIC_KEYS) expect(io.stderr).toContain(topic);
  });

  it('says when the month has no legal values (before 2022), exit 1', async () => {
    const io = fakeIo(JSON.stringify({ ...SAMPLE_INPUTS.salary, month: '2019-03' }));
    expect(await runCalc('salary', io)).toBe(1);
    expect(io.stderr).toContain('Pas de valeurs légales avant le 01/01/2022');
  });

  it('is a command of the program: its help lists the topics with their French titles', async () => {
    let help = '';
    const program = new Command('relais').exitOverride().configureOutput({ writeOut: (s) => (help += s) });
    addCalcCommand(program, fakeIo('{}'));
    await expect(program.parseAsync(['node', 'relais', 'calc', '--help'])).rejects.toBeInstanceOf(CommanderError);
    for (const topic of TOPIC_KEYS) expect(help).toMatch(new RegExp(`${topic}\\s+${TOPICS[topic].title}`));
  });

  it('ends the command with exit code 1 when the calculation is refused, 0 otherwise', async () => {
    const refused = new Command('relais').exitOverride();
    const io = fakeIo('{}');
    addCalcCommand(refused, io);
    const error = await refused.parseAsync(['node', 'relais', 'calc', 'salary']).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(CommanderError);
    expect((error as CommanderError).exitCode).toBe(1);
    expect(io.stderr).toContain('- month : ');

    const ok = new Command('relais').exitOverride();
    const good = fakeIo(JSON.stringify(SAMPLE_INPUTS['paid-leave']));
    addCalcCommand(ok, good);
    await ok.parseAsync(['node', 'relais', 'calc', 'paid-leave']);
    expect(JSON.parse(good.stdout).topic).toBe('paid-leave');
  });
});
