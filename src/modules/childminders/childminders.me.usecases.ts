import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { parisToday, type Clock } from '../../app/clock.js';
import { ForbiddenError, NotAuthenticatedError, NotFoundError } from '../../app/errors.js';
import { authorizeOwner, type Actor } from '../../app/policy.js';
import type { Database } from '../../db/schema.js';
import { communeNamesOfRelais } from '../relais/relais.usecases.js';
import { LockedFieldError, SelfFileError } from './childminders.errors.js';
import {
  lockedFieldMessage,
  PMI_FIELDS,
  RELAIS_FIELDS,
  SELF_FIELD_LABELS,
  SELF_FIELDS,
  selfProblems,
  tidyPhone,
  type SelfField,
} from './childminders.me.rules.js';
import type { myFilePatchBody } from './childminders.me.schemas.js';
import { findChildminderRowOfAccount } from './childminders.repository.js';
import {
  saveChanges,
  toColumns,
  toDto,
  type ChildminderInput,
  type ChildminderRow,
  type FileColumns,
} from './childminders.usecases.js';

export type MyFilePatch = z.infer<typeof myFilePatchBody>;

export interface MyFileDeps {
  db: Kysely<Database>;
  clock: Clock;
}

/** `firstName` → `first_name`: the column of a field of the file. */
const columnOf = (field: keyof ChildminderInput) =>
  field.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`) as keyof FileColumns;

const SELF_COLUMNS = SELF_FIELDS.map(columnOf);
const LOCKED_FIELDS = [...PMI_FIELDS, ...RELAIS_FIELDS];

/**
 * The file of the signed-in childminder: her account must be a childminder's, and linked to a file
 * of her own relais. The relais is the file's, never something the client says.
 */
export async function ownFile(deps: MyFileDeps, actor: Actor | undefined): Promise<ChildminderRow> {
  if (!actor) throw new NotAuthenticatedError();
  if (actor.role !== 'childminder') throw new ForbiddenError('Cet espace est réservé aux assistant·es maternel·les.');
  const row = await findChildminderRowOfAccount(deps.db, actor.userId);
  if (!row) {
    throw new NotFoundError("Aucune fiche d'assistant·e maternel·le n'est liée à votre compte : contactez le relais.");
  }
  authorizeOwner(actor, row.account_id);
  if (row.relais_id !== actor.relaisId) throw new ForbiddenError();
  return row;
}

/** The file as the API gives it, in the shape of `childminderInput`. */
function inputOf(dto: ReturnType<typeof toDto>): ChildminderInput {
  const { id: _id, communeName: _c, childminderHouseName: _h, age: _a, placesToday: _p, ...rest } = dto;
  const { status: _s, statusSince: _ss, archiveReason: _r, archiveReasonLabel: _rl, updatedAt: _u, ...input } = rest;
  return input;
}

async function view(deps: MyFileDeps, row: ChildminderRow) {
  const dto = toDto(row, await communeNamesOfRelais(deps, row.relais_id), parisToday(deps.clock));
  return {
    ...inputOf(dto),
    id: dto.id,
    communeName: dto.communeName,
    childminderHouseName: dto.childminderHouseName,
    placesToday: dto.placesToday,
    updatedAt: dto.updatedAt,
    selfFields: [...SELF_FIELDS],
  };
}

/** Her file, read in her space: what the PMI and the relais keep, and what she keeps herself. */
export async function getMyFile(deps: MyFileDeps, actor: Actor | undefined) {
  return view(deps, await ownFile(deps, actor));
}

/**
 * She corrects her own fields (contact, consent to publish, what she offers). A field of the PMI or
 * of the relais sent unchanged is ignored; changed, the whole request is refused and nothing is
 * written. The change is recorded like a staff edit, with the source « self » and her account.
 */
export async function correctMyFile(deps: MyFileDeps, actor: Actor | undefined, patch: MyFilePatch) {
  const row = await ownFile(deps, actor);
  const current = inputOf(toDto(row, new Map(), parisToday(deps.clock)));
  const next: ChildminderInput = { ...current, ...definedOnly(patch) };
  if (patch.phone !== undefined) next.phone = tidyPhone(patch.phone);
  const before = toColumns(current);
  const after = toColumns(next);

  const locked = LOCKED_FIELDS.filter((f) => (before[columnOf(f)] ?? null) !== (after[columnOf(f)] ?? null));
  if (locked.length > 0) {
    throw new LockedFieldError(locked.map((field) => ({ field, message: lockedFieldMessage(field) })));
  }
  const problems = selfProblems(next);
  if (problems.length > 0) {
    throw new SelfFileError(problems.map((p) => ({ ...p, label: SELF_FIELD_LABELS[p.field as SelfField] })));
  }
  const changes = await saveChanges(deps, actor, row.relais_id, row.id, {
    before,
    after,
    source: 'self',
    writable: SELF_COLUMNS,
  });
  if (changes.length === 0) return view(deps, row);
  const saved = await findChildminderRowOfAccount(deps.db, row.account_id as string);
  if (!saved) throw new NotFoundError();
  return view(deps, saved);
}

/** The properties the client sent (JSON has no `undefined`, but an optional property may be absent). */
function definedOnly<T extends object>(patch: T): Partial<T> {
  return Object.fromEntries(Object.entries(patch).filter(([, value]) => value !== undefined)) as Partial<T>;
}
