import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Clock } from '../../app/clock.js';
import { NotFoundError } from '../../app/errors.js';
import { authorize, type Actor } from '../../app/policy.js';
import type { Database, Site } from '../../db/schema.js';
import { recordAudit } from '../audit/audit.usecases.js';
import { communeNamesOfRelais } from '../relais/relais.usecases.js';
import { CommuneOutsideTerritoryError } from './sites.errors.js';
import { countActiveSites, findSite, insertSite, listSitesOfRelais, updateSiteRow } from './sites.repository.js';
import { SITE_KIND_LABELS, type SiteKind } from './sites.rules.js';
import type { siteInput } from './sites.schemas.js';

export type SiteInput = z.infer<typeof siteInput>;

export interface SitesDeps {
  db: Kysely<Database>;
  clock: Clock;
}

function toDto(s: Site, communes: Map<string, string>) {
  return {
    id: s.id,
    name: s.name,
    kind: s.kind as SiteKind,
    kindLabel: SITE_KIND_LABELS[s.kind as SiteKind] ?? s.kind,
    inseeCode: s.insee_code,
    communeName: communes.get(s.insee_code) ?? s.insee_code,
    address: s.address,
    capacity: s.capacity,
    accessible: s.accessible === 1,
    accessibilityNotes: s.accessibility_notes,
    forActivities: s.for_activities === 1,
    forPermanences: s.for_permanences === 1,
    archivedAt: s.archived_at,
    updatedAt: s.updated_at,
  };
}

function toColumns(input: SiteInput) {
  return {
    name: input.name,
    kind: input.kind,
    insee_code: input.inseeCode,
    address: input.address,
    capacity: input.capacity,
    accessible: input.accessible ? 1 : 0,
    accessibility_notes: input.accessibilityNotes,
    for_activities: input.forActivities ? 1 : 0,
    for_permanences: input.forPermanences ? 1 : 0,
  };
}

async function checkedCommunes(deps: SitesDeps, relaisId: string, inseeCode: string) {
  const communes = await communeNamesOfRelais(deps, relaisId);
  if (!communes.has(inseeCode)) throw new CommuneOutsideTerritoryError(inseeCode);
  return communes;
}

async function requireSite(deps: SitesDeps, relaisId: string, siteId: string) {
  const site = await findSite(deps.db, relaisId, siteId);
  if (!site) throw new NotFoundError("Ce lieu n'existe pas dans ce relais.");
  return site;
}

export async function listSites(deps: SitesDeps, actor: Actor | undefined, relaisId: string, includeArchived: boolean) {
  authorize(actor, 'relais.read', relaisId);
  const communes = await communeNamesOfRelais(deps, relaisId);
  return (await listSitesOfRelais(deps.db, relaisId, includeArchived)).map((s) => toDto(s, communes));
}

export async function createSite(
  deps: SitesDeps,
  actor: Actor | undefined | 'system',
  relaisId: string,
  input: SiteInput,
) {
  if (actor !== 'system') authorize(actor, 'sites.manage', relaisId);
  const communes = await checkedCommunes(deps, relaisId, input.inseeCode);
  const now = deps.clock.now().toISOString();
  const id = crypto.randomUUID();
  await insertSite(deps.db, { id, relais_id: relaisId, ...toColumns(input), created_at: now, updated_at: now });
  if (actor !== 'system') {
    await recordAudit(deps, actor, {
      relaisId,
      action: 'create',
      subjectType: 'site',
      subjectId: id,
      summary: `Création du lieu « ${input.name} »`,
    });
  }
  return toDto(await requireSite(deps, relaisId, id), communes);
}

export async function updateSite(
  deps: SitesDeps,
  actor: Actor | undefined,
  relaisId: string,
  siteId: string,
  input: SiteInput,
) {
  authorize(actor, 'sites.manage', relaisId);
  await requireSite(deps, relaisId, siteId);
  const communes = await checkedCommunes(deps, relaisId, input.inseeCode);
  await updateSiteRow(deps.db, relaisId, siteId, { ...toColumns(input), updated_at: deps.clock.now().toISOString() });
  await recordAudit(deps, actor, {
    relaisId,
    action: 'update',
    subjectType: 'site',
    subjectId: siteId,
    summary: `Modification du lieu « ${input.name} »`,
  });
  return toDto(await requireSite(deps, relaisId, siteId), communes);
}

/** Archives (or brings back) a venue; venues are never deleted, so past activities keep their place. */
export async function setSiteArchived(
  deps: SitesDeps,
  actor: Actor | undefined,
  relaisId: string,
  siteId: string,
  archived: boolean,
) {
  authorize(actor, 'sites.manage', relaisId);
  const site = await requireSite(deps, relaisId, siteId);
  const now = deps.clock.now().toISOString();
  await updateSiteRow(deps.db, relaisId, siteId, { archived_at: archived ? now : null, updated_at: now });
  await recordAudit(deps, actor, {
    relaisId,
    action: archived ? 'archive' : 'restore',
    subjectType: 'site',
    subjectId: siteId,
    summary: `${archived ? 'Archivage' : 'Réactivation'} du lieu « ${site.name} »`,
  });
  return toDto(await requireSite(deps, relaisId, siteId), await communeNamesOfRelais(deps, relaisId));
}

export async function countActiveSitesInCommune(deps: { db: Kysely<Database> }, relaisId: string, inseeCode: string) {
  return countActiveSites(deps.db, relaisId, inseeCode);
}

/** Venues shown on the public page of the relais: every active venue, head office included. */
export async function listPublicSites(deps: { db: Kysely<Database> }, relaisId: string) {
  const communes = await communeNamesOfRelais(deps, relaisId);
  return (await listSitesOfRelais(deps.db, relaisId, false)).map((s) => {
    const dto = toDto(s, communes);
    return {
      name: dto.name,
      kindLabel: dto.kindLabel,
      communeName: dto.communeName,
      address: dto.address,
      accessible: dto.accessible,
    };
  });
}
