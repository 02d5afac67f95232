import { z } from 'zod';
import { IMPORT_FIELDS, type ImportField } from './pmi-import.rules.js';

/** Largest file accepted (10 Mo: a list of 10,000 childminders is under 2 Mo in .xlsx or .csv). */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
/** Its base64 text, with room for a `data:…;base64,` prefix. */
const MAX_BASE64_CHARS = Math.ceil(MAX_FILE_BYTES / 3) * 4 + 200;
/** The import routes' own body limit (the application's is 1 Mo). */
export const IMPORT_BODY_LIMIT = 15 * 1024 * 1024;

const column = z.string().trim().max(200, { error: 'Nom de colonne trop long.' }).nullable().optional();

/** Which column (its header, as the preview lists them) holds each field; absent or null: none. */
export const mappingInput = z.object(
  Object.fromEntries(IMPORT_FIELDS.map((f) => [f, column])) as Record<ImportField, typeof column>,
);

export const importFileBody = z.object({
  fileName: z
    .string()
    .trim()
    .min(1, { error: 'Indiquez le nom du fichier.' })
    .max(255, { error: 'Nom de fichier trop long.' }),
  contentBase64: z
    .string()
    .min(1, { error: 'Le fichier est vide.' })
    .max(MAX_BASE64_CHARS, { error: 'Le fichier dépasse 10 Mo.' }),
  /** Omitted: guessed from the headers. Given: used as it is (a field left out has no column). */
  mapping: mappingInput.optional(),
});

const count = z.number({ error: 'Nombre attendu.' }).int({ error: 'Nombre entier attendu.' }).min(0).max(1_000_000);

export const applyImportBody = importFileBody.extend({
  /** Archive the active childminders absent from the file (the PMI's list is complete). */
  archiveMissing: z.boolean({ error: 'Précisez s’il faut archiver les fiches absentes du fichier (oui ou non).' }),
  /** The counts of the preview the user accepted: if the plan differs now, nothing is applied (409). */
  previewCounts: z
    .object({ create: count, update: count, reactivate: count, archive: count, rejected: count })
    .optional(),
  /** The `planToken` of the preview the user accepted: if the plan differs now, nothing is applied (409). */
  planToken: z
    .string()
    .regex(/^[0-9a-f]{64}$/, { error: 'Jeton d’aperçu invalide : relancez l’aperçu.' })
    .optional(),
});

const countsSchema = z.object({
  rows: z.number(),
  create: z.number(),
  update: z.number(),
  reactivate: z.number(),
  unchanged: z.number(),
  archive: z.number(),
  rejected: z.number(),
});

const who = {
  row: z.number(),
  approvalNumber: z.string(),
  firstName: z.string(),
  lastName: z.string(),
  communeName: z.string(),
};
const change = z.object({
  column: z.string(),
  label: z.string(),
  before: z.string().nullable(),
  after: z.string().nullable(),
});

export const previewSchema = z.object({
  fileName: z.string(),
  headerRow: z.number(),
  headers: z.array(z.string()),
  mapping: z.record(z.enum(IMPORT_FIELDS), z.string().nullable()),
  fields: z.array(z.object({ field: z.enum(IMPORT_FIELDS), label: z.string(), required: z.boolean() })),
  /** Required fields without a column: nothing can be imported until the mapping names one. */
  missingColumns: z.array(z.object({ field: z.enum(IMPORT_FIELDS), label: z.string() })),
  warnings: z.array(z.string()),
  counts: countsSchema,
  /** Send it back with the application: if the plan differs by then, nothing is applied (409). */
  planToken: z.string(),
  create: z.array(z.object({ ...who, approvalPlaces: z.number(), warnings: z.array(z.string()) })),
  update: z.array(z.object({ ...who, childminderId: z.string(), changes: z.array(change) })),
  reactivate: z.array(
    z.object({
      ...who,
      childminderId: z.string(),
      changes: z.array(change),
      archivedSince: z.string(),
      archiveReasonLabel: z.string().nullable(),
    }),
  ),
  unchanged: z.array(z.object({ ...who, childminderId: z.string() })),
  archive: z.array(
    z.object({
      childminderId: z.string(),
      approvalNumber: z.string(),
      firstName: z.string(),
      lastName: z.string(),
      communeName: z.string(),
      effectiveOn: z.string(),
      reason: z.literal('withdrawal'),
      reasonLabel: z.string(),
    }),
  ),
  rejected: z.array(
    z.object({
      row: z.number(),
      approvalNumber: z.string().nullable(),
      firstName: z.string().nullable(),
      lastName: z.string().nullable(),
      reasons: z.array(z.object({ field: z.enum(IMPORT_FIELDS), column: z.string().nullable(), message: z.string() })),
    }),
  ),
});

export const applyResultSchema = z.object({
  created: z.number(),
  updated: z.number(),
  reactivated: z.number(),
  archived: z.number(),
  unchanged: z.number(),
  /** Rows of the file left aside (refused). */
  rejected: z.number(),
  /** Absent from the file but kept active (archiveMissing was false). */
  notArchived: z.number(),
});
