import { describe, expect, it } from 'vitest';
import { frRate } from './employer-help.money.js';
import { salaryInput } from './employer-help.schemas.js';

const valid = {
  month: '2026-03',
  hourlyRate: 4.1,
  weeksPerYear: 46,
  schedule: { kind: 'regular', hoursPerWeek: 40, daysPerWeek: 4 },
};

function messages(input: unknown): Record<string, string> {
  const result = salaryInput.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(result.error.issues.map((i) => [i.path.join('.'), i.message]));
}

describe('the calculator’s inputs', () => {
  it('says in French what is missing, and what is not a number', () => {
    expect(messages(valid)).toEqual({});
    expect(messages({ ...valid, hourlyRate: undefined, schedule: { kind: 'regular', daysPerWeek: 4 } })).toEqual({
      hourlyRate: 'Salaire horaire brut (hourlyRate) : à indiquer.',
      'schedule.hoursPerWeek': 'Heures par semaine (hoursPerWeek) : à indiquer.',
    });
    expect(messages({ ...valid, hourlyRate: 'abc', weeksPerYear: 'x' })).toEqual({
      hourlyRate: 'Salaire horaire brut (hourlyRate) invalide (un nombre).',
      weeksPerYear: 'Semaines par an (weeksPerYear) invalide (un nombre entier).',
    });
    expect(messages({ ...valid, hourlyRate: '4.10' })).toEqual({});
  });
});

describe('rates in euros', () => {
  it('show two decimals at least, four at most', () => {
    expect(frRate(0.4)).toBe('0,40\u00A0€');
    expect(frRate(0.636)).toBe('0,636\u00A0€');
    expect(frRate(4.123456)).toBe('4,1235\u00A0€');
    expect(frRate(1234.5)).toBe('1\u00A0234,50\u00A0€');
  });
});
