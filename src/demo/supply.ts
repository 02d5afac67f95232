/**
 * Demo data of the supply of care in Vie et Boulogne: childminders (AM) with their agrément and
 * the history of their arrivals and departures since 2018, MAM, collective facilities and family
 * services. It reproduces the reference figures of the 2025–2029 operating project (see
 * /work/shared/design/DOMAIN.md); every person is fictional (names drawn from small lists),
 * communes are real, facility names are generic. A seeded generator draws everything: the same
 * data on every run.
 *
 * How the history adds up. Per year, the seed gives departures (archivages) / arrivals:
 *   2018 50/7, 2019 51/8, 2020 46/16, 2021 43/15, 2022 54/14, 2023 48/12.
 * 2024 is not given: we chose 38 departures and 13 arrivals (the trend of the previous years),
 * and a few reactivations (an AM archived, e.g. after a career change, who comes back: 1 in 2021,
 * 2 in 2022, 1 in 2023, 2 in 2024; they are not counted as arrivals).
 * Active AMs at the end of a year = previous year + arrivals + reactivations − departures, so
 * going back from the 312 AMs of 31 December 2024:
 *   end 2023: 312 + 38 − 13 − 2 = 335
 *   end 2022: 335 + 48 − 12 − 1 = 370   (the seed's "370 AM agréés" of 2022, monenfant.fr §)
 *   end 2021: 370 + 54 − 14 − 2 = 408
 *   end 2020: 408 + 43 − 15 − 1 = 435
 *   end 2019: 435 + 46 − 16     = 465
 *   end 2018: 465 + 51 − 8      = 508
 *   end 2017: 508 + 50 − 7      = 551   (the AMs the history starts with)
 * The seed also says "95 AMs fewer between 2019 and 2024" (about 407 at the end of 2019). That
 * cannot agree with its own yearly figures: 2020–2023 alone count 191 departures for 57 arrivals,
 * 134 AMs fewer before 2024 even starts. We keep the yearly figures (they are the observatory's
 * counts) and 370 in 2022; the demo has 465 − 312 = 153 AMs fewer than at the end of 2019.
 *
 * Other figures: 1,092 agreed places for the 312 AMs (each 1 to 4); 12 MAM open at the end of
 * 2024 (14 in 2022 — "11 MAM/14 rencontrées en 2022" — two closed since), each with 2 to 4 of
 * those AMs; more than 100 of them aged 55 or more on 31 December 2024; monenfant.fr: the seed
 * says 258 registered out of 307 AMs in 2024, we register 258 of the 312 active AMs.
 * Facilities: 3 public EAJE (PSU, 85 places: 32.7 % of collective places, the seed's "32,6 % de
 * places en PSU") and 11 private micro-crèches (PAJE) with 175 places, 97 of them already open in
 * 2018 (seed: "97 places en 2018, 175 aujourd'hui", 5 micro-crèches opened since). A micro-crèche
 * welcomes at most 12 children per unit: 175 places in 11 micro-crèches is only possible if some
 * of them are two units under one name. Five are, and say so in their description (the register
 * has no number of units, so the form does not cap a micro-crèche's places).
 * Places have no history: a past year counts each AM with the places of her current agrément
 * (about 1,580 places at the end of 2019 in the demo: nearly 500 fewer by 2024, not the seed's 303).
 */
import type { Insertable, Kysely } from 'kysely';
import type {
  AvailabilitySlotTable,
  ChildminderEventTable,
  ChildminderHouseTable,
  ChildminderTable,
  Database,
  FacilityTable,
} from '../db/schema.js';
import { ARCHIVE_REASON_LABELS, type ArchiveReason } from '../modules/childminders/childminders.rules.js';
import { insertChunked } from '../db/insert-chunked.js';
import { findCommune } from '../modules/relais/communes.reference.js';
import { randomPerson } from './names.js';
import { addDays, addYears, seededRandom, type Random } from './random.js';

