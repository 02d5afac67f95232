import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fieldChanges } from '../childminders/childminders.usecases.js';
import type { GridRow } from './pmi-import.parse.js';
import {
  approvalKey,
  buildPlan,
  communeKey,
  guessMapping,
  missingFields,
  readAges,
  readDate,
  readEmail,
  readInseeCode,
  readPhone,
  readPlaces,
  readPostcode,
  tableOf,
  textOf,
  tidyFirstName,
  type Mapping,
  type Plan,
  type PlanInput,
  type RegisterEntry,
} from './pmi-import.rules.js';

describe('the columns of the file', () => {
  it('recognises the usual headers of PMI lists, whatever their case, accents and punctuation', () => {
    const mapping = guessMapping([
      'NUMERO AGREMENT',
      'NOM DE NAISSANCE',
      'PRENOM',
      'NE(E) LE',
      'ADRESSE',
      'CP',
      'VILLE',
      'TEL',
      'MAIL',
      'DATE 1ER AGREMENT',
      'DATE ECHEANCE',
      'CAPACITE',
      'TRANCHE D AGE',
      'DEROGATIONS',
      'LIEU D EXERCICE',
    ]);
    expect(mapping).toEqual({
      approvalNumber: 'NUMERO AGREMENT',
      lastName: 'NOM DE NAISSANCE',
      firstName: 'PRENOM',
      birthDate: 'NE(E) LE',
      address: 'ADRESSE',
      postcode: 'CP',
      communeName: 'VILLE',
      inseeCode: null,
      phone: 'TEL',
      email: 'MAIL',
      approvalDate: 'DATE 1ER AGREMENT',
      approvalRenewalDate: 'DATE ECHEANCE',
      approvalPlaces: 'CAPACITE',
      childrenAges: 'TRANCHE D AGE',
      derogations: 'DEROGATIONS',
      mam: 'LIEU D EXERCICE',
    });
    expect(missingFields(mapping)).toEqual([]);
  });

  it('tells an e-mail address from a postal one, a MAM name from a name, a commune code from its name', () => {
    expect(
      guessMapping([
        'Adresse e-mail',
        'Adresse postale',
        'Nom de la MAM',
        'Nom',
        'Code commune',
        'Commune',
        'Nombre d’enfants agréés',
      ]),
    ).toMatchObject({
      email: 'Adresse e-mail',
      address: 'Adresse postale',
      postcode: null,
      mam: 'Nom de la MAM',
      lastName: 'Nom',
      inseeCode: 'Code commune',
      communeName: 'Commune',
      approvalPlaces: 'Nombre d’enfants agréés',
    });
  });

  it('lists the required columns that are missing; the commune may come by name or by INSEE code', () => {
    const none = guessMapping(['Colonne inutile']);
    expect(missingFields(none)).toEqual(['approvalNumber', 'lastName', 'firstName', 'approvalPlaces', 'communeName']);
    expect(
      missingFields({
        ...none,
        approvalNumber: 'a',
        lastName: 'b',
        firstName: 'c',
        approvalPlaces: 'd',
        inseeCode: 'e',
      }),
    ).toEqual([]);
  });

  it('finds the header row under a title, names blank headers after their column and numbers duplicates', () => {
    const grid: GridRow[] = [
      { row: 1, cells: ['Liste des agréments au 1er mars'] },
      { row: 3, cells: ['N° agrément', 'Nom', null, 'Date', 'Date'] },
      { row: 4, cells: ['AG-1', 'DUPONT', 'x', '2020-01-01', '2030-01-01'] },
      { row: 5, cells: [null, '  ', null] },
    ];
    expect(tableOf(grid)).toEqual({
      headerRow: 3,
      headers: ['N° agrément', 'Nom', 'Colonne C', 'Date', 'Date (2)'],
      rows: [grid[2]],
    });
    expect(tableOf([])).toEqual({ headerRow: 1, headers: [], rows: [] });
    // A title that names two fields does not beat the real headers.
    const titled = tableOf([
      { row: 1, cells: ['Nom du relais', 'Commune de Nesmy'] },
      { row: 2, cells: ['Nom', 'Commune', 'N° agrément', 'Places'] },
    ]);
    expect(titled.headerRow).toBe(2);
  });

  it('does not take the birthplace for the commune nor for the birth date', () => {
    expect(guessMapping(['Commune de naissance', 'Date de naissance', 'Commune'])).toMatchObject({
      birthDate: 'Date de naissance',
      communeName: 'Commune',
    });
  });
});

