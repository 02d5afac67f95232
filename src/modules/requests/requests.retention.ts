import { recordAudit } from '../audit/audit.usecases.js';
import { retentionCutoffs, type RetentionDeps } from '../contacts/contacts.retention.js';
import { anonymiseRequestsBefore } from './requests.repository.js';

/**
 * GDPR, daily, beside the families' job: in every relais, requests last changed (received, assigned,
 * answered, closed…) before the relais's retention delay of families' data lose name, e-mail, phone,
 * needs, child's details, closing note and answers. Public, commune, subjects, dates and statuses
 * stay, for the statistics. Returns how many requests were anonymised.
 */
export async function anonymiseOldRequests(deps: RetentionDeps): Promise<number> {
  let anonymised = 0;
  for (const { id: relaisId, cutoff } of await retentionCutoffs(deps)) {
    const count = await anonymiseRequestsBefore(deps.db, relaisId, cutoff, deps.clock.now().toISOString());
    if (count > 0) {
      await recordAudit(deps, undefined, {
        relaisId,
        action: 'request.anonymised',
        subjectType: 'request',
        summary: `${count} demande${count > 1 ? 's' : ''} anonymisée${count > 1 ? 's' : ''} (dernière modification avant le ${cutoff})`,
      });
    }
    anonymised += count;
  }
  return anonymised;
}
