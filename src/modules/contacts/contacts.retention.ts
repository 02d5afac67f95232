import type { Kysely } from 'kysely';
import { parisToday, type Clock } from '../../app/clock.js';
import type { Database } from '../../db/schema.js';
import { recordAudit } from '../audit/audit.usecases.js';

export interface RetentionDeps {
  db: Kysely<Database>;
  clock: Clock;
}

/** The Paris date `months` months before `day` (YYYY-MM-DD), clamped to the end of shorter months. */
export function monthsBefore(day: string, months: number): string {
  const [y, m, d] = day.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) - months;
  const year = Math.floor(total / 12);
  const month = (total % 12) + 1;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return `${year}-${String(month).padStart(2, '0')}-${String(Math.min(d, lastDay)).padStart(2, '0')}`;
}

/**
 * For each relais, the Paris date before which families' personal data is no longer kept: today
 * minus the relais's retention delay (requests of the inbox follow the same delay).
 */
export async function retentionCutoffs(deps: RetentionDeps): Promise<{ id: string; cutoff: string }[]> {
  const today = parisToday(deps.clock);
  const relaisList = await deps.db.selectFrom('relais').select(['id', 'family_retention_months']).execute();
  return relaisList.map((r) => ({ id: r.id, cutoff: monthsBefore(today, r.family_retention_months) }));
}

export const ANONYMISED_FAMILY_NAME = 'Famille anonymisée';

/**
 * GDPR: in every relais, families whose latest contact (or creation, without contact) is older
 * than the relais's retention delay lose their name, e-mail and phone, and the notes of the
 * contacts older than the delay are erased. The contacts stay, as anonymous facts, for the
 * statistics. Returns how many families were anonymised.
 */
export async function anonymiseOldFamilies(deps: RetentionDeps): Promise<number> {
  const now = deps.clock.now().toISOString();
  let anonymised = 0;
  for (const { id: relaisId, cutoff } of await retentionCutoffs(deps)) {
    const count = await deps.db.transaction().execute(async (trx) => {
      const families = await trx
        .selectFrom('family')
        .select('id')
        .where('relais_id', '=', relaisId)
        .where('anonymised_at', 'is', null)
        .where((eb) =>
          eb.or([
            eb('last_contact_on', '<', cutoff),
            eb.and([eb('last_contact_on', 'is', null), eb('created_at', '<', cutoff)]),
          ]),
        )
        .execute();
      const ids = families.map((f) => f.id);
      if (ids.length > 0) {
        await trx
          .updateTable('family')
          .set({ name: ANONYMISED_FAMILY_NAME, email: '', phone: '', anonymised_at: now })
          .where('id', 'in', ids)
          .execute();
      }
      await trx
        .updateTable('contact')
        .set({ note: '' })
        .where('relais_id', '=', relaisId)
        .where('occurred_on', '<', cutoff)
        .where('note', '!=', '')
        .execute();
      return ids.length;
    });
    if (count > 0) {
      await recordAudit(deps, undefined, {
        relaisId,
        action: 'family.anonymised',
        subjectType: 'family',
        summary: `${count} famille${count > 1 ? 's' : ''} anonymisée${count > 1 ? 's' : ''} (dernier contact avant le ${cutoff})`,
      });
    }
    anonymised += count;
  }
  return anonymised;
}
