/**
 * Demo data of the families' desk inbox of Vie et Boulogne: a handful of requests of the last two
 * weeks, in every status — new ones from the online form, one from monenfant.fr assigned to the
 * animator, answers sent by e-mail, requests closed after a call — written as the inbox writes them
 * (history, answers kept). Those answered or closed are counted, as the inbox does, as one contact
 * of the log each, through the contact log's own use case. Every person is fictional (addresses on
 * the reserved `.test` domain); the list is fixed, and its dates are counted back from the day the
 * demo is seeded, so the inbox always shows recent requests: staff handle them on working days
 * (never a weekend or a public holiday) in office hours, like the rest of the contact log.
 */
import type { Kysely } from 'kysely';
import { frenchPublicHolidays, isoWeekday, parisInstant } from '../app/calendar.js';
import { fixedClock, parisDate, type Clock } from '../app/clock.js';
import type { Actor } from '../app/policy.js';
import type { Role } from '../app/roles.js';
import type { Database } from '../db/schema.js';
import { OUTCOMES, type Outcome, type SubjectCode } from '../modules/contacts/contacts.rules.js';
import { ensureDefaultSubjects } from '../modules/contacts/contacts.subjects.js';
import { recordContact } from '../modules/contacts/contacts.usecases.js';
import {
  addMonths,
  contactChannelOf,
  REQUEST_SOURCES,
  type AnswerChannel,
  type RequestPublic,
  type RequestSource,
  type RequestStatus,
} from '../modules/requests/requests.rules.js';

type Staff = 'animator' | 'manager';

export interface DemoRequest {
  source: RequestSource;
  public: RequestPublic;
  name: string;
  email: string;
  phone: string;
  inseeCode: string;
  subjects: SubjectCode[];
  childAgeMonths?: number;
  /** Expected birth, in months from the day of seeding. */
  birthInMonths?: number;
  needs: string;
  answerChannel: AnswerChannel;
  /**
   * When it arrived: Paris time, and days before the day staff first handled it (handled ones), or
   * before the day of seeding (new ones).
   */
  arrived: { daysBefore: number; time: string };
  /** Working days before the day of seeding when staff first handled it (assigned, answered, closed). */
  handledWorkingDaysAgo?: number;
  assignee?: Staff;
  answer?: { by: Staff; text: string };
  close?: { by: Staff; outcome: Outcome; note: string };
}

