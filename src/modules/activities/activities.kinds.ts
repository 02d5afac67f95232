/**
 * Kinds of activities of a relais: the built-in ones (created the first time the relais's kinds
 * are read, once even if two requests race: unique (relais_id, code)), and those the relais adds,
 * renames or archives.
 */
import type { z } from 'zod';
import { NotFoundError } from '../../app/errors.js';
import { authorize, type Actor } from '../../app/policy.js';
import { recordAudit } from '../audit/audit.usecases.js';
import {
  insertBuiltInKinds,
  insertKindRow,
  listKindRows,
  updateKindRow,
  type KindRow,
} from './activities.repository.js';
import type { ActivityAudience, ActivityCategory } from './activities.rules.js';
import type { kindInput, kindUpdateInput } from './activities.schemas.js';
import { nowIso, type ActivitiesDeps } from './activities.shared.js';

export function kindOf(k: KindRow) {
  return {
    id: k.id,
    code: k.code,
    label: k.label,
    category: k.category as ActivityCategory,
    audience: k.audience as ActivityAudience,
    defaultAdultCapacity: Number(k.default_adult_capacity),
    defaultChildCapacity: Number(k.default_child_capacity),
    defaultDurationMinutes: Number(k.default_duration_minutes),
    archived: k.archived_at !== null,
  };
}

/** The relais's kinds, the built-in ones created first if missing. */
export async function kindsOfRelais(deps: ActivitiesDeps, relaisId: string): Promise<KindRow[]> {
  let rows = await listKindRows(deps.db, relaisId);
  if (!rows.some((r) => r.code !== null)) {
    await insertBuiltInKinds(deps.db, relaisId, nowIso(deps));
    rows = await listKindRows(deps.db, relaisId);
  }
  return rows;
}

export async function listKinds(deps: ActivitiesDeps, actor: Actor | undefined, relaisId: string) {
  authorize(actor, 'activities.read', relaisId);
  return { kinds: (await kindsOfRelais(deps, relaisId)).map(kindOf) };
}

export async function createKind(
  deps: ActivitiesDeps,
  actor: Actor | undefined,
  relaisId: string,
  input: z.infer<typeof kindInput>,
) {
  authorize(actor, 'activities.configure', relaisId);
  await kindsOfRelais(deps, relaisId);
  const now = nowIso(deps);
  const row = {
    id: crypto.randomUUID(),
    relais_id: relaisId,
    code: null,
    label: input.label,
    category: input.category,
    audience: input.audience,
    default_adult_capacity: input.defaultAdultCapacity,
    default_child_capacity: input.defaultChildCapacity,
    default_duration_minutes: input.defaultDurationMinutes,
    archived_at: null,
    created_at: now,
    updated_at: now,
  };
  await insertKindRow(deps.db, row);
  await recordAudit(deps, actor, {
    relaisId,
    action: 'activity_kind.created',
    subjectType: 'activity_kind',
    subjectId: row.id,
    summary: `Type d’activité « ${row.label} » créé`,
  });
  return kindOf(row);
}

export async function updateKind(
  deps: ActivitiesDeps,
  actor: Actor | undefined,
  relaisId: string,
  kindId: string,
  input: z.infer<typeof kindUpdateInput>,
) {
  authorize(actor, 'activities.configure', relaisId);
  const current = (await kindsOfRelais(deps, relaisId)).find((k) => k.id === kindId);
  if (!current) throw new NotFoundError('Ce type d’activité est introuvable.');
  const now = nowIso(deps);
  const patch = {
    ...(input.label !== undefined ? { label: input.label } : {}),
    ...(input.category !== undefined ? { category: input.category } : {}),
    ...(input.audience !== undefined ? { audience: input.audience } : {}),
    ...(input.defaultAdultCapacity !== undefined ? { default_adult_capacity: input.defaultAdultCapacity } : {}),
    ...(input.defaultChildCapacity !== undefined ? { default_child_capacity: input.defaultChildCapacity } : {}),
    ...(input.defaultDurationMinutes !== undefined ? { default_duration_minutes: input.defaultDurationMinutes } : {}),
    ...(input.archived !== undefined ? { archived_at: input.archived ? (current.archived_at ?? now) : null } : {}),
    updated_at: now,
  };
  await updateKindRow(deps.db, relaisId, kindId, patch);
  await recordAudit(deps, actor, {
    relaisId,
    action: 'activity_kind.updated',
    subjectType: 'activity_kind',
    subjectId: kindId,
    summary: `Type d’activité « ${patch.label ?? current.label} » modifié${input.archived === true ? ' (archivé)' : ''}`,
  });
  return kindOf({ ...current, ...patch });
}
