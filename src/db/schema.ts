/**
 * Table types of the Relais database, shared by both engines.
 * Portable types only: text ids, ISO-8601 UTC timestamps as text, integers (0/1 for booleans).
 */
import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export interface RelaisTable {
  id: string;
  slug: string;
  name: string;
  epci_code: string | null;
  address: string;
  postcode: string;
  city: string;
  phone: string;
  email: string;
  website: string | null;
  opening_hours: string;
  permanences: string;
  created_at: string;
  updated_at: string;
}

export interface RelaisCommuneTable {
  relais_id: string;
  insee_code: string;
  name: string;
  population: number | null;
  postcodes: string;
  added_at: string;
}

export interface SiteTable {
  id: string;
  relais_id: string;
  insee_code: string;
  name: string;
  kind: string;
  address: string;
  capacity: number | null;
  accessible: number;
  accessibility_notes: string;
  for_activities: number;
  for_permanences: number;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface UserAccountTable {
  id: string;
  relais_id: string | null;
  email: string;
  display_name: string;
  role: string;
  password_hash: string | null;
  disabled_at: string | null;
  last_login_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface SessionTable {
  id: string;
  user_id: string;
  csrf_token: string;
  created_at: string;
  last_seen_at: string;
  expires_at: string;
}

export interface MagicLinkTable {
  token_hash: string;
  user_id: string;
  created_at: string;
  expires_at: string;
  used_at: string | null;
}

export interface AuditEventTable {
  id: string;
  relais_id: string | null;
  actor_user_id: string | null;
  actor_label: string;
  action: string;
  subject_type: string;
  subject_id: string | null;
  summary: string;
  ip: string | null;
  at: string;
}

export interface OutboxMessageTable {
  id: string;
  relais_id: string | null;
  purpose: string;
  recipient: string;
  subject: string;
  text_body: string;
  html_body: string;
  status: string;
  attempts: Generated<number>;
  next_attempt_at: string;
  locked_until: string | null;
  last_error: string | null;
  created_at: string;
  sent_at: string | null;
}

export interface JobScheduleTable {
  name: string;
  next_run_at: string;
  last_run_at: string | null;
  last_run_by: string | null;
  last_error: string | null;
  runs: Generated<number>;
}

export interface RateLimitTable {
  key: string;
  hits: number;
  window_ends_at: number;
}

export interface Database {
  relais: RelaisTable;
  relais_commune: RelaisCommuneTable;
  site: SiteTable;
  user_account: UserAccountTable;
  session: SessionTable;
  magic_link: MagicLinkTable;
  audit_event: AuditEventTable;
  outbox_message: OutboxMessageTable;
  job_schedule: JobScheduleTable;
  rate_limit: RateLimitTable;
}

/** Tables in dependency order (parents first): used by backup and restore. */
export const TABLES_IN_ORDER = [
  'relais',
  'relais_commune',
  'site',
  'user_account',
  'session',
  'magic_link',
  'audit_event',
  'outbox_message',
  'job_schedule',
  'rate_limit',
] as const satisfies readonly (keyof Database)[];

export type Relais = Selectable<RelaisTable>;
export type Site = Selectable<SiteTable>;
export type NewSite = Insertable<SiteTable>;
export type SiteUpdate = Updateable<SiteTable>;
export type UserAccount = Selectable<UserAccountTable>;
export type OutboxMessage = Selectable<OutboxMessageTable>;
