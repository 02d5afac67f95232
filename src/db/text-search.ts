/**
 * Searching names as people type them: whatever the case and the accents ("lefevre" finds
 * "LEFÈVRE", "Noël" finds "NOEL"), the same way on both engines.
 *
 * PostgreSQL's `translate(lower(x), from, to)` does it without any extension; SQLite has no
 * `translate`, so `openDatabase` registers one with PostgreSQL's meaning (see `sqliteTranslate`).
 * SQLite's `lower` only folds ASCII letters: the table lists capital accented letters as well.
 */
import { sql, type Expression, type RawBuilder } from 'kysely';

const ACCENTED = 'àâäáãåÀÂÄÁÃÅçÇéèêëÉÈÊËîïíìÎÏÍÌñÑôöóòõÔÖÓÒÕùûüúÙÛÜÚÿýŸÝ';
const PLAIN = 'aaaaaaaaaaaacceeeeeeeeiiiiiiiinnoooooooooouuuuuuuuyyyy';

const FOLD = new Map([...ACCENTED].map((c, i) => [c, PLAIN[i] as string]));

/** What a typed text becomes before it is compared: lower case, accents taken off. */
export function foldText(text: string): string {
  return [...text.toLowerCase()].map((c) => FOLD.get(c) ?? c).join('');
}

/** The SQL expression of a column folded the same way. */
export function folded(column: Expression<string | null>): RawBuilder<string> {
  return sql<string>`translate(lower(${column}), ${ACCENTED}, ${PLAIN})`;
}

/**
 * "The column contains the typed text", folded on both sides. A % or _ typed by the user is a
 * character to find, not a wildcard.
 */
export function foldedContains(column: Expression<string | null>, text: string): RawBuilder<boolean> {
  const pattern = `%${foldText(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`${folded(column)} like ${pattern} escape '\\'`;
}

/**
 * PostgreSQL's `translate(text, from, to)` for SQLite: each character of `from` found in the text is
 * replaced by the character at the same position in `to`, or removed when `to` is shorter.
 */
export function sqliteTranslate(text: string | null, from: string, to: string): string | null {
  if (text === null) return null;
  const source = [...from];
  const target = [...to];
  return [...text]
    .map((c) => {
      const index = source.indexOf(c);
      return index === -1 ? c : (target[index] ?? '');
    })
    .join('');
}
