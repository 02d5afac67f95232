import type { AppPlugin } from '../../app/context.js';
import { relaisParams } from '../relais/relais.schemas.js';
import { supplyQuery, supplyReportSchema } from './supply-report.schemas.js';
import { supplyReportCsv } from './supply-report.csv.js';
import { getSupplyReport } from './supply-report.usecases.js';

export const supplyReportRoutes: AppPlugin = async (app, ctx) => {
  app.get(
    '/api/relais/:relaisId/reports/supply',
    {
      schema: {
        tags: ['observatoire'],
        summary: 'Offre d’accueil au 31 décembre d’une année, pour le territoire et chaque commune',
        description:
          'Assistant·es maternel·les en activité et leurs places, MAM, places d’accueil collectif par financement, arrivées et départs de l’année, AM de 55 ans et plus. Par défaut : la dernière année complète.',
        params: relaisParams,
        querystring: supplyQuery,
        response: { 200: supplyReportSchema },
      },
    },
    async (request) =>
      getSupplyReport(
        ctx,
        request.actor,
        request.params.relaisId,
        request.query.year === undefined ? undefined : Number(request.query.year),
      ),
  );

  app.get(
    '/api/relais/:relaisId/reports/supply.csv',
    {
      schema: {
        tags: ['observatoire'],
        summary: 'Le même rapport en fichier CSV (tableur)',
        params: relaisParams,
        querystring: supplyQuery,
      },
    },
    async (request, reply) => {
      const report = await getSupplyReport(
        ctx,
        request.actor,
        request.params.relaisId,
        request.query.year === undefined ? undefined : Number(request.query.year),
      );
      return reply
        .type('text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="offre-d-accueil-${report.year}.csv"`)
        .send(supplyReportCsv(report));
    },
  );
};
