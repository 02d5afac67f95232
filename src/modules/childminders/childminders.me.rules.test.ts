import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { freshnessOf, freshSince } from '../availability/availability.rules.js';
import { PMI_FIELDS, RELAIS_FIELDS, SELF_FIELDS, selfProblems, tidyPhone } from './childminders.me.rules.js';
import { childminderInput } from './childminders.schemas.js';

const ok = { phone: '06 12 34 56 78', email: 'am@exemple.test', contactPreference: 'sms', publishPhone: true } as const;

describe('who keeps each field of a childminder’s file', () => {
  it('gives every field of the file to exactly one keeper: the PMI, the relais or herself', () => {
    const all = [...PMI_FIELDS, ...RELAIS_FIELDS, ...SELF_FIELDS];
    expect(new Set(all).size).toBe(all.length);
    expect([...all].sort()).toEqual(Object.keys(childminderInput.shape).sort());
  });
});

describe('what she writes herself', () => {
  it('writes French phone numbers the usual way and leaves other numbers as they are', () => {
    expect(tidyPhone('0612345678')).toBe('06 12 34 56 78');
    expect(tidyPhone(' 06.12.34.56.78 ')).toBe('06 12 34 56 78');
    expect(tidyPhone('+33 6 12 34 56 78')).toBe('06 12 34 56 78');
    expect(tidyPhone('0033612345678')).toBe('06 12 34 56 78');
    expect(tidyPhone('+41  22 123 45 67')).toBe('+41 22 123 45 67');
    expect(tidyPhone('')).toBe('');
  });

  it('accepts a complete file', () => {
    expect(selfProblems(ok)).toEqual([]);
    expect(selfProblems({ ...ok, phone: '', contactPreference: 'email', publishPhone: false })).toEqual([]);
  });

  it('asks for a phone number she can be reached at, or one to publish, and for an e-mail', () => {
    const fields = (f: Partial<typeof ok> | Record<string, unknown>) =>
      selfProblems({ ...ok, ...f } as Parameters<typeof selfProblems>[0]).map((p) => p.field);
    expect(fields({ phone: '' })).toEqual(['phone']);
    expect(fields({ phone: '', contactPreference: 'phone' })).toEqual(['phone']);
    expect(fields({ phone: '', contactPreference: 'email', publishPhone: true })).toEqual(['phone']);
    expect(fields({ phone: '06 12' })).toEqual(['phone']);
    expect(fields({ phone: 'appelez-moi' })).toEqual(['phone']);
    expect(fields({ email: '' })).toEqual(['email']);
  });

  it('never accepts a phone number without ten digits, however it is written', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (phone) => {
        const digits = phone.replace(/\D/g, '').length;
        if (digits < 10 && phone !== '') expect(selfProblems({ ...ok, phone }).map((p) => p.field)).toContain('phone');
      }),
    );
  });
});

describe('freshness of availability in SQL and in code', () => {
  it('a confirmation is fresh exactly when it is at or after freshSince', () => {
    const instant = fc.date({ min: new Date('2020-01-01'), max: new Date('2030-01-01'), noInvalidDate: true });
    fc.assert(
      fc.property(instant, instant, fc.integer({ min: 1, max: 400 }), (now, confirmed, days) => {
        const iso = confirmed.toISOString();
        expect(freshnessOf(iso, now, days) === 'fresh').toBe(iso >= freshSince(now, days));
      }),
    );
  });
});
