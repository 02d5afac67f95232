/**
 * French communes and EPCI from @etalab/decoupage-administratif (official INSEE geography with
 * municipal populations). Loaded once, on first use.
 */
import { createRequire } from 'node:module';

export interface CommuneReference {
  inseeCode: string;
  name: string;
  departement: string;
  population: number | null;
  postcodes: string[];
}

interface RawCommune {
  code: string;
  nom: string;
  type: string;
  departement?: string;
  population?: number;
  codesPostaux?: string[];
}

interface RawEpci {
  code: string;
  nom: string;
  membres: { code: string; nom: string }[];
}

const require = createRequire(import.meta.url);
let byCode: Map<string, CommuneReference> | undefined;

function load(): Map<string, CommuneReference> {
  if (!byCode) {
    const raw = require('@etalab/decoupage-administratif/data/communes.json') as RawCommune[];
    byCode = new Map(
      raw
        .filter((c) => c.type === 'commune-actuelle')
        .map((c) => [
          c.code,
          {
            inseeCode: c.code,
            name: c.nom,
            departement: c.departement ?? '',
            population: c.population ?? null,
            postcodes: c.codesPostaux ?? [],
          },
        ]),
    );
  }
  return byCode;
}

export function findCommune(inseeCode: string): CommuneReference | undefined {
  return load().get(inseeCode);
}

export function findEpci(code: string): { code: string; name: string; communeCodes: string[] } | undefined {
  const raw = require('@etalab/decoupage-administratif/data/epci.json') as RawEpci[];
  const epci = raw.find((e) => e.code === code);
  return epci && { code: epci.code, name: epci.nom, communeCodes: epci.membres.map((m) => m.code) };
}
