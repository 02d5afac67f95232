import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  ageInMonths,
  frenchAges,
  frenchDays,
  isAtypical,
  matchCandidate,
  offerProblems,
  offerStatistics,
  rankCandidates,
  statusOfOutcome,
  weeklyMinutes,
  type Candidate,
  type OfferFact,
  type OfferFacts,
  type OfferNeed,
  type ScheduleEntry,
} from './job-offers.rules.js';

const TODAY = '2026-03-02';
const territory = {
  communes: new Map([
    ['85001', 'Aizenay'],
    ['85178', 'Le Poiré-sur-Vie'],
  ]),
  nameOf: (code: string) => (code === '85191' ? 'La Roche-sur-Yon' : code),
};
const week = (from = '08:00', to = '17:00', days = [1, 2, 3, 4, 5]): ScheduleEntry[] =>
  days.map((day) => ({ day, from, to }));

const facts = (over: Partial<OfferFacts> = {}): OfferFacts => ({
  inseeCode: '85001',
  communes: [],
  radiusKm: 10,
  startOn: '2026-04-01',
  endOn: null,
  schedule: week(),
  childBirthOn: '2025-10-01',
  childrenCount: 1,
  phone: '',
  showPhone: false,
  ...over,
});
const fields = (f: OfferFacts) => offerProblems(f, TODAY, territory).map((p) => p.field);

describe('a valid offer', () => {
  it('accepts an ordinary need', () => {
    expect(offerProblems(facts(), TODAY, territory)).toEqual([]);
  });

  it('refuses a start date in the past, an end before the start, a start too far', () => {
    expect(fields(facts({ startOn: '2026-03-01' }))).toEqual(['startOn']);
    expect(fields(facts({ endOn: '2026-03-31' }))).toEqual(['endOn']);
    expect(fields(facts({ endOn: '2026-04-01' }))).toEqual(['endOn']);
    expect(fields(facts({ startOn: '2027-10-01' }))).toEqual(['startOn']);
  });

  it('refuses 80 hours a week with a French message, and accepts 48', () => {
    const problems = offerProblems(facts({ schedule: week('06:00', '22:00') }), TODAY, territory);
    expect(problems.map((p) => p.field)).toEqual(expect.arrayContaining(['schedule']));
    expect(problems.find((p) => p.field === 'schedule')?.message).toContain('80 heures par semaine');
    // 5 × 9 h 36 = 48 h exactly.
    expect(fields(facts({ schedule: week('08:00', '17:36') }))).toEqual([]);
    expect(fields(facts({ schedule: week('08:00', '17:37') }))).toEqual(['schedule']);
  });

  it('refuses a day longer than 13 hours, an end before the start, a day given twice, an empty grid', () => {
    expect(fields(facts({ schedule: [{ day: 1, from: '06:00', to: '19:30' }] }))).toEqual(['schedule.0.to']);
    expect(fields(facts({ schedule: [{ day: 1, from: '12:00', to: '08:00' }] }))).toEqual(['schedule.0.to']);
    expect(
      fields(
        facts({
          schedule: [
            { day: 2, from: '08:00', to: '12:00' },
            { day: 2, from: '13:00', to: '17:00' },
          ],
        }),
      ),
    ).toEqual(['schedule.1.day']);
    expect(fields(facts({ schedule: [] }))).toEqual(['schedule']);
  });

  it('refuses more children than an agrément can hold', () => {
    const [problem] = offerProblems(facts({ childrenCount: 5 }), TODAY, territory);
    expect(problem).toEqual({ field: 'childrenCount', message: expect.stringContaining('au plus 4 enfants') });
  });

  it('refuses communes outside the territory, naming them', () => {
    const problems = offerProblems(facts({ inseeCode: '85191', communes: ['85178', '85191'] }), TODAY, territory);
    expect(problems).toEqual([
      { field: 'inseeCode', message: expect.stringContaining('La Roche-sur-Yon n’est pas sur le territoire') },
      { field: 'communes', message: 'Hors du territoire du relais : La Roche-sur-Yon.' },
    ]);
  });

  it('checks the birth: expected within ten months, before the start, child not older than 12', () => {
    expect(fields(facts({ childBirthOn: '2027-02-01', startOn: '2027-03-01' }))).toEqual(['childBirthOn']);
    expect(fields(facts({ childBirthOn: '2026-05-01', startOn: '2026-04-01' }))).toEqual(['startOn']);
    expect(fields(facts({ childBirthOn: '2026-05-01', startOn: '2026-08-01' }))).toEqual([]);
    expect(fields(facts({ childBirthOn: '2013-01-01' }))).toEqual(['childBirthOn']);
  });

  it('asks for the phone the parent wants shown', () => {
    expect(fields(facts({ showPhone: true }))).toEqual(['phone']);
    expect(fields(facts({ showPhone: true, phone: '06 12 34 56 78' }))).toEqual([]);
  });
});