/** Departures (archivages), arrivals and reactivations per year; 2018–2023 from the seed. */
export const DEMO_HISTORY = [
  { year: 2018, departures: 50, arrivals: 7, reactivations: 0 },
  { year: 2019, departures: 51, arrivals: 8, reactivations: 0 },
  { year: 2020, departures: 46, arrivals: 16, reactivations: 0 },
  { year: 2021, departures: 43, arrivals: 15, reactivations: 1 },
  { year: 2022, departures: 54, arrivals: 14, reactivations: 2 },
  { year: 2023, departures: 48, arrivals: 12, reactivations: 1 },
  { year: 2024, departures: 38, arrivals: 13, reactivations: 2 },
] as const;

/** The picture on 31 December 2024 (seed, §3 of the operating project). */
export const DEMO_SUPPLY_2024 = {
  date: '2024-12-31',
  childminders: 312,
  places: 1092,
  houses: 12,
  monenfantRegistered: 258,
  /** "Plus d'une centaine d'AM ont plus de 55 ans." */
  over55AtLeast: 101,
  psuPlaces: 85,
  pajePlaces: 175,
} as const;

const SEED = 85_2024;
const HISTORY_START = '2018-01-01';
const SENIOR_AGE = 55;

export interface DemoCommune {
  inseeCode: string;
  name: string;
  population: number;
  postcode: string;
}

type StatusKind = 'registered' | 'archived' | 'reactivated';

interface PlannedEvent {
  kind: StatusKind;
  on: string;
  reason: ArchiveReason | null;
}

interface Person {
  id: string;
  firstName: string;
  lastName: string;
  birthDate: string;
  inseeCode: string;
  approvalDate: string;
  places: number;
  houseId: string | null;
  events: PlannedEvent[];
}

export interface SupplyPlan {
  houses: Insertable<ChildminderHouseTable>[];
  childminders: Insertable<ChildminderTable>[];
  events: Insertable<ChildminderEventTable>[];
  facilities: Insertable<FacilityTable>[];
  slots: Insertable<AvailabilitySlotTable>[];
}

/** « d'Aizenay », « du Poiré-sur-Vie », « des Lucs-sur-Boulogne », « de La Genétouze ». */
export function ofCommune(name: string): string {
  if (name.startsWith('Le ')) return `du ${name.slice(3)}`;
  if (name.startsWith('Les ')) return `des ${name.slice(4)}`;
  if (/^[AEIOUYÉÈÊÂÎ]/i.test(name)) return `d'${name}`;
  return `de ${name}`;
}

function ageOn(birthDate: string, date: string): number {
  const [by, bm, bd] = birthDate.split('-').map(Number) as [number, number, number];
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return y - by - (m < bm || (m === bm && d < bd) ? 1 : 0);
}

function isActive(p: Person): boolean {
  return p.events.at(-1)?.kind !== 'archived';
}

/** Age at the end of 2017 of the AMs the history starts with: an ageing profession. */
const START_AGE_BANDS = [
  { from: 26, to: 34, weight: 10 },
  { from: 35, to: 44, weight: 20 },
  { from: 45, to: 54, weight: 42 },
  { from: 55, to: 64, weight: 28 },
];

/** Weight of being among a year's departures, by age on 31 December: retirement first. */
function departureWeight(age: number): number {
  if (age >= 66) return 40;
  if (age >= 62) return 12;
  if (age >= 58) return 2.2;
  if (age >= 45) return 0.7;
  return 1.2;
}

function departureReason(random: Random, age: number): ArchiveReason {
  if (age >= 62 || (age >= 58 && random.chance(0.45))) return 'retirement';
  return random.weighted(
    [
      { reason: 'career_change' as const, weight: 45 },
      { reason: 'move' as const, weight: 35 },
      { reason: 'withdrawal' as const, weight: 20 },
    ],
    (r) => r.weight,
  ).reason;
}

/** Agreed places of an agrément: mostly 3 or 4. */
function drawPlaces(random: Random): number {
  return random.weighted(
    [
      { places: 4, weight: 52 },
      { places: 3, weight: 33 },
      { places: 2, weight: 10 },
      { places: 1, weight: 5 },
    ],
    (p) => p.weight,
  ).places;
}

