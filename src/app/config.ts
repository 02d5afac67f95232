import path from 'node:path';

export interface Config {
  port: number;
  host: string;
  /** `postgres://…` or a SQLite file path. */
  databaseUrl: string;
  dataDir: string;
  /** Commune boundaries loaded by an operator (`relais geo import`), read after those of `assets/geo`. */
  geoDir: string;
  /** Public address of the site, used in links sent by e-mail. */
  publicUrl: string;
  smtpUrl: string | undefined;
  mailFrom: string;
  production: boolean;
  /** Secure cookies (HTTPS only); on by default in production. */
  secureCookies: boolean;
  sessionDays: number;
  magicLinkMinutes: number;
  /** How often this instance looks for due jobs; 0 disables the job runner. */
  jobsPollMs: number;
  /** Default limit per minute and per client on public forms and sign-in. */
  authRateLimitPerMinute: number;
  /** Limit per minute and per client on the public directory search. */
  searchRateLimitPerMinute: number;
  /** Availability older than this many days is shown as stale and its owner asked to confirm it. */
  availabilityMaxAgeDays: number;
  /** A childminder is asked again at most this often. */
  availabilityRemindEveryDays: number;
  /** A published job offer expires this many days after its publication (or renewal). */
  jobOfferExpiryDays: number;
  /** The parent is reminded this many days before her job offer expires. */
  jobOfferReminderDays: number;
  /** A job offer whose e-mail address was never confirmed is deleted after this many days. */
  jobOfferUnverifiedDays: number;
  version: string;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const dataDir = path.resolve(env.DATA_DIR ?? 'data');
  const port = Number.parseInt(env.PORT ?? '3000', 10);
  const production = env.NODE_ENV === 'production';
  return {
    port,
    host: env.HOST ?? '0.0.0.0',
    databaseUrl: env.DATABASE_URL ?? path.join(dataDir, 'relais.sqlite'),
    dataDir,
    geoDir: path.resolve(env.GEO_DIR ?? path.join(dataDir, 'geo')),
    publicUrl: (env.PUBLIC_URL ?? `http://localhost:${port}`).replace(/\/$/, ''),
    smtpUrl: env.SMTP_URL || undefined,
    mailFrom: env.MAIL_FROM ?? 'Relais Petite Enfance <ne-pas-repondre@relais.localhost>',
    production,
    secureCookies: env.SECURE_COOKIES ? env.SECURE_COOKIES === 'true' : production,
    sessionDays: Number.parseInt(env.SESSION_DAYS ?? '7', 10),
    magicLinkMinutes: Number.parseInt(env.MAGIC_LINK_MINUTES ?? '20', 10),
    jobsPollMs: Number.parseInt(env.JOBS_POLL_MS ?? '5000', 10),
    authRateLimitPerMinute: Number.parseInt(env.AUTH_RATE_LIMIT ?? '10', 10),
    searchRateLimitPerMinute: Number.parseInt(env.SEARCH_RATE_LIMIT ?? '120', 10),
    availabilityMaxAgeDays: Number.parseInt(env.AVAILABILITY_MAX_AGE_DAYS ?? '60', 10),
    availabilityRemindEveryDays: Number.parseInt(env.AVAILABILITY_REMIND_EVERY_DAYS ?? '30', 10),
    jobOfferExpiryDays: Number.parseInt(env.JOB_OFFER_EXPIRY_DAYS ?? '60', 10),
    jobOfferReminderDays: Number.parseInt(env.JOB_OFFER_REMINDER_DAYS ?? '7', 10),
    jobOfferUnverifiedDays: Number.parseInt(env.JOB_OFFER_UNVERIFIED_DAYS ?? '7', 10),
    version: process.env.npm_package_version ?? '0.1.0',
  };
}
