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

function fold(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

/** Communes whose name starts with (then contains) the query, or whose INSEE code or postcode starts with it. */
export function searchCommunes(query: string, limit = 20): CommuneReference[] {
  const q = fold(query);
  if (q.length < 2) return [];
  const starts: CommuneReference[] = [];
  const contains: CommuneReference[] = [];
  for (const c of load().values()) {
    const name = fold(c.name);
    if (name.startsWith(q) || c.inseeCode.startsWith(q) || c.postcodes.some((p) => p.startsWith(q))) starts.push(c);
    else if (name.includes(q)) contains.push(c);
  }
  const byName = (a: CommuneReference, b: CommuneReference) => a.name.localeCompare(b.name, 'fr');
  return [...starts.sort(byName), ...contains.sort(byName)].slice(0, limit);
}
