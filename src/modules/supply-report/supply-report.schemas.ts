import { z } from 'zod';

/** `?year=2024`: four digits; the range (2000 to the current year) is checked by the use case. */
export const yearText = z.string().regex(/^\d{4}$/, { error: 'Année invalide : quatre chiffres, par exemple 2024.' });

export const supplyQuery = z.object({ year: yearText.optional() });

const count = z.number().int().min(0);

export const supplyFiguresSchema = z.object({
  childminders: count.describe('Assistant·es maternel·les en activité au 31 décembre'),
  places: count.describe('Leurs places agréées'),
  childminderHouses: count.describe('MAM ouvertes au 31 décembre'),
  psuPlaces: count.describe('Places d’accueil collectif financées par la PSU (EAJE publics)'),
  pajePlaces: count.describe('Places d’accueil collectif financées par la PAJE (micro-crèches)'),
  arrivals: count.describe('Arrivées de l’année'),
  reactivations: count.describe('Reprises d’activité de l’année'),
  departures: count.describe('Départs (archivages) de l’année'),
  departuresByReason: z.object({
    retirement: count,
    careerChange: count,
    move: count,
    withdrawal: count,
    other: count,
  }),
  over55: count.describe('Assistant·es maternel·les de 55 ans et plus au 31 décembre'),
});

export const supplyReportSchema = z.object({
  relais: z.object({ id: z.string(), slug: z.string(), name: z.string() }),
  year: z.number().int(),
  asOf: z.string(),
  territory: supplyFiguresSchema,
  communes: z.array(
    supplyFiguresSchema.extend({
      inseeCode: z.string(),
      name: z.string(),
      inTerritory: z.boolean(),
    }),
  ),
});

export type SupplyReport = z.infer<typeof supplyReportSchema>;
