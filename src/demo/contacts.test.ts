import { describe, expect, it } from 'vitest';
import { parisDate } from '../app/clock.js';
import {
  contactProblems,
  contactStatistics,
  DEFAULT_SUBJECTS,
  FAMILY_PUBLICS,
  LEGAL_SUBJECTS,
  type CountedContact,
  type Channel,
  type Public,
} from '../modules/contacts/contacts.rules.js';
import { findCommune, findEpci } from '../modules/relais/communes.reference.js';
import { frenchPublicHolidays, isoWeekday } from '../app/calendar.js';
import { childminderActivity, contactsOfYear, DEMO_CONTACT_YEARS, planContacts, type ContactPlan } from './contacts.js';
import { planSupply } from './supply.js';
import { DEMO_EPCI } from './vie-et-boulogne.js';

const communes = findEpci(DEMO_EPCI)!.communeCodes.map((code) => {
  const ref = findCommune(code)!;
  return { inseeCode: code, name: ref.name, population: ref.population ?? 0, postcode: ref.postcodes[0] ?? '' };
});
const supply = planSupply('relais', communes, { referentUserId: null, now: '2026-01-15T09:00:00.000Z' });
const childminders = childminderActivity(
  supply.childminders.map((c) => ({ id: c.id, inseeCode: c.insee_code ?? null })),
  supply.events.map((e) => ({ childminderId: e.childminder_id, kind: e.kind, effectiveOn: e.effective_on })),
);
const subjects = DEFAULT_SUBJECTS.map((s) => ({ id: `subject-${s.code}`, code: s.code, label: s.label }));
const staff = [
  { id: 'manager', role: 'manager' },
  { id: 'animator', role: 'animator' },
];

function plan(now = '2026-11-01T00:00:00.000Z'): ContactPlan {
  let n = 0;
  return planContacts({ relaisId: 'relais', communes, childminders, staff, subjects, now, ids: () => `id-${++n}` });
}

function counted(p: ContactPlan): CountedContact[] {
  const subjectsOf = new Map<string, string[]>();
  for (const l of p.links) subjectsOf.set(l.contact_id, [...(subjectsOf.get(l.contact_id) ?? []), l.subject_id]);
  return p.contacts.map((c) => ({
    occurredOn: c.occurred_on,
    channel: c.channel,
    public: c.public,
    inseeCode: c.insee_code ?? null,
    familyId: c.family_id ?? null,
    childminderId: c.childminder_id ?? null,
    subjectIds: subjectsOf.get(c.id as string) ?? [],
  }));
}

const full = plan();
const parisTime = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

