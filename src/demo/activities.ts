/**
 * Demo data of the activities (*temps collectifs*) of Vie et Boulogne:
 *
 * - the built-in kinds of the relais;
 * - the current term (five weeks back, thirteen weeks ahead of today): play mornings four days a
 *   week (two on Tuesdays and Thursdays), rotating over the venues of the 15 communes, outside
 *   public and school holidays; an evening workshop, a conference, the co-education evening opened
 *   to parents, an information session on the collective agreement, one Extraordi'Relais, one
 *   cancelled play morning; registrations (confirmed, waiting list when full) and attendance of
 *   the sessions already held; the practice-analysis group of the school year (8 childminders,
 *   a psychologist) with its monthly sessions;
 * - the history of 2019 to 2023 of the sessions without children (evenings, practice analysis,
 *   information), whose attendance reproduces the seed's series of distinct childminders:
 *   77, 56, 75, 79 and 110 (DEMO_DISTINCT_WITHOUT_CHILDREN), what the statistics show;
 * - the play mornings of 2023, whose regulars bring the participation rate of that year to the
 *   seed's 38 % (DEMO_PARTICIPATION_2023).
 *
 * Every person is fictional; venues are the demo's (the venues lent by the mairies, §2.3). The
 * places taken by each session are exactly those of its confirmed registrations. A seeded
 * generator draws everything: the same data on every run (for the same today).
 */
import type { Insertable, Kysely } from 'kysely';
import { isPublicHoliday, isoWeekday, parisInstant } from '../app/calendar.js';
import { parisToday, type Clock } from '../app/clock.js';
import { insertChunked } from '../db/insert-chunked.js';
import type {
  ActivityAnimatorTable,
  ActivityAttendanceTable,
  ActivityEventTable,
  ActivityKindTable,
  ActivityRegistrationTable,
  ActivityTable,
  Database,
  PracticeGroupMemberTable,
  PracticeGroupTable,
} from '../db/schema.js';
import {
  BUILT_IN_KINDS,
  fits,
  PRACTICE_GROUP_MAX_MEMBERS,
  type ActivityTheme,
} from '../modules/activities/activities.rules.js';
import { schoolDayZoneB } from '../modules/appointments/school-holidays.js';
import { listChildminderFacts, listStatusEvents } from '../modules/supply-report/supply-report.repository.js';
import { activeDuring } from '../modules/activities/activities.statistics.rules.js';
import { activeOn } from '../modules/supply-report/supply-report.rules.js';
import { randomPerson } from './names.js';
import { addDays, seededRandom, type Random } from './random.js';

/** The seed's series: distinct childminders at the sessions without children, per year. */
export const DEMO_DISTINCT_WITHOUT_CHILDREN = [
  { year: 2019, count: 77 },
  { year: 2020, count: 56 },
  { year: 2021, count: 75 },
  { year: 2022, count: 79 },
  { year: 2023, count: 110 },
] as const;

/**
 * The seed's participation rate of 2023: the share of the childminders active during the year who
 * came to at least one collective session, with or without children (38 %). The play mornings of
 * 2023 bring their regulars to it.
 */
export const DEMO_PARTICIPATION_2023 = 38;

/** The current term: from this many days before today… */
export const DEMO_TERM_PAST_DAYS = 35;
/** …to this many days after. */
export const DEMO_TERM_FUTURE_DAYS = 91;

const SEED = 85_0006;
const FACILITATOR = 'Hélène Garnier, psychologue';
const PLAY_THEMES: ActivityTheme[] = ['free_play', 'motor', 'sensory', 'music', 'books', 'art', 'nature'];

export interface ActivitySeedSummary {
  activities: number;
  registrations: number;
  attendance: number;
}

interface Childminder {
  id: string;
  name: string;
  inseeCode: string;
}

interface Venue {
  id: string;
  name: string;
  inseeCode: string;
}

interface Draft {
  row: Insertable<ActivityTable>;
  registrations: Insertable<ActivityRegistrationTable>[];
}

