/**
 * What every answer of the API must look like to a hostile or clumsy client: no 5xx, errors as
 * `{ error: { code, message } }` with a French message, and nothing of the internals.
 */
import type { LightMyRequestResponse } from 'fastify';

/** Words that betray an English (framework or library) message reaching the user. */
const ENGLISH =
  /\b(invalid|expected|required|must|should|bad request|not found|is not|received|too (?:big|small|long|short)|exceed(?:s|ed|ing)?|unexpected|error|failed|unauthorized|forbidden|internal server|cannot|missing|unknown|string|number|object|array|boolean|undefined)\b/i;
/** Letters and words that only a French sentence has. */
const FRENCH_LETTERS = /[àâäçéèêëîïôöùûüÿœæ«»’]/i;
const FRENCH_WORDS =
  /\b(le|la|les|des|du|de|un|une|et|ou|en|est|pas|vous|ce|cette|ces|au|aux|pour|sur|sans|doit|invalides?|donnée|adresse|attendu|reçu|lettres|chiffres|uniquement)\b/i;

/** Traces of the implementation: stack frames, file names, SQL, engine names, framework codes. */
const LEAKS: [string, RegExp][] = [
  ['stack frame', /\bat \S+ \(|\n\s+at |\bat (?:async )?\S+:\d+:\d+/],
  ['source file', /\.(?:ts|js|mjs|cjs):\d+/],
  ['node_modules', /node_modules/],
  ['SQL select', /\bselect\b[\s\S]*\bfrom\b/i],
  ['SQL insert', /\binsert\s+into\b/i],
  ['SQL update', /\bupdate\s+"?\w+"?\s+set\b/i],
  ['SQL delete', /\bdelete\s+from\b/i],
  ['SQL keyword', /\b(?:SELECT|INSERT|UPDATE|DELETE|WHERE|VALUES)\b/],
  ['engine name', /sqlite|postgres|pg_|kysely/i],
  ['SQL error', /syntax error|constraint failed|violates|duplicate key|relation "|column "|SQLITE_/i],
  ['framework code', /\bFST_\w+|\bERR_\w+/],
  ['library name', /zod|fastify|ajv/i],
];

export function isFrench(message: string): boolean {
  return !ENGLISH.test(message) && (FRENCH_LETTERS.test(message) || FRENCH_WORDS.test(message));
}

export function leaksIn(text: string): string[] {
  return LEAKS.filter(([, pattern]) => pattern.test(text)).map(([name]) => name);
}

export interface ErrorBody {
  error: { code: string; message: string; fields?: { field: string; message: string }[] };
}

/** Problems with an answer, as readable sentences; an empty list means the answer is acceptable. */
export function problemsWith(response: LightMyRequestResponse): string[] {
  const problems: string[] = [];
  const status = response.statusCode;
  if (status >= 500) problems.push(`status ${status}`);
  if (status < 200 || (status >= 300 && status < 400)) problems.push(`unexpected status ${status}`);
  if (status < 400) {
    // Downloads (Excel, CSV) are files sent as attachments; every other success is JSON.
    const download = String(response.headers['content-disposition'] ?? '').startsWith('attachment');
    if (status !== 204 && response.body !== '' && !download) {
      try {
        JSON.parse(response.body);
      } catch {
        problems.push('2xx body is not JSON');
      }
    }
    return problems;
  }
  for (const leak of leaksIn(response.body)) problems.push(`body leaks ${leak}`);
  if (!String(response.headers['content-type'] ?? '').startsWith('application/json')) {
    problems.push(`content-type ${String(response.headers['content-type'])}`);
  }
  let body: Partial<ErrorBody>;
  try {
    body = JSON.parse(response.body) as Partial<ErrorBody>;
  } catch {
    problems.push('error body is not JSON');
    return problems;
  }
  const error = body.error;
  if (!error || typeof error !== 'object') {
    problems.push('no { error } object');
    return problems;
  }
  if (typeof error.code !== 'string' || !/^[a-z_]+$/.test(error.code)) problems.push(`bad code ${String(error.code)}`);
  if (typeof error.message !== 'string' || error.message.length === 0) {
    problems.push('no message');
    return problems;
  }
  if (!isFrench(error.message)) problems.push(`message not French: ${error.message}`);
  if (error.fields !== undefined) {
    if (!Array.isArray(error.fields)) problems.push('fields is not an array');
    else {
      for (const f of error.fields) {
        if (typeof f.field !== 'string' || f.field.length === 0) problems.push('a field has no name');
        if (typeof f.message !== 'string' || !isFrench(f.message)) {
          problems.push(`field message not French: ${String(f.message)}`);
        }
      }
    }
  }
  if (status === 400 && error.code === 'invalid_input') {
    const first = error.fields?.[0];
    if (!first) problems.push('validation error names no field');
    else if (!error.message.includes(first.field)) {
      problems.push(`message does not name the field « ${first.field} »: ${error.message}`);
    }
  }
  return problems;
}
