/** Read queries of the supply report, every one scoped by relais (same SQL on both engines). */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema.js';
import {
  STATUS_KINDS,
  type ChildminderFacts,
  type FacilityFacts,
  type HouseFacts,
  type StatusEvent,
} from './supply-report.rules.js';

/** Every childminder file of the relais, archived ones included (they were active once). */
export async function listChildminderFacts(db: Kysely<Database>, relaisId: string): Promise<ChildminderFacts[]> {
  const rows = await db
    .selectFrom('childminder')
    .select(['id', 'insee_code', 'birth_date', 'approval_places', 'status', 'status_since'])
    .where('relais_id', '=', relaisId)
    .execute();
  return rows.map((r) => ({
    id: r.id,
    inseeCode: r.insee_code,
    birthDate: r.birth_date,
    approvalPlaces: Number(r.approval_places),
    status: r.status,
    statusSince: r.status_since,
  }));
}

/** Arrivals, archives and reactivations that took effect on or before `until`. */
export async function listStatusEvents(db: Kysely<Database>, relaisId: string, until: string): Promise<StatusEvent[]> {
  const rows = await db
    .selectFrom('childminder_event')
    .select(['childminder_id', 'kind', 'effective_on', 'at', 'reason'])
    .where('relais_id', '=', relaisId)
    .where('kind', 'in', [...STATUS_KINDS])
    .where('effective_on', '<=', until)
    .execute();
  return rows.map((r) => ({
    childminderId: r.childminder_id,
    kind: r.kind as StatusEvent['kind'],
    effectiveOn: r.effective_on,
    at: r.at,
    reason: r.reason,
  }));
}

export async function listHouseFacts(db: Kysely<Database>, relaisId: string): Promise<HouseFacts[]> {
  const rows = await db
    .selectFrom('childminder_house')
    .select(['insee_code', 'opened_on', 'closed_on'])
    .where('relais_id', '=', relaisId)
    .execute();
  return rows.map((r) => ({ inseeCode: r.insee_code, openedOn: r.opened_on, closedOn: r.closed_on }));
}

/** Collective care with places (family services have none). */
export async function listCareFacts(db: Kysely<Database>, relaisId: string): Promise<FacilityFacts[]> {
  const rows = await db
    .selectFrom('facility')
    .select(['kind', 'insee_code', 'places', 'funding', 'opened_on', 'closed_on'])
    .where('relais_id', '=', relaisId)
    .where('places', 'is not', null)
    .execute();
  return rows.map((r) => ({
    kind: r.kind,
    inseeCode: r.insee_code,
    places: r.places === null ? null : Number(r.places),
    funding: r.funding,
    openedOn: r.opened_on,
    closedOn: r.closed_on,
  }));
}