/** The `n`-th `weekday` (ISO) of a month, moved a week later if it is a public holiday. */
function nthWeekday(year: number, month: number, weekday: number, n: number): string {
  let date = `${year}-${String(month).padStart(2, '0')}-01`;
  while (isoWeekday(date) !== weekday) date = addDays(date, 1);
  date = addDays(date, 7 * (n - 1));
  while (isPublicHoliday(date)) date = addDays(date, 7);
  return date;
}

/** Children of a registration spread over the age bands (mostly 1 to 3 years). */
function bands(random: Random, children: number) {
  const out = { children_under_1: 0, children_1_to_2: 0, children_2_to_3: 0, children_3_and_over: 0 };
  for (let i = 0; i < children; i++) {
    const band = random.weighted(
      [
        ['children_under_1', 15],
        ['children_1_to_2', 35],
        ['children_2_to_3', 35],
        ['children_3_and_over', 15],
      ] as const,
      ([, weight]) => weight,
    )[0];
    out[band] += 1;
  }
  return out;
}

/** A stable order of files whose ids are random: by what the seeded supply drew. */
async function childminderDirectory(db: Kysely<Database>, relaisId: string) {
  const rows = await db
    .selectFrom('childminder')
    .select(['id', 'first_name', 'last_name', 'birth_date', 'insee_code', 'status', 'status_since', 'account_id'])
    .where('relais_id', '=', relaisId)
    .execute();
  const key = (r: (typeof rows)[number]) =>
    [r.last_name, r.first_name, r.birth_date ?? '', r.insee_code, r.status, r.status_since].join('|');
  rows.sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
  return rows;
}

