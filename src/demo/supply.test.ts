import { describe, expect, it } from 'vitest';
import { approvalProblems } from '../modules/childminders/childminders.rules.js';
import { facilityProblems, type FacilityKind, type Funding } from '../modules/facilities/facilities.rules.js';
import { findCommune, findEpci } from '../modules/relais/communes.reference.js';
import { DEMO_EPCI } from './vie-et-boulogne.js';
import { DEMO_HISTORY, DEMO_SUPPLY_2024, ofCommune, planSupply } from './supply.js';

const communes = findEpci(DEMO_EPCI)!.communeCodes.map((code) => {
  const ref = findCommune(code)!;
  return { inseeCode: code, name: ref.name, population: ref.population ?? 0, postcode: ref.postcodes[0] ?? '' };
});

function plan() {
  let n = 0;
  return planSupply('relais', communes, {
    referentUserId: 'animatrice',
    now: '2026-01-15T09:00:00.000Z',
    ids: () => `id-${++n}`,
  });
}

const { childminders, events, houses, facilities, slots } = plan();
const active = childminders.filter((c) => c.status === 'active');
const END = DEMO_SUPPLY_2024.date;

describe('the demo supply of Vie et Boulogne', () => {
  it('is the same on every run', () => {
    expect(plan()).toEqual(plan());
  });

  it('has the 2024 figures of the operating project', () => {
    expect(active).toHaveLength(312);
    expect(active.reduce((n, c) => n + c.approval_places, 0)).toBe(1092);
    expect(active.every((c) => c.approval_places >= 1 && c.approval_places <= 4)).toBe(true);
    expect(active.filter((c) => c.monenfant_registered === 1)).toHaveLength(258);
    const over55 = active.filter((c) => ageOnEnd(c.birth_date!) >= 55);
    expect(over55.length).toBeGreaterThan(100);
    expect(active.some((c) => c.accepts_trainees === 1)).toBe(true);
    expect(active.some((c) => c.atypical_hours === 1)).toBe(true);
    // Every commune has childminders; the big ones have more.
    const byCommune = (code: string) => active.filter((c) => c.insee_code === code).length;
    for (const c of communes) expect(byCommune(c.inseeCode), c.name).toBeGreaterThan(0);
    expect(byCommune('85003')).toBeGreaterThan(byCommune('85102') * 4);
  });

  it('has 12 open MAM, each with 2 to 4 active childminders practising there, and 2 closed ones', () => {
    const open = houses.filter((h) => h.closed_on === null);
    expect(open).toHaveLength(12);
    for (const h of open) {
      const members = childminders.filter((c) => c.childminder_house_id === h.id);
      expect(members.length, h.name).toBeGreaterThanOrEqual(2);
      expect(members.length, h.name).toBeLessThanOrEqual(4);
      for (const m of members) expect(m).toMatchObject({ status: 'active', practice: 'mam', insee_code: h.insee_code });
    }
    expect(childminders.filter((c) => c.practice === 'mam' && !c.childminder_house_id)).toEqual([]);
    // 14 MAM in 2022 (seed: « 11 MAM/14 rencontrées en 2022 »).
    expect(houses.filter((h) => h.opened_on! <= '2022-12-31' && (h.closed_on ?? '9999') > '2022-12-31')).toHaveLength(
      14,
    );
  });

  it('has the archives and arrivals of each year, consistent with every file', () => {
    for (const { year, departures, arrivals, reactivations } of DEMO_HISTORY) {
      const ofYear = events.filter((e) => e.effective_on.startsWith(`${year}-`));
      expect(
        ofYear.filter((e) => e.kind === 'archived'),
        `${year}`,
      ).toHaveLength(departures);
      expect(
        ofYear.filter((e) => e.kind === 'registered'),
        `${year}`,
      ).toHaveLength(arrivals);
      expect(
        ofYear.filter((e) => e.kind === 'reactivated'),
        `${year}`,
      ).toHaveLength(reactivations);
    }
    for (const c of childminders) {
      const history = events
        .filter((e) => e.childminder_id === c.id)
        .sort((a, b) => a.effective_on.localeCompare(b.effective_on));
      expect(history[0]?.kind).toBe('registered');
      // Status changes alternate, and the file says where its history ends.
      history.slice(1).forEach((e, i) => expect(e.kind).toBe(i % 2 === 0 ? 'archived' : 'reactivated'));
      const last = history.at(-1)!;
      expect(c.status).toBe(last.kind === 'archived' ? 'archived' : 'active');
      expect(c.status_since).toBe(last.effective_on);
      expect(c.archive_reason).toBe(last.kind === 'archived' ? last.reason : null);
      for (const e of history.filter((x) => x.kind === 'archived')) {
        expect(['retirement', 'career_change', 'move', 'withdrawal']).toContain(e.reason);
      }
      expect(history.every((e) => e.source === 'demo' && e.effective_on <= END)).toBe(true);
      // Before 2018, the arrival is the day of the agrément.
      if (history[0]!.effective_on < '2018-01-01') expect(history[0]!.effective_on).toBe(c.approval_date);
    }
  });

  it('writes files the childminder register accepts', () => {
    for (const c of childminders) {
      const problems = approvalProblems(
        {
          birthDate: c.birth_date ?? null,
          approvalDate: c.approval_date ?? null,
          approvalRenewalDate: c.approval_renewal_date ?? null,
          approvalPlaces: c.approval_places,
          approvalMinAgeMonths: c.approval_min_age_months ?? null,
          approvalMaxAgeMonths: c.approval_max_age_months ?? null,
          reducedPlaces: c.reduced_places ?? null,
          reducedUntil: c.reduced_until ?? null,
          practice: c.practice as 'home' | 'mam',
          childminderHouseId: c.childminder_house_id ?? null,
        },
        c.status_since,
      );
      expect(problems, `${c.first_name} ${c.last_name}`).toEqual([]);
      expect(c.approval_date! <= c.status_since).toBe(true);
    }
  });

  it('has 3 public EAJE and 11 private micro-crèches with 175 places (97 in 2018)', () => {
    const care = facilities.filter((f) => f.places !== null);
    const eaje = care.filter((f) => f.kind === 'eaje');
    const micro = care.filter((f) => f.kind === 'micro_creche');
    expect(eaje).toHaveLength(3);
    expect(eaje.every((f) => f.funding === 'psu')).toBe(true);
    expect(micro).toHaveLength(11);
    expect(micro.every((f) => f.funding === 'paje')).toBe(true);
    expect(micro.reduce((n, f) => n + f.places!, 0)).toBe(175);
    expect(micro.filter((f) => f.opened_on! <= '2018-12-31').reduce((n, f) => n + f.places!, 0)).toBe(97);
    expect(facilities.filter((f) => f.places === null).every((f) => f.funding === null)).toBe(true);
    // Coherent for the facility register, except the micro-crèches of two units (more than 12
    // places under one name): the seed counts 175 places in 11 micro-crèches.
    for (const f of facilities) {
      const problems = facilityProblems(
        {
          kind: f.kind as FacilityKind,
          places: f.places ?? null,
          funding: (f.funding ?? null) as Funding | null,
          openedOn: f.opened_on ?? null,
          closedOn: f.closed_on ?? null,
        },
        END,
      );
      const twoUnits = f.description?.includes('deux unités') === true;
      expect(
        problems.filter((p) => !(twoUnits && p.field === 'places')),
        f.name,
      ).toEqual([]);
    }
  });

  it('names places in good French', () => {
    expect(ofCommune('Aizenay')).toBe("d'Aizenay");
    expect(ofCommune('Le Poiré-sur-Vie')).toBe('du Poiré-sur-Vie');
    expect(ofCommune('Les Lucs-sur-Boulogne')).toBe('des Lucs-sur-Boulogne');
    expect(ofCommune('La Genétouze')).toBe('de La Genétouze');
    expect(ofCommune('Saint-Étienne-du-Bois')).toBe('de Saint-Étienne-du-Bois');
    expect(facilities.map((f) => f.name)).toContain('Multi-accueil du Poiré-sur-Vie');
  });

  it('has free places for the directory and answers of every kind for the freshness loop', () => {
    const byChildminder = new Map<string, number>();
    for (const slot of slots) byChildminder.set(slot.childminder_id, (byChildminder.get(slot.childminder_id) ?? 0) + 1);
    const withPlaces = active.filter((c) => byChildminder.has(c.id));
    expect(withPlaces.length).toBeGreaterThan(80);
    expect(withPlaces.length).toBeLessThan(140);
    expect(withPlaces.every((c) => byChildminder.get(c.id)! <= c.approval_places)).toBe(true);
    expect(slots.every((s) => active.some((c) => c.id === s.childminder_id))).toBe(true);
    expect(slots.every((s) => s.start_time < s.end_time)).toBe(true);
    const now = Date.parse('2026-01-15T09:00:00.000Z');
    const age = (iso: string) => (now - Date.parse(iso)) / 86_400_000;
    const fresh = active.filter((c) => c.availability_confirmed_at && age(c.availability_confirmed_at) <= 60);
    const stale = active.filter((c) => c.availability_confirmed_at && age(c.availability_confirmed_at) > 60);
    const unanswered = active.filter(
      (c) =>
        c.availability_reminded_at &&
        (!c.availability_confirmed_at || c.availability_confirmed_at < c.availability_reminded_at),
    );
    expect(fresh.length).toBeGreaterThan(150);
    expect(stale.length).toBeGreaterThan(30);
    expect(unanswered.length).toBeGreaterThan(20);
  });
});

function ageOnEnd(birthDate: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = END.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}