describe('the demo contact log', () => {
  it('is the same on every run', () => {
    expect(plan()).toEqual(full);
  });

  it('gives every year the indicators of its plan, 2023 those of the operating project', () => {
    const territory = communes.map((c) => ({ inseeCode: c.inseeCode, name: c.name }));
    for (const y of DEMO_CONTACT_YEARS) {
      const stats = contactStatistics(y.year, counted(full), subjects, territory);
      expect(stats.total).toBe(contactsOfYear(y));
      expect(Object.fromEntries(stats.indicators.map((i) => [i.key, i.count]))).toEqual({
        care_requests: y.careRequests,
        parents_collective_agreement: y.parentsAgreement,
        childminders_legal: y.childmindersLegal,
        candidates: y.candidates,
        project_carriers: y.projectCarriers,
      });
      expect(stats.total).toBeGreaterThan(1300);
      expect(stats.total).toBeLessThan(1600);
    }
    const of2023 = contactStatistics(2023, counted(full), subjects, territory).indicators.map((i) => i.count);
    expect(of2023).toEqual([454, 364, 206, 57, 41]);
  });

  it('keeps to the opening hours, the permanence and the calendar', () => {
    const holidays = new Set([2022, 2023, 2024, 2025].flatMap(frenchPublicHolidays));
    for (const c of full.contacts) {
      const at = new Date(c.occurred_at);
      const time = parisTime.format(at);
      expect(c.occurred_on).toBe(parisDate(at));
      expect(isoWeekday(c.occurred_on)).toBeLessThanOrEqual(5);
      expect(holidays.has(c.occurred_on)).toBe(false);
      if (c.channel === 'am_permanence') {
        expect(['childminder', 'candidate']).toContain(c.public);
        expect(isoWeekday(c.occurred_on)).not.toBe(4);
        expect(time >= '14:00' && time < '15:30').toBe(true);
      } else {
        expect(time >= '09:00' && time < '17:30').toBe(true);
      }
      expect(c.created_at >= c.occurred_at).toBe(true);
    }
    const channels = new Set(full.contacts.map((c) => c.channel));
    expect([...channels].sort()).toEqual(
      ['am_permanence', 'appointment', 'email', 'online_request', 'phone', 'visit', 'workshop'].sort(),
    );
  });

  it('links contacts only to what their public allows, AMs active on that day', () => {
    const activity = new Map(childminders.map((c) => [c.id, c.periods]));
    for (const c of full.contacts) {
      const problems = contactProblems(
        {
          occurredOn: c.occurred_on,
          channel: c.channel as Channel,
          public: c.public as Public,
          subjectIds: ['x'],
          familyId: c.family_id ?? null,
          childminderId: c.childminder_id ?? null,
        },
        '2026-11-01',
      );
      expect(problems).toEqual([]);
      if (c.childminder_id) {
        const periods = activity.get(c.childminder_id)!;
        expect(periods.some((p) => p.from <= c.occurred_on && (p.to === null || c.occurred_on < p.to))).toBe(true);
      }
    }
    const familyPublic = full.contacts.filter((c) => FAMILY_PUBLICS.includes(c.public as Public));
    const linked = familyPublic.filter((c) => c.family_id).length / familyPublic.length;
    expect(linked).toBeGreaterThan(0.65);
    expect(linked).toBeLessThan(0.8);
    const ams = full.contacts.filter((c) => c.public === 'childminder');
    expect(ams.filter((c) => c.childminder_id).length / ams.length).toBeGreaterThan(0.85);
  });

  it('gives families their latest contact, several contacts to some', () => {
    const latest = new Map<string, string>();
    const count = new Map<string, number>();
    for (const c of full.contacts) {
      if (!c.family_id) continue;
      if (c.occurred_on > (latest.get(c.family_id) ?? '')) latest.set(c.family_id, c.occurred_on);
      count.set(c.family_id, (count.get(c.family_id) ?? 0) + 1);
    }
    expect(full.families).toHaveLength(latest.size);
    for (const f of full.families) expect(f.last_contact_on).toBe(latest.get(f.id));
    expect([...count.values()].filter((n) => n > 1).length).toBeGreaterThan(full.families.length / 5);
    for (const f of full.families) {
      expect(f.email === '' || /^[a-z0-9.-]+@exemple\.fr$/.test(f.email!)).toBe(true);
      expect(f.phone === '' || /^06 39 98 \d\d \d\d$/.test(f.phone!)).toBe(true);
    }
  });

  it('spreads the communes by population, a few outside the territory or unknown', () => {
    const inTerritory = new Set(communes.map((c) => c.inseeCode));
    const n = full.contacts.length;
    const unknown = full.contacts.filter((c) => c.insee_code === null).length / n;
    const outside = full.contacts.filter((c) => c.insee_code && !inTerritory.has(c.insee_code)).length / n;
    expect(unknown).toBeGreaterThan(0.015);
    expect(unknown).toBeLessThan(0.045);
    expect(outside).toBeGreaterThan(0.035);
    expect(outside).toBeLessThan(0.075);
    for (const code of full.contacts.map((c) => c.insee_code).filter((c) => c !== null)) {
      expect(findCommune(code!)?.departement).toBe('85');
    }
    const of = (code: string) => full.contacts.filter((c) => c.insee_code === code).length;
    expect(of('85003')).toBeGreaterThan(of('85102') * 5); // Aizenay, Grand'Landes
  });

  it('gives plausible outcomes: no list of AMs since 2023, legal questions informed or referred', () => {
    const legal = new Set(LEGAL_SUBJECTS.map((code) => `subject-${code}`));
    const legalIds = new Set(full.links.filter((l) => legal.has(l.subject_id)).map((l) => l.contact_id));
    for (const c of full.contacts) {
      if (c.outcome === 'childminder_list') expect(c.occurred_on < '2023-01-01').toBe(true);
      if (c.public === 'childminder' && legalIds.has(c.id as string)) {
        expect(['informed', 'documentation', 'referred', 'follow_up']).toContain(c.outcome);
      }
    }
    expect(full.contacts.filter((c) => c.note !== '').length / full.contacts.length).toBeLessThan(0.15);
  });

  it('records nothing after "now", and what is before stays as it was', () => {
    const cut = plan('2024-06-01T00:00:00.000Z');
    expect(cut.contacts.every((c) => c.created_at <= '2024-06-01T00:00:00.000Z')).toBe(true);
    expect(cut.contacts).toEqual(full.contacts.slice(0, cut.contacts.length));
    expect(cut.contacts.length).toBeLessThan(full.contacts.length);
    const kept = new Set(cut.contacts.map((c) => c.family_id));
    expect(cut.families.every((f) => kept.has(f.id))).toBe(true);
    const stats = contactStatistics(2023, counted(cut), subjects, []);
    expect(stats.indicators.map((i) => i.count)).toEqual([454, 364, 206, 57, 41]);
  });
});