export async function seedActivities(
  deps: { db: Kysely<Database>; clock: Clock },
  relaisId: string,
  holders: { animatorId: string; managerId: string },
): Promise<ActivitySeedSummary> {
  const random = seededRandom(SEED);
  const now = deps.clock.now();
  const nowIso = now.toISOString();
  const today = parisToday(deps.clock);

  // ------------------------------------------------------------------ kinds
  const kindIds = new Map<string, string>();
  const existing = await deps.db
    .selectFrom('activity_kind')
    .select(['id', 'code'])
    .where('relais_id', '=', relaisId)
    .execute();
  for (const k of existing) if (k.code) kindIds.set(k.code, k.id);
  const kinds: Insertable<ActivityKindTable>[] = [];
  for (const k of BUILT_IN_KINDS) {
    if (kindIds.has(k.code)) continue;
    const id = crypto.randomUUID();
    kindIds.set(k.code, id);
    kinds.push({
      id,
      relais_id: relaisId,
      code: k.code,
      label: k.label,
      category: k.category,
      audience: k.audience,
      default_adult_capacity: k.adults,
      default_child_capacity: k.children,
      default_duration_minutes: k.minutes,
      archived_at: null,
      created_at: '2018-09-01T08:00:00.000Z',
      updated_at: '2018-09-01T08:00:00.000Z',
    });
  }
  const kind = (code: string) => {
    const spec = BUILT_IN_KINDS.find((k) => k.code === code)!;
    return { id: kindIds.get(code)!, ...spec };
  };

  // ------------------------------------------------------------------ venues and people
  const venues: Venue[] = (
    await deps.db
      .selectFrom('site')
      .select(['id', 'name', 'insee_code'])
      .where('relais_id', '=', relaisId)
      .where('for_activities', '=', 1)
      .where('archived_at', 'is', null)
      .orderBy('name')
      .execute()
  ).map((s) => ({ id: s.id, name: s.name, inseeCode: s.insee_code }));
  if (venues.length === 0) throw new Error('Aucun lieu d’animation pour les temps collectifs de démonstration.');
  const venueNamed = (part: string) => venues.find((v) => v.name.includes(part)) ?? venues[0]!;
  const poire = venueNamed('Poiré');
  const lucs = venueNamed('Lucs');
  const bellevigny = venueNamed('Bellevigny');
  const aizenay = venueNamed("Accueil de loisirs d'Aizenay");
  const eveningVenues = [poire, aizenay, lucs, bellevigny];

  const directory = await childminderDirectory(deps.db, relaisId);
  const asChildminder = (r: (typeof directory)[number]): Childminder => ({
    id: r.id,
    name: `${r.first_name} ${r.last_name}`,
    inseeCode: r.insee_code,
  });
  const facts = await listChildminderFacts(deps.db, relaisId);
  const events = await listStatusEvents(deps.db, relaisId, today);
  const demoAccount = await deps.db
    .selectFrom('user_account')
    .select('id')
    .where('email', '=', 'am.lefevre@vie-et-boulogne.test')
    .executeTakeFirst();

  // ------------------------------------------------------------------ rows
  const groups: Insertable<PracticeGroupTable>[] = [];
  const members: Insertable<PracticeGroupMemberTable>[] = [];
  const drafts: Draft[] = [];
  const animators: Insertable<ActivityAnimatorTable>[] = [];
  const attendance: Insertable<ActivityAttendanceTable>[] = [];
  const history: Insertable<ActivityEventTable>[] = [];

  const newActivity = (spec: {
    code: string;
    venue: Venue;
    date: string;
    start: string;
    end: string;
    theme: ActivityTheme;
    title?: string;
    description?: string;
    practiceGroupId?: string;
    animatorIds: string[];
    facilitator?: string;
  }): Draft => {
    const k = kind(spec.code);
    const createdAt = `${addDays(spec.date, -45)}T08:00:00.000Z`;
    const draft: Draft = {
      row: {
        id: crypto.randomUUID(),
        relais_id: relaisId,
        kind_id: k.id,
        title: spec.title ?? k.label,
        theme: spec.theme,
        description: spec.description ?? '',
        site_id: spec.venue.id,
        insee_code: spec.venue.inseeCode,
        starts_at: parisInstant(spec.date, spec.start).toISOString(),
        ends_at: parisInstant(spec.date, spec.end).toISOString(),
        date: spec.date,
        adult_capacity: k.adults,
        child_capacity: k.children,
        adults_taken: 0,
        children_taken: 0,
        registration_opens_at: null,
        registration_closes_at: null,
        facilitator: spec.facilitator ?? '',
        practice_group_id: spec.practiceGroupId ?? null,
        plan_id: null,
        status: 'scheduled',
        cancel_reason: '',
        attendance_recorded_at: null,
        created_at: createdAt < nowIso ? createdAt : nowIso,
        updated_at: createdAt < nowIso ? createdAt : nowIso,
      },
      registrations: [],
    };
    drafts.push(draft);
    for (const accountId of spec.animatorIds) animators.push({ activity_id: draft.row.id, account_id: accountId });
    history.push({
      id: crypto.randomUUID(),
      activity_id: draft.row.id,
      relais_id: relaisId,
      kind: 'created',
      actor_id: holders.animatorId,
      actor_name: 'Julie Bernardeau',
      detail: '',
      at: draft.row.created_at,
    });
    return draft;
  };

  /** Parents' registrations of the history: anonymised after the retention delay (three years), never after now. */
  const anonymisedAt = (date: string) => {
    const at = `${addDays(date, 3 * 365)}T02:00:00.000Z`;
    return at < nowIso ? at : nowIso;
  };

  /** A registration: confirmed if it fits what is left, else on the waiting list. */
  const register = (
    draft: Draft,
    who: { childminder?: Childminder; parentName?: string; adults?: number; children: number; anonymised?: boolean },
  ) => {
    const adults = who.adults ?? 1;
    const taken = {
      adultCapacity: Number(draft.row.adult_capacity),
      childCapacity: Number(draft.row.child_capacity),
      adultsTaken: Number(draft.row.adults_taken),
      childrenTaken: Number(draft.row.children_taken),
    };
    const confirmed = fits(taken, adults, who.children);
    if (confirmed) {
      draft.row.adults_taken = taken.adultsTaken + adults;
      draft.row.children_taken = taken.childrenTaken + who.children;
    }
    const start = String(draft.row.starts_at);
    const createdAt = new Date(
      Math.min(Date.parse(start) - random.int(1, 30) * 86_400_000 - random.int(0, 600) * 60_000, now.getTime()),
    ).toISOString();
    const parentEmail = who.parentName
      ? `${who.parentName
          .toLowerCase()
          .normalize('NFD')
          .replace(/[\u0300-\u036f]/g, '')
          .replace(/[^a-z]+/g, '.')}@exemple.test`
      : '';
    const registration: Insertable<ActivityRegistrationTable> = {
      id: crypto.randomUUID(),
      activity_id: String(draft.row.id),
      relais_id: relaisId,
      registrant: who.childminder ? 'childminder' : 'parent',
      childminder_id: who.childminder?.id ?? null,
      person_name: who.anonymised ? '' : (who.childminder?.name ?? who.parentName ?? ''),
      email: who.anonymised ? '' : parentEmail,
      phone: '',
      insee_code: who.childminder?.inseeCode ?? null,
      cancel_token_hash: null,
      adults,
      children: who.children,
      status: confirmed ? 'confirmed' : 'waiting',
      source: random.chance(0.7) ? 'online' : 'staff',
      created_at: createdAt,
      promoted_at: null,
      cancelled_at: null,
      anonymised_at: who.anonymised ? anonymisedAt(String(draft.row.date)) : null,
    };
    draft.registrations.push(registration);
    return registration;
  };

  const recordAttendance = (
    draft: Draft,
    present: {
      registration?: Insertable<ActivityRegistrationTable>;
      childminder?: Childminder;
      attendee?: 'childminder' | 'parent';
      personName?: string;
      walkIn?: boolean;
      children: number;
    }[],
  ) => {
    const recordedAt = new Date(Date.parse(String(draft.row.ends_at)) + 30 * 60_000).toISOString();
    for (const p of present) {
      attendance.push({
        id: crypto.randomUUID(),
        activity_id: String(draft.row.id),
        relais_id: relaisId,
        registration_id: p.registration ? String(p.registration.id) : null,
        attendee: p.attendee ?? 'childminder',
        childminder_id: p.childminder?.id ?? p.registration?.childminder_id ?? null,
        person_name: p.childminder?.name ?? p.personName ?? String(p.registration?.person_name ?? ''),
        walk_in: p.walkIn ? 1 : 0,
        ...bands(random, p.children),
        recorded_at: recordedAt,
        recorded_by: holders.animatorId,
      });
    }
    draft.row.attendance_recorded_at = recordedAt;
    const children = present.reduce((sum, p) => sum + p.children, 0);
    const walkIns = present.filter((p) => p.walkIn).length;
    history.push({
      id: crypto.randomUUID(),
      activity_id: String(draft.row.id),
      relais_id: relaisId,
      kind: 'attendance',
      actor_id: holders.animatorId,
      actor_name: 'Julie Bernardeau',
      detail: `${present.length} présent${present.length > 1 ? 's' : ''} (dont ${walkIns} sans inscription), ${children} enfant${children > 1 ? 's' : ''}`,
      at: recordedAt,
    });
  };

  /** Not a public holiday nor a school holiday (the relais follows the school calendar). */
  const openDay = (date: string) => !isPublicHoliday(date) && schoolDayZoneB(date).kind !== 'holiday';
  const schoolDay = (date: string) => openDay(date) && isoWeekday(date) <= 5;
  /** The play mornings of a period: every day open but Wednesday, two on Tuesdays and Thursdays, venues in turn. */
  const playMorningsBetween = (from: string, to: string, rotation: Venue[], open = schoolDay) => {
    let turn = 0;
    const out: Draft[] = [];
    for (let date = from; date <= to; date = addDays(date, 1)) {
      const weekday = isoWeekday(date);
      if (weekday === 3 || !open(date)) continue;
      const animatorsOfDay =
        weekday === 2 || weekday === 4 ? [holders.animatorId, holders.managerId] : [holders.animatorId];
      for (const animatorId of animatorsOfDay) {
        const venue = rotation[turn++ % rotation.length]!;
        out.push(
          newActivity({
            code: 'play_morning',
            venue,
            date,
            start: '09:30',
            end: '11:30',
            theme: PLAY_THEMES[turn % PLAY_THEMES.length]!,
            animatorIds: [animatorId],
          }),
        );
      }
    }
    return out;
  };
  const nearby = (venue: Venue) => (c: Childminder) => (c.inseeCode === venue.inseeCode ? 8 : 1);

  // ------------------------------------------------------------------ 2019–2023: without children
  const chosenOf = new Map<number, Childminder[]>();
  for (const { year, count } of DEMO_DISTINCT_WITHOUT_CHILDREN) {
    const fromActive = activeOn(facts, events, `${year}-01-01`);
    const toActive = activeOn(facts, events, `${year}-12-31`);
    const pool = directory.filter((c) => fromActive.has(c.id) && toActive.has(c.id)).map(asChildminder);
    const chosen = random.sample(pool, count);
    chosenOf.set(year, chosen);

    // The practice-analysis group of the year: eight of them, monthly sessions on Thursday evenings.
    const groupId = crypto.randomUUID();
    const groupMembers = chosen.slice(0, PRACTICE_GROUP_MAX_MEMBERS);
    groups.push({
      id: groupId,
      relais_id: relaisId,
      name: `Analyse de la pratique ${year}`,
      facilitator: FACILITATOR,
      max_members: PRACTICE_GROUP_MAX_MEMBERS,
      archived_at: `${year}-12-31T17:00:00.000Z`,
      created_at: `${year - 1}-12-01T09:00:00.000Z`,
      updated_at: `${year}-12-31T17:00:00.000Z`,
    });
    for (const m of groupMembers) {
      members.push({
        group_id: groupId,
        childminder_id: m.id,
        relais_id: relaisId,
        joined_at: `${year - 1}-12-01T09:00:00.000Z`,
        left_at: `${year}-12-31T17:00:00.000Z`,
      });
    }
    [1, 2, 3, 4, 5, 6, 9, 10].forEach((month, i) => {
      const draft = newActivity({
        code: 'practice_analysis',
        venue: poire,
        date: nthWeekday(year, month, 4, 2),
        start: '20:00',
        end: '21:30',
        theme: 'talk',
        practiceGroupId: groupId,
        animatorIds: [],
        facilitator: FACILITATOR,
      });
      // Everyone at the first session; then most of them each month.
      recordAttendance(
        draft,
        groupMembers
          .filter((_, j) => i === 0 || (i + j) % 7 !== 0 || random.chance(0.3))
          .map((m) => ({ childminder: m, children: 0 })),
      );
    });

    // The evenings and the information session: everybody else comes at least once, some more.
    const sessions = [
      ...[2, 4, 6, 11].map((month, i) =>
        newActivity({
          code: 'evening_workshop',
          venue: eveningVenues[(i + year) % eveningVenues.length]!,
          date: nthWeekday(year, month, 2, 1),
          start: '20:00',
          end: '22:00',
          theme: random.pick(['workshop', 'talk', 'art', 'books'] as const),
          title: random.pick([
            'Fabriquer des jeux sensoriels',
            'Comptines et jeux de doigts',
            'Aménager l’espace de jeu à la maison',
            'Le sommeil du tout-petit',
            'Les émotions du jeune enfant',
          ]),
          animatorIds: [holders.animatorId],
        }),
      ),
      ...[3, 10].map((month) =>
        newActivity({
          code: 'evening_conference',
          venue: lucs,
          date: nthWeekday(year, month, 4, 3),
          start: '20:00',
          end: '22:00',
          theme: 'conference',
          title: random.pick([
            'Les écrans et le tout-petit',
            'Accompagner la motricité libre',
            'Les neurosciences affectives',
            'La séparation, à la maison et chez l’assistante maternelle',
          ]),
          animatorIds: [holders.animatorId, holders.managerId],
        }),
      ),
      newActivity({
        code: 'coeducation_evening',
        venue: bellevigny,
        date: nthWeekday(year, 11, 5, 4),
        start: '19:30',
        end: '21:30',
        theme: 'talk',
        title: 'Parents et assistantes maternelles : bien accueillir ensemble',
        animatorIds: [holders.animatorId, holders.managerId],
      }),
      newActivity({
        code: 'agreement_information',
        venue: poire,
        date: nthWeekday(year, 9, 6, 3),
        start: '09:30',
        end: '11:30',
        theme: 'agreement',
        title: 'La convention collective des assistantes maternelles',
        animatorIds: [holders.managerId],
      }),
    ];
    const present = new Map<Draft, Childminder[]>(sessions.map((s) => [s, []]));
    const room = (s: Draft) => Number(s.row.adult_capacity) - present.get(s)!.length;
    for (const c of chosen.slice(PRACTICE_GROUP_MAX_MEMBERS)) {
      const session = random.weighted(sessions, (s) => room(s));
      present.get(session)!.push(c);
    }
    for (const s of sessions) {
      const target = Math.min(Number(s.row.adult_capacity) - 2, random.int(9, s.row.adult_capacity === 15 ? 13 : 35));
      const list = present.get(s)!;
      for (const c of random.shuffled(chosen)) {
        if (list.length >= target) break;
        if (!list.includes(c)) list.push(c);
      }
    }
    for (const s of sessions) {
      const attended = present.get(s)!;
      const rows = attended.map((c) => ({ registration: register(s, { childminder: c, children: 0 }), children: 0 }));
      // One or two registered who did not come (they are not counted).
      for (const c of random.sample(
        pool.filter((p) => !chosen.includes(p)),
        random.int(0, 2),
      )) {
        register(s, { childminder: c, children: 0 });
      }
      const parents =
        kind('coeducation_evening').id === s.row.kind_id
          ? Array.from({ length: random.int(12, 24) }, () => ({
              registration: register(s, { parentName: 'Parent', adults: 1, children: 0, anonymised: true }),
              attendee: 'parent' as const,
              personName: '',
              children: 0,
            }))
          : [];
      recordAttendance(s, [...rows, ...parents]);
    }
  }

  // ------------------------------------------------------------------ 2023: play mornings
  // Their regulars: some of the 110 of the evenings, and enough others for the seed's rate.
  {
    const [from, to] = ['2023-01-01', '2023-12-31'];
    const eventsOf2023 = await listStatusEvents(deps.db, relaisId, to);
    const activeIn2023 = activeDuring(facts, eventsOf2023, activeOn(facts, eventsOf2023, from), from, to);
    const evenings = chosenOf.get(2023)!;
    const target = Math.round((activeIn2023.size * DEMO_PARTICIPATION_2023) / 100);
    const allYear = activeOn(facts, eventsOf2023, to);
    const others = directory
      .filter((c) => activeIn2023.has(c.id) && allYear.has(c.id) && !evenings.some((e) => e.id === c.id))
      .map(asChildminder);
    const regulars = [
      ...random.sample(others, target - evenings.length),
      ...random.sample(
        evenings.filter((c) => activeIn2023.has(c.id)),
        30,
      ),
    ];
    // The school calendar of 2023 is not in Relais's table: the demo closes in summer and at Christmas.
    const open2023 = (date: string) =>
      isoWeekday(date) <= 5 &&
      !isPublicHoliday(date) &&
      !(date >= '2023-07-08' && date <= '2023-08-31') &&
      date < '2023-12-23';
    const mornings = playMorningsBetween(from, to, random.shuffled(venues), open2023);
    const present = new Map<Draft, Childminder[]>(mornings.map((d) => [d, []]));
    // Everyone at least once, near home; then four to six a morning.
    for (const c of regulars) {
      const near = mornings.filter((d) => d.row.insee_code === c.inseeCode);
      present.get(random.pick(near.length > 0 ? near : mornings))!.push(c);
    }
    for (const d of mornings) {
      const list = present.get(d)!;
      const venue = venues.find((v) => v.id === d.row.site_id)!;
      const more = random.sample(
        regulars.filter((c) => !list.includes(c)),
        Math.max(0, random.int(4, 6) - list.length),
        nearby(venue),
      );
      const rows = [...list, ...more].map((c) => {
        const registration = register(d, { childminder: c, children: random.int(1, 3) });
        return { registration, children: Number(registration.children) };
      });
      recordAttendance(
        d,
        rows.filter(({ registration }) => registration.status === 'confirmed'),
      );
    }
  }

  // ------------------------------------------------------------------ the current term
  const active = directory.filter((c) => c.status === 'active');
  const activeChildminders = active.map(asChildminder);
  const demoChildminder = demoAccount ? active.find((c) => c.account_id === demoAccount.id) : undefined;
  const termFrom = addDays(today, -DEMO_TERM_PAST_DAYS);
  const termTo = addDays(today, DEMO_TERM_FUTURE_DAYS);

  // Play mornings, rotating over the venues (a shuffled round, then the same round again).
  const playMornings = playMorningsBetween(termFrom, termTo, random.shuffled(venues));
  const demoFile = demoChildminder ? asChildminder(demoChildminder) : undefined;
  const demoSessions = new Set<Draft>();
  if (demoFile) {
    const atHome = playMornings.filter((d) => d.row.insee_code === demoFile.inseeCode);
    for (const d of [
      ...atHome.filter((d) => d.row.date < today).slice(-2),
      ...atHome.filter((d) => d.row.date > today).slice(0, 2),
    ]) {
      demoSessions.add(d);
    }
  }
  const cancelled = playMornings.filter((d) => d.row.date > addDays(today, 7))[3];
  for (const d of playMornings) {
    if (d === cancelled) {
      d.row.status = 'cancelled';
      d.row.cancel_reason = 'Salle indisponible (travaux) : la séance est annulée.';
      history.push({
        id: crypto.randomUUID(),
        activity_id: String(d.row.id),
        relais_id: relaisId,
        kind: 'cancelled',
        actor_id: holders.managerId,
        actor_name: 'Claire Martineau',
        detail: String(d.row.cancel_reason),
        at: nowIso,
      });
      continue;
    }
    const date = String(d.row.date);
    const soon = date <= addDays(today, 14);
    const wanted = soon ? random.int(4, 10) : random.int(0, 4);
    const venue = venues.find((v) => v.id === d.row.site_id)!;
    const people = random.sample(
      activeChildminders.filter((c) => c.id !== demoFile?.id),
      wanted,
      nearby(venue),
    );
    if (demoFile && demoSessions.has(d)) people.unshift(demoFile);
    const registrations = people.map((c) => ({ c, r: register(d, { childminder: c, children: random.int(1, 4) }) }));
    if (date < today) {
      const present = registrations
        .filter(({ c, r }) => r.status === 'confirmed' && (c === demoFile || random.chance(0.88)))
        .map(({ r }) => ({ registration: r, children: Number(r.children) }));
      const walkIns = random.chance(0.3)
        ? random
            .sample(
              activeChildminders.filter((c) => !people.includes(c)),
              1,
              nearby(venue),
            )
            .map((c) => ({ childminder: c, walkIn: true, children: random.int(1, 3) }))
        : [];
      recordAttendance(d, [...present, ...walkIns]);
    }
  }

  // Evenings, information and the festive session of the term.
  const nextWeekday = (from: string, weekday: number) => {
    let date = from;
    while (isoWeekday(date) !== weekday || !openDay(date)) date = addDays(date, 1);
    return date;
  };
  const workshop = newActivity({
    code: 'evening_workshop',
    venue: poire,
    date: nextWeekday(addDays(today, -24), 2),
    start: '20:00',
    end: '22:00',
    theme: 'workshop',
    title: 'Fabriquer des bouteilles sensorielles',
    animatorIds: [holders.animatorId],
  });
  const workshopPeople = random.sample(activeChildminders, 13);
  const workshopRegistrations = workshopPeople.map((c) => register(workshop, { childminder: c, children: 0 }));
  const workshopPresent = workshopRegistrations.filter(() => random.chance(0.85));
  if (String(workshop.row.date) < today) {
    recordAttendance(
      workshop,
      workshopPresent.map((r) => ({ registration: r, children: 0 })),
    );
  }
  const conference = newActivity({
    code: 'evening_conference',
    venue: lucs,
    date: nextWeekday(addDays(today, 20), 4),
    start: '20:00',
    end: '22:00',
    theme: 'conference',
    title: 'Les tout-petits et les écrans',
    description: 'Conférence d’une orthophoniste, suivie d’un temps d’échange.',
    animatorIds: [holders.animatorId, holders.managerId],
  });
  for (const c of random.sample(activeChildminders, 31)) register(conference, { childminder: c, children: 0 });
  const coeducation = newActivity({
    code: 'coeducation_evening',
    venue: bellevigny,
    date: nextWeekday(addDays(today, 45), 5),
    start: '19:30',
    end: '21:30',
    theme: 'talk',
    title: 'Parents et assistantes maternelles : bien accueillir ensemble',
    animatorIds: [holders.animatorId, holders.managerId],
  });
  for (const c of random.sample(activeChildminders, 14)) register(coeducation, { childminder: c, children: 0 });
  for (let i = 0; i < 11; i++) {
    const p = randomPerson(random, random.int(1985, 1998), 0.3);
    register(coeducation, { parentName: `${p.firstName} ${p.lastName}`, adults: random.int(1, 2), children: 0 });
  }
  const information = newActivity({
    code: 'agreement_information',
    venue: poire,
    date: nextWeekday(addDays(today, 30), 6),
    start: '09:30',
    end: '11:30',
    theme: 'agreement',
    title: 'La convention collective et le contrat de travail',
    animatorIds: [holders.managerId],
  });
  for (const c of random.sample(activeChildminders, 9)) register(information, { childminder: c, children: 0 });
  const festive = newActivity({
    code: 'extraordi_relais',
    venue: lucs,
    date: nextWeekday(addDays(today, 16), 2),
    start: '09:30',
    end: '12:00',
    theme: 'show',
    title: 'Extraordi’Relais : spectacle et jeux',
    description: 'Un spectacle pour les tout-petits, puis des espaces de jeux et un goûter partagé.',
    animatorIds: [holders.animatorId, holders.managerId],
  });
  for (const c of random.sample(activeChildminders, 22))
    register(festive, { childminder: c, children: random.int(1, 4) });

  // The practice-analysis group of the school year and its monthly sessions.
  const [todayYear, todayMonth] = today.split('-').map(Number) as [number, number];
  const schoolYear = todayMonth >= 9 ? todayYear : todayYear - 1;
  const groupId = crypto.randomUUID();
  const groupMembers = random.sample(
    activeChildminders.filter((c) => c.id !== demoFile?.id),
    PRACTICE_GROUP_MAX_MEMBERS,
  );
  groups.push({
    id: groupId,
    relais_id: relaisId,
    name: `Analyse de la pratique ${schoolYear}-${schoolYear + 1}`,
    facilitator: FACILITATOR,
    max_members: PRACTICE_GROUP_MAX_MEMBERS,
    archived_at: null,
    created_at: `${schoolYear}-07-01T08:00:00.000Z`,
    updated_at: `${schoolYear}-07-01T08:00:00.000Z`,
  });
  for (const m of groupMembers) {
    members.push({
      group_id: groupId,
      childminder_id: m.id,
      relais_id: relaisId,
      joined_at: `${schoolYear}-07-01T08:00:00.000Z`,
      left_at: null,
    });
  }
  for (const [year, month] of [9, 10, 11, 12, 1, 2, 3, 4].map(
    (m) => [m >= 9 ? schoolYear : schoolYear + 1, m] as const,
  )) {
    const draft = newActivity({
      code: 'practice_analysis',
      venue: poire,
      date: nthWeekday(year, month, 4, 2),
      start: '20:00',
      end: '21:30',
      theme: 'talk',
      practiceGroupId: groupId,
      animatorIds: [],
      facilitator: FACILITATOR,
    });
    if (String(draft.row.date) < today) {
      recordAttendance(
        draft,
        groupMembers.filter(() => random.chance(0.85)).map((m) => ({ childminder: m, children: 0 })),
      );
    }
  }

  // ------------------------------------------------------------------ write
  const registrations = drafts.flatMap((d) => d.registrations);
  await insertChunked(deps.db, 'activity_kind', kinds);
  await insertChunked(deps.db, 'practice_group', groups);
  await insertChunked(deps.db, 'practice_group_member', members);
  await insertChunked(
    deps.db,
    'activity',
    drafts.map((d) => d.row),
  );
  await insertChunked(deps.db, 'activity_animator', animators);
  await insertChunked(deps.db, 'activity_registration', registrations);
  await insertChunked(deps.db, 'activity_attendance', attendance);
  await insertChunked(deps.db, 'activity_event', history);
  return { activities: drafts.length, registrations: registrations.length, attendance: attendance.length };
}
