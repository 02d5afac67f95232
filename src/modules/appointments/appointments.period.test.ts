import { describe, expect, it } from 'vitest';
import { searchPeriod } from './appointments.public.js';

describe('the period of a slot search', () => {
  const today = '2026-03-02';

  it('starts today at the earliest and lasts 35 days by default, cut at the maximum notice', () => {
    expect(searchPeriod(today, {}, null)).toEqual({ from: today, to: '2026-04-05', empty: false });
    expect(searchPeriod(today, {}, 14)).toEqual({ from: today, to: '2026-03-16', empty: false });
    expect(searchPeriod(today, { from: '2026-01-01', to: '2026-03-10' }, null)).toEqual({
      from: today,
      to: '2026-03-10',
      empty: false,
    });
    expect(searchPeriod(today, { from: '2026-05-01', to: '2026-05-10' }, 30).empty).toBe(true);
  });

  it('refuses a period reversed or longer than 35 days, with the field named', () => {
    expect(() => searchPeriod(today, { from: '2026-03-10', to: '2026-03-09' }, null)).toThrow(/« to »/);
    expect(() => searchPeriod(today, { to: '2030-01-01' }, null)).toThrow(/35 jours au plus/);
    expect(() => searchPeriod(today, { from: '2026-03-02', to: '2026-04-06' }, null)).toThrow(/35 jours/);
    expect(searchPeriod(today, { from: '2026-03-02', to: '2026-04-05' }, null).to).toBe('2026-04-05');
  });
});
