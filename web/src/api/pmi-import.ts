import { api, unwrap } from './client.js';
import type { paths } from './schema.js';

type Json<T> = T extends { content: { 'application/json': infer C } } ? C : never;

type PreviewPath = paths['/api/relais/{relaisId}/imports/pmi/preview']['post'];
type ApplyPath = paths['/api/relais/{relaisId}/imports/pmi/apply']['post'];

export type PmiPreview = Json<PreviewPath['responses'][200]>;
export type PmiApplyResult = Json<ApplyPath['responses'][200]>;
export type PmiApplyBody = Json<ApplyPath['requestBody']>;
export type PmiMapping = PmiPreview['mapping'];
export type PmiField = PmiPreview['fields'][number]['field'];
export type PmiCounts = PmiPreview['counts'];
export type PmiChange = PmiPreview['update'][number]['changes'][number];

/** Largest file the server reads (10 Mo), checked before sending it. */
export const MAX_FILE_BYTES = 10 * 1024 * 1024;

/** The file as the import routes take it: its name and its bytes in base64 (a `data:` URL is accepted). */
export interface PmiFile {
  fileName: string;
  contentBase64: string;
}

/** Reads a file chosen in the browser as a `data:…;base64,` URL. */
export function readAsBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('lecture du fichier impossible'));
    reader.readAsDataURL(file);
  });
}

/** What the file would do to the register, without changing anything (mapping omitted: guessed by the server). */
export function previewPmiImport(relaisId: string, file: PmiFile, mapping?: PmiMapping) {
  return unwrap(
    api.POST('/api/relais/{relaisId}/imports/pmi/preview', {
      params: { path: { relaisId } },
      body: { ...file, ...(mapping ? { mapping } : {}) },
    }),
  );
}

/**
 * Applies the file with the mapping of the preview the user saw; the counts and the plan token of
 * that preview are sent so that the server applies nothing (409) if the register changed in between.
 */
export function applyPmiImport(relaisId: string, file: PmiFile, preview: PmiPreview, archiveMissing: boolean) {
  const { create, update, reactivate, archive, rejected } = preview.counts;
  return unwrap(
    api.POST('/api/relais/{relaisId}/imports/pmi/apply', {
      params: { path: { relaisId } },
      body: {
        ...file,
        mapping: preview.mapping,
        archiveMissing,
        previewCounts: { create, update, reactivate, archive, rejected },
        planToken: preview.planToken,
      },
    }),
  );
}
