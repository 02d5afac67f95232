import { z } from 'zod';
import type { AppPlugin } from '../../app/context.js';
import { relaisParams } from '../relais/relais.schemas.js';
import {
  agendaQuery,
  agendaSchema,
  animatorsSchema,
  appointmentDetailSchema,
  appointmentParams,
  appointmentSchema,
  bookingInput,
  bookingResultSchema,
  calendarParams,
  closureInput,
  closureParams,
  closureCreatedSchema,
  feedSchema,
  feedStateSchema,
  messageSchema,
  moveInput,
  permanenceInput,
  permanenceParams,
  permanenceSchema,
  publicAppointmentSchema,
  publicReasonSchema,
  reasonInput,
  reasonParams,
  reasonSchema,
  slotsQuery,
  slotsSchema,
  slugParams,
  staffBookingInput,
  staffSlotsSchema,
  statusInput,
  tokenParams,
  waitlistEntrySchema,
  waitlistInput,
} from './appointments.schemas.js';
import {
  bookForSomeone,
  getAppointment,
  listAgenda,
  listWaitlist,
  setAppointmentStatus,
  staffFreeSlots,
} from './appointments.agenda.js';
import {
  addClosure,
  archivePermanence,
  createPermanence,
  deletePermanence,
  listAnimators,
  listPermanences,
  removeClosure,
  restorePermanence,
  updatePermanence,
} from './appointments.permanences.js';
import {
  archiveReason,
  createReason,
  deleteReason,
  listReasons,
  restoreReason,
  updateReason,
} from './appointments.reasons.js';
import {
  bookOnline,
  cancelByToken,
  joinWaitlist,
  leaveWaitlist,
  moveByToken,
  publicFreeSlots,
  publicReasons,
  summaryByToken,
} from './appointments.public.js';
import { calendarFeedIcs, feedState, regenerateFeed, revokeFeed } from './appointments.feed.js';

