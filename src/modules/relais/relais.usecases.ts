import type { Kysely } from 'kysely';
import type { Clock } from '../../app/clock.js';
import { NotFoundError } from '../../app/errors.js';
import { authorize, type Actor } from '../../app/policy.js';
import type { Database, Relais } from '../../db/schema.js';
import { recordAudit } from '../audit/audit.usecases.js';
import { countActiveSitesInCommune } from '../sites/sites.usecases.js';
import { communeCentroid } from './communes.geo.js';
import { findCommune } from './communes.reference.js';
import { CommuneAlreadyCoveredError, CommuneInUseError, SlugTakenError, UnknownCommuneError } from './relais.errors.js';
import {
  deleteCommuneOfRelais,
  findCommuneOfRelais,
  findRelaisAndCommuneNames,
  findRelaisById,
  findRelaisBySlug,
  insertCommuneOfRelais,
  insertRelais,
  listAllRelais,
  listCommunesOfRelais,
  updateRelaisRow,
} from './relais.repository.js';

export interface RelaisDeps {
  db: Kysely<Database>;
  clock: Clock;
}

export interface RelaisCard {
  name: string;
  address: string;
  postcode: string;
  city: string;
  phone: string;
  email: string;
  website: string | null;
  openingHours: string;
  permanences: string;
}

function toDto(r: Relais) {
  return {
    id: r.id,
    slug: r.slug,
    name: r.name,
    epciCode: r.epci_code,
    address: r.address,
    postcode: r.postcode,
    city: r.city,
    phone: r.phone,
    email: r.email,
    website: r.website,
    openingHours: r.opening_hours,
    permanences: r.permanences,
    familyRetentionMonths: r.family_retention_months,
  };
}

function communeDto(c: { insee_code: string; name: string; population: number | null; postcodes: string }) {
  return {
    inseeCode: c.insee_code,
    name: c.name,
    population: c.population,
    postcodes: c.postcodes ? c.postcodes.split(',') : [],
  };
}

async function requireRelais(db: Kysely<Database>, relaisId: string): Promise<Relais> {
  const relais = await findRelaisById(db, relaisId);
  if (!relais) throw new NotFoundError("Ce relais n'existe pas.");
  return relais;
}

export async function findRelaisSummary(deps: { db: Kysely<Database> }, relaisId: string) {
  const r = await findRelaisById(deps.db, relaisId);
  return r && { id: r.id, slug: r.slug, name: r.name };
}

export async function listRelais(deps: RelaisDeps, actor: Actor | undefined) {
  authorize(actor, 'platform.manage', null);
  return (await listAllRelais(deps.db)).map(toDto);
}

/** Creates a relais (platform operator). Used by the CLI and the demo seed with no actor. */
export async function createRelais(
  deps: RelaisDeps,
  actor: Actor | undefined | 'system',
  input: RelaisCard & { slug: string; epciCode: string | null },
) {
  if (actor !== 'system') authorize(actor, 'platform.manage', null);
  if (await findRelaisBySlug(deps.db, input.slug)) throw new SlugTakenError(input.slug);
  const now = deps.clock.now().toISOString();
  const id = crypto.randomUUID();
  await insertRelais(deps.db, {
    id,
    slug: input.slug,
    name: input.name,
    epci_code: input.epciCode,
    address: input.address,
    postcode: input.postcode,
    city: input.city,
    phone: input.phone,
    email: input.email,
    website: input.website || null,
    opening_hours: input.openingHours,
    permanences: input.permanences,
    created_at: now,
    updated_at: now,
  });
  return toDto(await requireRelais(deps.db, id));
}

export async function getRelais(deps: RelaisDeps, actor: Actor | undefined, relaisId: string) {
  authorize(actor, 'relais.read', relaisId);
  return toDto(await requireRelais(deps.db, relaisId));
}

export async function updateRelais(
  deps: RelaisDeps,
  actor: Actor | undefined,
  relaisId: string,
  patch: Partial<RelaisCard> & { familyRetentionMonths?: number },
) {
  authorize(actor, 'relais.update', relaisId);
  await requireRelais(deps.db, relaisId);
  await updateRelaisRow(deps.db, relaisId, {
    name: patch.name,
    address: patch.address,
    postcode: patch.postcode,
    city: patch.city,
    phone: patch.phone,
    email: patch.email,
    website: patch.website === undefined ? undefined : patch.website || null,
    opening_hours: patch.openingHours,
    permanences: patch.permanences,
    family_retention_months: patch.familyRetentionMonths,
    updated_at: deps.clock.now().toISOString(),
  });
  return toDto(await requireRelais(deps.db, relaisId));
}

