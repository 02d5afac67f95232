/**
 * Pure rules of the supply report (observatoire): the state of the territory on a date, computed
 * from the history of each childminder's file, and the figures per commune. No I/O.
 * Dates are YYYY-MM-DD strings, compared as text.
 */
import { ARCHIVE_REASONS, isSenior, type ArchiveReason } from '../childminders/childminders.rules.js';

/** The events that change a childminder's status (an 'updated' event does not). */
export const STATUS_KINDS = ['registered', 'reactivated', 'archived'] as const;
export type StatusKind = (typeof STATUS_KINDS)[number];

/** Reports cover years from 2000 to the current one. */
export const MIN_REPORT_YEAR = 2000;

export interface StatusEvent {
  childminderId: string;
  kind: StatusKind;
  effectiveOn: string;
  /** When it was recorded: orders two events of the same day. */
  at: string;
  reason: string | null;
}

export interface ChildminderFacts {
  id: string;
  inseeCode: string;
  birthDate: string | null;
  approvalPlaces: number;
  /** Current status, used only for a file that has no status event at all (legacy data). */
  status: string;
  statusSince: string;
}

export interface HouseFacts {
  inseeCode: string;
  openedOn: string | null;
  closedOn: string | null;
}

export interface FacilityFacts {
  kind: string;
  inseeCode: string;
  places: number | null;
  funding: string | null;
  openedOn: string | null;
  closedOn: string | null;
}

export interface SupplyFigures {
  /** Childminders active on 31 December. */
  childminders: number;
  /** Their agreed places (agrément). */
  places: number;
  /** MAM open on 31 December. */
  childminderHouses: number;
  /** Places of collective care open on 31 December, by funding. */
  psuPlaces: number;
  pajePlaces: number;
  /** 'registered' events of the year: new childminders. */
  arrivals: number;
  /** 'reactivated' events of the year: childminders back after an archive. */
  reactivations: number;
  /** 'archived' events of the year. */
  departures: number;
  departuresByReason: Record<DepartureReasonKey, number>;
  /** Active childminders aged 55 or more on 31 December. */
  over55: number;
}

export type DepartureReasonKey = 'retirement' | 'careerChange' | 'move' | 'withdrawal' | 'other';

const REASON_KEYS: Record<ArchiveReason, DepartureReasonKey> = {
  retirement: 'retirement',
  career_change: 'careerChange',
  move: 'move',
  withdrawal: 'withdrawal',
  other: 'other',
};

export function yearEnd(year: number): string {
  return `${String(year).padStart(4, '0')}-12-31`;
}

/** The year of a Paris date: a report is for a year that has begun. */
export function yearProblem(year: number, today: string): string | null {
  const current = Number(today.slice(0, 4));
  if (!Number.isInteger(year) || year < MIN_REPORT_YEAR || year > current) {
    return `Indiquez une année entre ${MIN_REPORT_YEAR} et ${current}.`;
  }
  return null;
}

/** The last complete year: the default of a report. */
export function lastCompleteYear(today: string): number {
  return Number(today.slice(0, 4)) - 1;
}

const KIND_ORDER: Record<StatusKind, number> = { registered: 0, archived: 1, reactivated: 2 };

/** Which of two events of one file came last: by effective date, then by when it was recorded. */
function later(a: StatusEvent, b: StatusEvent): boolean {
  if (a.effectiveOn !== b.effectiveOn) return a.effectiveOn > b.effectiveOn;
  if (a.at !== b.at) return a.at > b.at;
  return KIND_ORDER[a.kind] > KIND_ORDER[b.kind];
}

/**
 * Childminders active on `date`: those whose last status event ('registered', 'reactivated' or
 * 'archived') with an effective date on or before `date` is not an archive. A file with no status
 * event at all falls back to its current status and the date it holds since.
 */
export function activeOn(
  childminders: readonly ChildminderFacts[],
  events: readonly StatusEvent[],
  date: string,
): Set<string> {
  const last = new Map<string, StatusEvent>();
  const withHistory = new Set<string>();
  for (const e of events) {
    withHistory.add(e.childminderId);
    if (e.effectiveOn > date) continue;
    const current = last.get(e.childminderId);
    if (!current || later(e, current)) last.set(e.childminderId, e);
  }
  const active = new Set<string>();
  for (const c of childminders) {
    if (withHistory.has(c.id)) {
      const e = last.get(c.id);
      if (e && e.kind !== 'archived') active.add(c.id);
    } else if (c.status === 'active' && c.statusSince <= date) {
      active.add(c.id);
    }
  }
  return active;
}

