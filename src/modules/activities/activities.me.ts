/**
 * The childminder's side of activities, in her space (signed in by magic link): the programme of
 * her relais for the kinds open to childminders, registering with her children, cancelling, and
 * her history of participations (from the attendance taken on the day).
 */
import type { z } from 'zod';
import { parisToday } from '../../app/clock.js';
import { NotFoundError } from '../../app/errors.js';
import type { Actor } from '../../app/policy.js';
import { recordAudit } from '../audit/audit.usecases.js';
import { ownFile } from '../childminders/childminders.me.usecases.js';
import { communeNamer } from '../relais/relais.usecases.js';
import { register, unregister } from './activities.registrations.js';
import {
  activeRegistrationOf,
  attendanceOfChildminder,
  listActivityRows,
  myRegistrations,
} from './activities.repository.js';
import { ACTIVITY_AUDIENCE_KEYS, audienceOpenToChildminders, type ActivityCategory } from './activities.rules.js';
import type { myRegistrationInput, programmeQuery } from './activities.schemas.js';
import { rangeOf } from './activities.usecases.js';
import {
  registrationOf,
  requireActivity,
  summaryById,
  summaryContext,
  summaryOf,
  type ActivitiesDeps,
} from './activities.shared.js';

const CHILDMINDER_AUDIENCES = ACTIVITY_AUDIENCE_KEYS.filter(audienceOpenToChildminders);

export async function listMyActivities(
  deps: ActivitiesDeps,
  actor: Actor | undefined,
  q: z.infer<typeof programmeQuery>,
) {
  const me = await ownFile(deps, actor);
  const today = parisToday(deps.clock);
  const { from, to } = rangeOf(deps, { from: q.from && q.from > today ? q.from : today, to: q.to });
  const rows = await listActivityRows(deps.db, me.relais_id, {
    from,
    to,
    inseeCode: q.commune,
    kindId: q.kind,
    status: 'scheduled',
    audiences: CHILDMINDER_AUDIENCES,
  });
  const [ctx, mine] = await Promise.all([
    summaryContext(deps, me.relais_id, rows),
    myRegistrations(
      deps.db,
      me.id,
      rows.map((r) => r.id),
    ),
  ]);
  return {
    activities: rows.map((r) => {
      const m = mine.get(r.id);
      return {
        ...summaryOf(r, ctx),
        mine: m
          ? {
              id: m.id,
              status: m.status as 'confirmed' | 'waiting' | 'cancelled',
              adults: Number(m.adults),
              children: Number(m.children),
            }
          : null,
      };
    }),
  };
}

/** A session of her relais open to childminders, or 404. */
async function myActivity(deps: ActivitiesDeps, relaisId: string, activityId: string) {
  const row = await requireActivity(deps, relaisId, activityId);
  if (!CHILDMINDER_AUDIENCES.includes(row.kind_audience as (typeof CHILDMINDER_AUDIENCES)[number])) {
    throw new NotFoundError('Cette séance est introuvable.');
  }
  return row;
}

export async function registerMe(
  deps: ActivitiesDeps,
  actor: Actor | undefined,
  activityId: string,
  input: z.infer<typeof myRegistrationInput>,
) {
  const me = await ownFile(deps, actor);
  const a = await myActivity(deps, me.relais_id, activityId);
  const row = await register(
    deps,
    actor,
    '',
    a,
    {
      registrant: 'childminder',
      childminderId: me.id,
      name: `${me.first_name} ${me.last_name}`,
      email: me.email,
      phone: me.phone,
      inseeCode: me.insee_code,
    },
    input,
    'online',
  );
  await recordAudit(deps, actor, {
    relaisId: me.relais_id,
    action: 'activity.registered',
    subjectType: 'activity',
    subjectId: activityId,
    summary: `Inscription en ligne à la séance « ${a.title} » du ${a.date} (${row.status === 'confirmed' ? 'confirmée' : 'liste d’attente'})`,
  });
  const names = await communeNamer(deps, me.relais_id);
  return { registration: registrationOf(row, names), activity: await summaryById(deps, me.relais_id, activityId) };
}

export async function unregisterMe(deps: ActivitiesDeps, actor: Actor | undefined, activityId: string) {
  const me = await ownFile(deps, actor);
  const a = await myActivity(deps, me.relais_id, activityId);
  const mine = await activeRegistrationOf(deps.db, activityId, me.id);
  if (!mine) throw new NotFoundError('Vous n’êtes pas inscrit·e à cette séance.');
  await unregister(deps, actor, '', me.relais_id, activityId, mine.id);
  await recordAudit(deps, actor, {
    relaisId: me.relais_id,
    action: 'activity.unregistered',
    subjectType: 'activity',
    subjectId: activityId,
    summary: `Désinscription en ligne de la séance « ${a.title} » du ${a.date}`,
  });
  return { activity: await summaryById(deps, me.relais_id, activityId) };
}

/** Where she was present (attendance), most recent first, and how many sessions each year. */
export async function myActivityHistory(deps: ActivitiesDeps, actor: Actor | undefined) {
  const me = await ownFile(deps, actor);
  const [rows, names] = await Promise.all([
    attendanceOfChildminder(deps.db, me.relais_id, me.id),
    communeNamer(deps, me.relais_id),
  ]);
  const participations = rows.map((r) => ({
    activityId: r.activity_id,
    date: r.date,
    title: r.title,
    kindLabel: r.kind_label,
    category: r.category as ActivityCategory,
    communeName: names(r.insee_code) ?? r.insee_code,
    children:
      Number(r.children_under_1) +
      Number(r.children_1_to_2) +
      Number(r.children_2_to_3) +
      Number(r.children_3_and_over),
  }));
  const years = new Map<number, Set<string>>();
  for (const p of participations) {
    const year = Number(p.date.slice(0, 4));
    const set = years.get(year) ?? new Set<string>();
    set.add(p.activityId);
    years.set(year, set);
  }
  return {
    participations,
    byYear: [...years.entries()].sort((a, b) => b[0] - a[0]).map(([year, s]) => ({ year, sessions: s.size })),
  };
}
