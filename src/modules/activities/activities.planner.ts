/**
 * The planner of the itinerant play mornings (*matinées d'éveil*): it proposes a rotation of
 * sessions across the communes of a relais over a term or a year. Pure and deterministic: the same
 * input always gives the same proposal (no clock, no randomness).
 *
 * 1. The days: every day of the period except public holidays, school holidays of zone B when
 *    asked (a part of the period the school table does not know is warned about, never guessed),
 *    and days no animator works.
 * 2. The shares: each commune with active childminders and a venue gets sessions in proportion to
 *    its childminders (largest remainder method); when there are at least as many sessions as such
 *    communes, each gets at least one.
 * 3. The order: the k-th of the a sessions of a commune ideally sits at (k + ½)/a of the period;
 *    sorting every session by that position interleaves the communes (no commune twice in a row
 *    unless it has more than half the sessions) at regular intervals.
 * 4. The days and people: each session takes the feasible day nearest to its ideal one (a venue of
 *    its commune open that weekday and free at that time, an animator who works that weekday and
 *    has no session that day), preferring days with fewer sessions and days far from the commune's
 *    other sessions; the animator is the least loaded for her working days. Sessions a commune
 *    cannot host go to the communes furthest below their share.
 * 5. Themes rotate within each commune, each commune starting at a different theme.
 */
import { isPublicHoliday, isoWeekday, MONTH_NAMES } from '../../app/calendar.js';
import { schoolDayZoneB, type SchoolDay } from '../appointments/school-holidays.js';

export interface PlannerCommune {
  inseeCode: string;
  name: string;
  /** Active childminders living there. */
  childminders: number;
}

export interface PlannerVenue {
  id: string;
  name: string;
  inseeCode: string;
  /** ISO weekdays the venue can host a session (1 = Monday); Monday to Friday when omitted. */
  weekdays?: readonly number[];
}

export interface PlannerAnimator {
  id: string;
  name: string;
  /** ISO weekdays she works (1 = Monday). */
  weekdays: readonly number[];
}

/** A session already in the calendar: its animators and venue are taken. */
export interface PlannerExisting {
  date: string;
  startTime: string;
  endTime: string;
  siteId: string;
  animatorIds: readonly string[];
}

export interface PlannerInput<Theme extends string = string> {
  /** First and last day of the period (YYYY-MM-DD, both included). */
  from: string;
  to: string;
  /** How many sessions are wanted. */
  count: number;
  /** Paris wall-clock "HH:MM". */
  startTime: string;
  endTime: string;
  communes: readonly PlannerCommune[];
  venues: readonly PlannerVenue[];
  animators: readonly PlannerAnimator[];
  avoidSchoolHolidays: boolean;
  existing: readonly PlannerExisting[];
  themes: readonly Theme[];
  /** The school calendar (zone B by default); injectable for tests. */
  schoolDay?: (date: string) => SchoolDay;
}

export interface PlannedSession<Theme extends string = string> {
  date: string;
  startTime: string;
  endTime: string;
  siteId: string;
  inseeCode: string;
  animatorIds: string[];
  theme: Theme;
}

export interface PlannerResult<Theme extends string = string> {
  proposals: PlannedSession<Theme>[];
  byCommune: { inseeCode: string; communeName: string; childminders: number; sessions: number }[];
  warnings: string[];
}

const WEEKDAYS = [1, 2, 3, 4, 5] as const;

/** "4 juillet 2027" */
export function frenchDate(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return `${d === 1 ? '1er' : d} ${MONTH_NAMES[m - 1]} ${y}`;
}

function addDay(date: string): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + 1)).toISOString().slice(0, 10);
}

/** Every date from `from` to `to`, both included (at most `limit`). */
export function datesBetween(from: string, to: string, limit = 1000): string[] {
  const dates: string[] = [];
  for (let d = from; d <= to && dates.length < limit; d = addDay(d)) dates.push(d);
  return dates;
}