/** The 12 MAM open at the end of 2024 and the 2 that closed since 2022. */
const HOUSES: { name: string; commune: string; openedOn: string; closedOn: string | null; members: number }[] = [
  { name: "MAM Les P'tits Loups", commune: '85003', openedOn: '2010-09-01', closedOn: null, members: 4 },
  { name: 'MAM Câlins et Compagnie', commune: '85178', openedOn: '2012-01-09', closedOn: null, members: 3 },
  { name: "MAM Les Bout'choux", commune: '85019', openedOn: '2013-09-02', closedOn: null, members: 4 },
  { name: 'MAM Pirouette', commune: '85129', openedOn: '2014-09-01', closedOn: null, members: 3 },
  { name: 'MAM Les Lucioles', commune: '85208', openedOn: '2015-01-05', closedOn: null, members: 2 },
  { name: 'MAM La Ribambelle', commune: '85003', openedOn: '2016-09-05', closedOn: null, members: 3 },
  { name: 'MAM 1, 2, 3 Soleil', commune: '85006', openedOn: '2017-09-04', closedOn: null, members: 3 },
  { name: 'MAM Les Frimousses', commune: '85178', openedOn: '2018-09-03', closedOn: null, members: 4 },
  { name: 'MAM Les Coccinelles', commune: '85098', openedOn: '2019-09-02', closedOn: null, members: 2 },
  { name: "MAM Bulle d'éveil", commune: '85019', openedOn: '2020-09-01', closedOn: null, members: 3 },
  { name: 'MAM Les Petits Pas', commune: '85086', openedOn: '2021-09-06', closedOn: null, members: 3 },
  { name: 'MAM Au Pays des Lutins', commune: '85130', openedOn: '2022-01-03', closedOn: null, members: 4 },
  { name: 'MAM Les Doudous', commune: '85015', openedOn: '2016-01-04', closedOn: '2023-07-31', members: 0 },
  { name: 'MAM Les Marmousets', commune: '85169', openedOn: '2019-01-07', closedOn: '2024-06-28', members: 0 },
];

/** Collective care: 3 public EAJE (PSU) and 11 private micro-crèches (PAJE). */
const CARE: {
  kind: 'eaje' | 'micro_creche';
  commune: string;
  qualifier?: string;
  places: number;
  openedOn: string;
  units?: 2;
}[] = [
  { kind: 'eaje', commune: '85003', places: 36, openedOn: '2004-09-01' },
  { kind: 'eaje', commune: '85178', places: 28, openedOn: '2009-01-05' },
  { kind: 'eaje', commune: '85019', places: 21, openedOn: '2013-09-02' },
  // Open in 2018: 97 places.
  { kind: 'micro_creche', commune: '85003', qualifier: 'centre', places: 24, openedOn: '2012-09-03', units: 2 },
  { kind: 'micro_creche', commune: '85178', qualifier: 'centre', places: 22, openedOn: '2014-01-06', units: 2 },
  { kind: 'micro_creche', commune: '85019', places: 15, openedOn: '2015-09-01', units: 2 },
  { kind: 'micro_creche', commune: '85129', places: 12, openedOn: '2016-03-01' },
  { kind: 'micro_creche', commune: '85208', places: 12, openedOn: '2017-01-09' },
  { kind: 'micro_creche', commune: '85006', places: 12, openedOn: '2017-09-04' },
  // Opened since: 78 places.
  {
    kind: 'micro_creche',
    commune: '85003',
    qualifier: "zone d'activités",
    places: 24,
    openedOn: '2019-09-02',
    units: 2,
  },
  { kind: 'micro_creche', commune: '85210', places: 12, openedOn: '2020-09-01' },
  { kind: 'micro_creche', commune: '85098', places: 12, openedOn: '2021-09-01' },
  {
    kind: 'micro_creche',
    commune: '85178',
    qualifier: "zone d'activités",
    places: 18,
    openedOn: '2022-09-05',
    units: 2,
  },
  { kind: 'micro_creche', commune: '85130', places: 12, openedOn: '2023-09-04' },
];

