import { z } from 'zod';
import type { AppPlugin } from '../../app/context.js';
import { relaisParams } from '../relais/relais.schemas.js';
import { findRelaisSummary } from '../relais/relais.usecases.js';
import {
  contactInput,
  contactListSchema,
  contactParams,
  contactSchema,
  contactsQuery,
  familiesQuery,
  familyInput,
  familySchema,
  statisticsQuery,
  statisticsSchema,
  subjectInput,
  subjectParams,
  subjectPatch,
  subjectSchema,
} from './contacts.schemas.js';
import { getContactStatistics } from './contacts.statistics.js';
import {
  addSubject,
  changeSubject,
  createFamily,
  deleteContact,
  listContacts,
  listSubjects,
  recordContact,
  searchFamilies,
  updateContact,
} from './contacts.usecases.js';
import { contactStatisticsWorkbook } from './contacts.xlsx.js';

export const contactsRoutes: AppPlugin = async (app, ctx) => {
  const tags = ['journal des contacts'];
  const base = '/api/relais/:relaisId';

  app.get(
    `${base}/contacts`,
    {
      schema: {
        tags,
        summary: 'Journal des contacts, du plus récent au plus ancien (50 par page)',
        params: relaisParams,
        querystring: contactsQuery,
        response: { 200: contactListSchema },
      },
    },
    async (request) => {
      const { page, ...filters } = request.query;
      return listContacts(ctx, request.actor, request.params.relaisId, filters, page);
    },
  );

  app.post(
    `${base}/contacts`,
    {
      schema: {
        tags,
        summary: 'Enregistrer un contact (tout canal)',
        params: relaisParams,
        body: contactInput,
        response: { 201: contactSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await recordContact(ctx, request.actor, request.params.relaisId, request.body)),
  );

  app.put(
    `${base}/contacts/:contactId`,
    {
      schema: {
        tags,
        summary: 'Corriger un contact',
        params: contactParams,
        body: contactInput,
        response: { 200: contactSchema },
      },
    },
    async (request) =>
      updateContact(ctx, request.actor, request.params.relaisId, request.params.contactId, request.body),
  );

  app.delete(
    `${base}/contacts/:contactId`,
    { schema: { tags, summary: 'Supprimer un contact saisi par erreur', params: contactParams } },
    async (request, reply) => {
      await deleteContact(ctx, request.actor, request.params.relaisId, request.params.contactId);
      return reply.status(204).send();
    },
  );

  app.get(
    `${base}/contact-subjects`,
    {
      schema: {
        tags,
        summary: 'Thèmes du journal des contacts (les archivés compris)',
        params: relaisParams,
        response: { 200: z.object({ subjects: z.array(subjectSchema) }) },
      },
    },
    async (request) => ({ subjects: await listSubjects(ctx, request.actor, request.params.relaisId) }),
  );

  app.post(
    `${base}/contact-subjects`,
    {
      schema: {
        tags,
        summary: 'Ajouter un thème',
        params: relaisParams,
        body: subjectInput,
        response: { 201: subjectSchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await addSubject(ctx, request.actor, request.params.relaisId, request.body.label)),
  );

  app.patch(
    `${base}/contact-subjects/:subjectId`,
    {
      schema: {
        tags,
        summary: 'Renommer, archiver ou rétablir un thème',
        params: subjectParams,
        body: subjectPatch,
        response: { 200: subjectSchema },
      },
    },
    async (request) =>
      changeSubject(ctx, request.actor, request.params.relaisId, request.params.subjectId, request.body),
  );

  app.get(
    `${base}/families`,
    {
      schema: {
        tags,
        summary: 'Rechercher une famille connue (nom, e-mail ou téléphone)',
        params: relaisParams,
        querystring: familiesQuery,
        response: { 200: z.object({ families: z.array(familySchema) }) },
      },
    },
    async (request) => ({
      families: await searchFamilies(ctx, request.actor, request.params.relaisId, request.query.q),
    }),
  );

  app.post(
    `${base}/families`,
    {
      schema: {
        tags,
        summary: 'Enregistrer une famille',
        params: relaisParams,
        body: familyInput,
        response: { 201: familySchema },
      },
    },
    async (request, reply) =>
      reply.status(201).send(await createFamily(ctx, request.actor, request.params.relaisId, request.body)),
  );

  const year = (query: { year?: string }) => (query.year === undefined ? undefined : Number(query.year));

  app.get(
    `${base}/reports/contacts`,
    {
      schema: {
        tags: ['observatoire'],
        summary: 'Statistiques des contacts d’une année (par défaut l’année en cours)',
        description:
          'Par public, thème, canal, commune et mois ; familles et assistant·es maternel·les différent·es ; chiffres du rapport d’activité.',
        params: relaisParams,
        querystring: statisticsQuery,
        response: { 200: statisticsSchema },
      },
    },
    async (request) => getContactStatistics(ctx, request.actor, request.params.relaisId, year(request.query)),
  );

  app.get(
    `${base}/reports/contacts.xlsx`,
    {
      schema: {
        tags: ['observatoire'],
        summary: 'Les mêmes statistiques en classeur Excel',
        params: relaisParams,
        querystring: statisticsQuery,
      },
    },
    async (request, reply) => {
      const stats = await getContactStatistics(ctx, request.actor, request.params.relaisId, year(request.query));
      const relais = await findRelaisSummary(ctx, request.params.relaisId);
      return reply
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .header('content-disposition', `attachment; filename="contacts-${stats.year}.xlsx"`)
        .send(await contactStatisticsWorkbook(stats, relais?.name ?? 'Relais'));
    },
  );
};