/**
 * Shares of `count` in proportion to `weights` by the largest remainder method (Hamilton): each
 * share is the floor of its quota, and the seats left go to the largest remainders (ties: larger
 * weight, then earlier index). With `atLeastOne` and enough seats, every positive weight gets one
 * seat: the communes whose quota is below one are given one and the others share what is left.
 */
export function proportionalShares(weights: readonly number[], count: number, atLeastOne = false): number[] {
  const shares = weights.map(() => 0);
  const positive = weights.map((w, i) => (w > 0 ? i : -1)).filter((i) => i >= 0);
  if (count <= 0 || positive.length === 0) return shares;
  let fixed = new Set<number>();
  if (atLeastOne && count >= positive.length) {
    // Fix to one every commune whose quota (among those not fixed) falls below one, until stable.
    for (;;) {
      const free = positive.filter((i) => !fixed.has(i));
      const total = free.reduce((s, i) => s + weights[i]!, 0);
      const left = count - fixed.size;
      const below = free.filter((i) => (left * weights[i]!) / total < 1);
      if (below.length === 0) break;
      fixed = new Set([...fixed, ...below]);
      if (fixed.size === positive.length) break;
    }
  }
  for (const i of fixed) shares[i] = 1;
  const free = positive.filter((i) => !fixed.has(i));
  const left = count - fixed.size;
  if (free.length === 0 || left <= 0) return shares;
  const total = free.reduce((s, i) => s + weights[i]!, 0);
  const quotas = free.map((i) => (left * weights[i]!) / total);
  let given = 0;
  free.forEach((i, k) => {
    shares[i] = Math.floor(quotas[k]!);
    given += shares[i]!;
  });
  const order = free
    .map((i, k) => ({ i, remainder: quotas[k]! - Math.floor(quotas[k]!) }))
    .sort((a, b) => b.remainder - a.remainder || weights[b.i]! - weights[a.i]! || a.i - b.i);
  for (let k = 0; k < left - given; k++) shares[order[k % order.length]!.i]! += 1;
  return shares;
}

const overlaps = (a: { startTime: string; endTime: string }, b: { startTime: string; endTime: string }) =>
  a.startTime < b.endTime && b.startTime < a.endTime;

/** Consecutive runs of dates (sorted) as "du 3 juillet 2027 au 31 août 2027" phrases. */
function ranges(dates: readonly string[]): string[] {
  const out: string[] = [];
  let start: string | null = null;
  let prev: string | null = null;
  for (const d of dates) {
    if (start === null) start = d;
    else if (addDay(prev!) !== d) {
      out.push(start === prev ? `le ${frenchDate(start)}` : `du ${frenchDate(start)} au ${frenchDate(prev!)}`);
      start = d;
    }
    prev = d;
  }
  if (start !== null)
    out.push(start === prev ? `le ${frenchDate(start)}` : `du ${frenchDate(start)} au ${frenchDate(prev!)}`);
  return out;
}

const plural = (n: number, one: string, many: string) => `${n} ${n > 1 ? many : one}`;

interface Slot {
  /** Index of the day among the usable days. */
  day: number;
  venue: number;
  animator: number;
}

/**
 * Where two consecutive sessions are of one commune, exchange the communes of the second and of a
 * session a little later (each then at a free venue of its new commune, same days and animators),
 * when that makes no new repeat. `venueFor(commune, day)` answers a venue of the commune free
 * that day, or −1.
 */
