import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { parisToday, type Clock } from '../../app/clock.js';
import { InvalidInputError, NotFoundError } from '../../app/errors.js';
import { authorize, type Actor } from '../../app/policy.js';
import type { ChildminderHouse, Database, Facility } from '../../db/schema.js';
import { referentNames } from '../accounts/accounts.usecases.js';
import { recordAudit } from '../audit/audit.usecases.js';
import { houseMembership } from '../childminders/childminders.usecases.js';
import { communeNamesOfRelais } from '../relais/relais.usecases.js';
import { CommuneOutsideTerritoryError } from '../sites/sites.errors.js';
import {
  findFacilityRow,
  findHouseRow,
  insertFacilityRow,
  insertHouseRow,
  listFacilityRows,
  listHouseRows,
  updateFacilityRow,
  updateHouseRow,
} from './facilities.repository.js';
import {
  FACILITY_KIND_LABELS,
  facilityProblems,
  houseVisitDue,
  openingProblems,
  type FacilityKind,
  type Funding,
} from './facilities.rules.js';
import type { facilityInput, houseInput } from './facilities.schemas.js';

export type FacilityInput = z.infer<typeof facilityInput>;
export type HouseInput = z.infer<typeof houseInput>;

export interface FacilitiesDeps {
  db: Kysely<Database>;
  clock: Clock;
}

function invalid(problems: { field: string; message: string }[]): never {
  throw new InvalidInputError(`Donnée incohérente — « ${problems[0]?.field} » : ${problems[0]?.message}`, {
    fields: problems,
  });
}

async function territory(deps: FacilitiesDeps, relaisId: string, inseeCode: string) {
  const communes = await communeNamesOfRelais(deps, relaisId);
  if (!communes.has(inseeCode)) throw new CommuneOutsideTerritoryError(inseeCode);
  return communes;
}

function facilityDto(f: Facility, communes: Map<string, string>) {
  return {
    id: f.id,
    kind: f.kind as FacilityKind,
    kindLabel: FACILITY_KIND_LABELS[f.kind as FacilityKind] ?? f.kind,
    name: f.name,
    inseeCode: f.insee_code,
    communeName: communes.get(f.insee_code) ?? f.insee_code,
    address: f.address,
    phone: f.phone,
    email: f.email,
    website: f.website,
    places: f.places,
    funding: f.funding as Funding | null,
    openedOn: f.opened_on,
    closedOn: f.closed_on,
    open: f.closed_on === null,
    description: f.description,
  };
}

function facilityColumns(i: FacilityInput) {
  return {
    kind: i.kind,
    name: i.name,
    insee_code: i.inseeCode,
    address: i.address,
    phone: i.phone,
    email: i.email,
    website: i.website || null,
    places: i.places,
    funding: i.funding,
    opened_on: i.openedOn,
    closed_on: i.closedOn,
    description: i.description,
  };
}

export async function listFacilities(
  deps: FacilitiesDeps,
  actor: Actor | undefined,
  relaisId: string,
  includeClosed: boolean,
) {
  authorize(actor, 'relais.read', relaisId);
  const communes = await communeNamesOfRelais(deps, relaisId);
  return (await listFacilityRows(deps.db, relaisId, includeClosed)).map((f) => facilityDto(f, communes));
}

export async function saveFacility(
  deps: FacilitiesDeps,
  actor: Actor | undefined,
  relaisId: string,
  facilityId: string | null,
  input: FacilityInput,
) {
  authorize(actor, 'facilities.manage', relaisId);
  const communes = await territory(deps, relaisId, input.inseeCode);
  const problems = facilityProblems(input, parisToday(deps.clock));
  if (problems.length > 0) invalid(problems);
  const now = deps.clock.now().toISOString();
  const id = facilityId ?? crypto.randomUUID();
  if (facilityId) {
    if (!(await findFacilityRow(deps.db, relaisId, facilityId)))
      throw new NotFoundError("Cet établissement n'existe pas dans ce relais.");
    await updateFacilityRow(deps.db, relaisId, facilityId, { ...facilityColumns(input), updated_at: now });
  } else {
    await insertFacilityRow(deps.db, {
      id,
      relais_id: relaisId,
      ...facilityColumns(input),
      created_at: now,
      updated_at: now,
    });
  }
  await recordAudit(deps, actor, {
    relaisId,
    action: facilityId ? 'update' : 'create',
    subjectType: 'facility',
    subjectId: id,
    summary: `${facilityId ? 'Modification' : 'Création'} de « ${input.name} » (${FACILITY_KIND_LABELS[input.kind]})`,
  });
  const saved = await findFacilityRow(deps.db, relaisId, id);
  if (!saved) throw new NotFoundError();
  return facilityDto(saved, communes);
}