/** Open on `date`: opened that day or before (or opening date unknown), not closed yet. */
export function openOn(f: { openedOn: string | null; closedOn: string | null }, date: string): boolean {
  return (f.openedOn === null || f.openedOn <= date) && (f.closedOn === null || f.closedOn > date);
}

export function emptyFigures(): SupplyFigures {
  return {
    childminders: 0,
    places: 0,
    childminderHouses: 0,
    psuPlaces: 0,
    pajePlaces: 0,
    arrivals: 0,
    reactivations: 0,
    departures: 0,
    departuresByReason: { retirement: 0, careerChange: 0, move: 0, withdrawal: 0, other: 0 },
    over55: 0,
  };
}

function addInto(total: SupplyFigures, f: SupplyFigures): void {
  for (const key of Object.keys(total) as (keyof SupplyFigures)[]) {
    if (key === 'departuresByReason') {
      for (const r of Object.keys(total.departuresByReason) as DepartureReasonKey[]) {
        total.departuresByReason[r] += f.departuresByReason[r];
      }
    } else {
      total[key] += f[key];
    }
  }
}

function reasonKey(reason: string | null): DepartureReasonKey {
  return (ARCHIVE_REASONS as readonly string[]).includes(reason ?? '') ? REASON_KEYS[reason as ArchiveReason] : 'other';
}

/** Collective care counted in the report (EAJE, micro-crèches, other crèches). */
const CARE_KINDS = new Set(['eaje', 'micro_creche', 'creche_other']);

export interface SupplyInput {
  year: number;
  /** Communes of the territory, in the order of the report. */
  communes: readonly { inseeCode: string; name: string }[];
  childminders: readonly ChildminderFacts[];
  /** Status events with an effective date on or before the end of the year (later ones are ignored). */
  events: readonly StatusEvent[];
  houses: readonly HouseFacts[];
  facilities: readonly FacilityFacts[];
}

export interface SupplyReportRows {
  asOf: string;
  territory: SupplyFigures;
  communes: (SupplyFigures & { inseeCode: string; name: string; inTerritory: boolean })[];
}

/**
 * The figures of the year for the territory and for each commune. A childminder counts in the
 * commune of her file; data in a commune no longer in the territory gets a row of its own.
 */
export function computeSupply(input: SupplyInput, nameOf: (inseeCode: string) => string): SupplyReportRows {
  const asOf = yearEnd(input.year);
  const from = `${String(input.year).padStart(4, '0')}-01-01`;
  const rows = new Map<string, SupplyFigures>();
  const row = (inseeCode: string): SupplyFigures => {
    let r = rows.get(inseeCode);
    if (!r) {
      r = emptyFigures();
      rows.set(inseeCode, r);
    }
    return r;
  };
  for (const c of input.communes) row(c.inseeCode);

  const active = activeOn(input.childminders, input.events, asOf);
  const communeOf = new Map<string, string>();
  for (const c of input.childminders) {
    communeOf.set(c.id, c.inseeCode);
    if (!active.has(c.id)) continue;
    const r = row(c.inseeCode);
    r.childminders += 1;
    r.places += c.approvalPlaces;
    if (isSenior(c.birthDate, asOf)) r.over55 += 1;
  }
  for (const e of input.events) {
    if (e.effectiveOn < from || e.effectiveOn > asOf) continue;
    const inseeCode = communeOf.get(e.childminderId);
    if (inseeCode === undefined) continue;
    const r = row(inseeCode);
    if (e.kind === 'registered') r.arrivals += 1;
    else if (e.kind === 'reactivated') r.reactivations += 1;
    else {
      r.departures += 1;
      r.departuresByReason[reasonKey(e.reason)] += 1;
    }
  }
  for (const h of input.houses) if (openOn(h, asOf)) row(h.inseeCode).childminderHouses += 1;
  for (const f of input.facilities) {
    if (!CARE_KINDS.has(f.kind) || !openOn(f, asOf)) continue;
    if (f.funding === 'psu') row(f.inseeCode).psuPlaces += f.places ?? 0;
    if (f.funding === 'paje') row(f.inseeCode).pajePlaces += f.places ?? 0;
  }

  const territory = emptyFigures();
  for (const r of rows.values()) addInto(territory, r);
  const known = new Map(input.communes.map((c) => [c.inseeCode, c.name]));
  const outside = [...rows.keys()]
    .filter((code) => !known.has(code))
    .sort()
    .map((code) => ({ inseeCode: code, name: nameOf(code), inTerritory: false }));
  return {
    asOf,
    territory,
    communes: [...input.communes.map((c) => ({ ...c, inTerritory: true })), ...outside].map((c) => ({
      inseeCode: c.inseeCode,
      name: c.name,
      inTerritory: c.inTerritory,
      ...(rows.get(c.inseeCode) as SupplyFigures),
    })),
  };
}