function separateRepeats(
  placed: { slot: Slot; commune: number }[],
  venueFor: (commune: number, day: number) => number,
  venueBusy: Set<number>[],
): void {
  const repeatAround = (i: number) =>
    (i > 0 && placed[i - 1]!.commune === placed[i]!.commune) ||
    (i + 1 < placed.length && placed[i + 1]!.commune === placed[i]!.commune);
  for (let i = 1; i < placed.length; i++) {
    if (placed[i]!.commune !== placed[i - 1]!.commune) continue;
    for (let j = i + 1; j < Math.min(placed.length, i + 8); j++) {
      const a = placed[i]!;
      const b = placed[j]!;
      if (b.commune === a.commune || b.slot.day === a.slot.day) continue;
      // Free both venues, look for the exchanged ones, keep them or put everything back.
      venueBusy[a.slot.venue]!.delete(a.slot.day);
      venueBusy[b.slot.venue]!.delete(b.slot.day);
      const va = venueFor(b.commune, a.slot.day);
      const vb = venueFor(a.commune, b.slot.day);
      const swapped = va >= 0 && vb >= 0;
      if (swapped) {
        [a.commune, b.commune] = [b.commune, a.commune];
        const [oldA, oldB] = [a.slot.venue, b.slot.venue];
        a.slot.venue = va;
        b.slot.venue = vb;
        if (repeatAround(i) || repeatAround(j)) {
          [a.commune, b.commune] = [b.commune, a.commune];
          a.slot.venue = oldA;
          b.slot.venue = oldB;
        } else {
          venueBusy[va]!.add(a.slot.day);
          venueBusy[vb]!.add(b.slot.day);
          break;
        }
      }
      venueBusy[a.slot.venue]!.add(a.slot.day);
      venueBusy[b.slot.venue]!.add(b.slot.day);
    }
  }
}

