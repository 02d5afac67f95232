/**
 * The statistics of the activities of a year (default: the current year): counts only, no person,
 * so the read-only viewer (elected officials, the CAF) may read them.
 */
import type { Kysely } from 'kysely';
import { parisToday, type Clock } from '../../app/clock.js';
import { InvalidInputError } from '../../app/errors.js';
import { authorize, type Actor } from '../../app/policy.js';
import type { Database } from '../../db/schema.js';
import { listCommunes } from '../relais/relais.usecases.js';
import { listChildminderFacts, listStatusEvents } from '../supply-report/supply-report.repository.js';
import { activeOn, yearProblem } from '../supply-report/supply-report.rules.js';
import { firstHeldDate, heldAttendanceRows, heldSessionRows, kindRows } from './activities.reports.repository.js';
import {
  activeDuring,
  activityStatistics,
  SERIES_MAX_YEARS,
  type ActivityStatistics,
} from './activities.statistics.rules.js';

export interface StatisticsDeps {
  db: Kysely<Database>;
  clock: Clock;
}

export async function getActivityStatistics(
  deps: StatisticsDeps,
  actor: Actor | undefined,
  relaisId: string,
  year?: number,
): Promise<ActivityStatistics> {
  authorize(actor, 'activities.statistics', relaisId);
  const today = parisToday(deps.clock);
  const theYear = year ?? Number(today.slice(0, 4));
  const problem = yearProblem(theYear, today);
  if (problem) {
    throw new InvalidInputError(`Donnée incohérente — « year » : ${problem}`, {
      fields: [{ field: 'year', message: problem }],
    });
  }
  const from = `${theYear}-01-01`;
  const yearEnd = `${theYear}-12-31`;
  // A session is held once its day has come: the current year stops today.
  const until = yearEnd < today ? yearEnd : today;

  const first = await firstHeldDate(deps.db, relaisId, until);
  const seriesFrom = Math.max(
    theYear - SERIES_MAX_YEARS + 1,
    Math.min(theYear, first === null ? theYear : Number(first.slice(0, 4))),
  );
  const [kinds, communes, sessions, attendance, history, childminders, events] = await Promise.all([
    kindRows(deps.db, relaisId),
    listCommunes(deps, actor, relaisId),
    heldSessionRows(deps.db, relaisId, from, until),
    heldAttendanceRows(deps.db, relaisId, from, until),
    heldAttendanceRows(deps.db, relaisId, `${seriesFrom}-01-01`, until),
    listChildminderFacts(deps.db, relaisId),
    listStatusEvents(deps.db, relaisId, until),
  ]);
  const active = activeDuring(childminders, events, activeOn(childminders, events, from), from, until);
  const communeOf = new Map(childminders.map((c) => [c.id, c.inseeCode]));

  return activityStatistics({
    year: theYear,
    until,
    kinds: kinds.map((k) => ({ id: k.id, label: k.label, category: k.category })),
    communes: [...communes]
      .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
      .map((c) => ({ inseeCode: c.inseeCode, name: c.name })),
    sessions: sessions.map((s) => ({ id: s.id, kindId: s.kind_id, category: s.category, inseeCode: s.insee_code })),
    attendance: attendance.map((a) => ({
      activityId: a.activity_id,
      attendee: a.attendee,
      childminderId: a.childminder_id,
      children: {
        children_under_1: Number(a.children_under_1),
        children_1_to_2: Number(a.children_1_to_2),
        children_2_to_3: Number(a.children_2_to_3),
        children_3_and_over: Number(a.children_3_and_over),
      },
    })),
    active: [...active].map((id) => ({ id, inseeCode: communeOf.get(id) ?? '' })),
    communeOfChildminder: communeOf,
    yearly: history.flatMap((a) =>
      a.childminder_id === null
        ? []
        : [{ year: Number(a.date.slice(0, 4)), childminderId: a.childminder_id, category: a.category }],
    ),
    seriesFrom,
  });
}