function houseDto(
  h: ChildminderHouse,
  communes: Map<string, string>,
  referents: Map<string, string>,
  membership: Map<string, { members: number; places: number }>,
  today: string,
) {
  const m = membership.get(h.id);
  return {
    id: h.id,
    name: h.name,
    inseeCode: h.insee_code,
    communeName: communes.get(h.insee_code) ?? h.insee_code,
    address: h.address,
    openedOn: h.opened_on,
    closedOn: h.closed_on,
    open: h.closed_on === null,
    referentUserId: h.referent_user_id,
    referentName: h.referent_user_id ? (referents.get(h.referent_user_id) ?? null) : null,
    lastVisitOn: h.last_visit_on,
    visitDue: h.closed_on === null && houseVisitDue(h.last_visit_on, today),
    members: m?.members ?? 0,
    places: m?.places ?? 0,
  };
}

export async function listHouses(deps: FacilitiesDeps, actor: Actor | undefined, relaisId: string) {
  authorize(actor, 'relais.read', relaisId);
  const [communes, referents, membership] = await Promise.all([
    communeNamesOfRelais(deps, relaisId),
    referentNames(deps, relaisId),
    houseMembership(deps, relaisId),
  ]);
  const today = parisToday(deps.clock);
  return (await listHouseRows(deps.db, relaisId)).map((h) => houseDto(h, communes, referents, membership, today));
}

export async function saveHouse(
  deps: FacilitiesDeps,
  actor: Actor | undefined,
  relaisId: string,
  houseId: string | null,
  input: HouseInput,
) {
  authorize(actor, 'facilities.manage', relaisId);
  const communes = await territory(deps, relaisId, input.inseeCode);
  const referents = await referentNames(deps, relaisId);
  const today = parisToday(deps.clock);
  const problems: { field: string; message: string }[] = [];
  if (input.referentUserId && !referents.has(input.referentUserId)) {
    problems.push({
      field: 'referentUserId',
      message: 'Le ou la référent·e doit être un·e animateur·rice ou responsable actif·ve du relais.',
    });
  }
  problems.push(...openingProblems(input.openedOn, input.closedOn, today));
  if (input.lastVisitOn && input.lastVisitOn > today) {
    problems.push({ field: 'lastVisitOn', message: 'La dernière visite ne peut pas être dans le futur.' });
  }
  if (problems.length > 0) invalid(problems);
  const columns = {
    name: input.name,
    insee_code: input.inseeCode,
    address: input.address,
    opened_on: input.openedOn,
    closed_on: input.closedOn,
    referent_user_id: input.referentUserId,
    last_visit_on: input.lastVisitOn,
  };
  const now = deps.clock.now().toISOString();
  const id = houseId ?? crypto.randomUUID();
  if (houseId) {
    if (!(await findHouseRow(deps.db, relaisId, houseId)))
      throw new NotFoundError("Cette MAM n'existe pas dans ce relais.");
    await updateHouseRow(deps.db, relaisId, houseId, { ...columns, updated_at: now });
  } else {
    await insertHouseRow(deps.db, { id, relais_id: relaisId, ...columns, created_at: now, updated_at: now });
  }
  await recordAudit(deps, actor, {
    relaisId,
    action: houseId ? 'update' : 'create',
    subjectType: 'childminder_house',
    subjectId: id,
    summary: `${houseId ? 'Modification' : 'Création'} de la MAM « ${input.name} »`,
  });
  const saved = await findHouseRow(deps.db, relaisId, id);
  if (!saved) throw new NotFoundError();
  return houseDto(saved, communes, referents, await houseMembership(deps, relaisId), today);
}
