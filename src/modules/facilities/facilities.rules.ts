/** Collective care and other family services of the territory (for the register and the guide). */
export const CARE_KINDS = ['eaje', 'micro_creche', 'creche_other'] as const;
export const SERVICE_KINDS = ['pmi', 'laep', 'library', 'toy_library', 'other_service'] as const;
export const FACILITY_KINDS = [...CARE_KINDS, ...SERVICE_KINDS] as const;
export type FacilityKind = (typeof FACILITY_KINDS)[number];

export const FACILITY_KIND_LABELS: Record<FacilityKind, string> = {
  eaje: 'EAJE public (multi-accueil, crèche)',
  micro_creche: 'Micro-crèche',
  creche_other: 'Autre crèche (associative, parentale, d’entreprise)',
  pmi: 'Protection maternelle et infantile (PMI)',
  laep: 'Lieu d’accueil enfants-parents (LAEP)',
  library: 'Médiathèque',
  toy_library: 'Ludothèque',
  other_service: 'Autre service aux familles',
};

export const FUNDINGS = ['psu', 'paje'] as const;
export type Funding = (typeof FUNDINGS)[number];
export const FUNDING_LABELS: Record<Funding, string> = {
  psu: 'PSU (prestation de service unique)',
  paje: 'PAJE (complément mode de garde)',
};

export function isCareKind(kind: FacilityKind): boolean {
  return (CARE_KINDS as readonly string[]).includes(kind);
}

export interface FacilityFacts {
  kind: FacilityKind;
  places: number | null;
  funding: Funding | null;
  openedOn: string | null;
  closedOn: string | null;
}

/** What is incoherent in a facility, field by field. */
export function facilityProblems(f: FacilityFacts, today: string): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (isCareKind(f.kind)) {
    if (f.places === null) problems.push({ field: 'places', message: 'Indiquez le nombre de places d’accueil.' });
    if (f.funding === null)
      problems.push({ field: 'funding', message: 'Indiquez le mode de financement (PSU ou PAJE).' });
  } else {
    if (f.places !== null)
      problems.push({ field: 'places', message: 'Un service aux familles n’a pas de places d’accueil.' });
    if (f.funding !== null)
      problems.push({ field: 'funding', message: 'Le financement ne concerne que les modes d’accueil.' });
  }
  return [...problems, ...openingProblems(f.openedOn, f.closedOn, today)];
}

/** Opening and closing dates of a facility or a MAM: a closing is recorded once it happened. */
export function openingProblems(
  openedOn: string | null,
  closedOn: string | null,
  today: string,
): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = [];
  if (openedOn && closedOn && closedOn < openedOn) {
    problems.push({ field: 'closedOn', message: 'La fermeture ne peut précéder l’ouverture.' });
  }
  if (closedOn && closedOn > today) {
    problems.push({ field: 'closedOn', message: 'La date de fermeture ne peut pas être dans le futur.' });
  }
  return problems;
}

/** A MAM is visited by its referent animator every two years. */
export function houseVisitDue(lastVisitOn: string | null, today: string): boolean {
  if (!lastVisitOn) return true;
  const [y, m, d] = lastVisitOn.split('-');
  return `${Number(y) + 2}-${m}-${d}` <= today;
}
