import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CHANNELS } from '../contacts/contacts.rules.js';
import {
  addMonths,
  contactChannelOf,
  linkProblems,
  openStatus,
  REQUEST_PUBLICS,
  REQUEST_SOURCES,
  requestProblems,
  type RequestFacts,
  type RequestSource,
} from './requests.rules.js';

const TODAY = '2026-03-02';
const parent: RequestFacts = {
  public: 'parent',
  email: 'famille@exemple.fr',
  phone: '',
  answerChannel: 'email',
  childAgeMonths: 4,
  expectedBirthOn: null,
};
const fields = (facts: Partial<RequestFacts>) => requestProblems({ ...parent, ...facts }, TODAY).map((p) => p.field);

describe('requests: who may send one, and what it needs', () => {
  it('are sent by every public of the contact log but partners', () => {
    expect(REQUEST_PUBLICS).toEqual(['parent', 'future_parent', 'childminder', 'candidate', 'project_carrier']);
  });

  it('accepts a parent reachable by e-mail, and asks for a way to answer', () => {
    expect(fields({})).toEqual([]);
    expect(fields({ email: '', phone: '' })).toEqual(['email']);
    expect(fields({ email: ' ', phone: '06 12 34 56 78', answerChannel: 'phone' })).toEqual([]);
  });

  it('wants the address or number of the chosen way to answer', () => {
    expect(fields({ email: '', phone: '06 12 34 56 78', answerChannel: 'email' })).toEqual(['email']);
    expect(fields({ answerChannel: 'phone' })).toEqual(['phone']);
  });

  it('asks the child’s age or expected birth of parents and future parents only', () => {
    expect(fields({ public: 'childminder', childAgeMonths: 12 })).toEqual(['childAgeMonths']);
    expect(fields({ public: 'candidate', childAgeMonths: null, expectedBirthOn: '2026-06-01' })).toEqual([
      'expectedBirthOn',
    ]);
    expect(fields({ public: 'future_parent', childAgeMonths: null, expectedBirthOn: '2026-09-15' })).toEqual([]);
  });

  it('expects a birth within the next ten months (a month late is still a birth to come)', () => {
    const birth = (expectedBirthOn: string) =>
      fields({ public: 'future_parent', childAgeMonths: null, expectedBirthOn });
    expect(birth('2026-02-02')).toEqual([]);
    expect(birth('2026-02-01')).toEqual(['expectedBirthOn']);
    expect(birth('2027-01-02')).toEqual([]);
    expect(birth('2027-01-03')).toEqual(['expectedBirthOn']);
  });

  it('counts months forward and back, at the end of shorter months', () => {
    expect(addMonths('2026-03-31', -1)).toBe('2026-02-28');
    expect(addMonths('2026-01-31', 1)).toBe('2026-02-28');
    expect(addMonths('2026-03-02', 10)).toBe('2027-01-02');
    expect(addMonths('2024-12-15', 13)).toBe('2026-01-15');
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2090-12-31'), noInvalidDate: true }),
        fc.integer({ min: -240, max: 240 }),
        (date, months) => {
          const day = date.toISOString().slice(0, 10);
          const moved = addMonths(day, months);
          // Same day of month, or the end of a shorter month; never crossing into the next month.
          expect(moved.slice(8) === day.slice(8) || Number(moved.slice(8)) < Number(day.slice(8))).toBe(true);
          const monthIndex = (d: string) => Number(d.slice(0, 4)) * 12 + Number(d.slice(5, 7));
          expect(monthIndex(moved) - monthIndex(day)).toBe(months);
        },
      ),
    );
  });
});

describe('requests: status and counting', () => {
  it('becomes one contact of the channel of its source', () => {
    expect(contactChannelOf('online')).toBe('online_request');
    expect(contactChannelOf('monenfant')).toBe('online_request');
    expect(contactChannelOf('email')).toBe('email');
    expect(contactChannelOf('phone')).toBe('phone');
    expect(contactChannelOf('visit')).toBe('visit');
    for (const source of Object.keys(REQUEST_SOURCES) as RequestSource[]) {
      expect(Object.keys(CHANNELS)).toContain(contactChannelOf(source));
    }
  });

  it('is new, assigned or answered while open', () => {
    expect(openStatus(false, null)).toBe('new');
    expect(openStatus(false, 'a')).toBe('assigned');
    expect(openStatus(true, null)).toBe('answered');
    expect(openStatus(true, 'a')).toBe('answered');
  });

  it('links a family’s request to a family, a childminder’s to her file, never both', () => {
    const none = { familyId: null, childminderId: null };
    expect(linkProblems('parent', { ...none, familyId: 'f' })).toEqual([]);
    expect(linkProblems('project_carrier', { ...none, familyId: 'f' })).toEqual([]);
    expect(linkProblems('childminder', { ...none, childminderId: 'm' })).toEqual([]);
    expect(linkProblems('childminder', { ...none, familyId: 'f' }).map((p) => p.field)).toEqual(['familyId']);
    expect(linkProblems('parent', { ...none, childminderId: 'm' }).map((p) => p.field)).toEqual(['childminderId']);
    expect(linkProblems('parent', { familyId: 'f', childminderId: 'm' })).toHaveLength(1);
    expect(linkProblems('parent', none)).toEqual([]);
  });
});