describe('reading cells', () => {
  it('reads dates from Excel, JJ/MM/AAAA and AAAA-MM-JJ, and refuses impossible or ambiguous ones', () => {
    expect(readDate(new Date(Date.UTC(1980, 3, 2)))).toEqual({ value: '1980-04-02' });
    // Excel's floating point: a few milliseconds before midnight is still the same day.
    expect(readDate(new Date(Date.UTC(1980, 3, 2) - 3))).toEqual({ value: '1980-04-02' });
    expect(readDate(45000)).toEqual({ value: '2023-03-15' });
    expect(readDate('2/4/1980')).toEqual({ value: '1980-04-02' });
    expect(readDate('02.04.1980')).toEqual({ value: '1980-04-02' });
    expect(readDate('02/04/1980 00:00:00')).toEqual({ value: '1980-04-02' });
    expect(readDate('1980-04-02')).toEqual({ value: '1980-04-02' });
    expect(readDate('1980-04-02T00:00:00.000Z')).toEqual({ value: '1980-04-02' });
    expect(readDate('')).toBeNull();
    expect(readDate(null)).toBeNull();
    for (const junk of ['31/02/2020', '29/02/2023', '02/04/80', '1980/13/01', 'avril 1980', '00/01/2000', 12.5]) {
      expect(readDate(junk), String(junk)).toHaveProperty('problem');
    }
    expect(readDate('29/02/2024')).toEqual({ value: '2024-02-29' });
  });

  it('reads places as a whole number; the range is the register’s rule', () => {
    expect(readPlaces(4)).toEqual({ value: 4 });
    expect(readPlaces('4')).toEqual({ value: 4 });
    expect(readPlaces('4 places')).toEqual({ value: 4 });
    expect(readPlaces('3,0')).toEqual({ value: 3 });
    expect(readPlaces('6')).toEqual({ value: 6 });
    expect(readPlaces(' ')).toBeNull();
    expect(readPlaces(2.5)).toHaveProperty('problem');
    expect(readPlaces('quatre')).toHaveProperty('problem');
  });

  it('reads the ages of the children as a range in months', () => {
    expect(readAges('0-6 ans')).toEqual({ value: { min: 0, max: 72 } });
    expect(readAges('de 3 mois à 3 ans')).toEqual({ value: { min: 3, max: 36 } });
    expect(readAges('0 à 18 mois')).toEqual({ value: { min: 0, max: 18 } });
    expect(readAges('2,5 à 6 ans')).toEqual({ value: { min: 30, max: 72 } });
    expect(readAges('Moins de 3 ans')).toEqual({ value: { min: 0, max: 36 } });
    expect(readAges('à partir de 2 ans')).toEqual({ value: { min: 24, max: null } });
    expect(readAges('Tout âge')).toEqual({ value: { min: null, max: null } });
    expect(readAges('')).toBeNull();
    for (const junk of ['3 ans', 'petits', '0-3 ans / 3-6 ans', '0-30 ans'])
      expect(readAges(junk)).toHaveProperty('problem');
  });

  it('tidies phone numbers, e-mails, postcodes and INSEE codes, putting back the zero Excel dropped', () => {
    expect(readPhone(612345678)).toEqual({ value: '06 12 34 56 78' });
    expect(readPhone('06.12.34.56.78')).toEqual({ value: '06 12 34 56 78' });
    expect(readPhone('+33 6 12 34 56 78')).toEqual({ value: '+33 6 12 34 56 78' });
    expect(readPhone('0'.repeat(31))).toHaveProperty('problem');
    expect(readEmail('Marie.Dupont@Exemple.TEST')).toEqual({ value: 'marie.dupont@exemple.test' });
    expect(readEmail('mailto:a@b.test')).toEqual({ value: 'a@b.test' });
    expect(readEmail('marie.dupont@')).toHaveProperty('problem');
    expect(readPostcode(1000)).toEqual({ value: '01000' });
    expect(readPostcode('85 000')).toEqual({ value: '85000' });
    expect(readPostcode('8500')).toHaveProperty('problem');
    expect(readInseeCode(1001)).toEqual({ value: '01001' });
    expect(readInseeCode('2a004')).toEqual({ value: '2A004' });
    expect(readInseeCode('750561')).toHaveProperty('problem');
  });

  it('treats "néant", "NC" and punctuation as empty, and removes control characters', () => {
    expect(textOf('Néant')).toBeNull();
    expect(textOf('NC')).toBeNull();
    expect(textOf(' - ')).toBeNull();
    expect(textOf('Inconnue')).toBe('Inconnue');
    expect(textOf('Marie\u0000 \t Claire')).toBe('Marie Claire');
  });

  it('compares names of communes, first names and agrément numbers loosely', () => {
    expect(communeKey('ROCHE SUR YON (LA)')).toBe(communeKey('La Roche-sur-Yon'));
    expect(communeKey('ST GILLES CROIX DE VIE')).toBe(communeKey('Saint-Gilles-Croix-de-Vie'));
    expect(communeKey('Sables-d’Olonne (Les)')).toBe(communeKey('Les Sables-d’Olonne'));
    expect(tidyFirstName('MARIE-CLAIRE')).toBe('Marie-Claire');
    expect(tidyFirstName('ÉLODIE')).toBe('Élodie');
    expect(tidyFirstName('Anne-Sophie')).toBe('Anne-Sophie');
    expect(approvalKey(' ag-2015 / 001 ')).toBe(approvalKey('AG2015001'));
  });
});

