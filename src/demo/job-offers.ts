/**
 * Demo job offers of Vie et Boulogne: a fixed handful of fictional parents' needs in every status —
 * one waiting for its e-mail check, one waiting for the relais, two published (one answered by the
 * demo childminder, Marie Lefèvreau of Aizenay), one refused, one filled, one expired, one
 * withdrawn — with their history, recipients ranked by the matching rule, and answers. Dates are
 * counted from the day the demo is seeded. No e-mail is queued: the addresses are on `.test`.
 */
import type { Kysely } from 'kysely';
import { addDays } from '../app/calendar.js';
import { parisDate, type Clock } from '../app/clock.js';
import type { Database } from '../db/schema.js';
import { hashToken, newToken } from '../modules/auth/auth.rules.js';
import { findOfferRow } from '../modules/job-offers/job-offers.repository.js';
import {
  ageInMonths,
  isAtypical,
  JOB_OFFER_OUTCOMES,
  weeklyMinutes,
  type JobOfferEventKind,
  type JobOfferOutcome,
  type JobOfferStatus,
  type ScheduleEntry,
} from '../modules/job-offers/job-offers.rules.js';
import { audienceOf, recipientRow } from '../modules/job-offers/job-offers.usecases.js';

export interface DemoJobOffer {
  name: string;
  email: string;
  phone: string;
  showPhone: boolean;
  inseeCode: string;
  communes: string[];
  radiusKm: number | null;
  /** Days from the day of seeding (negative: in the past). */
  createdDaysAgo: number;
  startInDays: number;
  schedule: ScheduleEntry[];
  /** Birth (or expected birth) in days from the day of seeding. */
  birthInDays: number;
  childrenCount: number;
  disability: boolean;
  emergency: boolean;
  details: string;
  status: JobOfferStatus;
  outcome?: JobOfferOutcome;
  refusalReason?: string;
  /** Answers of the demo childminder. */
  answeredByDemoChildminder?: string;
}

const weekdays = (days: number[], from: string, to: string) => days.map((day) => ({ day, from, to }));

export const DEMO_JOB_OFFERS: readonly DemoJobOffer[] = [
  {
    name: 'Léa Martinot',
    email: 'lea.martinot@exemple.test',
    phone: '06 10 20 30 40',
    showPhone: false,
    inseeCode: '85178',
    communes: [],
    radiusKm: 5,
    createdDaysAgo: 0,
    startInDays: 60,
    schedule: weekdays([1, 2, 3, 4], '08:30', '17:30'),
    birthInDays: -120,
    childrenCount: 1,
    disability: false,
    emergency: false,
    details: 'Reprise du travail début de trimestre.',
    status: 'email_pending',
  },
  {
    name: 'Hugo et Inès Bernardeau',
    email: 'bernardeau@exemple.test',
    phone: '06 21 32 43 54',
    showPhone: true,
    inseeCode: '85003',
    communes: ['85130'],
    radiusKm: 8,
    createdDaysAgo: 2,
    startInDays: 35,
    schedule: weekdays([1, 2, 3, 4, 5], '08:00', '17:30'),
    birthInDays: -150,
    childrenCount: 1,
    disability: false,
    emergency: false,
    details: 'Nous cherchons près de l’école Saint-Benoît, trajet Aizenay – La Roche-sur-Yon.',
    status: 'pending',
  },
  {
    name: 'Camille Rousselot',
    email: 'camille.rousselot@exemple.test',
    phone: '07 65 43 21 09',
    showPhone: false,
    inseeCode: '85003',
    communes: [],
    radiusKm: 10,
    createdDaysAgo: 8,
    startInDays: 21,
    schedule: weekdays([1, 2, 4, 5], '07:30', '18:00'),
    birthInDays: -240,
    childrenCount: 1,
    disability: false,
    emergency: false,
    details: 'Notre fille est habituée à la collectivité, elle fait de bonnes siestes.',
    status: 'published',
    answeredByDemoChildminder:
      'Bonjour, j’ai une place libre les lundis, mardis, jeudis et vendredis ; je serais ravie de vous rencontrer.',
  },
  {
    name: 'Nathan Guérineau',
    email: 'nathan.guerineau@exemple.test',
    phone: '06 98 76 54 32',
    showPhone: false,
    inseeCode: '85019',
    communes: ['85208', '85210'],
    radiusKm: 10,
    createdDaysAgo: 5,
    startInDays: 150,
    schedule: weekdays([1, 2, 3, 4, 5], '05:45', '13:45'),
    birthInDays: 60,
    childrenCount: 1,
    disability: false,
    emergency: false,
    details: 'Horaires postés (industrie agroalimentaire), semaine du matin.',
    status: 'published',
  },
  {
    name: 'Sophie Tessier',
    email: 'sophie.tessier@exemple.test',
    phone: '',
    showPhone: false,
    inseeCode: '85098',
    communes: [],
    radiusKm: 10,
    createdDaysAgo: 12,
    startInDays: 20,
    schedule: weekdays([1, 2, 3, 4, 5], '09:00', '16:00'),
    birthInDays: -400,
    childrenCount: 2,
    disability: false,
    emergency: false,
    details: 'Garde à domicile souhaitée, partagée avec une autre famille.',
    status: 'refused',
    refusalReason:
      'Une garde à domicile n’est pas un accueil chez une assistante maternelle : le relais vous rappelle pour vous orienter.',
  },
  {
    name: 'Julien Morvan',
    email: 'julien.morvan@exemple.test',
    phone: '06 55 44 33 22',
    showPhone: false,
    inseeCode: '85130',
    communes: [],
    radiusKm: 10,
    createdDaysAgo: 55,
    startInDays: -10,
    schedule: weekdays([1, 2, 3, 4, 5], '08:00', '17:00'),
    birthInDays: -300,
    childrenCount: 1,
    disability: false,
    emergency: false,
    details: '',
    status: 'filled',
    outcome: 'filled_childminder',
  },
  {
    name: 'Aurélie Chauvet',
    email: 'aurelie.chauvet@exemple.test',
    phone: '06 12 12 12 12',
    showPhone: false,
    inseeCode: '85169',
    communes: [],
    radiusKm: 15,
    createdDaysAgo: 80,
    startInDays: -5,
    schedule: [...weekdays([1, 3, 5], '07:00', '19:00'), { day: 6, from: '08:00', to: '12:00' }],
    birthInDays: -700,
    childrenCount: 1,
    disability: true,
    emergency: false,
    details: 'Notre fils a un trouble du spectre autistique, suivi par le CAMSP.',
    status: 'expired',
    outcome: 'unknown',
  },
  {
    name: 'Manon Pineau',
    email: 'manon.pineau@exemple.test',
    phone: '06 77 88 99 00',
    showPhone: false,
    inseeCode: '85015',
    communes: [],
    radiusKm: 10,
    createdDaysAgo: 30,
    startInDays: 3,
    schedule: weekdays([2, 3], '08:30', '17:00'),
    birthInDays: -500,
    childrenCount: 1,
    disability: false,
    emergency: true,
    details: 'Urgence : notre assistante maternelle cesse son activité.',
    status: 'withdrawn',
    outcome: 'abandoned',
  },
];

