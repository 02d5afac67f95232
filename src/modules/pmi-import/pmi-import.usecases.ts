import type { Kysely } from 'kysely';
import type { z } from 'zod';
import { parisToday, type Clock } from '../../app/clock.js';
import { authorize, type Actor } from '../../app/policy.js';
import type { Database } from '../../db/schema.js';
import { recordAudit } from '../audit/audit.usecases.js';
import { applyChildminderBatch, fieldChanges, registerForImport } from '../childminders/childminders.usecases.js';
import { findCommune, searchCommunes } from '../relais/communes.reference.js';
import { listCommunes } from '../relais/relais.usecases.js';
import { PmiFileError, PmiMappingError, PmiNoValidRowError, PmiPlanChangedError } from './pmi-import.errors.js';
import { decodeBase64, readGrid } from './pmi-import.parse.js';
import {
  buildPlan,
  communeKey,
  emptyMapping,
  guessMapping,
  IMPORT_FIELD_LABELS,
  IMPORT_FIELDS,
  mappingProblems,
  missingFields,
  planFingerprint,
  REQUIRED_FIELDS,
  tableOf,
  type CommuneReference,
  type Mapping,
  type Plan,
  type Table,
} from './pmi-import.rules.js';
import { MAX_FILE_BYTES, type applyImportBody, type importFileBody } from './pmi-import.schemas.js';

export interface PmiImportDeps {
  db: Kysely<Database>;
  clock: Clock;
}

type FileBody = z.infer<typeof importFileBody>;
type ApplyBody = z.infer<typeof applyImportBody>;

const REFERENCE: CommuneReference = {
  nameOfCode: (inseeCode) => findCommune(inseeCode)?.name,
  existsNamed: (name) => searchCommunes(communeKey(name), 50).some((c) => communeKey(c.name) === communeKey(name)),
};

async function readTable(body: FileBody): Promise<Table> {
  const bytes = decodeBase64(body.contentBase64);
  if (bytes.length > MAX_FILE_BYTES) throw new PmiFileError('contentBase64', 'Le fichier dépasse 10 Mo.');
  return tableOf(await readGrid(body.fileName, bytes));
}

/** The mapping sent by the client (each column must be in the file), or the one guessed from the headers. */
function mappingFor(table: Table, sent: FileBody['mapping']): Mapping {
  if (!sent) return guessMapping(table.headers);
  const mapping = emptyMapping();
  for (const field of IMPORT_FIELDS) mapping[field] = sent[field] || null;
  const problems = mappingProblems(mapping, table.headers);
  if (problems.length > 0) throw new PmiMappingError(problems);
  return mapping;
}

const EMPTY_PLAN = (rows: number): Plan => ({
  counts: { rows, create: 0, update: 0, reactivate: 0, unchanged: 0, archive: 0, rejected: 0 },
  warnings: [],
  create: [],
  update: [],
  reactivate: [],
  unchanged: [],
  archive: [],
  rejected: [],
});

async function planOf(deps: PmiImportDeps, actor: Actor | undefined, relaisId: string, table: Table, mapping: Mapping) {
  const communes = await listCommunes(deps, actor, relaisId);
  const { childminders, houses } = await registerForImport(deps, actor, relaisId);
  return buildPlan({
    table,
    mapping,
    register: childminders,
    communes,
    houses,
    reference: REFERENCE,
    today: parisToday(deps.clock),
    changes: fieldChanges,
  });
}

/** The file name as the audit log shows it: no control characters, not too long. */
const shownName = (fileName: string) => fileName.replace(/\p{Cc}/gu, '').slice(0, 120);

function countsText(plan: Plan, archived: boolean): string {
  const c = plan.counts;
  return [
    `${c.rows} ligne(s)`,
    `${c.create} création(s)`,
    `${c.update} modification(s)`,
    `${c.reactivate} réactivation(s)`,
    `${c.unchanged} inchangée(s)`,
    `${c.rejected} rejetée(s)`,
    archived ? `${c.archive} archivage(s)` : `${c.archive} archivage(s) proposé(s)`,
  ].join(', ');
}

/**
 * What the PMI's file would do to the register, row by row, without changing anything. The file
 * itself is not kept; one audit entry says who compared which file, with the counts.
 */
