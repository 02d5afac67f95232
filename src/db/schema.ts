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
  /** Months a family's personal data is kept after its latest contact (default 36). */
  family_retention_months: Generated<number>;
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
  /** Centre of the commune (WGS 84), for distances; null when the app has no boundary for it. */
  latitude: number | null;
  longitude: number | null;
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
  /** JSON array of attachments ({ filename, contentType, content } with base64 content), or null. */
  attachments: string | null;
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

export interface ChildminderHouseTable {
  id: string;
  relais_id: string;
  name: string;
  insee_code: string;
  address: Generated<string>;
  opened_on: string | null;
  closed_on: string | null;
  referent_user_id: string | null;
  last_visit_on: string | null;
  created_at: string;
  updated_at: string;
}

export interface ChildminderTable {
  id: string;
  relais_id: string;
  first_name: string;
  last_name: string;
  /** YYYY-MM-DD */
  birth_date: string | null;
  email: Generated<string>;
  phone: Generated<string>;
  address: Generated<string>;
  postcode: Generated<string>;
  insee_code: string;
  approval_number: Generated<string>;
  approval_date: string | null;
  approval_renewal_date: string | null;
  approval_places: number;
  approval_min_age_months: number | null;
  approval_max_age_months: number | null;
  derogations: Generated<string>;
  reduced_places: number | null;
  reduced_until: string | null;
  atypical_hours: Generated<number>;
  emergency_care: Generated<number>;
  disability_care: Generated<number>;
  /** 'home' | 'mam' */
  practice: Generated<string>;
  childminder_house_id: string | null;
  monenfant_registered: Generated<number>;
  accepts_trainees: Generated<number>;
  /** 'email' | 'phone' | 'sms' */
  contact_preference: Generated<string>;
  publish_address: Generated<number>;
  publish_phone: Generated<number>;
  /** 'active' | 'archived' */
  status: Generated<string>;
  /** YYYY-MM-DD: since when the status holds (arrival, or archive date). */
  status_since: string;
  archive_reason: string | null;
  /** Her sign-in account (role childminder), once she has one. */
  account_id: string | null;
  /** When she (or the staff) last said her availability is true. */
  availability_confirmed_at: string | null;
  /** When she was last asked to confirm it. */
  availability_reminded_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A free place: from when, for which ages, which days and hours. */
export interface AvailabilitySlotTable {
  id: string;
  relais_id: string;
  childminder_id: string;
  /** YYYY-MM-DD: the place is free from this date. */
  available_from: string;
  min_age_months: number | null;
  max_age_months: number | null;
  /** ISO weekdays, comma-separated: '1,2,4,5' = Monday, Tuesday, Thursday, Friday. */
  days: string;
  /** HH:MM */
  start_time: string;
  end_time: string;
  atypical_hours: Generated<number>;
  periscolaire: Generated<number>;
  note: Generated<string>;
  created_at: string;
  /** When a newer grid replaced this slot (kept for the history of free places). */
  replaced_at: string | null;
}

/** History of a childminder's file: every arrival, change, archive and reactivation. */
export interface ChildminderEventTable {
  id: string;
  relais_id: string;
  childminder_id: string;
  /** 'registered' | 'updated' | 'archived' | 'reactivated' */
  kind: string;
  /** YYYY-MM-DD: when it happened in real life (counted by the observatory). */
  effective_on: string;
  reason: string | null;
  summary: string;
  /** 'staff' | 'import' | 'self' | 'demo' */
  source: string;
  actor_user_id: string | null;
  /** When it was recorded. */
  at: string;
}

/** Collective care (EAJE, micro-crèches) and other family services of the guide. */
export interface FacilityTable {
  id: string;
  relais_id: string;
  kind: string;
  name: string;
  insee_code: string;
  address: Generated<string>;
  phone: Generated<string>;
  email: Generated<string>;
  website: string | null;
  places: number | null;
  /** 'psu' | 'paje' | null */
  funding: string | null;
  opened_on: string | null;
  closed_on: string | null;
  description: Generated<string>;
  created_at: string;
  updated_at: string;
}

/** A subject of the contact log ("Recherche d’un mode d’accueil", "Convention collective"…), per relais. */
export interface ContactSubjectTable {
  id: string;
  relais_id: string;
  /** Built-in subjects keep a stable code (DEFAULT_SUBJECTS in contacts.rules.ts) whatever their label; the relais's own have none. */
  code: string | null;
  label: string;
  position: number;
  /** Archived subjects stay on past contacts and in the statistics, not in the entry form. */
  archived_at: string | null;
  created_at: string;
}

/** A parent, future parent, candidate or project carrier the relais knows (personal data). */
export interface FamilyTable {
  id: string;
  relais_id: string;
  name: string;
  email: Generated<string>;
  phone: Generated<string>;
  insee_code: string | null;
  created_at: string;
  /** Paris date of the latest contact: the retention delay runs from it. */
  last_contact_on: string | null;
  /** Set when the retention delay passed: name, e-mail and phone were erased. */
  anonymised_at: string | null;
}

/** One contact of any channel: the fact the activity report and the observatory count. */
export interface ContactTable {
  id: string;
  relais_id: string;
  /** Instant of the contact (ISO, UTC). */
  occurred_at: string;
  /** Its Paris date (YYYY-MM-DD), by which statistics count. */
  occurred_on: string;
  /** See CHANNELS in contacts.rules.ts. */
  channel: string;
  /** See PUBLICS in contacts.rules.ts. */
  public: string;
  /** Commune of the person (may be outside the territory); null when unknown. */
  insee_code: string | null;
  /** See OUTCOMES in contacts.rules.ts. */
  outcome: string;
  family_id: string | null;
  childminder_id: string | null;
  note: Generated<string>;
  recorded_by: string | null;
  created_at: string;
  updated_at: string;
  /** Removed by staff (a mistake): kept for the audit, left out of lists and statistics. */
  deleted_at: string | null;
}

export interface ContactSubjectLinkTable {
  contact_id: string;
  subject_id: string;
}

/** A request to the families' desk: sent from the public form or typed in by staff (personal data). */
export interface RequestTable {
  id: string;
  relais_id: string;
  /** See REQUEST_SOURCES in requests.rules.ts. */
  source: string;
  /** See PUBLICS in contacts.rules.ts (all but partner). */
  public: string;
  name: Generated<string>;
  email: Generated<string>;
  phone: Generated<string>;
  /** Commune of the person: of the territory for the online form, any French one for staff. */
  insee_code: string | null;
  child_age_months: number | null;
  expected_birth_on: string | null;
  needs: Generated<string>;
  /** 'email' | 'phone': how the person wishes to be answered. */
  answer_channel: string;
  /** When the person accepted the processing of her data (online form). */
  consent_at: string | null;
  /** See REQUEST_STATUSES in requests.rules.ts. */
  status: string;
  assignee_id: string | null;
  family_id: string | null;
  childminder_id: string | null;
  /** Set once, when the request is first answered or closed: it is then counted as one contact. */
  counted_at: string | null;
  contact_id: string | null;
  /** See OUTCOMES in contacts.rules.ts; set at closing. */
  outcome: string | null;
  closing_note: Generated<string>;
  received_at: string;
  created_by: string | null;
  created_at: string;
  /** Last change: the retention delay runs from it. */
  updated_at: string;
  closed_at: string | null;
  /** Set when the retention delay passed: name, e-mail, phone, needs and messages were erased. */
  anonymised_at: string | null;
}

export interface RequestSubjectTable {
  request_id: string;
  subject_id: string;
}

/** An answer sent by e-mail from the inbox, kept with its author. */
export interface RequestMessageTable {
  id: string;
  request_id: string;
  author_id: string | null;
  recipient: string;
  body: string;
  outbox_message_id: string | null;
  created_at: string;
}

/** What was done to a request, by whom and when (never overwritten). */
export interface RequestEventTable {
  id: string;
  request_id: string;
  /** See REQUEST_EVENTS in requests.rules.ts. */
  kind: string;
  actor_id: string | null;
  detail: Generated<string>;
  at: string;
}

/** A reason for an appointment (motif): its duration, how it is held, who it is for. */
export interface AppointmentReasonTable {
  id: string;
  relais_id: string;
  label: string;
  description: Generated<string>;
  /** 10 to 240, a multiple of 5. */
  duration_minutes: number;
  /** Comma-separated modes allowed: in_person, phone, video (MODES in appointments.rules.ts). */
  modes: string;
  /** 'families' | 'childminders' | 'all' (AUDIENCES). */
  audience: string;
  /** Code of the contact log's subject an honoured appointment is counted under (DEFAULT_SUBJECTS). */
  default_subject_code: string | null;
  min_notice_hours: Generated<number>;
  max_notice_days: Generated<number>;
  /** 1: the public may book it online; 0: staff only. */
  bookable_online: Generated<number>;
  position: number;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

/** A weekly permanence of an animator: weekday, Paris hours, dates, place or mode. */
export interface PermanenceTable {
  id: string;
  relais_id: string;
  animator_id: string;
  /** The venue of an in-person permanence; null by phone or video. */
  site_id: string | null;
  mode: string;
  /** ISO weekday: 1 = Monday … 7 = Sunday. */
  weekday: number;
  /** Paris "HH:MM". */
  start_time: string;
  end_time: string;
  /** YYYY-MM-DD, included. */
  valid_from: string;
  valid_to: string | null;
  skip_school_holidays: Generated<number>;
  label: Generated<string>;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface PermanenceReasonTable {
  permanence_id: string;
  reason_id: string;
}

/** A day a permanence is not held (besides public holidays and, if asked, school holidays). */
export interface PermanenceClosureTable {
  id: string;
  relais_id: string;
  permanence_id: string;
  date: string;
  reason: Generated<string>;
  created_at: string;
}

/** An appointment booked online or by staff (personal data, anonymised after the retention delay). */
export interface AppointmentTable {
  id: string;
  relais_id: string;
  permanence_id: string | null;
  reason_id: string;
  animator_id: string;
  site_id: string | null;
  mode: string;
  /** ISO instants, UTC. */
  starts_at: string;
  ends_at: string;
  person_name: string;
  person_email: Generated<string>;
  person_phone: Generated<string>;
  person_note: Generated<string>;
  /** See PUBLICS in contacts.rules.ts. */
  public: string;
  insee_code: string | null;
  family_id: string | null;
  /** 'booked' | 'honoured' | 'missed' | 'cancelled' */
  status: string;
  /** 'online' | 'staff' */
  booked_via: string;
  booked_by: string | null;
  /** Hash of the secret of the person's link; moves to the new appointment when it is moved. */
  manage_token_hash: string | null;
  /** The appointment this one replaced (moved by the person). */
  moved_from_id: string | null;
  cancelled_at: string | null;
  /** 'person' | 'staff' | 'moved' */
  cancelled_by: string | null;
  reminder_due_at: string | null;
  reminder_sent_at: string | null;
  /** The contact of the log recorded when it was honoured (once). */
  contact_id: string | null;
  anonymised_at: string | null;
  created_at: string;
  updated_at: string;
}

/** What happened to an appointment, never overwritten. */
export interface AppointmentEventTable {
  id: string;
  relais_id: string;
  appointment_id: string;
  /** 'booked' | 'moved' | 'cancelled' | 'honoured' | 'missed' | 'reminded' */
  kind: string;
  actor_user_id: string | null;
  actor_label: string;
  summary: string;
  at: string;
}

/** A 5-minute cell of an animator's diary held by a live appointment; unique per animator and cell. */
export interface AppointmentHoldTable {
  animator_id: string;
  /** ISO instant of the cell's start (UTC). */
  cell_start: string;
  appointment_id: string;
}

/** Someone waiting for a slot of a reason between two dates (personal data). */
export interface AppointmentWaitlistTable {
  id: string;
  relais_id: string;
  reason_id: string;
  name: string;
  email: string;
  wanted_from: string;
  wanted_to: string;
  token_hash: string;
  created_at: string;
  notified_at: string | null;
  removed_at: string | null;
}

/** The secret address of an animator's iCalendar feed (only its hash is kept). */
export interface CalendarFeedTable {
  id: string;
  account_id: string;
  token_hash: string;
  created_at: string;
  revoked_at: string | null;
}

/** A parent's need for care (offre d'emploi), see job-offers.rules.ts. */
export interface JobOfferTable {
  id: string;
  relais_id: string;
  /** 'online' (public form). */
  source: string;
  /** See JOB_OFFER_STATUSES in job-offers.rules.ts. */
  status: string;
  parent_name: Generated<string>;
  parent_email: Generated<string>;
  parent_phone: Generated<string>;
  /** 1 when the parent chose to show her phone to childminders. */
  show_phone: Generated<number>;
  /** The parent's commune (of the territory): where distances start from. */
  insee_code: string;
  /** Other acceptable communes, INSEE codes separated by commas. */
  communes: Generated<string>;
  radius_km: number | null;
  start_on: string;
  end_on: string | null;
  /** JSON array of { day, from, to } (ISO weekday, HH:MM). */
  schedule: string;
  weekly_minutes: number;
  atypical_hours: Generated<number>;
  /** Birth date, or expected birth (erased by retention). */
  child_birth_on: string | null;
  /** Age in months on the start date (kept for the statistics). */
  child_age_months: number;
  children_count: number;
  disability: Generated<number>;
  emergency: Generated<number>;
  details: Generated<string>;
  consent_at: string | null;
  email_verified_at: string | null;
  published_at: string | null;
  expires_on: string | null;
  expiry_reminded_at: string | null;
  refusal_reason: Generated<string>;
  /** See JOB_OFFER_OUTCOMES. */
  outcome: string | null;
  outcome_note: Generated<string>;
  closed_at: string | null;
  created_at: string;
  updated_at: string;
  anonymised_at: string | null;
}

/** A secret link (hashed) that opens an offer to its parent. */
export interface JobOfferLinkTable {
  token_hash: string;
  offer_id: string;
  created_at: string;
}

/** A childminder the offer was sent to, with her rank and the reasons of the match. */
export interface JobOfferRecipientTable {
  offer_id: string;
  childminder_id: string;
  relais_id: string;
  rank: number;
  reasons: Generated<string>;
  distance_km: number | null;
  added_by_staff: Generated<number>;
  outbox_message_id: string | null;
  sent_at: string;
}

export interface JobOfferAnswerTable {
  id: string;
  offer_id: string;
  childminder_id: string;
  relais_id: string;
  message: Generated<string>;
  share_contact: Generated<number>;
  outbox_message_id: string | null;
  created_at: string;
}

export interface JobOfferHiddenTable {
  offer_id: string;
  childminder_id: string;
  hidden_at: string;
}

export interface JobOfferEventTable {
  id: string;
  offer_id: string;
  relais_id: string;
  /** See JOB_OFFER_EVENTS in job-offers.rules.ts. */
  kind: string;
  actor_id: string | null;
  actor_label: Generated<string>;
  detail: Generated<string>;
  at: string;
}

/** A kind of activity of a relais (built in with a `code`, or added by the relais). */
export interface ActivityKindTable {
  id: string;
  relais_id: string;
  code: string | null;
  label: string;
  /** See ACTIVITY_CATEGORIES in activities.rules.ts. */
  category: string;
  /** See ACTIVITY_AUDIENCES in activities.rules.ts. */
  audience: string;
  default_adult_capacity: number;
  default_child_capacity: number;
  default_duration_minutes: number;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface PracticeGroupTable {
  id: string;
  relais_id: string;
  name: string;
  facilitator: Generated<string>;
  max_members: number;
  archived_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface PracticeGroupMemberTable {
  group_id: string;
  childminder_id: string;
  relais_id: string;
  joined_at: string;
  left_at: string | null;
}

/** One session (a play morning, an evening…) at a venue of the relais. */
export interface ActivityTable {
  id: string;
  relais_id: string;
  kind_id: string;
  title: string;
  /** See ACTIVITY_THEMES in activities.rules.ts. */
  theme: string;
  description: Generated<string>;
  site_id: string;
  insee_code: string;
  starts_at: string;
  ends_at: string;
  /** The day in Paris (YYYY-MM-DD). */
  date: string;
  adult_capacity: number;
  child_capacity: number;
  adults_taken: Generated<number>;
  children_taken: Generated<number>;
  registration_opens_at: string | null;
  registration_closes_at: string | null;
  facilitator: Generated<string>;
  practice_group_id: string | null;
  plan_id: string | null;
  /** scheduled | cancelled */
  status: string;
  cancel_reason: Generated<string>;
  attendance_recorded_at: string | null;
  created_at: string;
  updated_at: string;
}

export interface ActivityAnimatorTable {
  activity_id: string;
  account_id: string;
}

export interface ActivityRegistrationTable {
  id: string;
  activity_id: string;
  relais_id: string;
  /** childminder | parent */
  registrant: string;
  childminder_id: string | null;
  person_name: Generated<string>;
  email: Generated<string>;
  phone: Generated<string>;
  insee_code: string | null;
  cancel_token_hash: string | null;
  adults: number;
  children: number;
  /** confirmed | waiting | cancelled */
  status: string;
  /** online | staff */
  source: string;
  created_at: string;
  promoted_at: string | null;
  cancelled_at: string | null;
  anonymised_at: string | null;
}

export interface ActivityAttendanceTable {
  id: string;
  activity_id: string;
  relais_id: string;
  registration_id: string | null;
  /** childminder | parent | other */
  attendee: string;
  childminder_id: string | null;
  person_name: Generated<string>;
  walk_in: Generated<number>;
  children_under_1: Generated<number>;
  children_1_to_2: Generated<number>;
  children_2_to_3: Generated<number>;
  children_3_and_over: Generated<number>;
  recorded_at: string;
  recorded_by: string | null;
}

export interface ActivityEventTable {
  id: string;
  activity_id: string;
  relais_id: string;
  /** See ACTIVITY_EVENTS in activities.rules.ts. */
  kind: string;
  actor_id: string | null;
  actor_name: Generated<string>;
  detail: Generated<string>;
  at: string;
}

/** A calculation of the employer-help calculator saved in a contact's file (issue 7). */
export interface EmployerSimulationTable {
  id: string;
  relais_id: string;
  contact_id: string;
  /** See TOPIC_KEYS in employer-help.schemas.ts. */
  topic: string;
  /** The input as validated (JSON). */
  input_json: string;
  /** The CalcResult as computed when saved (JSON). */
  result_json: string;
  created_by: string | null;
  created_at: string;
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
  childminder_house: ChildminderHouseTable;
  childminder: ChildminderTable;
  childminder_event: ChildminderEventTable;
  facility: FacilityTable;
  availability_slot: AvailabilitySlotTable;
  contact_subject: ContactSubjectTable;
  family: FamilyTable;
  contact: ContactTable;
  contact_subject_link: ContactSubjectLinkTable;
  request: RequestTable;
  request_subject: RequestSubjectTable;
  request_message: RequestMessageTable;
  request_event: RequestEventTable;
  appointment_reason: AppointmentReasonTable;
  permanence: PermanenceTable;
  permanence_reason: PermanenceReasonTable;
  permanence_closure: PermanenceClosureTable;
  appointment: AppointmentTable;
  appointment_event: AppointmentEventTable;
  appointment_hold: AppointmentHoldTable;
  appointment_waitlist: AppointmentWaitlistTable;
  calendar_feed: CalendarFeedTable;
  job_offer: JobOfferTable;
  job_offer_link: JobOfferLinkTable;
  job_offer_recipient: JobOfferRecipientTable;
  job_offer_answer: JobOfferAnswerTable;
  job_offer_hidden: JobOfferHiddenTable;
  job_offer_event: JobOfferEventTable;
  activity_kind: ActivityKindTable;
  practice_group: PracticeGroupTable;
  practice_group_member: PracticeGroupMemberTable;
  activity: ActivityTable;
  activity_animator: ActivityAnimatorTable;
  activity_registration: ActivityRegistrationTable;
  activity_attendance: ActivityAttendanceTable;
  activity_event: ActivityEventTable;
  employer_simulation: EmployerSimulationTable;
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
  'childminder_house',
  'childminder',
  'childminder_event',
  'facility',
  'availability_slot',
  'contact_subject',
  'family',
  'contact',
  'contact_subject_link',
  'request',
  'request_subject',
  'request_message',
  'request_event',
  'appointment_reason',
  'permanence',
  'permanence_reason',
  'permanence_closure',
  'appointment',
  'appointment_event',
  'appointment_hold',
  'appointment_waitlist',
  'calendar_feed',
  'job_offer',
  'job_offer_link',
  'job_offer_recipient',
  'job_offer_answer',
  'job_offer_hidden',
  'job_offer_event',
  'activity_kind',
  'practice_group',
  'practice_group_member',
  'activity',
  'activity_animator',
  'activity_registration',
  'activity_attendance',
  'activity_event',
  'employer_simulation',
] as const satisfies readonly (keyof Database)[];

export type Relais = Selectable<RelaisTable>;
export type Site = Selectable<SiteTable>;
export type NewSite = Insertable<SiteTable>;
export type SiteUpdate = Updateable<SiteTable>;
export type UserAccount = Selectable<UserAccountTable>;
export type OutboxMessage = Selectable<OutboxMessageTable>;
export type Childminder = Selectable<ChildminderTable>;
export type ChildminderEvent = Selectable<ChildminderEventTable>;
export type Facility = Selectable<FacilityTable>;
export type ChildminderHouse = Selectable<ChildminderHouseTable>;
export type Contact = Selectable<ContactTable>;
export type Family = Selectable<FamilyTable>;
export type ContactSubject = Selectable<ContactSubjectTable>;
export type Appointment = Selectable<AppointmentTable>;
export type AppointmentReason = Selectable<AppointmentReasonTable>;
export type Permanence = Selectable<PermanenceTable>;
