import { describe, expect, it } from 'vitest';
import { contactProblems, contactStatistics, suggestedChannel, type CountedContact } from './contacts.rules.js';

describe('suggestedChannel', () => {
  it('proposes the AM phone permanence from 14:00 to 15:30 every weekday but Thursday', () => {
    expect([1, 2, 3, 5].map((day) => suggestedChannel(day, '14:00'))).toEqual(Array(4).fill('am_permanence'));
    expect(suggestedChannel(2, '15:29')).toBe('am_permanence');
    expect(suggestedChannel(4, '14:30')).toBe('phone');
    expect(suggestedChannel(6, '14:30')).toBe('phone');
    expect(suggestedChannel(7, '14:30')).toBe('phone');
    expect(suggestedChannel(1, '13:59')).toBe('phone');
    expect(suggestedChannel(1, '15:30')).toBe('phone');
  });
  it('proposes it only to the publics it serves, once the public is known', () => {
    expect(suggestedChannel(1, '14:30', 'childminder')).toBe('am_permanence');
    expect(suggestedChannel(1, '14:30', 'candidate')).toBe('am_permanence');
    expect(suggestedChannel(1, '14:30', 'parent')).toBe('phone');
  });
});

describe('contactProblems', () => {
  const valid = {
    occurredOn: '2026-03-02',
    channel: 'phone' as const,
    public: 'parent' as const,
    subjectIds: ['s'],
    familyId: null,
    childminderId: null,
  };
  it('accepts a contact of today', () => {
    expect(contactProblems(valid, '2026-03-02')).toEqual([]);
  });
  it('names each impossible fact', () => {
    expect(
      contactProblems(
        {
          occurredOn: '2026-03-03',
          channel: 'am_permanence',
          public: 'partner',
          subjectIds: [],
          familyId: 'f',
          childminderId: 'm',
        },
        '2026-03-02',
      ).map((p) => p.field),
    ).toEqual(['occurredAt', 'channel', 'subjectIds', 'familyId', 'childminderId']);
    expect(contactProblems({ ...valid, occurredOn: '1999-12-31' }, '2026-03-02')[0]?.message).toBe(
      'La date est trop ancienne.',
    );
  });
});

describe('contactStatistics', () => {
  const subjects = [
    { id: 'care', code: 'care_search', label: 'Recherche' },
    { id: 'cc', code: 'collective_agreement', label: 'Convention' },
    { id: 'contract', code: 'contract', label: 'Contrat' },
    { id: 'mine', code: null, label: 'Thème du relais' },
  ];
  const territory = [{ inseeCode: '85003', name: 'Aizenay' }];
  const base: CountedContact = {
    occurredOn: '2023-05-10',
    channel: 'phone',
    public: 'parent',
    inseeCode: '85003',
    familyId: null,
    childminderId: null,
    subjectIds: ['care'],
  };

  it('lists every category, with 0 when nothing was counted, and ignores other years', () => {
    const stats = contactStatistics(2023, [{ ...base, occurredOn: '2022-12-31' }], subjects, territory);
    expect(stats.total).toBe(0);
    expect(stats.byPublic).toHaveLength(6);
    expect(stats.byChannel).toHaveLength(7);
    expect(stats.bySubject.map((s) => s.count)).toEqual([0, 0, 0, 0]);
    expect(stats.byMonth.map((m) => m.label)).toEqual([
      'janvier',
      'février',
      'mars',
      'avril',
      'mai',
      'juin',
      'juillet',
      'août',
      'septembre',
      'octobre',
      'novembre',
      'décembre',
    ]);
    expect(stats.indicators.every((i) => i.count === 0)).toBe(true);
  });

  it('counts a contact with two legal subjects once in the childminders’ legal questions', () => {
    const contacts: CountedContact[] = [
      { ...base, public: 'childminder', childminderId: 'm1', subjectIds: ['contract', 'cc'] },
      { ...base, public: 'childminder', childminderId: 'm1', subjectIds: ['mine'] },
      { ...base, subjectIds: ['care', 'cc'], familyId: 'f1' },
      { ...base, public: 'future_parent', familyId: 'f1', inseeCode: null },
      { ...base, public: 'partner', subjectIds: ['care'], inseeCode: '44109' },
    ];
    const stats = contactStatistics(2023, contacts, subjects, territory);
    const indicator = (key: string) => stats.indicators.find((i) => i.key === key)?.count;
    expect(indicator('childminders_legal')).toBe(1);
    expect(indicator('care_requests')).toBe(2);
    expect(indicator('parents_collective_agreement')).toBe(1);
    expect(stats.bySubject.map((s) => s.count)).toEqual([3, 2, 1, 1]);
    expect([stats.distinctFamilies, stats.distinctChildminders]).toEqual([1, 1]);
    expect(stats.byCommune.map((c) => c.count)).toEqual([3, 1, 1]);
    expect(stats.byMonth[4]?.count).toBe(5);
  });

  it('sums to the total over publics, channels, communes and months', () => {
    const publics = ['parent', 'childminder', 'candidate', 'partner'];
    const channels = ['phone', 'email', 'visit'];
    const contacts: CountedContact[] = Array.from({ length: 40 }, (_, i) => ({
      ...base,
      occurredOn: `2023-${String(1 + (i % 12)).padStart(2, '0')}-15`,
      public: publics[i % 4]!,
      channel: channels[i % 3]!,
      inseeCode: i % 5 === 0 ? null : i % 5 === 1 ? '44109' : '85003',
    }));
    const stats = contactStatistics(2023, contacts, subjects, territory);
    const sum = (rows: { count: number }[]) => rows.reduce((s, r) => s + r.count, 0);
    expect([sum(stats.byPublic), sum(stats.byChannel), sum(stats.byCommune), sum(stats.byMonth)]).toEqual([
      40, 40, 40, 40,
    ]);
  });
});