describe('the weekly grid', () => {
  it('adds the minutes and tells atypical hours (before 7 h, after 20 h, weekends)', () => {
    expect(weeklyMinutes(week('07:30', '18:30'))).toBe(5 * 11 * 60);
    expect(isAtypical(week('07:30', '18:30'))).toBe(false);
    expect(isAtypical(week('06:30', '18:30'))).toBe(true);
    expect(isAtypical(week('08:00', '20:30'))).toBe(true);
    expect(isAtypical([{ day: 6, from: '09:00', to: '12:00' }])).toBe(true);
  });

  it('counts whole months of age', () => {
    expect(ageInMonths('2025-10-01', '2026-04-01')).toBe(6);
    expect(ageInMonths('2025-10-15', '2026-04-01')).toBe(5);
    expect(ageInMonths('2026-05-01', '2026-04-01')).toBe(-1);
  });

  it('never accepts a week above 48 hours (property)', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.integer({ min: 1, max: 7 }), { minLength: 1, maxLength: 7 }),
        fc.integer({ min: 0, max: 23 * 60 }),
        fc.integer({ min: 1, max: 13 * 60 }),
        (days, start, length) => {
          const end = Math.min(start + length, 23 * 60 + 59);
          const hhmm = (m: number) =>
            `${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
          const schedule = days.map((day) => ({ day, from: hhmm(start), to: hhmm(end) }));
          const refused = fields(facts({ schedule })).includes('schedule');
          expect(refused).toBe(weeklyMinutes(schedule) > 48 * 60);
        },
      ),
    );
  });
});

describe('matching and ranking', () => {
  const need = (over: Partial<OfferNeed> = {}): OfferNeed => ({
    startOn: '2026-04-01',
    ageMonths: 6,
    schedule: week('07:30', '18:30'),
    childrenCount: 1,
    inseeCode: '85001',
    communes: [],
    radiusKm: 10,
    atypical: false,
    disability: false,
    emergency: false,
    ...over,
  });
  const slot = (over: Partial<Candidate['slots'][number]> = {}) => ({
    availableFrom: '2026-03-02',
    minAgeMonths: 0,
    maxAgeMonths: 36,
    days: [1, 2, 3, 4, 5],
    startTime: '07:30',
    endTime: '18:30',
    ...over,
  });
  const am = (over: Partial<Candidate> = {}): Candidate => ({
    id: 'a',
    name: 'Anne A',
    inseeCode: '85178',
    distanceKm: 4.2,
    approvalPlaces: 3,
    reducedPlaces: null,
    reducedUntil: null,
    approvalMinAgeMonths: null,
    approvalMaxAgeMonths: null,
    atypicalHours: false,
    disabilityCare: false,
    emergencyCare: false,
    fresh: true,
    slots: [slot()],
    ...over,
  });

  it('gives the reason of the match in French', () => {
    const match = matchCandidate(need(), am({ slots: [slot({ availableFrom: '2026-03-20' })] }), TODAY);
    expect(match?.reasons).toEqual(['Place libre dès le 20 mars, 0–3 ans, lundi–vendredi 7 h 30–18 h 30, à 4 km']);
  });

  it('refuses out of the zone, but accepts an acceptable commune beyond the radius', () => {
    expect(matchCandidate(need(), am({ distanceKm: 12 }), TODAY)).toBeNull();
    expect(matchCandidate(need({ communes: ['85178'] }), am({ distanceKm: 12 }), TODAY)).not.toBeNull();
    expect(matchCandidate(need({ radiusKm: null }), am({ distanceKm: 1 }), TODAY)).toBeNull();
    expect(matchCandidate(need({ radiusKm: null }), am({ inseeCode: '85001' }), TODAY)?.reasons[0]).toContain(
      'dans la commune',
    );
  });

  it('refuses when the agrément does not fit: places (with a reduction), ages', () => {
    expect(matchCandidate(need({ childrenCount: 2 }), am({ slots: [slot(), slot()] }), TODAY)).not.toBeNull();
    expect(
      matchCandidate(need({ childrenCount: 2 }), am({ slots: [slot(), slot()], reducedPlaces: 1 }), TODAY),
    ).toBeNull();
    expect(
      matchCandidate(
        need({ childrenCount: 2 }),
        am({ slots: [slot(), slot()], reducedPlaces: 1, reducedUntil: '2026-03-31' }),
        TODAY,
      ),
    ).not.toBeNull();
    expect(matchCandidate(need(), am({ approvalMinAgeMonths: 12 }), TODAY)).toBeNull();
  });

  it('refuses when the declared places do not cover every day, the hours, the date or the age', () => {
    expect(matchCandidate(need(), am({ slots: [slot({ days: [1, 2, 3, 4] })] }), TODAY)).toBeNull();
    expect(matchCandidate(need(), am({ slots: [slot({ startTime: '08:00' })] }), TODAY)).toBeNull();
    expect(matchCandidate(need(), am({ slots: [slot({ availableFrom: '2026-04-02' })] }), TODAY)).toBeNull();
    expect(matchCandidate(need({ ageMonths: 40 }), am(), TODAY)).toBeNull();
    expect(matchCandidate(need({ childrenCount: 2 }), am(), TODAY)).toBeNull();
    // Two places that together cover the week answer one child.
    expect(
      matchCandidate(need(), am({ slots: [slot({ days: [1, 2] }), slot({ days: [3, 4, 5] })] }), TODAY),
    ).not.toBeNull();
  });

  it('ranks by fit: special needs she accepts first, then distance, then name', () => {
    const ranked = rankCandidates(
      need({ disability: true }),
      [
        am({ id: 'far', name: 'Zoé Z', distanceKm: 9 }),
        am({ id: 'near', name: 'Bea B', distanceKm: 2 }),
        am({ id: 'care', name: 'Carla C', distanceKm: 8, disabilityCare: true }),
        am({ id: 'out', name: 'Odile O', distanceKm: 30 }),
        am({ id: 'same', name: 'Ada A', distanceKm: 2 }),
      ],
      TODAY,
    );
    expect(ranked.map((m) => m.childminderId)).toEqual(['care', 'same', 'near', 'far']);
    expect(ranked[0]!.reasons).toContain('Accueille des enfants en situation de handicap');
  });

  it('words days and ages', () => {
    expect(frenchDays([1, 2, 4])).toBe('lundi, mardi, jeudi');
    expect(frenchDays([5, 4, 3, 2, 1])).toBe('lundi–vendredi');
    expect(frenchAges(6, 18)).toBe('6–18 mois');
    expect(frenchAges(null, null)).toBe('tous âges');
    expect(frenchAges(null, 72)).toBe('jusqu’à 6 ans');
  });
});

describe('outcomes and statistics', () => {
  it('closes an open offer when it is filled or abandoned, not when the outcome is unknown', () => {
    expect(statusOfOutcome('filled_facility', 'published')).toBe('filled');
    expect(statusOfOutcome('abandoned', 'pending')).toBe('withdrawn');
    expect(statusOfOutcome('unknown', 'published')).toBe('published');
    expect(statusOfOutcome('filled_childminder', 'expired')).toBe('expired');
  });

  it('counts by month and commune, and the unmet needs of each kind', () => {
    const o = (over: Partial<OfferFact>): OfferFact => ({
      month: '2026-03',
      inseeCode: '85001',
      status: 'published',
      outcome: null,
      atypical: false,
      disability: false,
      emergency: false,
      answers: 0,
      ...over,
    });
    const stats = offerStatistics([
      o({ answers: 2 }),
      o({ status: 'filled', outcome: 'filled_childminder', answers: 1, atypical: true }),
      o({ status: 'expired', outcome: 'unknown', atypical: true, month: '2026-04' }),
      o({ status: 'withdrawn', outcome: 'abandoned', disability: true, inseeCode: '85178' }),
      o({ status: 'email_pending' }),
      o({ status: 'refused' }),
    ]);
    expect(stats.total).toEqual({ offers: 5, published: 4, answered: 2, filled: 1, unmet: 2 });
    expect(stats.byMonth.map((m) => [m.month, m.offers])).toEqual([
      ['2026-03', 4],
      ['2026-04', 1],
    ]);
    expect(stats.byCommune.map((c) => [c.inseeCode, c.offers, c.unmet])).toEqual([
      ['85001', 4, 1],
      ['85178', 1, 1],
    ]);
    expect(stats.unmetNeeds).toEqual({
      atypicalHours: { offers: 2, unmet: 1 },
      disability: { offers: 1, unmet: 1 },
      emergency: { offers: 0, unmet: 0 },
    });
  });
});