export async function listCommunes(deps: RelaisDeps, actor: Actor | undefined, relaisId: string) {
  authorize(actor, 'relais.read', relaisId);
  await requireRelais(deps.db, relaisId);
  return (await listCommunesOfRelais(deps.db, relaisId)).map(communeDto);
}

/** Adds a commune to the territory; name and population come from the official reference. */
export async function addCommune(
  deps: RelaisDeps,
  actor: Actor | undefined | 'system',
  relaisId: string,
  inseeCode: string,
) {
  if (actor !== 'system') authorize(actor, 'communes.manage', relaisId);
  await requireRelais(deps.db, relaisId);
  const reference = findCommune(inseeCode);
  if (!reference) throw new UnknownCommuneError(inseeCode);
  if (await findCommuneOfRelais(deps.db, relaisId, inseeCode)) throw new CommuneAlreadyCoveredError(reference.name);
  await insertCommuneOfRelais(deps.db, {
    relaisId,
    ...reference,
    centre: communeCentroid(inseeCode),
    at: deps.clock.now().toISOString(),
  });
  if (actor !== 'system') {
    await recordAudit(deps, actor, {
      relaisId,
      action: 'create',
      subjectType: 'relais_commune',
      subjectId: inseeCode,
      summary: `Ajout de la commune ${reference.name} au territoire`,
    });
  }
  return communeDto({ ...reference, insee_code: inseeCode, postcodes: reference.postcodes.join(',') });
}

export async function removeCommune(deps: RelaisDeps, actor: Actor | undefined, relaisId: string, inseeCode: string) {
  authorize(actor, 'communes.manage', relaisId);
  const commune = await findCommuneOfRelais(deps.db, relaisId, inseeCode);
  if (!commune) throw new NotFoundError('Cette commune ne fait pas partie du territoire du relais.');
  const sites = await countActiveSitesInCommune(deps, relaisId, inseeCode);
  if (sites > 0) throw new CommuneInUseError(commune.name, sites);
  await deleteCommuneOfRelais(deps.db, relaisId, inseeCode);
  await recordAudit(deps, actor, {
    relaisId,
    action: 'delete',
    subjectType: 'relais_commune',
    subjectId: inseeCode,
    summary: `Retrait de la commune ${commune.name} du territoire`,
  });
}

/** Whether a commune belongs to the relais's territory (used by other modules). */
export async function isCommuneOfRelais(deps: { db: Kysely<Database> }, relaisId: string, inseeCode: string) {
  return (await findCommuneOfRelais(deps.db, relaisId, inseeCode)) !== undefined;
}

export async function communeNamesOfRelais(
  deps: { db: Kysely<Database> },
  relaisId: string,
): Promise<Map<string, string>> {
  return new Map((await listCommunesOfRelais(deps.db, relaisId)).map((c) => [c.insee_code, c.name]));
}

/**
 * What a message about something happening in a commune of a relais names: the relais, and the
 * commune (the territory's name, else France's). One query: e-mails sent in a request use it.
 */
export async function relaisAndCommuneNames(deps: { db: Kysely<Database> }, relaisId: string, inseeCode: string) {
  const row = await findRelaisAndCommuneNames(deps.db, relaisId, inseeCode);
  return {
    relaisName: row?.relais_name ?? null,
    communeName: row?.commune_name ?? findCommune(inseeCode)?.name ?? inseeCode,
  };
}

/** Names communes: the territory's names first, then France's; null when there is no commune. */
export async function communeNamer(deps: { db: Kysely<Database> }, relaisId: string) {
  const territory = await communeNamesOfRelais(deps, relaisId);
  return (inseeCode: string | null) =>
    inseeCode === null ? null : (territory.get(inseeCode) ?? findCommune(inseeCode)?.name ?? inseeCode);
}

export async function getPublicRelais(deps: RelaisDeps, slug: string) {
  const relais = await findRelaisBySlug(deps.db, slug);
  if (!relais) throw new NotFoundError("Ce relais n'existe pas.");
  const { id: _id, epciCode: _epci, familyRetentionMonths: _retention, ...card } = toDto(relais);
  const communes = await listCommunesOfRelais(deps.db, relais.id);
  // The centre of each commune ([longitude, latitude]) where known, for distances in the directory.
  const centres = new Map<string, [number, number]>();
  for (const c of communes) {
    if (c.latitude !== null && c.longitude !== null) centres.set(c.insee_code, [c.longitude, c.latitude]);
  }
  return {
    id: relais.id,
    card,
    communes: communes.map(communeDto),
    centres,
    familyRetentionMonths: relais.family_retention_months,
  };
}

export async function listPublicRelais(deps: RelaisDeps) {
  return (await listAllRelais(deps.db)).map((r) => ({ slug: r.slug, name: r.name, city: r.city }));
}
