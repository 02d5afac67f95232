import { parisToday } from '../../app/clock.js';
import { authorize, type Actor } from '../../app/policy.js';
import { listCommunes } from '../relais/relais.usecases.js';
import { countedContactRows } from './contacts.repository.js';
import { contactStatistics, type ContactStatistics } from './contacts.rules.js';
import { ensureDefaultSubjects } from './contacts.subjects.js';
import type { ContactsDeps } from './contacts.usecases.js';

/** The statistics of a year's contacts (default: the current year), counts only. */
export async function getContactStatistics(
  deps: ContactsDeps,
  actor: Actor | undefined,
  relaisId: string,
  year?: number,
): Promise<ContactStatistics> {
  authorize(actor, 'contacts.statistics', relaisId);
  const theYear = year ?? Number(parisToday(deps.clock).slice(0, 4));
  const [{ contacts, links }, subjects, communes] = await Promise.all([
    countedContactRows(deps.db, relaisId, theYear),
    ensureDefaultSubjects(deps.db, relaisId, deps.clock.now()),
    listCommunes(deps, actor, relaisId),
  ]);
  const subjectsOf = new Map<string, string[]>();
  for (const l of links) subjectsOf.set(l.contact_id, [...(subjectsOf.get(l.contact_id) ?? []), l.subject_id]);
  return contactStatistics(
    theYear,
    contacts.map((c) => ({
      occurredOn: c.occurred_on,
      channel: c.channel,
      public: c.public,
      inseeCode: c.insee_code,
      familyId: c.family_id,
      childminderId: c.childminder_id,
      subjectIds: subjectsOf.get(c.id) ?? [],
    })),
    subjects,
    [...communes]
      .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
      .map((c) => ({ inseeCode: c.inseeCode, name: c.name })),
  );
}
