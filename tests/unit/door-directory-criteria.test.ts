import { describe, expect, it } from 'vitest';
import { DEFAULT_CRITERIA, directoryApiQuery, readCriteria } from '../../web/src/door/directory-criteria.js';

describe('the directory form of the public door', () => {
  it('is not a search when the page is opened without criteria', () => {
    expect(readCriteria(new URLSearchParams(''))).toBeNull();
    expect(readCriteria(new URLSearchParams('utm_source=affiche'))).toBeNull();
  });

  it('reads every field, with repeated days, and trims what was typed', () => {
    const criteria = readCriteria(
      new URLSearchParams('commune=85003&radiusKm=+8+&ageMonths=10&days=4&days=1&from=07:30&to=&startDate=2027-01-04'),
    );
    expect(criteria).toEqual({
      commune: '85003',
      radiusKm: '8',
      ageMonths: '10',
      days: ['4', '1'],
      from: '07:30',
      to: '',
      startDate: '2027-01-04',
    });
    expect(readCriteria(new URLSearchParams('days=2'))).toEqual({ ...DEFAULT_CRITERIA, radiusKm: '', days: ['2'] });
  });

  it('leaves empty fields out of the API query and sends the days sorted, once, comma-separated', () => {
    const query = directoryApiQuery({
      ...DEFAULT_CRITERIA,
      commune: '85003',
      ageMonths: '',
      days: ['5', '1', '5', '2'],
      from: '08:00',
    });
    expect(query.toString()).toBe('commune=85003&radiusKm=15&from=08%3A00&days=1%2C2%2C5');
    expect(directoryApiQuery({ ...DEFAULT_CRITERIA, radiusKm: '' }).toString()).toBe('');
  });
});
