/**
 * The printable programme of a period (staff, PDF): the scheduled sessions from `from` to `to`
 * (default: today and the next 90 days), of one commune or all. The closed sessions of the
 * practice-analysis groups are left out: the programme is handed to childminders and parents.
 */
import type { Kysely } from 'kysely';
import { addDays, daysBetween } from '../../app/calendar.js';
import { parisToday, type Clock } from '../../app/clock.js';
import { InvalidInputError } from '../../app/errors.js';
import { authorize, type Actor } from '../../app/policy.js';
import type { Database } from '../../db/schema.js';
import { communeNamer, getRelais, listCommunes } from '../relais/relais.usecases.js';
import { programmePdf } from './activities.exports.pdf.js';
import { programmeRows } from './activities.reports.repository.js';
import {
  ACTIVITY_THEMES,
  audienceBringsChildren,
  type ActivityAudience,
  type ActivityTheme,
} from './activities.rules.js';

export interface ExportsDeps {
  db: Kysely<Database>;
  clock: Clock;
}

/** The programme covers at most this many days. */
export const PROGRAMME_MAX_DAYS = 400;
/** Without dates: today and the next 90 days (about a school term). */
export const PROGRAMME_DEFAULT_DAYS = 90;

function invalid(field: string, message: string): never {
  throw new InvalidInputError(`Donnée incohérente — « ${field} » : ${message}`, { fields: [{ field, message }] });
}

export async function programmeOf(
  deps: ExportsDeps,
  actor: Actor | undefined,
  relaisId: string,
  query: { from?: string; to?: string; commune?: string },
  options: { compress?: boolean } = {},
): Promise<{ pdf: Buffer; fileName: string }> {
  authorize(actor, 'activities.read', relaisId);
  const today = parisToday(deps.clock);
  const from = query.from ?? today;
  const to = query.to ?? addDays(from, PROGRAMME_DEFAULT_DAYS);
  if (to < from) invalid('to', 'La fin de la période doit suivre son début.');
  if (daysBetween(from, to) > PROGRAMME_MAX_DAYS)
    invalid('to', `Période trop longue (${PROGRAMME_MAX_DAYS} jours au plus).`);
  const communes = await listCommunes(deps, actor, relaisId);
  if (query.commune && !communes.some((c) => c.inseeCode === query.commune)) {
    invalid('commune', 'Cette commune n’est pas du territoire du relais.');
  }
  const [relais, nameOf, rows] = await Promise.all([
    getRelais(deps, actor, relaisId),
    communeNamer(deps, relaisId),
    programmeRows(deps.db, relaisId, { from, to, inseeCode: query.commune, includeCancelled: false }),
  ]);
  const pdf = await programmePdf(
    {
      relaisName: relais.name,
      contact: [relais.phone, relais.email].filter((s) => s && s.trim() !== '').join(' — '),
      from,
      to,
      communeName: query.commune ? nameOf(query.commune) : null,
      printedOn: today,
      entries: rows.map((r) => ({
        date: r.date,
        startsAt: r.starts_at,
        endsAt: r.ends_at,
        kindLabel: r.kind_label,
        title: r.title,
        themeLabel: ACTIVITY_THEMES[r.theme as ActivityTheme] ?? '',
        siteName: r.site_name,
        siteAddress: r.site_address,
        communeName: nameOf(r.insee_code) ?? r.insee_code,
        adultsLeft: Number(r.adult_capacity) - Number(r.adults_taken),
        childrenLeft: Number(r.child_capacity) - Number(r.children_taken),
        bringsChildren: audienceBringsChildren(r.audience as ActivityAudience),
      })),
    },
    options,
  );
  return { pdf, fileName: `programme-temps-collectifs-${from}-${to}.pdf` };
}