/** Other family services of the guide petite enfance (no places, no funding). */
const SERVICES: { kind: 'pmi' | 'laep' | 'library' | 'toy_library'; commune: string; name: string; text: string }[] = [
  {
    kind: 'pmi',
    commune: '85003',
    name: "Permanence PMI d'Aizenay",
    text: 'Consultations de puériculture et suivi des jeunes enfants, sur rendez-vous.',
  },
  {
    kind: 'pmi',
    commune: '85178',
    name: 'Permanence PMI du Poiré-sur-Vie',
    text: 'Consultations de puériculture et suivi des jeunes enfants, sur rendez-vous.',
  },
  {
    kind: 'laep',
    commune: '85178',
    name: "Lieu d'accueil enfants-parents du Poiré-sur-Vie",
    text: 'Un temps de jeu et de parole pour les enfants de moins de 6 ans et leurs parents, anonyme et gratuit.',
  },
  {
    kind: 'library',
    commune: '85003',
    name: "Médiathèque d'Aizenay",
    text: 'Espace petite enfance, lectures pour les tout-petits.',
  },
  {
    kind: 'library',
    commune: '85210',
    name: 'Médiathèque de Saint-Étienne-du-Bois',
    text: 'Espace petite enfance, lectures pour les tout-petits.',
  },
  {
    kind: 'toy_library',
    commune: '85019',
    name: 'Ludothèque de Bellevigny',
    text: 'Jeux et jouets à emprunter ou à découvrir sur place, en famille.',
  },
];

/**
 * Draws the whole supply of the territory (pure: no database). `ids` gives the identifiers, so
 * that tests can make them predictable too.
 */
