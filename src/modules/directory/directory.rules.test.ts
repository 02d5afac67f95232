import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { slotAnswers, type FreeSlot } from './directory.rules.js';
import { centroidOf, communeDistanceKm, distanceKm } from '../relais/communes.geo.js';

const slot: FreeSlot = {
  availableFrom: '2026-09-01',
  minAgeMonths: 3,
  maxAgeMonths: 36,
  days: [1, 2, 4, 5],
  startTime: '07:30',
  endTime: '18:00',
};

describe('directory rules', () => {
  it('a free place answers a need within its dates, ages, days and hours', () => {
    const need = { ageMonths: 10, days: [1, 2], from: '08:00', to: '17:30', startDate: '2026-09-15' };
    expect(slotAnswers(slot, need)).toBe(true);
    expect(slotAnswers(slot, { ...need, startDate: '2026-08-31' })).toBe(false);
    expect(slotAnswers(slot, { ...need, ageMonths: 2 })).toBe(false);
    expect(slotAnswers(slot, { ...need, ageMonths: 37 })).toBe(false);
    expect(slotAnswers(slot, { ...need, days: [3] })).toBe(false);
    expect(slotAnswers(slot, { ...need, from: '07:00' })).toBe(false);
    expect(slotAnswers(slot, { ...need, to: '18:30' })).toBe(false);
    expect(slotAnswers(slot, { startDate: '2026-09-01' })).toBe(true);
  });

  it('asking for less never loses an answer', () => {
    fc.assert(
      fc.property(fc.subarray([1, 2, 4, 5]), (days) => {
        expect(slotAnswers(slot, { days, startDate: '2026-10-01' })).toBe(true);
      }),
    );
  });
});

describe('geography', () => {
  it('finds the centroid of a square and the distance between two points', () => {
    expect(
      centroidOf([
        [
          [
            [0, 0],
            [2, 0],
            [2, 2],
            [0, 2],
            [0, 0],
          ],
        ],
      ]),
    ).toEqual([1, 1]);
    // One degree of latitude is about 111 km.
    expect(distanceKm([0, 45], [0, 46])).toBeCloseTo(111.2, 0);
  });

  it('measures distances between communes of Vie et Boulogne from the shipped boundaries', () => {
    const aizenayPoire = communeDistanceKm('85003', '85178')!;
    expect(aizenayPoire).toBeGreaterThan(5);
    expect(aizenayPoire).toBeLessThan(15);
    expect(communeDistanceKm('85003', '85003')).toBe(0);
    expect(communeDistanceKm('85003', '75056')).toBeNull();
  });
});
