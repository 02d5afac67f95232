/**
 * The public iCalendar feed of the sessions of a relais (optionally of one commune), for a phone or
 * a desktop calendar to subscribe to: the sessions from two months back to a year ahead, cancelled
 * ones marked as such, one stable UID per session (the one of the invitations). No person appears:
 * neither animators nor those registered. The closed sessions of the practice groups are left out.
 */
import type { Kysely } from 'kysely';
import { addDays } from '../../app/calendar.js';
import { parisToday, type Clock } from '../../app/clock.js';
import { InvalidInputError } from '../../app/errors.js';
import type { Database } from '../../db/schema.js';
import { getPublicRelais } from '../relais/relais.usecases.js';
import { activityCalendar } from './activities.ics.js';
import { programmeRows } from './activities.reports.repository.js';
import { ACTIVITY_THEMES, type ActivityTheme } from './activities.rules.js';

export interface FeedDeps {
  db: Kysely<Database>;
  clock: Clock;
}

/** The feed shows sessions from this many days back… */
export const FEED_PAST_DAYS = 60;
/** …to this many days ahead. */
export const FEED_FUTURE_DAYS = 366;

export async function publicActivitiesIcs(
  deps: FeedDeps,
  slug: string,
  query: { commune?: string },
): Promise<{ ics: string; fileName: string }> {
  const relais = await getPublicRelais(deps, slug);
  const commune = query.commune ? relais.communes.find((c) => c.inseeCode === query.commune) : undefined;
  if (query.commune && !commune) {
    const message = 'Cette commune n’est pas du territoire du relais.';
    throw new InvalidInputError(`Donnée incohérente — « commune » : ${message}`, {
      fields: [{ field: 'commune', message }],
    });
  }
  const names = new Map(relais.communes.map((c) => [c.inseeCode, c.name]));
  const today = parisToday(deps.clock);
  const rows = await programmeRows(deps.db, relais.id, {
    from: addDays(today, -FEED_PAST_DAYS),
    to: addDays(today, FEED_FUTURE_DAYS),
    inseeCode: query.commune,
    includeCancelled: true,
  });
  const name = `Temps collectifs — ${relais.card.name}${commune ? ` — ${commune.name}` : ''}`;
  const ics = activityCalendar(
    name,
    rows.map((r) => {
      const theme = ACTIVITY_THEMES[r.theme as ActivityTheme];
      const communeName = names.get(r.insee_code) ?? r.insee_code;
      const title = r.title && r.title !== r.kind_label ? `${r.kind_label} — ${r.title}` : r.kind_label;
      const description = [
        theme ? `Thème : ${theme}.` : '',
        r.description,
        r.status === 'cancelled' ? `Séance annulée${r.cancel_reason ? ` : ${r.cancel_reason}` : '.'}` : '',
        `Inscriptions : ${relais.card.name}${relais.card.phone ? `, ${relais.card.phone}` : ''}.`,
      ]
        .filter((s) => s.trim() !== '')
        .join('\n');
      return {
        id: r.id,
        startsAt: r.starts_at,
        endsAt: r.ends_at,
        summary: r.status === 'cancelled' ? `Annulé : ${title}` : title,
        location: [r.site_name, r.site_address, communeName].filter((s) => s && s.trim() !== '').join(', '),
        description,
        cancelled: r.status === 'cancelled',
        updatedAt: r.updated_at,
      };
    }),
    deps.clock.now(),
  );
  return { ics, fileName: `temps-collectifs-${slug}${commune ? `-${commune.inseeCode}` : ''}.ics` };
}