export const appointmentsRoutes: AppPlugin = async (app, ctx) => {
  const publicTags = ['rendez-vous (public)'];
  const tags = ['rendez-vous'];
  const base = '/api/relais/:relaisId';
  const formLimit = { rateLimit: { max: ctx.config.authRateLimitPerMinute, timeWindow: 60_000 } };
  const readLimit = { rateLimit: { max: ctx.config.searchRateLimitPerMinute, timeWindow: 60_000 } };

  // -------------------------------------------------------------------------------------------
  // Public: booking online, by relais slug; managing by the secret link.

  app.get(
    '/api/public/relais/:slug/appointment-reasons',
    {
      config: readLimit,
      schema: {
        tags: publicTags,
        summary: 'Motifs de rendez-vous réservables en ligne',
        params: slugParams,
        response: { 200: z.object({ relaisName: z.string(), reasons: z.array(publicReasonSchema) }) },
      },
    },
    async (request) => publicReasons(ctx, request.params.slug),
  );

  app.get(
    '/api/public/relais/:slug/appointment-slots',
    {
      config: readLimit,
      schema: {
        tags: publicTags,
        summary: 'Créneaux libres d’un motif, jour par jour (35 jours au plus)',
        params: slugParams,
        querystring: slotsQuery,
        response: { 200: slotsSchema },
      },
    },
    async (request) => publicFreeSlots(ctx, request.params.slug, request.query),
  );

  app.post(
    '/api/public/relais/:slug/appointments',
    {
      config: { csrf: false, ...formLimit },
      schema: {
        tags: publicTags,
        summary: 'Réserver un créneau (409 s’il vient d’être pris)',
        description:
          'Confirmation par e-mail avec un fichier .ics et le lien pour annuler ou déplacer le rendez-vous ; rappel deux jours avant à 9 h.',
        params: slugParams,
        body: bookingInput,
        response: { 201: bookingResultSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await bookOnline(ctx, request.params.slug, request.body, request.ip)),
  );

  app.get(
    '/api/public/appointments/:token',
    {
      config: readLimit,
      schema: {
        tags: publicTags,
        summary: 'Mon rendez-vous (lien reçu par e-mail)',
        params: tokenParams,
        response: { 200: publicAppointmentSchema },
      },
    },
    async (request) => summaryByToken(ctx, request.params.token),
  );

  app.post(
    '/api/public/appointments/:token/cancel',
    {
      config: { csrf: false, ...formLimit },
      schema: {
        tags: publicTags,
        summary: 'Annuler mon rendez-vous',
        params: tokenParams,
        response: { 200: publicAppointmentSchema },
      },
    },
    async (request) => cancelByToken(ctx, request.params.token, request.ip),
  );

  app.post(
    '/api/public/appointments/:token/move',
    {
      config: { csrf: false, ...formLimit },
      schema: {
        tags: publicTags,
        summary: 'Déplacer mon rendez-vous sur un autre créneau du même motif (409 s’il vient d’être pris)',
        params: tokenParams,
        body: moveInput,
        response: { 200: publicAppointmentSchema },
      },
    },
    async (request) => moveByToken(ctx, request.params.token, request.body, request.ip),
  );

  app.post(
    '/api/public/relais/:slug/appointment-waitlist',
    {
      config: { csrf: false, ...formLimit },
      schema: {
        tags: publicTags,
        summary: 'M’inscrire sur la liste d’attente d’un motif (prévenu·e par e-mail si un créneau se libère)',
        params: slugParams,
        body: waitlistInput,
        response: { 201: messageSchema },
      },
    },
    async (request, reply) => {
      await joinWaitlist(ctx, request.params.slug, request.body, request.ip);
      return reply.status(201).send({
        message: 'Vous êtes inscrit·e sur la liste d’attente. Un e-mail vous préviendra si un créneau se libère.',
      });
    },
  );

  app.delete(
    '/api/public/appointment-waitlist/:token',
    {
      config: { csrf: false, ...formLimit },
      schema: {
        tags: publicTags,
        summary: 'Me retirer de la liste d’attente (lien reçu par e-mail)',
        params: tokenParams,
      },
    },
    async (request, reply) => {
      await leaveWaitlist(ctx, request.params.token, request.ip);
      return reply.status(204).send();
    },
  );

  // -------------------------------------------------------------------------------------------
  // Staff: reasons, permanences and their closures.

  app.get(
    `${base}/appointment-reasons`,
    {
      schema: {
        tags,
        summary: 'Motifs de rendez-vous (les archivés compris)',
        params: relaisParams,
        response: { 200: z.object({ reasons: z.array(reasonSchema) }) },
      },
    },
    async (request) => ({ reasons: await listReasons(ctx, request.actor, request.params.relaisId) }),
  );

  app.post(
    `${base}/appointment-reasons`,
    {
      schema: {
        tags,
        summary: 'Ajouter un motif',
        params: relaisParams,
        body: reasonInput,
        response: { 201: reasonSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createReason(ctx, request.actor, request.params.relaisId, request.body)),
  );

  app.put(
    `${base}/appointment-reasons/:reasonId`,
    {
      schema: {
        tags,
        summary: 'Modifier un motif',
        params: reasonParams,
        body: reasonInput,
        response: { 200: reasonSchema },
      },
    },
    async (request) => updateReason(ctx, request.actor, request.params.relaisId, request.params.reasonId, request.body),
  );

  app.post(
    `${base}/appointment-reasons/:reasonId/archive`,
    {
      schema: {
        tags,
        summary: 'Archiver un motif (plus proposé ; ses rendez-vous restent)',
        params: reasonParams,
        response: { 200: reasonSchema },
      },
    },
    async (request) => archiveReason(ctx, request.actor, request.params.relaisId, request.params.reasonId),
  );

  app.post(
    `${base}/appointment-reasons/:reasonId/restore`,
    {
      schema: { tags, summary: 'Rétablir un motif archivé', params: reasonParams, response: { 200: reasonSchema } },
    },
    async (request) => restoreReason(ctx, request.actor, request.params.relaisId, request.params.reasonId),
  );

  app.delete(
    `${base}/appointment-reasons/:reasonId`,
    {
      schema: {
        tags,
        summary: 'Supprimer un motif qui n’a jamais servi (sinon 409 : l’archiver)',
        params: reasonParams,
      },
    },
    async (request, reply) => {
      await deleteReason(ctx, request.actor, request.params.relaisId, request.params.reasonId);
      return reply.status(204).send();
    },
  );

  app.get(
    `${base}/permanences`,
    {
      schema: {
        tags,
        summary: 'Permanences de rendez-vous (les archivées comprises)',
        params: relaisParams,
        response: { 200: z.object({ permanences: z.array(permanenceSchema) }) },
      },
    },
    async (request) => ({ permanences: await listPermanences(ctx, request.actor, request.params.relaisId) }),
  );

  app.post(
    `${base}/permanences`,
    {
      schema: {
        tags,
        summary: 'Ajouter une permanence (jour, horaires, lieu ou mode, motifs)',
        params: relaisParams,
        body: permanenceInput,
        response: { 201: permanenceSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createPermanence(ctx, request.actor, request.params.relaisId, request.body)),
  );

  app.put(
    `${base}/permanences/:permanenceId`,
    {
      schema: {
        tags,
        summary: 'Modifier une permanence (les rendez-vous déjà pris ne bougent pas)',
        params: permanenceParams,
        body: permanenceInput,
        response: { 200: permanenceSchema },
      },
    },
    async (request) =>
      updatePermanence(ctx, request.actor, request.params.relaisId, request.params.permanenceId, request.body),
  );

  app.post(
    `${base}/permanences/:permanenceId/archive`,
    {
      schema: {
        tags,
        summary: 'Archiver une permanence (plus de créneaux ; ses rendez-vous restent)',
        params: permanenceParams,
        response: { 200: permanenceSchema },
      },
    },
    async (request) => archivePermanence(ctx, request.actor, request.params.relaisId, request.params.permanenceId),
  );

  app.post(
    `${base}/permanences/:permanenceId/restore`,
    {
      schema: {
        tags,
        summary: 'Rétablir une permanence archivée',
        params: permanenceParams,
        response: { 200: permanenceSchema },
      },
    },
    async (request) => restorePermanence(ctx, request.actor, request.params.relaisId, request.params.permanenceId),
  );

  app.delete(
    `${base}/permanences/:permanenceId`,
    {
      schema: {
        tags,
        summary: 'Supprimer une permanence qui n’a jamais servi (sinon 409 : l’archiver)',
        params: permanenceParams,
      },
    },
    async (request, reply) => {
      await deletePermanence(ctx, request.actor, request.params.relaisId, request.params.permanenceId);
      return reply.status(204).send();
    },
  );

  app.post(
    `${base}/permanences/:permanenceId/closures`,
    {
      schema: {
        tags,
        summary: 'Fermer une permanence un jour donné (congé, formation…)',
        params: permanenceParams,
        body: closureInput,
        response: { 201: closureCreatedSchema },
      },
    },
    async (request, reply) =>
      reply
        .status(201)
        .send(await addClosure(ctx, request.actor, request.params.relaisId, request.params.permanenceId, request.body)),
  );

  app.delete(
    `${base}/permanences/:permanenceId/closures/:closureId`,
    { schema: { tags, summary: 'Rouvrir un jour fermé', params: closureParams } },
    async (request, reply) => {
      const { relaisId, permanenceId, closureId } = request.params;
      await removeClosure(ctx, request.actor, relaisId, permanenceId, closureId);
      return reply.status(204).send();
    },
  );

  app.get(
    `${base}/appointment-animators`,
    {
      schema: {
        tags,
        summary: 'Membres de l’équipe qui peuvent tenir une permanence',
        params: relaisParams,
        response: { 200: animatorsSchema },
      },
    },
    async (request) => ({ animators: await listAnimators(ctx, request.actor, request.params.relaisId) }),
  );

  // -------------------------------------------------------------------------------------------
  // Staff: agenda, booking by phone, statuses, waiting list.

  app.get(
    `${base}/appointment-slots`,
    {
      schema: {
        tags,
        summary: 'Créneaux libres d’un motif pour réserver pour quelqu’un (sans délai minimal)',
        params: relaisParams,
        querystring: slotsQuery,
        response: { 200: staffSlotsSchema },
      },
    },
    async (request) => staffFreeSlots(ctx, request.actor, request.params.relaisId, request.query),
  );

  app.get(
    `${base}/appointments`,
    {
      schema: {
        tags,
        summary: 'Agenda des rendez-vous d’une période (31 jours au plus), par animateur·rice ou lieu',
        params: relaisParams,
        querystring: agendaQuery,
        response: { 200: agendaSchema },
      },
    },
    async (request) => listAgenda(ctx, request.actor, request.params.relaisId, request.query),
  );

  app.post(
    `${base}/appointments`,
    {
      schema: {
        tags,
        summary: 'Réserver pour quelqu’un (au téléphone)',
        params: relaisParams,
        body: staffBookingInput,
        response: { 201: appointmentSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await bookForSomeone(ctx, request.actor, request.params.relaisId, request.body)),
  );

  app.get(
    `${base}/appointments/:appointmentId`,
    {
      schema: {
        tags,
        summary: 'Un rendez-vous et son historique',
        params: appointmentParams,
        response: { 200: appointmentDetailSchema },
      },
    },
    async (request) => getAppointment(ctx, request.actor, request.params.relaisId, request.params.appointmentId),
  );

  app.post(
    `${base}/appointments/:appointmentId/status`,
    {
      schema: {
        tags,
        summary: 'Marquer honoré (compté comme un contact), non honoré ou annulé (la personne est prévenue)',
        params: appointmentParams,
        body: statusInput,
        response: { 200: appointmentSchema },
      },
    },
    async (request) =>
      setAppointmentStatus(ctx, request.actor, request.params.relaisId, request.params.appointmentId, request.body),
  );

  app.get(
    `${base}/appointment-waitlist`,
    {
      schema: {
        tags,
        summary: 'Liste d’attente en cours',
        params: relaisParams,
        response: { 200: z.object({ entries: z.array(waitlistEntrySchema) }) },
      },
    },
    async (request) => ({ entries: await listWaitlist(ctx, request.actor, request.params.relaisId) }),
  );

  // -------------------------------------------------------------------------------------------
  // Calendar feed of the signed-in staff member.

  app.get(
    '/api/me/calendar-feed',
    {
      schema: {
        tags,
        summary: 'Mon agenda dans mon téléphone : un abonnement est-il actif ?',
        response: { 200: feedStateSchema },
      },
    },
    async (request) => feedState(ctx, request.actor),
  );

  app.post(
    '/api/me/calendar-feed',
    {
      schema: {
        tags,
        summary: 'Créer (ou remplacer) l’adresse secrète de mon agenda iCalendar ; l’ancienne cesse de fonctionner',
        response: { 201: feedSchema },
      },
    },
    async (request, reply) => reply.status(201).send(await regenerateFeed(ctx, request.actor)),
  );

  app.delete(
    '/api/me/calendar-feed',
    { schema: { tags, summary: 'Désactiver l’adresse de mon agenda iCalendar' } },
    async (request, reply) => {
      await revokeFeed(ctx, request.actor);
      return reply.status(204).send();
    },
  );

  app.get(
    '/api/calendar/:token.ics',
    {
      config: readLimit,
      schema: {
        tags,
        summary: 'Agenda iCalendar (RFC 5545) d’un·e animateur·rice, par son adresse secrète',
        params: calendarParams,
      },
    },
    async (request, reply) => {
      const ics = await calendarFeedIcs(ctx, request.params.token);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', 'attachment; filename="rendez-vous-relais.ics"')
        .header('cache-control', 'private, max-age=300')
        .send(ics);
    },
  );
};
