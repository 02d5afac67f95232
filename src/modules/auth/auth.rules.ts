import { createHash, randomBytes } from 'node:crypto';

export const SESSION_COOKIE = 'relais_session';
export const CSRF_HEADER = 'x-csrf-token';
/** A session's last-seen time is written at most this often. */
export const SESSION_TOUCH_MS = 60_000;

/** A random secret sent to the browser or by e-mail; only its hash is stored. */
export function newToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

export function addMinutes(date: Date, minutes: number): Date {
  return new Date(date.getTime() + minutes * 60_000);
}
