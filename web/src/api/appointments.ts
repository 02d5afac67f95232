import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, unwrap } from './client.js';
import { keys } from './gestion.js';
import type { paths } from './schema.js';

type Json<T> = T extends { content: { 'application/json': infer C } } ? C : never;
type Body<T> = T extends { content: { 'application/json': infer C } } ? C : never;

type PublicReasonsPath = paths['/api/public/relais/{slug}/appointment-reasons'];
type PublicSlotsPath = paths['/api/public/relais/{slug}/appointment-slots'];
type PublicBookPath = paths['/api/public/relais/{slug}/appointments'];
type WaitlistPath = paths['/api/public/relais/{slug}/appointment-waitlist'];
type ManagePath = paths['/api/public/appointments/{token}'];
type MovePath = paths['/api/public/appointments/{token}/move'];
type ReasonsPath = paths['/api/relais/{relaisId}/appointment-reasons'];
type PermanencesPath = paths['/api/relais/{relaisId}/permanences'];
type ClosuresPath = paths['/api/relais/{relaisId}/permanences/{permanenceId}/closures'];
type StaffSlotsPath = paths['/api/relais/{relaisId}/appointment-slots'];
type AgendaPath = paths['/api/relais/{relaisId}/appointments'];
type StatusPath = paths['/api/relais/{relaisId}/appointments/{appointmentId}/status'];

export type PublicReason = Json<PublicReasonsPath['get']['responses'][200]>['reasons'][number];
export type PublicSlots = Json<PublicSlotsPath['get']['responses'][200]>;
export type PublicSlot = PublicSlots['days'][number]['slots'][number];
export type BookingInput = Body<PublicBookPath['post']['requestBody']>;
export type BookingResult = Json<PublicBookPath['post']['responses'][201]>;
export type PublicAppointment = Json<ManagePath['get']['responses'][200]>;
export type MoveInput = Body<MovePath['post']['requestBody']>;
export type WaitlistInput = Body<WaitlistPath['post']['requestBody']>;

export type Reason = Json<ReasonsPath['get']['responses'][200]>['reasons'][number];
export type ReasonInput = Body<ReasonsPath['post']['requestBody']>;
export type Permanence = Json<PermanencesPath['get']['responses'][200]>['permanences'][number];
export type PermanenceInput = Body<PermanencesPath['post']['requestBody']>;
export type ClosureInput = Body<ClosuresPath['post']['requestBody']>;
export type StaffSlots = Json<StaffSlotsPath['get']['responses'][200]>;
export type StaffSlot = StaffSlots['days'][number]['slots'][number];
export type Agenda = Json<AgendaPath['get']['responses'][200]>;
export type Appointment = Agenda['appointments'][number];
export type StaffBookingInput = Body<AgendaPath['post']['requestBody']>;
export type StatusInput = Body<StatusPath['post']['requestBody']>;
export type AgendaFilters = { animatorId?: string; siteId?: string };

/** The vocabulary and pure rules of appointments, shared with the server. */
export {
  AUDIENCE_PUBLICS,
  AUDIENCES,
  CELL_MINUTES,
  MAX_AGENDA_DAYS,
  MAX_DURATION_MINUTES,
  MAX_SLOT_SEARCH_DAYS,
  MIN_DURATION_MINUTES,
  MODES,
  permanenceProblems,
  reasonProblems,
  STATUSES,
  type Audience,
  type Mode,
  type Status,
} from '../../../src/modules/appointments/appointments.rules.js';

/** A free slot as the pages handle it, public or staff (the staff one names the animator). */
export interface AnySlot extends PublicSlot {
  animatorId?: string;
  animatorName?: string;
}

export interface SlotDay {
  date: string;
  slots: AnySlot[];
}

/** Slots of a period: for the public (by relais slug), or for the staff booking for someone. */
export type SlotSource = { kind: 'public'; slug: string } | { kind: 'staff'; relaisId: string };

export const appointmentKeys = {
  publicReasons: (slug: string) => ['public', 'relais', slug, 'appointment-reasons'] as const,
  slots: (source: SlotSource, reasonId: string) =>
    source.kind === 'public'
      ? (['public', 'relais', source.slug, 'appointment-slots', reasonId] as const)
      : ([...keys.relais(source.relaisId), 'appointment-slots', reasonId] as const),
  manage: (token: string) => ['public', 'appointment', token] as const,
  reasons: (relaisId: string) => [...keys.relais(relaisId), 'appointment-reasons'] as const,
  permanences: (relaisId: string) => [...keys.relais(relaisId), 'permanences'] as const,
  animators: (relaisId: string) => [...keys.relais(relaisId), 'appointment-animators'] as const,
  agenda: (relaisId: string) => [...keys.relais(relaisId), 'appointments'] as const,
  feed: ['me', 'calendar-feed'] as const,
};

