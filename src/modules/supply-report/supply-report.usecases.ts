import type { Kysely } from 'kysely';
import { parisToday, type Clock } from '../../app/clock.js';
import { InvalidInputError, NotFoundError } from '../../app/errors.js';
import { authorize, type Actor } from '../../app/policy.js';
import type { Database } from '../../db/schema.js';
import { findCommune } from '../relais/communes.reference.js';
import { communeNamesOfRelais, findRelaisSummary } from '../relais/relais.usecases.js';
import { listCareFacts, listChildminderFacts, listHouseFacts, listStatusEvents } from './supply-report.repository.js';
import { computeSupply, lastCompleteYear, yearEnd, yearProblem } from './supply-report.rules.js';
import type { SupplyReport } from './supply-report.schemas.js';

export interface SupplyReportDeps {
  db: Kysely<Database>;
  clock: Clock;
}

/**
 * The supply of care of a relais on 31 December of `year` (default: the last complete year), for
 * the territory and each commune, computed from the history of the files so that a past year
 * shows the past. `actor` 'system' is the command line.
 */
export async function getSupplyReport(
  deps: SupplyReportDeps,
  actor: Actor | undefined | 'system',
  relaisId: string,
  year?: number,
): Promise<SupplyReport> {
  if (actor !== 'system') authorize(actor, 'relais.read', relaisId);
  const today = parisToday(deps.clock);
  const reportYear = year ?? lastCompleteYear(today);
  const problem = yearProblem(reportYear, today);
  if (problem) {
    const detail = `${problem.charAt(0).toLowerCase()}${problem.slice(1)}`;
    throw new InvalidInputError(`Année ${reportYear} invalide (« year ») : ${detail}`, {
      fields: [{ field: 'year', message: problem }],
    });
  }
  const relais = await findRelaisSummary(deps, relaisId);
  if (!relais) throw new NotFoundError("Ce relais n'existe pas.");

  const asOf = yearEnd(reportYear);
  const [names, childminders, events, houses, facilities] = await Promise.all([
    communeNamesOfRelais(deps, relaisId),
    listChildminderFacts(deps.db, relaisId),
    listStatusEvents(deps.db, relaisId, asOf),
    listHouseFacts(deps.db, relaisId),
    listCareFacts(deps.db, relaisId),
  ]);
  const communes = [...names]
    .map(([inseeCode, name]) => ({ inseeCode, name }))
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'));
  const rows = computeSupply(
    { year: reportYear, communes, childminders, events, houses, facilities },
    (code) => findCommune(code)?.name ?? code,
  );
  return { relais, year: reportYear, ...rows };
}