// ---------------------------------------------------------------------------------------------

const HEADERS = ['N° agrément', 'Nom', 'Prénom', 'Commune', 'Places', 'Date d’agrément', 'Date de naissance'];
const MAPPING: Mapping = guessMapping(HEADERS);
const COMMUNES = [
  { inseeCode: '85191', name: 'La Roche-sur-Yon', postcodes: ['85000'] },
  { inseeCode: '85003', name: 'Aizenay', postcodes: ['85190'] },
];
const TODAY = '2026-03-02';

function planOf(rows: GridRow[], register: RegisterEntry[], headers: string[] = HEADERS): Plan {
  const input: PlanInput = {
    table: { headerRow: 1, headers, rows },
    mapping: headers === HEADERS ? MAPPING : guessMapping(headers),
    register,
    communes: COMMUNES,
    houses: [],
    reference: { nameOfCode: () => undefined, existsNamed: (name) => name === 'Paris' },
    today: TODAY,
    changes: fieldChanges,
  };
  return buildPlan(input);
}

/** What applying a plan does to the register, in memory. */
function applied(register: RegisterEntry[], plan: Plan): RegisterEntry[] {
  const next = new Map(register.map((c) => [c.id, { ...c }]));
  for (const r of [...plan.update, ...plan.reactivate]) {
    next.set(r.childminderId, { ...next.get(r.childminderId)!, ...r.input, status: 'active', statusSince: TODAY });
  }
  plan.create.forEach((r, i) => {
    next.set(`new-${register.length}-${i}`, {
      ...r.input,
      lastName: r.input.lastName.toUpperCase(),
      id: `new-${register.length}-${i}`,
      communeName: r.communeName,
      childminderHouseName: null,
      status: 'active',
      statusSince: TODAY,
      archiveReasonLabel: null,
    });
  });
  return [...next.values()];
}

const cellArbitrary = {
  number: fc.constantFrom('AG-1', 'ag 1', 'AG-2', 'AG-3', 'AG-4', '', 'AG-5'),
  lastName: fc.constantFrom('DUPONT', 'Dupont', 'MARTIN', ''),
  firstName: fc.constantFrom('Marie', 'MARIE', 'Julie', ''),
  commune: fc.constantFrom('La Roche-sur-Yon', 'ROCHE SUR YON (LA)', 'Aizenay', 'Paris', 'Atlantide', ''),
  places: fc.constantFrom<string | number>(1, 2, 3, 4, 6, 0, '4 places', 'beaucoup', ''),
  approvalDate: fc.constantFrom<string | Date>('01/09/2015', new Date(Date.UTC(2019, 0, 1)), '2027-01-01', 'hier', ''),
  birthDate: fc.constantFrom('1970-01-01', '2015-01-01', '1900-01-01', ''),
};

const rowsArbitrary = fc.array(fc.record(cellArbitrary), { maxLength: 12 }).map((lines) =>
  lines.map((l, i) => ({
    row: i + 2,
    cells: [l.number, l.lastName, l.firstName, l.commune, l.places, l.approvalDate, l.birthDate],
  })),
);