export async function previewPmiImport(
  deps: PmiImportDeps,
  actor: Actor | undefined,
  relaisId: string,
  body: FileBody,
) {
  authorize(actor, 'childminders.manage', relaisId);
  const table = await readTable(body);
  const mapping = mappingFor(table, body.mapping);
  const missing = missingFields(mapping);
  let plan: Plan;
  if (missing.length === 0) plan = await planOf(deps, actor, relaisId, table, mapping);
  else {
    await listCommunes(deps, actor, relaisId); // a 404 for a relais that does not exist
    plan = EMPTY_PLAN(table.rows.length);
    plan.warnings.push(
      `Colonnes à indiquer avant l’import : ${missing.map((f) => IMPORT_FIELD_LABELS[f]).join(', ')}.`,
    );
  }
  await recordAudit(deps, actor, {
    relaisId,
    action: 'read',
    subjectType: 'childminder',
    summary: `Aperçu de l’import de la liste PMI « ${shownName(body.fileName)} » : ${countsText(plan, false)}`,
  });
  const strip = <T extends { input?: unknown }>({ input: _input, ...rest }: T) => rest;
  return {
    fileName: body.fileName,
    headerRow: table.headerRow,
    headers: table.headers,
    mapping,
    fields: IMPORT_FIELDS.map((field) => ({
      field,
      label: IMPORT_FIELD_LABELS[field],
      required: REQUIRED_FIELDS.includes(field),
    })),
    missingColumns: missing.map((field) => ({ field, label: IMPORT_FIELD_LABELS[field] })),
    warnings: plan.warnings,
    counts: plan.counts,
    planToken: planFingerprint(plan),
    create: plan.create.map(strip),
    update: plan.update.map(strip),
    reactivate: plan.reactivate.map(strip),
    unchanged: plan.unchanged,
    archive: plan.archive,
    rejected: plan.rejected,
  };
}

/**
 * Applies the file: the plan is computed again (a plan sent by the client is never trusted) and
 * applied in one transaction through the register's use cases (source « import »: history and
 * audit entries as for a change by hand). Refused rows are left aside; absent childminders are
 * archived only when asked. Either all of it is applied, or nothing.
 */
export async function applyPmiImport(deps: PmiImportDeps, actor: Actor | undefined, relaisId: string, body: ApplyBody) {
  authorize(actor, 'childminders.manage', relaisId);
  const table = await readTable(body);
  const mapping = mappingFor(table, body.mapping);
  const missing = missingFields(mapping);
  if (missing.length > 0) {
    throw new PmiMappingError(
      missing.map((f) => ({
        field: `mapping.${f}`,
        message: `Indiquez la colonne « ${IMPORT_FIELD_LABELS[f]} » du fichier.`,
      })),
    );
  }
  return deps.db.transaction().execute(async (trx) => {
    const tx = { ...deps, db: trx };
    const plan = await planOf(tx, actor, relaisId, table, mapping);
    const expected = body.previewCounts;
    if (
      (expected &&
        (['create', 'update', 'reactivate', 'archive', 'rejected'] as const).some(
          (k) => plan.counts[k] !== expected[k],
        )) ||
      (body.planToken !== undefined && body.planToken !== planFingerprint(plan))
    ) {
      throw new PmiPlanChangedError();
    }
    const valid = plan.counts.create + plan.counts.update + plan.counts.reactivate + plan.counts.unchanged;
    if (body.archiveMissing && valid === 0 && plan.counts.archive > 0) throw new PmiNoValidRowError();
    const today = parisToday(deps.clock);
    const batch = {
      reactivate: plan.reactivate.map((r) => ({ id: r.childminderId, effectiveOn: today })),
      update: [...plan.reactivate, ...plan.update]
        .filter((r) => r.changes.length > 0)
        .map((r) => ({ id: r.childminderId, input: r.input })),
      archive: body.archiveMissing
        ? plan.archive.map((a) => ({ id: a.childminderId, effectiveOn: a.effectiveOn, reason: a.reason }))
        : [],
      register: plan.create.map((r) => r.input),
    };
    const done = await applyChildminderBatch(tx, actor, relaisId, batch, 'import');
    // The register's use case must have done exactly what the preview showed, or nothing at all.
    const planned = {
      registered: batch.register.length,
      updated: batch.update.length,
      archived: batch.archive.length,
      reactivated: batch.reactivate.length,
    };
    if ((Object.keys(planned) as (keyof typeof planned)[]).some((k) => done[k] !== planned[k])) {
      throw new Error(`PMI import: applied ${JSON.stringify(done)} instead of ${JSON.stringify(planned)}`);
    }
    await recordAudit(tx, actor, {
      relaisId,
      action: 'import',
      subjectType: 'childminder',
      summary: `Import de la liste PMI « ${shownName(body.fileName)} » : ${countsText(plan, body.archiveMissing)}`,
    });
    return {
      created: plan.counts.create,
      updated: plan.counts.update,
      reactivated: plan.counts.reactivate,
      archived: body.archiveMissing ? plan.counts.archive : 0,
      unchanged: plan.counts.unchanged,
      rejected: plan.counts.rejected,
      notArchived: body.archiveMissing ? 0 : plan.counts.archive,
    };
  });
}