const PUBLISHED_AFTER_DAYS = 2;
const DEMO_CONFIG = {
  publicUrl: 'http://localhost:3000',
  availabilityMaxAgeDays: 60,
  availabilityRemindEveryDays: 30,
  jobOfferExpiryDays: 60,
  jobOfferReminderDays: 7,
  jobOfferUnverifiedDays: 7,
};

/** Loads the demo job offers into the demo relais (after its childminders and accounts). Returns how many. */
export async function seedJobOffers(deps: { db: Kysely<Database>; clock: Clock }, relaisId: string): Promise<number> {
  const today = parisDate(deps.clock.now());
  // Events are dated from yesterday (UTC): « today at 10:30 » could still lie ahead just after
  // midnight in Paris, and the history must be in the past whatever the hour.
  const eventsDay = new Date(deps.clock.now().getTime() - 86_400_000).toISOString().slice(0, 10);
  const at = (days: number, time: string) => `${addDays(eventsDay, days)}T${time}:00.000Z`;
  const animator = await deps.db
    .selectFrom('user_account')
    .select(['id', 'display_name'])
    .where('relais_id', '=', relaisId)
    .where('role', '=', 'animator')
    .orderBy('email')
    .executeTakeFirst();
  const marie = await deps.db
    .selectFrom('childminder as c')
    .innerJoin('user_account as u', 'u.id', 'c.account_id')
    .select(['c.id'])
    .where('c.relais_id', '=', relaisId)
    .executeTakeFirst();

  for (const o of DEMO_JOB_OFFERS) {
    const id = crypto.randomUUID();
    const created = at(-o.createdDaysAgo, '07:40');
    const startOn = addDays(today, o.startInDays);
    const birth = addDays(today, o.birthInDays);
    const published = o.status !== 'email_pending' && o.status !== 'pending' && o.status !== 'refused';
    const publishedAt = published ? at(-o.createdDaysAgo + PUBLISHED_AFTER_DAYS, '09:10') : null;
    const closed = ['filled', 'expired', 'withdrawn', 'refused'].includes(o.status);
    // Expired the day after its 60 days online; the others closed some weeks after they were posted.
    const closedAfter = o.status === 'expired' ? PUBLISHED_AFTER_DAYS + DEMO_CONFIG.jobOfferExpiryDays + 1 : 20;
    const closedAt = closed ? at(Math.min(0, -o.createdDaysAgo + closedAfter), '10:30') : null;
    const events: { kind: JobOfferEventKind; at: string; detail: string; staff: boolean }[] = [
      { kind: 'submitted', at: created, detail: 'Formulaire en ligne', staff: false },
    ];
    if (o.status !== 'email_pending') {
      events.push({ kind: 'email_verified', at: at(-o.createdDaysAgo, '07:55'), detail: '', staff: false });
    }
    if (o.status === 'refused') events.push({ kind: 'refused', at: closedAt!, detail: o.refusalReason!, staff: true });
    await deps.db
      .insertInto('job_offer')
      .values({
        id,
        relais_id: relaisId,
        source: 'online',
        status: o.status,
        parent_name: o.name,
        parent_email: o.email,
        parent_phone: o.phone,
        show_phone: o.showPhone ? 1 : 0,
        insee_code: o.inseeCode,
        communes: o.communes.join(','),
        radius_km: o.radiusKm,
        start_on: startOn,
        end_on: null,
        schedule: JSON.stringify(o.schedule),
        weekly_minutes: weeklyMinutes(o.schedule),
        atypical_hours: isAtypical(o.schedule) ? 1 : 0,
        child_birth_on: birth,
        child_age_months: Math.max(0, ageInMonths(birth, startOn)),
        children_count: o.childrenCount,
        disability: o.disability ? 1 : 0,
        emergency: o.emergency ? 1 : 0,
        details: o.details,
        consent_at: created,
        email_verified_at: o.status === 'email_pending' ? null : at(-o.createdDaysAgo, '07:55'),
        published_at: publishedAt,
        expires_on: publishedAt ? addDays(publishedAt.slice(0, 10), DEMO_CONFIG.jobOfferExpiryDays) : null,
        expiry_reminded_at: null,
        refusal_reason: o.refusalReason ?? '',
        outcome: o.outcome ?? null,
        closed_at: closedAt,
        created_at: created,
        updated_at: closedAt ?? publishedAt ?? created,
        anonymised_at: null,
      })
      .execute();
    await deps.db
      .insertInto('job_offer_link')
      .values({ token_hash: hashToken(newToken()), offer_id: id, created_at: created })
      .execute();

    if (published) {
      // Recipients as the publication computes them (ranked by the matching rule), without e-mail.
      const row = (await findOfferRow(deps.db, relaisId, id))!;
      const demoDeps = { ...deps, config: DEMO_CONFIG };
      const audience = await audienceOf(demoDeps, { ...row, status: 'pending' }, { exclude: [], add: [] });
      const recipients = audience.childminders.map((c) => recipientRow(row, c, null, publishedAt!));
      if (recipients.length > 0) await deps.db.insertInto('job_offer_recipient').values(recipients).execute();
      events.push({
        kind: 'published',
        at: publishedAt!,
        detail: `envoyée à ${recipients.length} assistant·e(s) maternel·le(s)`,
        staff: true,
      });
      if (o.answeredByDemoChildminder && marie) {
        const answeredAt = at(-o.createdDaysAgo + PUBLISHED_AFTER_DAYS + 1, '13:20');
        await deps.db
          .insertInto('job_offer_answer')
          .values({
            id: crypto.randomUUID(),
            offer_id: id,
            childminder_id: marie.id,
            relais_id: relaisId,
            message: o.answeredByDemoChildminder,
            share_contact: 1,
            outbox_message_id: null,
            created_at: answeredAt,
          })
          .execute();
        events.push({
          kind: 'answered',
          at: answeredAt,
          detail: 'Marie LEFÈVREAU (coordonnées transmises)',
          staff: false,
        });
      }
      if (o.status === 'expired') events.push({ kind: 'expired', at: closedAt!, detail: '', staff: false });
      const outcome = o.outcome ? JOB_OFFER_OUTCOMES[o.outcome] : '';
      if (o.status === 'filled') events.push({ kind: 'outcome', at: closedAt!, detail: outcome, staff: true });
      if (o.status === 'withdrawn') events.push({ kind: 'withdrawn', at: closedAt!, detail: outcome, staff: false });
    }
    await deps.db
      .insertInto('job_offer_event')
      .values(
        events.map((e) => ({
          id: crypto.randomUUID(),
          offer_id: id,
          relais_id: relaisId,
          kind: e.kind,
          actor_id: e.staff ? (animator?.id ?? null) : null,
          actor_label: e.staff ? (animator?.display_name ?? '') : 'Le parent, par son lien',
          detail: e.detail,
          at: e.at,
        })),
      )
      .execute();
  }
  return DEMO_JOB_OFFERS.length;
}