export function planRotation<Theme extends string>(input: PlannerInput<Theme>): PlannerResult<Theme> {
  if (input.themes.length === 0) throw new Error('planRotation needs at least one theme');
  const warnings: string[] = [];
  const schoolDay = input.schoolDay ?? schoolDayZoneB;
  const count = Math.max(0, Math.floor(input.count));

  // 1. The usable days.
  const unknownSchool: string[] = [];
  const allDays = input.from <= input.to ? datesBetween(input.from, input.to) : [];
  const animatorWeekdays = input.animators.map((a) => new Set(a.weekdays));
  const days = allDays.filter((date) => {
    if (input.avoidSchoolHolidays) {
      const school = schoolDay(date);
      if (school.kind === 'holiday') return false;
      if (school.kind === 'unknown') unknownSchool.push(date);
    }
    if (isPublicHoliday(date)) return false;
    return animatorWeekdays.some((w) => w.has(isoWeekday(date)));
  });
  if (unknownSchool.length > 0) {
    warnings.push(
      `Calendrier des vacances scolaires (zone B) inconnu ${ranges(unknownSchool).join(', ')} : ` +
        'les vacances scolaires n’ont pas pu être évitées sur ces jours, vérifiez-les.',
    );
  }
  if (input.animators.length === 0) warnings.push('Aucune animatrice choisie : aucune séance ne peut être proposée.');
  for (const a of input.animators) {
    if (a.weekdays.length === 0) warnings.push(`${a.name} n’a aucun jour de travail : elle n’animera aucune séance.`);
  }
  const dayIndex = new Map(days.map((d, i) => [d, i]));

  // What is already taken: animators by day, venues by day and time.
  const animatorIndex = new Map(input.animators.map((a, i) => [a.id, i]));
  const venueIndex = new Map(input.venues.map((v, i) => [v.id, i]));
  const animatorBusy = input.animators.map(() => new Set<number>());
  const venueBusy = input.venues.map(() => new Set<number>());
  const session = { startTime: input.startTime, endTime: input.endTime };
  for (const e of input.existing) {
    const day = dayIndex.get(e.date);
    if (day === undefined) continue;
    for (const id of e.animatorIds) {
      const a = animatorIndex.get(id);
      if (a !== undefined) animatorBusy[a]!.add(day);
    }
    const v = venueIndex.get(e.siteId);
    if (v !== undefined && overlaps(e, session)) venueBusy[v]!.add(day);
  }
  const venueWeekdays = input.venues.map((v) => new Set(v.weekdays ?? WEEKDAYS));

  // 2. The shares.
  const venuesOf = new Map<string, number[]>();
  input.venues.forEach((v, i) => venuesOf.set(v.inseeCode, [...(venuesOf.get(v.inseeCode) ?? []), i]));
  const communes = input.communes;
  const eligible = communes.map((c) => c.childminders > 0 && (venuesOf.get(c.inseeCode)?.length ?? 0) > 0);
  for (const c of communes) {
    if (c.childminders > 0 && !venuesOf.get(c.inseeCode)?.length) {
      warnings.push(
        `Aucun lieu d’activité à ${c.name} : ${plural(c.childminders, 'assistante maternelle active n’aura', 'assistantes maternelles actives n’auront')} pas de séance dans sa commune.`,
      );
    }
  }
  const eligibleCount = eligible.filter(Boolean).length;
  if (eligibleCount === 0) {
    warnings.push('Aucune commune n’a à la fois des assistantes maternelles actives et un lieu d’activité.');
  } else if (count < eligibleCount) {
    warnings.push(
      `${plural(count, 'séance', 'séances')} pour ${eligibleCount} communes : toutes les communes ne peuvent pas en avoir une.`,
    );
  }
  const shares = proportionalShares(
    communes.map((c, i) => (eligible[i] ? c.childminders : 0)),
    count,
    true,
  );

  // 3. The order: ideal positions in the period.
  const wanted: { commune: number; position: number }[] = [];
  shares.forEach((a, commune) => {
    for (let k = 0; k < a; k++) wanted.push({ commune, position: (k + 0.5) / a });
  });
  wanted.sort((x, y) => x.position - y.position || shares[y.commune]! - shares[x.commune]! || x.commune - y.commune);

  // 4. Days, venues, animators.
  const perDay = days.map(() => 0);
  const load = input.animators.map(() => 0);
  const workdays = animatorWeekdays.map((w) => Math.max(1, [...w].filter((d) => d >= 1 && d <= 7).length));
  const weekdayOf = days.map(isoWeekday);
  const communeDays = communes.map(() => [] as number[]);
  const placed: { slot: Slot; commune: number }[] = [];

  /** The free venue of a commune and the least loaded free animator on a day, or null. */
  const slotOn = (commune: number, day: number): Slot | null => {
    const weekday = weekdayOf[day]!;
    let venue = -1;
    for (const v of venuesOf.get(communes[commune]!.inseeCode) ?? []) {
      if (venueWeekdays[v]!.has(weekday) && !venueBusy[v]!.has(day)) {
        venue = v;
        break;
      }
    }
    if (venue < 0) return null;
    let animator = -1;
    for (let a = 0; a < input.animators.length; a++) {
      if (!animatorWeekdays[a]!.has(weekday) || animatorBusy[a]!.has(day)) continue;
      if (animator < 0 || load[a]! / workdays[a]! < load[animator]! / workdays[animator]!) animator = a;
    }
    return animator < 0 ? null : { day, venue, animator };
  };

  const take = (commune: number, slot: Slot) => {
    perDay[slot.day]! += 1;
    load[slot.animator]! += 1;
    animatorBusy[slot.animator]!.add(slot.day);
    venueBusy[slot.venue]!.add(slot.day);
    communeDays[commune]!.push(slot.day);
    placed.push({ slot, commune });
  };

  /** The best day for a session of `commune` ideally on day `ideal` (index), or null. */
  const bestSlot = (commune: number, ideal: number): Slot | null => {
    const gap = days.length / Math.max(1, shares[commune]!);
    const spacing = gap / 2;
    let best: Slot | null = null;
    let bestCost = Infinity;
    const lightest = Math.min(...load.map((l, i) => l / workdays[i]!));
    // Look outwards from the ideal day; stop once the distance alone costs more than the best.
    for (let distance = 0; distance < days.length; distance++) {
      if (distance > bestCost) break;
      for (const day of distance === 0 ? [ideal] : [ideal - distance, ideal + distance]) {
        if (day < 0 || day >= days.length) continue;
        const slot = slotOn(commune, day);
        if (!slot) continue;
        let cost = distance + 1.5 * perDay[day]!;
        for (const other of communeDays[commune]!) {
          const apart = Math.abs(other - day);
          if (apart === 0) cost += 1000;
          else if (apart < spacing) cost += 2 * (spacing - apart);
        }
        const a = slot.animator;
        cost += 0.5 * Math.max(0, load[a]! / workdays[a]! - lightest);
        if (cost < bestCost) {
          bestCost = cost;
          best = slot;
        }
      }
    }
    return best;
  };

  const unplaced = communes.map(() => 0);
  wanted.forEach((w, k) => {
    const ideal = Math.min(days.length - 1, Math.floor(((k + 0.5) * days.length) / Math.max(1, wanted.length)));
    const slot = days.length > 0 ? bestSlot(w.commune, ideal) : null;
    if (slot) take(w.commune, slot);
    else unplaced[w.commune]! += 1;
  });

  // Sessions a commune could not host go to the communes furthest below their share.
  const totalUnplaced = unplaced.reduce((s, n) => s + n, 0);
  if (totalUnplaced > 0) {
    unplaced.forEach((n, c) => {
      if (n > 0) {
        warnings.push(
          `${communes[c]!.name} : ${plural(n, 'séance n’a', 'séances n’ont')} pas trouvé de jour (lieux ou animatrices indisponibles).`,
        );
      }
    });
    const totalWeight = communes.reduce((s, c, i) => s + (eligible[i] ? c.childminders : 0), 0);
    let left = totalUnplaced;
    while (left > 0) {
      const candidates = communes
        .map((c, i) => ({ i, deficit: (count * c.childminders) / totalWeight - communeDays[i]!.length }))
        .filter(({ i }) => eligible[i])
        .sort((a, b) => b.deficit - a.deficit || a.i - b.i);
      let done = false;
      for (const { i } of candidates) {
        const slot = bestSlot(i, Math.floor(days.length / 2));
        if (slot) {
          take(i, slot);
          done = true;
          break;
        }
      }
      if (!done) break;
      left -= 1;
    }
    if (left < totalUnplaced) {
      warnings.push(
        `${plural(totalUnplaced - left, 'séance a été reportée', 'séances ont été reportées')} sur d’autres communes.`,
      );
    }
    if (left > 0) {
      warnings.push(
        `Seulement ${count - left} séances sur ${count} ont pu être placées : pas assez de jours où une animatrice travaille et un lieu est libre dans la période.`,
      );
    }
  }

  // 5. Chronological order; where a commune comes twice in a row, swap it with a close session.
  const chronological = (a: (typeof placed)[number], b: (typeof placed)[number]) =>
    a.slot.day - b.slot.day ||
    communes[a.commune]!.inseeCode.localeCompare(communes[b.commune]!.inseeCode) ||
    a.slot.venue - b.slot.venue;
  placed.sort(chronological);
  separateRepeats(
    placed,
    (commune, day) => {
      for (const v of venuesOf.get(communes[commune]!.inseeCode) ?? []) {
        if (venueWeekdays[v]!.has(weekdayOf[day]!) && !venueBusy[v]!.has(day)) return v;
      }
      return -1;
    },
    venueBusy,
  );
  placed.sort(chronological);

  // 6. Themes rotated within each commune.
  const seen = communes.map(() => 0);
  const themes = input.themes;
  const proposals = placed.map(({ slot, commune }) => {
    const k = seen[commune]!++;
    const venue = input.venues[slot.venue]!;
    return {
      date: days[slot.day]!,
      startTime: input.startTime,
      endTime: input.endTime,
      siteId: venue.id,
      inseeCode: venue.inseeCode,
      animatorIds: [input.animators[slot.animator]!.id],
      theme: themes[(k + commune) % themes.length]!,
    };
  });

  return {
    proposals,
    byCommune: communes.map((c, i) => ({
      inseeCode: c.inseeCode,
      communeName: c.name,
      childminders: c.childminders,
      sessions: communeDays[i]!.length,
    })),
    warnings,
  };
}