describe('the plan', () => {
  it('puts every row in exactly one outcome, and a second import of the same file changes nothing', () => {
    fc.assert(
      fc.property(rowsArbitrary, (rows) => {
        const first = planOf(rows, []);
        const outcomes = first.create.length + first.update.length + first.unchanged.length + first.rejected.length;
        expect(outcomes).toBe(rows.length);
        expect(first.counts.rows).toBe(rows.length);
        for (const r of first.rejected) expect(r.reasons.length).toBeGreaterThan(0);

        const register = applied([], first);
        const second = planOf(rows, register);
        expect(second.create).toEqual([]);
        expect(second.update).toEqual([]);
        expect(second.reactivate).toEqual([]);
        expect(second.archive).toEqual([]);
        expect(second.unchanged.length).toBe(first.create.length);
        expect(second.rejected.map((r) => r.row)).toEqual(first.rejected.map((r) => r.row));
      }),
      { numRuns: 300 },
    );
  });

  it('names at most ten other rows of a repeated number (a wrong column repeats a value thousands of times)', () => {
    const rows = Array.from({ length: 30 }, (_, i) => ({
      row: i + 2,
      cells: ['AG-1', 'DUPONT', 'Marie', 'Aizenay', 2, '2015-01-01', ''],
    }));
    const plan = planOf(rows, []);
    expect(plan.rejected).toHaveLength(30);
    expect(plan.rejected[0]?.reasons[0]?.message).toBe(
      'Numéro d’agrément présent plusieurs fois dans le fichier (lignes 2, 3, 4, 5, 6, 7, 8, 9, 10, 11 et 20 autres).',
    );
  });

  it('refuses what is impossible with the register’s rules, giving every reason of a row at once', () => {
    const plan = planOf(
      [
        { row: 2, cells: ['AG-1', 'DUPONT', 'Marie', 'Paris', 6, '2027-01-01', '2015-01-01'] },
        { row: 3, cells: ['AG-2', '', 'Marie', 'Atlantide', 'beaucoup', 'hier', ''] },
      ],
      [],
    );
    expect(plan.rejected.map((r) => [r.row, r.reasons.map((x) => `${x.field}: ${x.message}`)])).toEqual([
      [
        2,
        [
          'communeName: La commune « Paris » ne fait pas partie du territoire du relais.',
          'approvalPlaces: Un agrément couvre de 1 à 4 places.',
          'approvalDate: La date d’agrément ne peut pas être dans le futur.',
          'birthDate: Un·e assistant·e maternel·le est majeur·e : date de naissance à vérifier.',
        ],
      ],
      [
        3,
        [
          'approvalDate: Date d’agrément illisible : « hier » n’est pas une date (attendu JJ/MM/AAAA).',
          'approvalPlaces: Nombre de places illisible : « beaucoup » n’est pas un nombre de places.',
          'communeName: Commune inconnue : « Atlantide » (vérifiez l’orthographe, ou indiquez le code INSEE).',
          'lastName: Nom manquant.',
        ],
      ],
    ]);
  });

  it('changes only what the PMI owns: an empty cell erases nothing, her phone and choices stay hers', () => {
    const marie: RegisterEntry = {
      id: 'marie',
      firstName: 'Marie',
      lastName: 'DUPONT',
      birthDate: '1970-01-01',
      email: 'marie@exemple.test',
      phone: '06 00 00 00 01',
      address: '3 rue des Lilas',
      postcode: '85000',
      inseeCode: '85191',
      communeName: 'La Roche-sur-Yon',
      approvalNumber: 'AG-1',
      approvalDate: '2015-01-01',
      approvalRenewalDate: null,
      approvalPlaces: 4,
      approvalMinAgeMonths: null,
      approvalMaxAgeMonths: null,
      derogations: 'Un enfant de plus le mercredi',
      reducedPlaces: 3,
      reducedUntil: '2026-12-31',
      atypicalHours: true,
      emergencyCare: true,
      disabilityCare: false,
      practice: 'home',
      childminderHouseId: null,
      childminderHouseName: null,
      monenfantRegistered: true,
      acceptsTrainees: true,
      contactPreference: 'sms',
      publishAddress: true,
      publishPhone: true,
      status: 'active',
      statusSince: '2015-01-01',
      archiveReasonLabel: null,
    };
    const headers = [
      'N° agrément',
      'Nom',
      'Prénom',
      'Commune',
      'Places',
      'Date de naissance',
      'Téléphone',
      'Dérogation',
    ];
    const plan = planOf(
      [{ row: 2, cells: ['AG-1', 'Dupont', 'MARIE', 'La Roche-sur-Yon', 4, '', '02 51 00 00 00', ''] }],
      [marie],
      headers,
    );
    // Only the derogation goes: the PMI lists none.
    expect(plan.update.map((r) => r.changes)).toEqual([
      [{ column: 'derogations', label: 'dérogations', before: 'Un enfant de plus le mercredi', after: null }],
    ]);
    expect(plan.update[0]?.input).toEqual({
      ...Object.fromEntries(Object.entries(marie).filter(([k]) => k in plan.update[0]!.input)),
      derogations: '',
    });

    // Her temporary reduction to 3 places cannot outlive an agrément brought down to 3.
    const reduced = planOf([{ row: 2, cells: ['AG-1', 'DUPONT', 'Marie', 'La Roche-sur-Yon', 3] }], [marie], headers);
    expect(reduced.rejected[0]?.reasons).toEqual([
      {
        field: 'approvalPlaces',
        column: 'Places',
        message:
          'Le registre indique une réduction temporaire à 3 place(s) : Une réduction temporaire doit laisser moins de places que l’agrément.',
      },
    ]);
  });
});
