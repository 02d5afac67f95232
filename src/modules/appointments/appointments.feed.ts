/**
 * The iCalendar feed of a staff member: a secret address (only its hash is kept) that a phone or
 * desktop calendar subscribes to, listing the appointments she holds from two months back to six
 * months ahead. The person booked appears by first name and initial only.
 */
import { NotFoundError } from '../../app/errors.js';
import { authorize, type Actor } from '../../app/policy.js';
import { recordAudit } from '../audit/audit.usecases.js';
import { hashToken, newToken } from '../auth/auth.rules.js';
import type { BookingDeps } from './appointments.booking.js';
import { feedIcs } from './appointments.ics.js';
import { activeFeedOf, feedOwner, feedRows, replaceFeed } from './appointments.repository.js';
import { MODES, placeLabel, shortName, type Mode } from './appointments.rules.js';

const DAY_MS = 86_400_000;
/** The feed shows appointments from this many days back… */
export const FEED_PAST_DAYS = 60;
/** …to this many days ahead. */
export const FEED_FUTURE_DAYS = 183;

function staffActor(actor: Actor | undefined): Actor {
  return authorize(actor, 'appointments.read', actor?.relaisId ?? null);
}

export async function feedState(deps: BookingDeps, actor: Actor | undefined) {
  const who = staffActor(actor);
  const feed = await activeFeedOf(deps.db, who.userId);
  return { active: feed !== undefined, createdAt: feed?.created_at ?? null };
}

/** A new secret address; any previous one stops working. The address is shown once. */
export async function regenerateFeed(deps: BookingDeps, actor: Actor | undefined) {
  const who = staffActor(actor);
  const token = newToken();
  const now = deps.clock.now().toISOString();
  await replaceFeed(deps.db, who.userId, now, hashToken(token));
  await recordAudit(deps, actor, {
    relaisId: who.relaisId,
    action: 'calendar_feed.created',
    subjectType: 'calendar_feed',
    subjectId: who.userId,
    summary: 'Adresse de l’agenda iCalendar créée (la précédente ne fonctionne plus)',
  });
  return { url: `${deps.config.publicUrl}/api/calendar/${token}.ics`, createdAt: now };
}

export async function revokeFeed(deps: BookingDeps, actor: Actor | undefined) {
  const who = staffActor(actor);
  await replaceFeed(deps.db, who.userId, deps.clock.now().toISOString(), null);
  await recordAudit(deps, actor, {
    relaisId: who.relaisId,
    action: 'calendar_feed.revoked',
    subjectType: 'calendar_feed',
    subjectId: who.userId,
    summary: 'Adresse de l’agenda iCalendar désactivée',
  });
}

/** The feed of the account a secret address opens; 404 for an unknown or revoked address. */
export async function calendarFeedIcs(deps: BookingDeps, token: string): Promise<string> {
  const owner = await feedOwner(deps.db, hashToken(token));
  if (!owner) throw new NotFoundError('Cet agenda est introuvable : l’adresse a peut-être été remplacée.');
  const now = deps.clock.now();
  const rows = await feedRows(
    deps.db,
    owner.id,
    new Date(now.getTime() - FEED_PAST_DAYS * DAY_MS).toISOString(),
    new Date(now.getTime() + FEED_FUTURE_DAYS * DAY_MS).toISOString(),
  );
  return feedIcs(
    owner.display_name,
    rows.map((row) => {
      const mode = row.mode as Mode;
      const site = row.site_name !== null ? { name: row.site_name, address: row.site_address ?? '' } : null;
      return {
        id: row.id,
        startsAt: row.starts_at,
        endsAt: row.ends_at,
        summary: `${row.reason_label} — ${shortName(row.person_name)}`,
        location: placeLabel(mode, site),
        description: `${MODES[mode] ?? mode}. Détails dans Relais : ${deps.config.publicUrl}/gestion`,
        cancelled: row.status === 'cancelled',
        updatedAt: row.updated_at,
      };
    }),
    now,
  );
}
