/**
 * HTTP routes of attendance, practice-analysis groups, statistics and exports of the activities:
 * thin handlers over the use cases (the sessions themselves are in activities.routes.ts).
 */
import type { AppPlugin } from '../../app/context.js';
import { findRelaisSummary } from '../relais/relais.usecases.js';
import { getAttendance, recordAttendance } from './activities.attendance.js';
import { programmeOf } from './activities.exports.js';
import { activityStatisticsWorkbook } from './activities.exports.xlsx.js';
import { publicActivitiesIcs } from './activities.feed.js';
import { createPracticeGroup, listPracticeGroups, updatePracticeGroup } from './activities.groups.js';
import {
  activityParams,
  activityStatisticsSchema,
  attendanceInput,
  attendanceSchema,
  feedQuery,
  groupParams,
  practiceGroupInput,
  practiceGroupListSchema,
  practiceGroupPatch,
  practiceGroupSchema,
  programmeQuery,
  relaisParams,
  slugParams,
  statisticsQuery,
} from './activities.reports.schemas.js';
import { getActivityStatistics } from './activities.statistics.js';

export const activityReportsRoutes: AppPlugin = async (app, ctx) => {
  const tags = ['temps collectifs'];
  const base = '/api/relais/:relaisId';
  const readLimit = { rateLimit: { max: ctx.config.searchRateLimitPerMinute, timeWindow: 60_000 } };

  app.get(
    `${base}/activities/:activityId/attendance`,
    {
      schema: {
        tags,
        summary: 'Présences d’une séance : les personnes attendues et celles relevées',
        description:
          'Attendues : les inscriptions confirmées, ou les membres du groupe d’analyse de la pratique de la séance.',
        params: activityParams,
        response: { 200: attendanceSchema },
      },
    },
    async (request) => getAttendance(ctx, request.actor, request.params.relaisId, request.params.activityId),
  );

  app.put(
    `${base}/activities/:activityId/attendance`,
    {
      schema: {
        tags,
        summary: 'Relever les présences d’une séance (remplace le relevé précédent)',
        description:
          'Personnes inscrites présentes, venues sans inscription (une fiche d’assistant·e maternel·le ou un nom), enfants par tranche d’âge. Refusé pour une séance annulée ou à venir.',
        params: activityParams,
        body: attendanceInput,
        response: { 200: attendanceSchema },
      },
    },
    async (request) =>
      recordAttendance(ctx, request.actor, request.params.relaisId, request.params.activityId, request.body.rows),
  );

  app.get(
    `${base}/practice-groups`,
    {
      schema: {
        tags,
        summary: 'Groupes d’analyse de la pratique, avec leurs membres actuels et passés',
        params: relaisParams,
        response: { 200: practiceGroupListSchema },
      },
    },
    async (request) => listPracticeGroups(ctx, request.actor, request.params.relaisId),
  );

  app.post(
    `${base}/practice-groups`,
    {
      schema: {
        tags,
        summary: 'Créer un groupe d’analyse de la pratique (8 membres au plus)',
        params: relaisParams,
        body: practiceGroupInput,
        response: { 201: practiceGroupSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createPracticeGroup(ctx, request.actor, request.params.relaisId, request.body)),
  );

  app.put(
    `${base}/practice-groups/:groupId`,
    {
      schema: {
        tags,
        summary: 'Modifier un groupe : nom, intervenant·e, membres (les départs restent dans l’historique), archivage',
        params: groupParams,
        body: practiceGroupPatch,
        response: { 200: practiceGroupSchema },
      },
    },
    async (request) =>
      updatePracticeGroup(ctx, request.actor, request.params.relaisId, request.params.groupId, request.body),
  );

  const year = (query: { year?: string }) => (query.year === undefined ? undefined : Number(query.year));

  app.get(
    `${base}/activity-statistics`,
    {
      schema: {
        tags: ['observatoire'],
        summary: 'Statistiques des temps collectifs d’une année (par défaut l’année en cours)',
        description:
          'Séances tenues par type, catégorie et commune ; participations ; assistant·es maternel·les différent·es (toutes séances, séances sans enfants) ; taux de participation des AM en activité ; enfants par tranche d’âge ; parents ; série annuelle.',
        params: relaisParams,
        querystring: statisticsQuery,
        response: { 200: activityStatisticsSchema },
      },
    },
    async (request) => getActivityStatistics(ctx, request.actor, request.params.relaisId, year(request.query)),
  );

  app.get(
    `${base}/activity-statistics.xlsx`,
    {
      schema: {
        tags: ['observatoire'],
        summary: 'Les mêmes statistiques en classeur Excel',
        params: relaisParams,
        querystring: statisticsQuery,
      },
    },
    async (request, reply) => {
      const stats = await getActivityStatistics(ctx, request.actor, request.params.relaisId, year(request.query));
      const relais = await findRelaisSummary(ctx, request.params.relaisId);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="temps-collectifs-${stats.year}.xlsx"`)
        .send(await activityStatisticsWorkbook(stats, relais?.name ?? 'Relais'));
    },
  );

  app.get(
    `${base}/activities/programme.pdf`,
    {
      schema: {
        tags,
        summary: 'Programme imprimable des séances d’une période (PDF)',
        description: 'Par défaut : aujourd’hui et les 90 jours suivants ; une commune au choix.',
        params: relaisParams,
        querystring: programmeQuery,
      },
    },
    async (request, reply) => {
      const { pdf, fileName } = await programmeOf(ctx, request.actor, request.params.relaisId, request.query);
      return reply
        .type('application/pdf')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .send(pdf);
    },
  );

  app.get(
    '/api/public/relais/:slug/activities.ics',
    {
      config: readLimit,
      schema: {
        tags: ['public'],
        summary: 'Agenda iCalendar (RFC 5545) des temps collectifs d’un relais, ou d’une de ses communes',
        params: slugParams,
        querystring: feedQuery,
      },
    },
    async (request, reply) => {
      const { ics, fileName } = await publicActivitiesIcs(ctx, request.params.slug, request.query);
      return reply
        .type('text/calendar; charset=utf-8')
        .header('content-disposition', `attachment; filename="${fileName}"`)
        .header('cache-control', 'public, max-age=900')
        .send(ics);
    },
  );
};
