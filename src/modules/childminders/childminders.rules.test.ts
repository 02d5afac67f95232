import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ageOn, approvalProblems, isSenior, placesOn, yearsBefore, type ApprovalFacts } from './childminders.rules.js';

const ok: ApprovalFacts = {
  birthDate: '1970-03-10',
  approvalDate: '2012-05-01',
  approvalRenewalDate: '2027-05-01',
  approvalPlaces: 4,
  approvalMinAgeMonths: 0,
  approvalMaxAgeMonths: 72,
  reducedPlaces: null,
  reducedUntil: null,
  practice: 'home',
  childminderHouseId: null,
};

const arbDate = fc
  .date({ min: new Date('1920-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));

describe('childminder rules', () => {
  it('computes ages in whole years, birthdays included', () => {
    expect(ageOn('1970-03-10', '2025-03-09')).toBe(54);
    expect(ageOn('1970-03-10', '2025-03-10')).toBe(55);
    expect(isSenior('1970-03-10', '2025-03-10')).toBe(true);
    expect(isSenior(null, '2025-03-10')).toBe(false);
    expect(yearsBefore('2024-02-29', 1)).toBe('2023-02-28');
  });

  it('someone born yearsBefore(today, n) is exactly n years old today', () => {
    fc.assert(
      fc.property(arbDate, fc.integer({ min: 0, max: 100 }), (today, n) => {
        expect(ageOn(yearsBefore(today, n), today)).toBe(n);
      }),
    );
  });

  it('accepts a coherent file and names the field of each impossibility', () => {
    expect(approvalProblems(ok, '2026-03-02')).toEqual([]);
    const fields = (f: Partial<ApprovalFacts>) => approvalProblems({ ...ok, ...f }, '2026-03-02').map((p) => p.field);
    expect(fields({ approvalPlaces: 6 })).toEqual(['approvalPlaces']);
    expect(fields({ approvalPlaces: 0 })).toEqual(['approvalPlaces']);
    expect(fields({ approvalDate: '2026-03-03' })).toEqual(['approvalDate']);
    expect(fields({ approvalRenewalDate: '2010-01-01' })).toEqual(['approvalRenewalDate']);
    expect(fields({ birthDate: '2010-01-01' })).toEqual(['birthDate']);
    expect(fields({ approvalMinAgeMonths: 36, approvalMaxAgeMonths: 12 })).toEqual(['approvalMaxAgeMonths']);
    expect(fields({ reducedPlaces: 4, reducedUntil: '2026-12-31' })).toEqual(['reducedPlaces']);
    expect(fields({ reducedPlaces: 2 })).toEqual(['reducedUntil']);
    expect(fields({ practice: 'mam' })).toEqual(['childminderHouseId']);
  });

  it('counts the temporary reduction only while it lasts', () => {
    const reduced = { approvalPlaces: 4, reducedPlaces: 2, reducedUntil: '2026-06-30' };
    expect(placesOn(reduced, '2026-06-30')).toBe(2);
    expect(placesOn(reduced, '2026-07-01')).toBe(4);
  });
});