export const DEMO_REQUESTS: readonly DemoRequest[] = [
  {
    source: 'online',
    public: 'parent',
    name: 'Manon Guilbaud',
    email: 'manon.guilbaud@exemple.test',
    phone: '',
    inseeCode: '85003',
    subjects: ['care_search'],
    childAgeMonths: 4,
    needs:
      'Je reprends le travail en septembre. Nous cherchons une assistante maternelle à Aizenay ou au Poiré-sur-Vie, quatre jours par semaine (pas le mercredi), de 8 h à 17 h 30.',
    answerChannel: 'email',
    arrived: { daysBefore: 1, time: '21:14' },
  },
  {
    source: 'online',
    public: 'future_parent',
    name: 'Océane et Thomas Brochard',
    email: '',
    phone: '06 10 20 30 40',
    inseeCode: '85178',
    subjects: ['care_search', 'benefits'],
    birthInMonths: 4,
    needs:
      'Premier bébé attendu dans quatre mois. Quels sont les modes d’accueil possibles au Poiré et les aides de la CAF ? Merci de nous rappeler plutôt après 18 h.',
    answerChannel: 'phone',
    arrived: { daysBefore: 2, time: '12:47' },
  },
  {
    source: 'monenfant',
    public: 'parent',
    name: 'Aurélie Bossard',
    email: 'aurelie.bossard@exemple.test',
    phone: '06 22 33 44 55',
    inseeCode: '85169',
    subjects: ['care_search'],
    childAgeMonths: 14,
    needs:
      'Demande reçue par monenfant.fr : accueil périscolaire et mercredis pour deux enfants (14 mois et 4 ans) à Palluau.',
    answerChannel: 'email',
    arrived: { daysBefore: 1, time: '18:02' },
    handledWorkingDaysAgo: 1,
    assignee: 'animator',
  },
  {
    source: 'online',
    public: 'candidate',
    name: 'Sandrine Charrier',
    email: 'sandrine.charrier@exemple.test',
    phone: '',
    inseeCode: '85019',
    subjects: ['accreditation'],
    needs: 'Je souhaite devenir assistante maternelle. Comment se passe la demande d’agrément et la formation ?',
    answerChannel: 'email',
    arrived: { daysBefore: 1, time: '22:31' },
    handledWorkingDaysAgo: 4,
    assignee: 'animator',
    answer: {
      by: 'animator',
      text: 'Bonjour Madame Charrier,\n\nLa demande d’agrément se fait auprès du service de PMI du Département de la Vendée. Une réunion d’information a lieu chaque mois ; le relais vous accompagne dans la préparation du dossier et vous présente le métier lors d’un rendez-vous.\n\nVous pouvez réserver ce rendez-vous en ligne sur la page du relais.',
    },
  },
  {
    source: 'email',
    public: 'childminder',
    name: 'Karine Fradet',
    email: 'karine.fradet@exemple.test',
    phone: '',
    inseeCode: '85210',
    subjects: ['contract', 'collective_agreement'],
    needs:
      'Un parent veut passer de 45 à 40 heures par semaine : faut-il un avenant au contrat et comment recalculer la mensualisation ?',
    answerChannel: 'email',
    arrived: { daysBefore: 2, time: '07:55' },
    handledWorkingDaysAgo: 7,
    assignee: 'manager',
    answer: {
      by: 'manager',
      text: 'Bonjour Madame Fradet,\n\nOui, toute modification de la durée d’accueil se fait par un avenant signé des deux parties. La mensualisation est recalculée sur la nouvelle durée : vous trouverez la méthode dans la fiche jointe du relais.\n\nNous pouvons en parler à la permanence téléphonique, l’après-midi de 14 h à 15 h 30 sauf le jeudi.',
    },
    close: { by: 'manager', outcome: 'documentation', note: '' },
  },
  {
    source: 'phone',
    public: 'project_carrier',
    name: 'Nicolas Billaud',
    email: '',
    phone: '02 51 00 11 22',
    inseeCode: '85129',
    subjects: ['project'],
    needs: 'Projet de maison d’assistants maternels à trois aux Lucs-sur-Boulogne.',
    answerChannel: 'phone',
    arrived: { daysBefore: 0, time: '09:05' },
    handledWorkingDaysAgo: 8,
    assignee: 'manager',
    close: { by: 'manager', outcome: 'appointment', note: 'Rendez-vous fixé au siège pour présenter le projet.' },
  },
  {
    source: 'online',
    public: 'parent',
    name: 'Élodie Bernier',
    email: 'elodie.bernier@exemple.test',
    phone: '',
    inseeCode: '85098',
    subjects: ['care_search'],
    childAgeMonths: 9,
    needs: 'Recherche d’un accueil à temps partiel à La Genétouze à partir du mois prochain.',
    answerChannel: 'email',
    arrived: { daysBefore: 3, time: '09:12' },
    handledWorkingDaysAgo: 10,
    assignee: 'animator',
    answer: {
      by: 'animator',
      text: 'Bonjour Madame Bernier,\n\nLes assistantes maternelles de La Genétouze qui ont signalé des places sont dans l’annuaire du relais, avec leurs disponibilités. N’hésitez pas à les contacter directement, et à nous rappeler si vous ne trouvez pas.',
    },
    close: { by: 'animator', outcome: 'informed', note: '' },
  },
];