export const publicReasonsQuery = (slug: string) =>
  queryOptions({
    queryKey: appointmentKeys.publicReasons(slug),
    queryFn: () => unwrap(api.GET('/api/public/relais/{slug}/appointment-reasons', { params: { path: { slug } } })),
    staleTime: 60_000,
  });

/** Free slots of a reason between two Paris dates (35 days at most). */
export async function fetchSlots(source: SlotSource, reasonId: string, from: string, to: string): Promise<SlotDay[]> {
  const query = { reasonId, from, to };
  if (source.kind === 'public') {
    const answer = await unwrap(
      api.GET('/api/public/relais/{slug}/appointment-slots', { params: { path: { slug: source.slug }, query } }),
    );
    return answer.days;
  }
  const answer = await unwrap(
    api.GET('/api/relais/{relaisId}/appointment-slots', {
      params: { path: { relaisId: source.relaisId }, query },
    }),
  );
  return answer.days;
}

export const slotsQuery = (source: SlotSource, reasonId: string, from: string, to: string) =>
  queryOptions({
    queryKey: [...appointmentKeys.slots(source, reasonId), from, to],
    queryFn: () => fetchSlots(source, reasonId, from, to),
    staleTime: 30_000,
  });

/** Forgets every free slot shown (after a booking, a move, a cancellation: they changed). */
export function staleSlots(queryClient: QueryClient, source: SlotSource, reasonId: string): Promise<void> {
  return queryClient.invalidateQueries({ queryKey: appointmentKeys.slots(source, reasonId) });
}

export const manageQuery = (token: string) =>
  queryOptions({
    queryKey: appointmentKeys.manage(token),
    queryFn: () => unwrap(api.GET('/api/public/appointments/{token}', { params: { path: { token } } })),
  });

export const reasonsQuery = (relaisId: string) =>
  queryOptions({
    queryKey: appointmentKeys.reasons(relaisId),
    queryFn: async () =>
      (await unwrap(api.GET('/api/relais/{relaisId}/appointment-reasons', { params: { path: { relaisId } } }))).reasons,
    staleTime: 30_000,
  });

export const permanencesQuery = (relaisId: string) =>
  queryOptions({
    queryKey: appointmentKeys.permanences(relaisId),
    queryFn: async () =>
      (await unwrap(api.GET('/api/relais/{relaisId}/permanences', { params: { path: { relaisId } } }))).permanences,
  });

export const animatorsQuery = (relaisId: string) =>
  queryOptions({
    queryKey: appointmentKeys.animators(relaisId),
    queryFn: async () =>
      (await unwrap(api.GET('/api/relais/{relaisId}/appointment-animators', { params: { path: { relaisId } } })))
        .animators,
    staleTime: 60_000,
  });

export const agendaQuery = (relaisId: string, from: string, to: string, filters: AgendaFilters) =>
  queryOptions({
    queryKey: [...appointmentKeys.agenda(relaisId), from, to, filters],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/relais/{relaisId}/appointments', {
            params: { path: { relaisId }, query: { from, to, ...filters } },
          }),
        )
      ).appointments,
  });

export const waitlistQuery = (relaisId: string) =>
  queryOptions({
    queryKey: [...appointmentKeys.agenda(relaisId), 'waitlist'],
    queryFn: async () =>
      (await unwrap(api.GET('/api/relais/{relaisId}/appointment-waitlist', { params: { path: { relaisId } } })))
        .entries,
  });

export const feedQuery = queryOptions({
  queryKey: appointmentKeys.feed,
  queryFn: () => unwrap(api.GET('/api/me/calendar-feed')),
});

/** Where a relais's agenda and slots change after a booking, a status or a configuration. */
export function staleAfterAppointment(queryClient: QueryClient, relaisId: string): Promise<unknown> {
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: appointmentKeys.agenda(relaisId) }),
    queryClient.invalidateQueries({ queryKey: [...keys.relais(relaisId), 'appointment-slots'] }),
  ]);
}