export function planSupply(
  relaisId: string,
  communes: readonly DemoCommune[],
  options: { referentUserId: string | null; now: string; ids?: () => string },
): SupplyPlan {
  const random = seededRandom(SEED);
  const newId = options.ids ?? (() => crypto.randomUUID());
  const byCode = new Map(communes.map((c) => [c.inseeCode, c]));
  const drawCommune = () => random.weighted(communes, (c) => c.population).inseeCode;
  const people: Person[] = [];

  const newPerson = (birthDate: string, approvalDate: string, registeredOn: string): Person => {
    const person: Person = {
      id: newId(),
      ...randomPerson(random, Number(birthDate.slice(0, 4))),
      birthDate,
      inseeCode: drawCommune(),
      approvalDate,
      places: drawPlaces(random),
      houseId: null,
      events: [{ kind: 'registered', on: registeredOn, reason: null }],
    };
    people.push(person);
    return person;
  };

  // The AMs active at the end of 2017: registered on the day of their agrément.
  const net = DEMO_HISTORY.reduce((n, y) => n + y.arrivals + y.reactivations - y.departures, 0);
  const startCount = DEMO_SUPPLY_2024.childminders - net;
  for (let i = 0; i < startCount; i++) {
    const band = random.weighted(START_AGE_BANDS, (b) => b.weight);
    const age = random.int(band.from, band.to);
    const birthDate = random.dateBetween(`${2017 - age - 1}-01-01`, `${2017 - age}-12-31`);
    const earliest = [addYears(birthDate, 23), '1988-01-01'].sort()[1] as string;
    const approvalDate = random.dateBetween(earliest < '2017-12-31' ? earliest : '2017-01-02', '2017-12-31');
    newPerson(birthDate, approvalDate, approvalDate);
  }

  for (const { year, departures, arrivals, reactivations } of DEMO_HISTORY) {
    const yearEnd = `${year}-12-31`;
    const activeAtStart = people.filter(isActive);
    // Departures: among the AMs active on 1 January, the oldest first.
    for (const p of random.sample(activeAtStart, departures, (p) => departureWeight(ageOn(p.birthDate, yearEnd)))) {
      const on = random.dateBetween(`${year}-01-01`, yearEnd);
      p.events.push({ kind: 'archived', on, reason: departureReason(random, ageOn(p.birthDate, on)) });
    }
    // Reactivations: AMs who left in an earlier year for another reason than retirement.
    const comeback = people.filter((p) => {
      const last = p.events.at(-1);
      return last?.kind === 'archived' && last.reason !== 'retirement' && last.on < `${year}-01-01`;
    });
    for (const p of random.sample(comeback, reactivations)) {
      p.events.push({ kind: 'reactivated', on: random.dateBetween(`${year}-01-01`, yearEnd), reason: null });
    }
    // Arrivals: new agréments mostly, a few AMs who move in with an older one.
    for (let i = 0; i < arrivals; i++) {
      const registeredOn = random.dateBetween(`${year}-01-01`, yearEnd);
      const age = random.int(24, 50);
      const birthDate = random.dateBetween(`${year - age - 1}-01-01`, `${year - age}-12-31`);
      const movedIn = random.chance(0.25) && age >= 30;
      const approvalDate = movedIn
        ? random.dateBetween(addYears(birthDate, 24), addDays(registeredOn, -365))
        : addDays(registeredOn, -random.int(0, 40));
      newPerson(birthDate, approvalDate, registeredOn);
    }
  }

  const active = people.filter(isActive);
  if (active.length !== DEMO_SUPPLY_2024.childminders) throw new Error(`demo: ${active.length} active AMs`);

  // MAM: members among the active AMs, rather the younger ones; they practise in its commune.
  const houses: Insertable<ChildminderHouseTable>[] = [];
  const free = new Set(active);
  for (const h of HOUSES) {
    const id = newId();
    houses.push({
      id,
      relais_id: relaisId,
      name: h.name,
      insee_code: h.commune,
      address: '',
      opened_on: h.openedOn,
      closed_on: h.closedOn,
      referent_user_id: h.closedOn ? null : options.referentUserId,
      last_visit_on: h.closedOn ? null : random.dateBetween('2022-03-01', '2024-11-30'),
      created_at: options.now,
      updated_at: options.now,
    });
    const members = random.sample([...free], h.members, (p) => (ageOn(p.birthDate, h.openedOn) < 45 ? 4 : 1));
    for (const p of members) {
      free.delete(p);
      p.houseId = id;
      p.inseeCode = h.commune;
      p.places = random.chance(0.85) ? 4 : 3;
    }
  }

  // Active AMs spread over the communes by population (largest remainders); archived ones kept
  // the commune drawn at random when they were created.
  const quotas = new Map<string, number>();
  const total = communes.reduce((n, c) => n + c.population, 0);
  const exact = communes.map((c) => ({ code: c.inseeCode, share: (c.population * active.length) / total }));
  for (const e of exact) quotas.set(e.code, Math.floor(e.share));
  let left = active.length - [...quotas.values()].reduce((n, q) => n + q, 0);
  for (const e of [...exact].sort((a, b) => (b.share % 1) - (a.share % 1))) {
    if (left-- <= 0) break;
    quotas.set(e.code, (quotas.get(e.code) ?? 0) + 1);
  }
  for (const p of active) if (p.houseId) quotas.set(p.inseeCode, (quotas.get(p.inseeCode) ?? 0) - 1);
  const codes = [...quotas].flatMap(([code, n]) => Array<string>(Math.max(0, n)).fill(code));
  random.shuffled(active.filter((p) => !p.houseId)).forEach((p, i) => (p.inseeCode = codes[i] ?? p.inseeCode));

  // 1,092 places exactly: nudge drawn agréments up or down, one place at a time.
  let places = active.reduce((n, p) => n + p.places, 0);
  while (places !== DEMO_SUPPLY_2024.places) {
    const up = places < DEMO_SUPPLY_2024.places;
    const p = random.pick(active.filter((a) => (up ? a.places < 4 : a.places > 1)));
    p.places += up ? 1 : -1;
    places += up ? 1 : -1;
  }

  const registered = new Set(
    random.sample(active, DEMO_SUPPLY_2024.monenfantRegistered, (p) => (p.houseId ? 3 : 1)).map((p) => p.id),
  );
  const over55 = active.filter((p) => ageOn(p.birthDate, DEMO_SUPPLY_2024.date) >= SENIOR_AGE).length;
  if (over55 < DEMO_SUPPLY_2024.over55AtLeast) throw new Error(`demo: only ${over55} AMs aged 55 or more`);

  const childminders: Insertable<ChildminderTable>[] = [];
  const events: Insertable<ChildminderEventTable>[] = [];
  let sequence = 0;
  for (const p of people) {
    const last = p.events.at(-1) as PlannedEvent;
    const current = last.kind !== 'archived';
    let renewal: string | null = null;
    if (current) {
      renewal = addYears(p.approvalDate, 5);
      while (renewal <= DEMO_SUPPLY_2024.date) renewal = addYears(renewal, 5);
    }
    const ages = random.weighted(
      [
        { min: null, max: null, weight: 75 },
        { min: 0, max: 36, weight: 15 },
        { min: 3, max: 72, weight: 10 },
      ],
      (a) => a.weight,
    );
    childminders.push({
      id: p.id,
      relais_id: relaisId,
      first_name: p.firstName,
      last_name: p.lastName.toUpperCase(),
      birth_date: p.birthDate,
      postcode: byCode.get(p.inseeCode)?.postcode ?? '',
      insee_code: p.inseeCode,
      approval_number: `AG85-${p.approvalDate.slice(0, 4)}-${String(++sequence).padStart(4, '0')}`,
      approval_date: p.approvalDate,
      approval_renewal_date: renewal,
      approval_places: p.places,
      approval_min_age_months: ages.min,
      approval_max_age_months: ages.max,
      atypical_hours: random.chance(0.12) ? 1 : 0,
      emergency_care: random.chance(0.06) ? 1 : 0,
      disability_care: random.chance(0.04) ? 1 : 0,
      practice: p.houseId ? 'mam' : 'home',
      childminder_house_id: p.houseId,
      monenfant_registered: current ? (registered.has(p.id) ? 1 : 0) : random.chance(0.45) ? 1 : 0,
      accepts_trainees: random.chance(current ? 0.1 : 0.05) ? 1 : 0,
      status: current ? 'active' : 'archived',
      status_since: last.on,
      archive_reason: current ? null : last.reason,
      created_at: options.now,
      updated_at: options.now,
    });
    for (const e of p.events) {
      events.push({
        id: newId(),
        relais_id: relaisId,
        childminder_id: p.id,
        kind: e.kind,
        effective_on: e.on,
        reason: e.reason,
        summary:
          e.kind === 'registered'
            ? e.on < HISTORY_START
              ? `Agrément du ${frenchDate(e.on)} (${p.places} place(s) agréée(s))`
              : `Arrivée sur le territoire (${p.places} place(s) agréée(s))`
            : e.kind === 'archived'
              ? `Archivage : ${ARCHIVE_REASON_LABELS[e.reason ?? 'other']}`
              : 'Reprise d’activité',
        source: 'demo',
        actor_user_id: null,
        at: options.now,
      });
    }
  }

  const facilities: Insertable<FacilityTable>[] = [
    ...CARE.map((f) => {
      const commune = byCode.get(f.commune)?.name ?? f.commune;
      const base = f.kind === 'eaje' ? `Multi-accueil ${ofCommune(commune)}` : `Micro-crèche ${ofCommune(commune)}`;
      return {
        id: newId(),
        relais_id: relaisId,
        kind: f.kind,
        name: f.qualifier ? `${base} (${f.qualifier})` : base,
        insee_code: f.commune,
        places: f.places,
        funding: f.kind === 'eaje' ? 'psu' : 'paje',
        opened_on: f.openedOn,
        closed_on: null,
        description:
          f.kind === 'eaje'
            ? 'Établissement public d’accueil du jeune enfant, géré par la commune.'
            : f.units
              ? 'Micro-crèche privée : deux unités d’accueil dans le même bâtiment.'
              : 'Micro-crèche privée.',
        created_at: options.now,
        updated_at: options.now,
      };
    }),
    ...SERVICES.map((s) => ({
      id: newId(),
      relais_id: relaisId,
      kind: s.kind,
      name: s.name,
      insee_code: s.commune,
      places: null,
      funding: null,
      opened_on: null,
      closed_on: null,
      description: s.text,
      created_at: options.now,
      updated_at: options.now,
    })),
  ];

  const slots = planAvailability(relaisId, childminders, options.now, newId);
  return { houses, childminders, events, facilities, slots };
}