/** A calendar date `days` days after another (YYYY-MM-DD; negative goes back). */
function shiftDay(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** The working day (Monday to Friday, not a public holiday) `count` working days before `date`. */
function workingDaysBefore(date: string, count: number): string {
  let day = date;
  for (let left = count; left > 0;) {
    day = shiftDay(day, -1);
    if (isoWeekday(day) <= 5 && !frenchPublicHolidays(Number(day.slice(0, 4))).includes(day)) left -= 1;
  }
  return day;
}

/** The status a demo request ends in. */
export function demoRequestStatus(r: DemoRequest): RequestStatus {
  return r.close ? 'closed' : r.answer ? 'answered' : r.assignee ? 'assigned' : 'new';
}

export interface RequestSeedSummary {
  requests: number;
  /** Requests counted as a contact of the log (answered or closed). */
  counted: number;
}

/** Loads the demo requests into the demo relais (after its accounts and subjects). */
export async function seedRequests(
  deps: { db: Kysely<Database>; clock: Clock },
  relaisId: string,
): Promise<RequestSeedSummary> {
  const today = parisDate(deps.clock.now());
  const subjects = await ensureDefaultSubjects(deps.db, relaisId, deps.clock.now());
  const subjectId = (code: SubjectCode) => subjects.find((s) => s.code === code)!.id;
  const accounts = await deps.db
    .selectFrom('user_account')
    .select(['id', 'role', 'email', 'display_name'])
    .where('relais_id', '=', relaisId)
    .where('role', 'in', ['animator', 'manager'])
    .where('disabled_at', 'is', null)
    .orderBy('email')
    .execute();
  const actorOf = (staff: Staff): Actor => {
    const a = accounts.find((account) => account.role === staff)!;
    return {
      userId: a.id,
      role: a.role as Role,
      relaisId,
      email: a.email,
      displayName: a.display_name,
      sessionId: 'demo',
    };
  };
  let counted = 0;
  for (const r of DEMO_REQUESTS) {
    const id = crypto.randomUUID();
    // Handled on a working day: assigned at 09:15, answered at 10:05, closed after a call at 14:20,
    // or, when answered first, at 11:40 the next working day.
    const handled = r.handledWorkingDaysAgo === undefined ? null : workingDaysBefore(today, r.handledWorkingDaysAgo);
    const at = (day: string, time: string) => parisInstant(day, time).toISOString();
    const receivedAt = at(shiftDay(handled ?? today, -r.arrived.daysBefore), r.arrived.time);
    const assignedAt = handled ? at(handled, '09:15') : receivedAt;
    const answeredAt = handled ? at(handled, '10:05') : receivedAt;
    const closedAt = !handled
      ? receivedAt
      : r.answer
        ? at(workingDaysBefore(today, r.handledWorkingDaysAgo! - 1), '11:40')
        : at(handled, '14:20');
    const status = demoRequestStatus(r);
    const updatedAt = r.close ? closedAt : r.answer ? answeredAt : r.assignee ? assignedAt : receivedAt;
    await deps.db
      .insertInto('request')
      .values({
        id,
        relais_id: relaisId,
        source: r.source,
        public: r.public,
        name: r.name,
        email: r.email,
        phone: r.phone,
        insee_code: r.inseeCode,
        child_age_months: r.childAgeMonths ?? null,
        expected_birth_on: r.birthInMonths === undefined ? null : addMonths(today, r.birthInMonths),
        needs: r.needs,
        answer_channel: r.answerChannel,
        consent_at: r.source === 'online' ? receivedAt : null,
        status,
        assignee_id: r.assignee ? actorOf(r.assignee).userId : null,
        family_id: null,
        childminder_id: null,
        counted_at: null,
        contact_id: null,
        outcome: r.close?.outcome ?? null,
        closing_note: r.close?.note ?? '',
        received_at: receivedAt,
        created_by: r.source === 'online' ? null : actorOf(r.assignee ?? 'animator').userId,
        created_at: receivedAt,
        updated_at: updatedAt,
        closed_at: r.close ? closedAt : null,
        anonymised_at: null,
      })
      .execute();
    await deps.db
      .insertInto('request_subject')
      .values(r.subjects.map((code) => ({ request_id: id, subject_id: subjectId(code) })))
      .execute();
    const events: { kind: string; actor: Actor | null; detail: string; at: string }[] = [
      {
        kind: 'created',
        actor: r.source === 'online' ? null : actorOf(r.assignee ?? 'animator'),
        detail: REQUEST_SOURCES[r.source],
        at: receivedAt,
      },
    ];
    if (r.assignee) {
      const actor = actorOf(r.assignee);
      events.push({ kind: 'assigned', actor, detail: `à ${actor.displayName}`, at: assignedAt });
    }
    if (r.answer) {
      events.push({ kind: 'answered', actor: actorOf(r.answer.by), detail: 'par e-mail', at: answeredAt });
      await deps.db
        .insertInto('request_message')
        .values({
          id: crypto.randomUUID(),
          request_id: id,
          author_id: actorOf(r.answer.by).userId,
          recipient: r.email,
          body: r.answer.text,
          outbox_message_id: null,
          created_at: answeredAt,
        })
        .execute();
    }
    if (r.close) {
      events.push({ kind: 'closed', actor: actorOf(r.close.by), detail: OUTCOMES[r.close.outcome], at: closedAt });
    }
    await deps.db
      .insertInto('request_event')
      .values(
        events.map((e) => ({
          id: crypto.randomUUID(),
          request_id: id,
          kind: e.kind,
          actor_id: e.actor?.userId ?? null,
          detail: e.detail,
          at: e.at,
        })),
      )
      .execute();

    // Answered or closed: one contact of the log, when it first happened, as the inbox records it.
    const countedAt = r.answer ? answeredAt : r.close ? closedAt : null;
    if (countedAt) {
      const by = (r.answer ?? r.close)!.by;
      const contact = await recordContact({ db: deps.db, clock: fixedClock(countedAt) }, actorOf(by), relaisId, {
        occurredAt: countedAt,
        channel: contactChannelOf(r.source),
        public: r.public,
        inseeCode: r.inseeCode,
        subjectIds: r.subjects.map(subjectId),
        outcome: r.answer ? 'informed' : r.close!.outcome,
        familyId: null,
        childminderId: null,
        note: `Demande (${REQUEST_SOURCES[r.source]})`,
      });
      await deps.db
        .updateTable('request')
        .set({ counted_at: countedAt, contact_id: contact.id })
        .where('id', '=', id)
        .execute();
      counted += 1;
    }
  }
  return { requests: DEMO_REQUESTS.length, counted };
}
