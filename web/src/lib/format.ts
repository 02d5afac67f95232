/**
 * Intl formatters are created on first use, not when the module loads: building them costs tens of
 * milliseconds on a phone (locale and time-zone data), which the public pages would pay before
 * their first paint even when they format nothing.
 */
function lazy<T>(create: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= create());
}

const dateTimeFormat = lazy(
  () => new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'medium', timeStyle: 'short' }),
);
const numberFormat = lazy(() => new Intl.NumberFormat('fr-FR'));
const dateFormat = lazy(() => new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', dateStyle: 'long' }));
const isoDayFormat = lazy(() => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }));
const shortDateFormat = lazy(
  () => new Intl.DateTimeFormat('fr-FR', { timeZone: 'UTC', day: '2-digit', month: '2-digit', year: 'numeric' }),
);

/** "2 mars 2026 à 09:00", in Paris time; a dash when there is no date. */
export function formatDateTime(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(iso);
  return Number.isNaN(date.getTime()) ? '—' : dateTimeFormat().format(date);
}

/** A calendar date ("2026-03-02" → "2 mars 2026", "2026-03-01" → "1er mars 2026"); a dash when there is none. */
export function formatDate(day: string | null | undefined): string {
  if (!day) return '—';
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? '—' : dateFormat().format(date).replace(/^1 /, '1er ');
}

/** A calendar date in short form ("2026-03-02" → "02/03/2026"); a dash when there is none. */
export function formatShortDate(day: string | null | undefined): string {
  if (!day) return '—';
  const date = new Date(`${day.slice(0, 10)}T00:00:00Z`);
  return Number.isNaN(date.getTime()) ? '—' : shortDateFormat().format(date);
}

/** Today in Europe/Paris as YYYY-MM-DD (the calendar dates of the register are Paris dates). */
export function parisToday(now: Date = new Date()): string {
  return isoDayFormat().format(now);
}

export function formatNumber(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : numberFormat().format(value);
}

/** "1 commune", "3 communes". */
export function plural(count: number, singular: string, pluralForm = `${singular}s`): string {
  return `${formatNumber(count)} ${count > 1 ? pluralForm : singular}`;
}

/** A phone number as a tel: link ("02 51 31 93 18" → "tel:+33251319318"). */
export function telHref(phone: string): string {
  const digits = phone.replace(/[^\d+]/g, '');
  if (/^0\d{9}$/.test(digits)) return `tel:+33${digits.slice(1)}`;
  return `tel:${digits}`;
}

/** The non-empty lines of a multi-line text field. */
export function lines(text: string | null | undefined): string[] {
  return (text ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
}

/** A URL without its scheme, for display ("https://www.exemple.fr/" → "www.exemple.fr"). */
export function displayUrl(url: string): string {
  return url.replace(/^https?:\/\//, '').replace(/\/$/, '');
}

/** A slug proposal from a name ("Relais de l'Île" → "relais-de-l-ile"). */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 60);
}
