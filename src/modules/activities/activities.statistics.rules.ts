/**
 * The statistics of the activities of a year, computed from facts (sessions held, attendance rows,
 * childminders active). Pure: the use case reads the facts, this file counts them.
 *
 * Definitions (decision 0015):
 * - a session is *held* when it is scheduled (not cancelled) and its day is past or today;
 * - a *participation* is one attendance row of a held session (a childminder, a parent, another
 *   person), whatever the number of children she came with;
 * - *distinct childminders* count the files of the childminders present at least once; a walk-in
 *   known by name only counts as a participation, not as a distinct childminder;
 * - *without children*: sessions of the categories evening, practice and information (the seed's
 *   series « AM différentes participant aux temps collectifs sans enfants »);
 * - the *participation rate* is the number of distinct childminders present ÷ the childminders
 *   active during the year (at any time up to its last day, or today), by the commune of their file.
 */
import {
  ACTIVITY_CATEGORIES,
  ACTIVITY_CATEGORY_KEYS,
  AGE_BANDS,
  AGE_BAND_KEYS,
  type ActivityCategory,
  type AgeBand,
} from './activities.rules.js';

/** Categories of the sessions without children. */
export const WITHOUT_CHILDREN_CATEGORIES: readonly ActivityCategory[] = ['evening', 'practice', 'information'];
export const isWithoutChildren = (category: string): boolean =>
  (WITHOUT_CHILDREN_CATEGORIES as readonly string[]).includes(category);

/** The first year of the yearly series (the seed's history starts in 2019), at most this many years. */
export const SERIES_MAX_YEARS = 10;

export interface HeldSession {
  id: string;
  kindId: string;
  category: string;
  inseeCode: string;
}

export interface AttendanceFact {
  activityId: string;
  attendee: string;
  childminderId: string | null;
  children: Record<AgeBand, number>;
}

export interface YearlyFact {
  year: number;
  childminderId: string;
  category: string;
}

export interface StatisticsInput {
  year: number;
  until: string;
  kinds: readonly { id: string; label: string; category: string }[];
  communes: readonly { inseeCode: string; name: string }[];
  sessions: readonly HeldSession[];
  attendance: readonly AttendanceFact[];
  /** Childminders active at some time of the year, with the commune of their file. */
  active: readonly { id: string; inseeCode: string }[];
  /** The commune of every childminder file of the relais (archived ones too). */
  communeOfChildminder: ReadonlyMap<string, string>;
  /** Who attended which category, per year, for the series. */
  yearly: readonly YearlyFact[];
  seriesFrom: number;
}

/** A percentage with one decimal; null when there is nobody to divide by. */
export function percent(part: number, whole: number): number | null {
  if (whole <= 0) return null;
  return Math.round((1000 * part) / whole) / 10;
}

/** Distinct childminders per year, all sessions and without children, from `from` to `to`. */
export function yearlySeries(facts: readonly YearlyFact[], from: number, to: number) {
  const all = new Map<number, Set<string>>();
  const withoutChildren = new Map<number, Set<string>>();
  for (const f of facts) {
    if (!all.has(f.year)) all.set(f.year, new Set());
    all.get(f.year)!.add(f.childminderId);
    if (isWithoutChildren(f.category)) {
      if (!withoutChildren.has(f.year)) withoutChildren.set(f.year, new Set());
      withoutChildren.get(f.year)!.add(f.childminderId);
    }
  }
  const series = [];
  for (let year = from; year <= to; year++) {
    series.push({
      year,
      distinctChildminders: all.get(year)?.size ?? 0,
      distinctChildmindersWithoutChildren: withoutChildren.get(year)?.size ?? 0,
    });
  }
  return series;
}