/**
 * The free places of the demo, so that the directory, its map and the freshness loop have
 * something to show: about a third of the active childminders declare one or two (never more than
 * their agrément), from now or from a later date. Most confirmed within the last weeks; some two to
 * five months ago (stale), most of those reminded without answer; a few were reminded and never
 * answered; the others were never asked. Its own seed: the register above stays as it was.
 */
function planAvailability(
  relaisId: string,
  childminders: Insertable<ChildminderTable>[],
  now: string,
  newId: () => string,
): Insertable<AvailabilitySlotTable>[] {
  const random = seededRandom(SEED + 1);
  const ago = (days: number) => new Date(Date.parse(now) - days * 86_400_000).toISOString();
  const today = now.slice(0, 10);
  const slots: Insertable<AvailabilitySlotTable>[] = [];
  for (const c of childminders) {
    if (c.status !== 'active') continue;
    if (random.chance(0.35)) {
      const count = Math.min(c.approval_places, random.chance(0.25) ? 2 : 1);
      for (let i = 0; i < count; i++) {
        const later = random.chance(0.3);
        slots.push({
          id: newId(),
          relais_id: relaisId,
          childminder_id: c.id,
          available_from: later ? addDays(today, random.int(15, 200)) : addDays(today, -random.int(0, 60)),
          min_age_months: random.pick([0, 0, 2, 10, 12]),
          max_age_months: random.pick([36, 36, 48, 72, null]),
          days: random.pick(['1,2,3,4,5', '1,2,4,5', '1,2,4,5', '1,2,3', '3', '1,2,3,4,5,6']),
          start_time: random.pick(['06:30', '07:00', '07:30', '07:30', '08:00']),
          end_time: random.pick(['17:30', '18:00', '18:30', '18:30', '19:30']),
          atypical_hours: c.atypical_hours === 1 && random.chance(0.5) ? 1 : 0,
          periscolaire: random.chance(0.15) ? 1 : 0,
          note: '',
          created_at: now,
          replaced_at: null,
        });
      }
    }
    const answer = random.next();
    if (answer < 0.65) c.availability_confirmed_at = ago(random.int(0, 45));
    else if (answer < 0.85) {
      c.availability_confirmed_at = ago(random.int(70, 150));
      if (random.chance(0.7)) c.availability_reminded_at = ago(random.int(3, 25));
    } else if (answer < 0.92) c.availability_reminded_at = ago(random.int(3, 25));
  }
  return slots;
}

