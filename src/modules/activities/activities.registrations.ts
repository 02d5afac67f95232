/**
 * Registrations to a session, whoever makes them (the childminder in her space, a parent on the
 * public page, staff by phone). Capacity can never be exceeded: in one transaction the
 * registration is written as confirmed, then the places are taken by a compare-and-set against the
 * capacity — and when they were not there, the session's row is locked and the registration
 * becomes waiting. Cancelling gives the places back in the same way and promotes the waiting list
 * in order (rule `promotions`).
 */
import { ConflictError, NotFoundError } from '../../app/errors.js';
import type { Actor } from '../../app/policy.js';
import { relaisAndCommuneNames } from '../relais/relais.usecases.js';
import {
  ActivityStateError,
  AlreadyRegisteredError,
  invalidField,
  RegistrationClosedError,
} from './activities.errors.js';
import { sendPromoted, sendRegistered, sendUnregistered, type MailContext } from './activities.mails.js';
import {
  activeRegistrationOf,
  findActivityRow,
  findRegistration,
  givePlacesBack,
  insertEvents,
  insertRegistration,
  lockActivity,
  lockPlaces,
  setEventKind,
  setRegistrationStatus,
  takePlaces,
  waitingOf,
  type ActivityRow,
  type Db,
  type RegistrationRow,
} from './activities.repository.js';
import {
  audienceBringsChildren,
  audienceOpenToChildminders,
  audienceOpenToParents,
  fits,
  promotions,
  registrationOpen,
  type ActivityAudience,
} from './activities.rules.js';
import { event, nowIso, windowOf, type ActivitiesDeps } from './activities.shared.js';

export interface Registrant {
  registrant: 'childminder' | 'parent';
  childminderId: string | null;
  name: string;
  email: string;
  phone: string;
  inseeCode: string | null;
}

export async function mailContext(deps: ActivitiesDeps, a: ActivityRow): Promise<MailContext> {
  const names = await relaisAndCommuneNames(deps, a.relais_id, a.insee_code);
  return { relaisName: names.relaisName ?? 'Relais Petite Enfance', communeName: names.communeName };
}

const KIND_OF = { confirmed: 'registered', waiting: 'waitlisted' } as const;

/** A session's places, as the capacity rules count them. */
function placesOf(a: {
  adult_capacity: number | string;
  child_capacity: number | string;
  adults_taken: number | string;
  children_taken: number | string;
}) {
  return {
    adultCapacity: Number(a.adult_capacity),
    childCapacity: Number(a.child_capacity),
    adultsTaken: Number(a.adults_taken),
    childrenTaken: Number(a.children_taken),
  };
}

const WINDOW_MESSAGES = {
  not_yet: 'Les inscriptions à cette séance ne sont pas encore ouvertes.',
  closed: 'Les inscriptions à cette séance sont closes.',
  cancelled: 'Cette séance est annulée : on ne peut plus s’y inscrire.',
} as const;

/** What refuses a registration before anything is written (the window, the audience, the numbers). */
export function checkRegistration(a: ActivityRow, who: Registrant, adults: number, children: number, now: string) {
  const open = registrationOpen(windowOf(a), now);
  if (open !== 'open') throw new RegistrationClosedError(WINDOW_MESSAGES[open]);
  const audience = a.kind_audience as ActivityAudience;
  if (who.registrant === 'childminder' && !audienceOpenToChildminders(audience)) {
    throw new RegistrationClosedError('Cette séance est réservée aux parents.');
  }
  if (who.registrant === 'parent' && !audienceOpenToParents(audience)) {
    throw new RegistrationClosedError('Cette séance n’est pas ouverte aux parents.');
  }
  if (children < 0) invalidField('children', 'Le nombre d’enfants ne peut pas être négatif.');
  if (adults < 1) invalidField('adults', 'Au moins un adulte.');
  if (children > 0 && !audienceBringsChildren(audience)) {
    invalidField('children', 'Cette séance se déroule sans enfants : indiquez 0 enfant.');
  }
  if (adults > Number(a.adult_capacity)) {
    invalidField('adults', `La séance n’accueille que ${a.adult_capacity} adulte(s) en tout.`);
  }
  if (children > Number(a.child_capacity)) {
    invalidField('children', `La séance n’accueille que ${a.child_capacity} enfant(s) en tout.`);
  }
}

/**
 * Promotes the waiting list into the places left, in order of arrival (each that fits), inside the
 * transaction that locked the session. Returns the registrations promoted, as they now are.
 */
export async function promoteWaiting(trx: Db, relaisId: string, activityId: string, now: string) {
  const a = await findActivityRow(trx, relaisId, activityId);
  if (!a || a.status !== 'scheduled' || now >= a.starts_at) return [];
  const waiting = await waitingOf(trx, activityId);
  const chosen = promotions(
    placesOf(a),
    waiting.map((w) => ({ ...w, adults: Number(w.adults), children: Number(w.children) })),
  );
  const promoted: RegistrationRow[] = [];
  for (const w of chosen) {
    if (!(await takePlaces(trx, activityId, w.adults, w.children))) continue;
    if (!(await setRegistrationStatus(trx, w.id, 'waiting', { status: 'confirmed', promoted_at: now }))) {
      await givePlacesBack(trx, activityId, w.adults, w.children);
      continue;
    }
    promoted.push({ ...w, status: 'confirmed', promoted_at: now });
  }
  // Written a millisecond after what freed the places, so that the history reads in order.
  const at = new Date(Date.parse(now) + 1).toISOString();
  await insertEvents(
    trx,
    promoted.map((p) => event(a, 'promoted', undefined, 'Relais (automatique)', p.person_name, at)),
  );
  return promoted;
}