export function activityStatistics(input: StatisticsInput) {
  const sessionById = new Map(input.sessions.map((s) => [s.id, s]));
  const attendance = input.attendance.filter((a) => sessionById.has(a.activityId));

  const kindRows = new Map(
    input.kinds.map((k) => [
      k.id,
      { kindId: k.id, label: k.label, category: k.category, sessions: 0, participations: 0 },
    ]),
  );
  const categoryRows = new Map(
    ACTIVITY_CATEGORY_KEYS.map((c) => [
      c as string,
      { category: c as string, label: ACTIVITY_CATEGORIES[c], sessions: 0, participations: 0 },
    ]),
  );
  const communeRows = new Map(
    input.communes.map((c) => [
      c.inseeCode,
      {
        inseeCode: c.inseeCode,
        communeName: c.name,
        sessions: 0,
        participations: 0,
        childminders: 0,
        activeChildminders: 0,
        participationRate: null as number | null,
      },
    ]),
  );
  const communeRow = (inseeCode: string) => {
    let row = communeRows.get(inseeCode);
    if (!row) {
      // A commune that left the territory since: still counted, under its code.
      row = {
        inseeCode,
        communeName: inseeCode,
        sessions: 0,
        participations: 0,
        childminders: 0,
        activeChildminders: 0,
        participationRate: null,
      };
      communeRows.set(inseeCode, row);
    }
    return row;
  };

  for (const s of input.sessions) {
    const kind = kindRows.get(s.kindId);
    if (kind) kind.sessions += 1;
    const category = categoryRows.get(s.category);
    if (category) category.sessions += 1;
    communeRow(s.inseeCode).sessions += 1;
  }

  const children = Object.fromEntries(AGE_BAND_KEYS.map((b) => [b, 0])) as Record<AgeBand, number>;
  const distinct = new Set<string>();
  const distinctWithoutChildren = new Set<string>();
  let childminderParticipations = 0;
  let parentParticipations = 0;
  for (const a of attendance) {
    const session = sessionById.get(a.activityId)!;
    const kind = kindRows.get(session.kindId);
    if (kind) kind.participations += 1;
    const category = categoryRows.get(session.category);
    if (category) category.participations += 1;
    communeRow(session.inseeCode).participations += 1;
    for (const band of AGE_BAND_KEYS) children[band] += a.children[band];
    if (a.attendee === 'childminder') childminderParticipations += 1;
    else if (a.attendee === 'parent') parentParticipations += 1;
    if (a.childminderId) {
      distinct.add(a.childminderId);
      if (isWithoutChildren(session.category)) distinctWithoutChildren.add(a.childminderId);
    }
  }

  const activeIds = new Set(input.active.map((c) => c.id));
  for (const c of input.active) communeRow(c.inseeCode).activeChildminders += 1;
  // The rate counts the present childminders among the active ones (an archived file whose
  // childminder came before leaving was active during the year, so she is among them).
  let presentAndActive = 0;
  const presentAndActiveIn = new Map<string, number>();
  for (const childminderId of distinct) {
    const inseeCode = input.communeOfChildminder.get(childminderId);
    if (inseeCode !== undefined) communeRow(inseeCode).childminders += 1;
    if (activeIds.has(childminderId)) {
      presentAndActive += 1;
      if (inseeCode !== undefined) presentAndActiveIn.set(inseeCode, (presentAndActiveIn.get(inseeCode) ?? 0) + 1);
    }
  }
  for (const row of communeRows.values()) {
    row.participationRate = percent(presentAndActiveIn.get(row.inseeCode) ?? 0, row.activeChildminders);
  }

  const childrenTotal = AGE_BAND_KEYS.reduce((sum, b) => sum + children[b], 0);
  return {
    year: input.year,
    until: input.until,
    sessionsHeld: input.sessions.length,
    participations: attendance.length,
    childminderParticipations,
    parentParticipations,
    otherParticipations: attendance.length - childminderParticipations - parentParticipations,
    distinctChildminders: distinct.size,
    distinctChildmindersWithoutChildren: distinctWithoutChildren.size,
    activeChildminders: activeIds.size,
    participationRate: percent(presentAndActive, activeIds.size),
    byKind: [...kindRows.values()],
    byCategory: [...categoryRows.values()],
    byCommune: [...communeRows.values()],
    children: AGE_BAND_KEYS.map((band) => ({ band: band as string, label: AGE_BANDS[band], count: children[band] })),
    childrenTotal,
    series: yearlySeries(input.yearly, input.seriesFrom, input.year),
  };
}

export type ActivityStatistics = ReturnType<typeof activityStatistics>;

/**
 * The childminders active at some time between `from` and `to` (both included): active on `from`,
 * or registered or reactivated (effective) during the period. Same events as the supply report.
 */
export function activeDuring(
  childminders: readonly { id: string; status: string; statusSince: string }[],
  events: readonly { childminderId: string; kind: string; effectiveOn: string }[],
  activeOnFrom: ReadonlySet<string>,
  from: string,
  to: string,
): Set<string> {
  const active = new Set(activeOnFrom);
  const withHistory = new Set<string>();
  for (const e of events) {
    withHistory.add(e.childminderId);
    if ((e.kind === 'registered' || e.kind === 'reactivated') && e.effectiveOn > from && e.effectiveOn <= to) {
      active.add(e.childminderId);
    }
  }
  for (const c of childminders) {
    if (!withHistory.has(c.id) && c.status === 'active' && c.statusSince <= to) active.add(c.id);
  }
  return active;
}
