import { queryOptions } from '@tanstack/react-query';
import { childminderKeys } from './childminders.js';
import { api, unwrap } from './client.js';
import { keys } from './gestion.js';
import type { paths } from './schema.js';

type Json<T> = T extends { content: { 'application/json': infer C } } ? C : never;
type Body<T> = T extends { content: { 'application/json': infer C } } ? C : never;

type FacilitiesPath = paths['/api/relais/{relaisId}/facilities'];
type HousesPath = paths['/api/relais/{relaisId}/childminder-houses'];

export type Facility = Json<FacilitiesPath['get']['responses'][200]>['facilities'][number];
export type FacilityInput = Body<FacilitiesPath['post']['requestBody']>;
export type FacilityKind = FacilityInput['kind'];
export type Funding = NonNullable<FacilityInput['funding']>;
export type HouseInput = Body<HousesPath['post']['requestBody']>;
export type SupplyReport = Json<paths['/api/relais/{relaisId}/reports/supply']['get']['responses'][200]>;
export type SupplyFigures = SupplyReport['territory'];
export type { ChildminderHouse } from './childminders.js';

/** The pure rules of the facilities, shared with the server (kinds, labels, coherence checks). */
export {
  CARE_KINDS,
  FACILITY_KIND_LABELS,
  facilityProblems,
  FUNDING_LABELS,
  isCareKind,
  openingProblems,
  SERVICE_KINDS,
} from '../../../src/modules/facilities/facilities.rules.js';
/** Reports cover the years from this one to the current one (checked again by the server). */
export { lastCompleteYear, MIN_REPORT_YEAR } from '../../../src/modules/supply-report/supply-report.rules.js';

export const facilityKeys = {
  all: (relaisId: string) => [...keys.relais(relaisId), 'facilities'] as const,
  supply: (relaisId: string) => [...keys.relais(relaisId), 'reports', 'supply'] as const,
};

export const facilitiesQuery = (relaisId: string, includeClosed: boolean) =>
  queryOptions({
    queryKey: [...facilityKeys.all(relaisId), { includeClosed }],
    queryFn: async () =>
      (
        await unwrap(
          api.GET('/api/relais/{relaisId}/facilities', {
            params: { path: { relaisId }, query: { includeClosed: includeClosed ? 'true' : 'false' } },
          }),
        )
      ).facilities,
  });

/** The MAM of the relais, open and closed (the same query as the childminder form's). */
export { childminderHousesQuery as housesQuery } from './childminders.js';

/** What a saved MAM or facility makes stale: the lists, the childminder form's MAM, the report. */
export function staleAfterSave(relaisId: string): (readonly unknown[])[] {
  return [facilityKeys.all(relaisId), childminderKeys.houses(relaisId), facilityKeys.supply(relaisId), ['public']];
}

/** The report of a year as a CSV file (a plain link: the browser downloads it with the session cookie). */
export const supplyReportCsvHref = (relaisId: string, year: number) =>
  `/api/relais/${encodeURIComponent(relaisId)}/reports/supply.csv?year=${year}`;

export const supplyReportQuery = (relaisId: string, year: number) =>
  queryOptions({
    queryKey: [...facilityKeys.supply(relaisId), year],
    queryFn: () =>
      unwrap(
        api.GET('/api/relais/{relaisId}/reports/supply', {
          params: { path: { relaisId }, query: { year: String(year) } },
        }),
      ),
  });