/**
 * Registers someone to a session: confirmed if the places are there, else on the waiting list.
 * Sends the e-mail (with the `.ics` when confirmed). `cancelToken` is the parent's link (its hash is stored).
 */
export async function register(
  deps: ActivitiesDeps,
  actor: Actor | undefined,
  actorName: string,
  a: ActivityRow,
  who: Registrant,
  numbers: { adults: number; children: number },
  source: 'online' | 'staff',
  cancelToken?: { token: string; hash: string },
): Promise<RegistrationRow> {
  const now = nowIso(deps);
  checkRegistration(a, who, numbers.adults, numbers.children, now);
  let row: RegistrationRow;
  try {
    row = await deps.db.transaction().execute(async (trx) => {
      // What the session showed a moment ago tells which is likely: confirmed or waiting.
      const expected = fits(placesOf(a), numbers.adults, numbers.children) ? 'confirmed' : 'waiting';
      const registration: RegistrationRow = {
        id: crypto.randomUUID(),
        activity_id: a.id,
        relais_id: a.relais_id,
        registrant: who.registrant,
        childminder_id: who.childminderId,
        person_name: who.name,
        email: who.email,
        phone: who.phone,
        insee_code: who.inseeCode,
        cancel_token_hash: cancelToken?.hash ?? null,
        adults: numbers.adults,
        children: numbers.children,
        status: expected,
        source,
        created_at: now,
        promoted_at: null,
        cancelled_at: null,
        anonymised_at: null,
      };
      const detail = `${who.name} — ${numbers.adults} adulte(s), ${numbers.children} enfant(s)${source === 'staff' ? ' (par l’équipe)' : ''}`;
      const written = event(a, KIND_OF[expected], actor, actorName, detail, now);
      // Written first (a second registration of the same childminder is refused here by a unique
      // index, and rolled back); the session's row, which every registration to it updates, is
      // touched last, so that it stays locked only until the commit.
      await insertRegistration(trx, registration);
      await insertEvents(trx, [written]);
      if (expected === 'confirmed' && (await takePlaces(trx, a.id, numbers.adults, numbers.children))) {
        return registration;
      }
      // Waiting, or the places went meanwhile: the session is locked before settling, so that a
      // cancellation promoting the list at the same instant either freed the places first (taken
      // now) or sees this registration waiting once committed.
      const locked = await lockPlaces(trx, a.relais_id, a.id);
      if (!locked) throw new NotFoundError('Cette séance est introuvable.');
      if (locked.status !== 'scheduled') throw new RegistrationClosedError(WINDOW_MESSAGES.cancelled);
      const status =
        fits(placesOf(locked), numbers.adults, numbers.children) &&
        (await takePlaces(trx, a.id, numbers.adults, numbers.children))
          ? 'confirmed'
          : 'waiting';
      if (status !== expected) {
        await setRegistrationStatus(trx, registration.id, expected, { status });
        await setEventKind(trx, written.id, KIND_OF[status]);
      }
      return { ...registration, status };
    });
  } catch (error) {
    if (who.childminderId && (await activeRegistrationOf(deps.db, a.id, who.childminderId))) {
      throw new AlreadyRegisteredError(
        source === 'staff'
          ? 'Cette assistante maternelle est déjà inscrite à cette séance (ou sur sa liste d’attente).'
          : undefined,
      );
    }
    throw error;
  }
  // The e-mail tells the session's date and place, which a registration does not change.
  await sendRegistered(deps, a, row, await mailContext(deps, a), cancelToken?.token);
  return row;
}

/**
 * Cancels a registration (confirmed or waiting): the places go back and the waiting list is
 * promoted in the same transaction; the person and those promoted are told by e-mail.
 */
export async function unregister(
  deps: ActivitiesDeps,
  actor: Actor | undefined,
  actorName: string,
  relaisId: string,
  activityId: string,
  registrationId: string,
) {
  const now = nowIso(deps);
  const { registration, promoted } = await deps.db.transaction().execute(async (trx) => {
    const locked = await lockActivity(trx, relaisId, activityId);
    if (!locked) throw new NotFoundError('Cette séance est introuvable.');
    const reg = await findRegistration(trx, relaisId, registrationId);
    if (!reg || reg.activity_id !== activityId) throw new NotFoundError('Cette inscription est introuvable.');
    if (reg.status === 'cancelled') throw new ActivityStateError('Cette inscription est déjà annulée.');
    if (!(await setRegistrationStatus(trx, reg.id, reg.status, { status: 'cancelled', cancelled_at: now }))) {
      throw new ConflictError('Cette inscription vient de changer : rechargez la page.');
    }
    if (reg.status === 'confirmed') await givePlacesBack(trx, activityId, Number(reg.adults), Number(reg.children));
    await insertEvents(trx, [event(locked, 'unregistered', actor, actorName, reg.person_name, now)]);
    const promotedRows = reg.status === 'confirmed' ? await promoteWaiting(trx, relaisId, activityId, now) : [];
    return { registration: { ...reg, status: 'cancelled', cancelled_at: now }, promoted: promotedRows };
  });
  const fresh = await findActivityRow(deps.db, relaisId, activityId);
  if (fresh) {
    const ctx = await mailContext(deps, fresh);
    await sendUnregistered(deps, fresh, registration, ctx);
    await sendPromoted(deps, fresh, promoted, ctx);
  }
  return { registration, promoted };
}