function frenchDate(date: string): string {
  const [y, m, d] = date.split('-');
  return `${d}/${m}/${y}`;
}

/** Rows of one table, in statements of at most ~10,000 bound values (SQLite and PostgreSQL limits). */
export interface SupplySeedSummary {
  /** Files, archived ones included. */
  childminders: number;
  /** Active today (that is, on 31 December 2024: the history stops there). */
  active: number;
  /** MAM open today. */
  houses: number;
  /** Collective care (EAJE and micro-crèches). */
  facilities: number;
  events: number;
}

/** Loads the supply of care into the demo relais, in one transaction. */
export async function seedSupply(
  deps: { db: Kysely<Database>; clock: { now(): Date } },
  relaisId: string,
  communeCodes: readonly string[],
): Promise<SupplySeedSummary> {
  const communes = communeCodes.map((code) => {
    const ref = findCommune(code);
    if (!ref) throw new Error(`Commune ${code} absente du référentiel.`);
    return { inseeCode: code, name: ref.name, population: ref.population ?? 0, postcode: ref.postcodes[0] ?? '' };
  });
  const referent = await deps.db
    .selectFrom('user_account')
    .select('id')
    .where('relais_id', '=', relaisId)
    .where('role', '=', 'animator')
    .orderBy('created_at')
    .executeTakeFirst();
  const plan = planSupply(relaisId, communes, {
    referentUserId: referent?.id ?? null,
    now: deps.clock.now().toISOString(),
  });
  await deps.db.transaction().execute(async (trx) => {
    await insertChunked(trx, 'childminder_house', plan.houses);
    await insertChunked(trx, 'childminder', plan.childminders);
    await insertChunked(trx, 'childminder_event', plan.events);
    await insertChunked(trx, 'facility', plan.facilities);
    await insertChunked(trx, 'availability_slot', plan.slots);
  });
  return {
    childminders: plan.childminders.length,
    active: plan.childminders.filter((c) => c.status === 'active').length,
    houses: plan.houses.filter((h) => h.closed_on === null).length,
    facilities: plan.facilities.filter((f) => f.places !== null).length,
    events: plan.events.length,
  };
}
