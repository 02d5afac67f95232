import ExcelJS from 'exceljs';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeRelais, makeUser } from '../../../tests/support/factories.js';
import { createTestApp, login, type Session, type TestApp } from '../../../tests/support/test-app.js';

let t: TestApp;
let relais: { id: string };
let staff: Session;
let houseId: string;
let base: string;

/** A childminder as the staff would register her by hand (before any import). */
function childminder(overrides: Record<string, unknown>) {
  return {
    firstName: 'Marie',
    lastName: 'Testeau',
    birthDate: '1965-06-15',
    email: '',
    phone: '',
    address: '3 rue des Lilas',
    postcode: '85000',
    inseeCode: '85191',
    approvalNumber: 'AG-001',
    approvalDate: '2015-09-01',
    approvalRenewalDate: '2030-09-01',
    approvalPlaces: 3,
    approvalMinAgeMonths: 0,
    approvalMaxAgeMonths: 72,
    derogations: '',
    reducedPlaces: null,
    reducedUntil: null,
    atypicalHours: true,
    emergencyCare: false,
    disabilityCare: false,
    practice: 'home',
    childminderHouseId: null,
    monenfantRegistered: true,
    acceptsTrainees: false,
    contactPreference: 'sms',
    publishAddress: false,
    publishPhone: true,
    registeredOn: '2020-01-01',
    ...overrides,
  };
}

async function register(body: Record<string, unknown>): Promise<string> {
  const r = await t.app.inject({
    method: 'POST',
    url: `/api/relais/${relais.id}/childminders`,
    payload: body,
    headers: staff.headers,
  });
  expect(r.statusCode, r.body).toBe(201);
  return (r.json() as { id: string }).id;
}

const HEADERS = [
  'N° d’agrément',
  'NOM',
  'Prénom',
  'Date de naissance',
  'Adresse',
  'Code postal',
  'Commune',
  'Code INSEE',
  'Téléphone',
  'E-mail',
  'Date d’agrément',
  'Fin de validité',
  'Nombre de places',
  'Âge des enfants',
  'Dérogation',
  'Exercice en MAM (nom de la MAM)',
];

type Line = (string | number | Date | null)[];

/** The PMI's register, as the tests' workbook holds it (row 2 onwards). */
const LINES: Line[] = [
  // 2: Marie's agrément grows from 3 to 4 places → update
  [
    'AG-001',
    'TESTEAU',
    'MARIE',
    new Date(Date.UTC(1965, 5, 15)),
    '3 RUE DES LILAS',
    85000,
    'LA ROCHE SUR YON',
    null,
    '0600000001',
    'marie@exemple.test',
    '01/09/2015',
    '2030-09-01',
    4,
    '0-6 ans',
    'non',
    '',
  ],
  // 3: Julie, same facts written differently → unchanged
  [
    'ag 002',
    'jeunot',
    'Julie',
    '1990-01-01',
    '',
    '',
    'Aizenay',
    '',
    '',
    '',
    new Date(Date.UTC(2018, 2, 1)),
    '',
    '2 places',
    '',
    '',
    'MAM Les Lutins',
  ],
  // 4: Luce had been archived; she is back → reactivate
  ['AG-004', 'RETOUR', 'Luce', '1970-02-02', '', '', 'La Roche-sur-Yon', '', '', '', '2010-05-05', '', 3, '', '', ''],
  // 5: a new agrément in the MAM → create
  [
    'AG-010',
    'Nouvelle',
    'Sophie',
    '12/12/1988',
    '1 place du Marché',
    '85190',
    '',
    '85003',
    612345678,
    '',
    '2025-11-20',
    '',
    2,
    '3 mois à 3 ans',
    'Accueil de nuit',
    'Les Lutins',
  ],
  // 6: a file without number by the same name exists → create, with a warning
  ['AG-011', 'SANSNUMERO', 'Chloé', '', '', '', 'Aizenay', '', '', '', '2024-01-10', '', 1, '', '', ''],
  // 7: 6 places → rejected
  ['AG-012', 'SIXPLACES', 'Anne', '', '', '', 'Aizenay', '', '', '', '2020-01-01', '', 6, '', '', ''],
  // 8: agrément in the future → rejected
  ['AG-013', 'FUTUR', 'Anne', '', '', '', 'Aizenay', '', '', '', '01/01/2027', '', 2, '', '', ''],
  // 9: a commune outside the territory → rejected
  ['AG-014', 'PARISIENNE', 'Anne', '', '', '', 'Paris', '', '', '', '2020-01-01', '', 2, '', '', ''],
  // 10: an INSEE code that does not exist → rejected
  ['AG-015', 'INCONNUE', 'Anne', '', '', '', '', '99999', '', '', '2020-01-01', '', 2, '', '', ''],
  // 11: no number → rejected
  ['', 'SANSAGREMENT', 'Anne', '', '', '', 'Aizenay', '', '', '', '2020-01-01', '', 2, '', '', ''],
  // 12, 13: the same number twice → both rejected
  ['AG-020', 'DOUBLE', 'Anne', '', '', '', 'Aizenay', '', '', '', '2020-01-01', '', 2, '', '', ''],
  ['AG-020', 'DOUBLE', 'Annie', '', '', '', 'Aizenay', '', '', '', '2020-01-01', '', 2, '', '', ''],
  // 14: a child's birth date, and an unreadable date of agrément → rejected with both reasons
  ['AG-021', 'MINEURE', 'Anne', '2015-01-01', '', '', 'Aizenay', '', '', '', '31/02/2020', '', 2, '', '', ''],
  // 15: an empty row (ignored), 16: a MAM the relais does not know → rejected
  [],
  ['AG-022', 'MAMINCONNUE', 'Anne', '', '', '', 'Aizenay', '', '', '', '2020-01-01', '', 2, '', '', 'Les Diablotins'],
];

async function workbook(lines: Line[] = LINES, headers: string[] = HEADERS): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const sheet = wb.addWorksheet('Agréments');
  sheet.addRow(headers);
  for (const line of lines) sheet.addRow(line);
  return Buffer.from(await wb.xlsx.writeBuffer()).toString('base64');
}

async function preview(payload: Record<string, unknown>, session: Session = staff) {
  return t.app.inject({
    method: 'POST',
    url: `${base}/preview`,
    payload,
    headers: session.headers,
  });
}

async function apply(payload: Record<string, unknown>, session: Session = staff) {
  return t.app.inject({ method: 'POST', url: `${base}/apply`, payload, headers: session.headers });
}

async function registerState() {
  return t.db
    .selectFrom('childminder')
    .selectAll()
    .where('relais_id', '=', relais.id)
    .orderBy('id')
    .execute()
    .then((rows) => rows.map((r) => JSON.stringify(r)));
}

async function eventsState() {
  return t.db
    .selectFrom('childminder_event')
    .selectAll()
    .orderBy('id')
    .execute()
    .then((rows) => rows.map((r) => JSON.stringify(r)));
}

let ids: Record<'marie' | 'julie' | 'paul' | 'luce' | 'chloe', string>;

beforeEach(async () => {
  t = await createTestApp();
  relais = await makeRelais(t.db, {
    communes: [
      { inseeCode: '85191', name: 'La Roche-sur-Yon' },
      { inseeCode: '85003', name: 'Aizenay' },
    ],
  });
  houseId = crypto.randomUUID();
  await t.db
    .insertInto('childminder_house')
    .values({
      id: houseId,
      relais_id: relais.id,
      name: 'MAM Les Lutins',
      insee_code: '85003',
      address: '',
      created_at: '2026-01-01T00:00:00.000Z',
      updated_at: '2026-01-01T00:00:00.000Z',
    })
    .execute();
  staff = await login(t.app, (await makeUser(t.db, { role: 'animator', relaisId: relais.id })).email);
  base = `/api/relais/${relais.id}/imports/pmi`;
  ids = {
    marie: await register(childminder({})),
    julie: await register(
      childminder({
        firstName: 'Julie',
        lastName: 'JEUNOT',
        birthDate: '1990-01-01',
        address: '',
        postcode: '',
        inseeCode: '85003',
        approvalNumber: 'AG-002',
        approvalDate: '2018-03-01',
        approvalRenewalDate: null,
        approvalPlaces: 2,
        practice: 'mam',
        childminderHouseId: houseId,
      }),
    ),
    paul: await register(childminder({ firstName: 'Paule', lastName: 'ABSENTE', approvalNumber: 'AG-003' })),
    luce: await register(
      childminder({
        firstName: 'Luce',
        lastName: 'RETOUR',
        birthDate: '1970-02-02',
        address: '',
        postcode: '',
        approvalNumber: 'AG-004',
        approvalDate: '2010-05-05',
        approvalRenewalDate: null,
      }),
    ),
    chloe: await register(
      childminder({ firstName: 'Chloé', lastName: 'SANSNUMERO', approvalNumber: '', inseeCode: '85003' }),
    ),
  };
  const archived = await t.app.inject({
    method: 'POST',
    url: `/api/relais/${relais.id}/childminders/${ids.luce}/archive`,
    payload: { effectiveOn: '2025-06-30', reason: 'other' },
    headers: staff.headers,
  });
  expect(archived.statusCode).toBe(200);
});
afterEach(() => t.close());

describe('preview of the PMI list', () => {
  it('guesses the columns and shows every outcome of an Excel file, row by row, without changing anything', async () => {
    const before = [await registerState(), await eventsState()];
    const r = await preview({ fileName: 'agrements-pmi.xlsx', contentBase64: await workbook() });
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json();

    expect(body.headerRow).toBe(1);
    expect(body.mapping).toEqual({
      approvalNumber: 'N° d’agrément',
      lastName: 'NOM',
      firstName: 'Prénom',
      birthDate: 'Date de naissance',
      address: 'Adresse',
      postcode: 'Code postal',
      communeName: 'Commune',
      inseeCode: 'Code INSEE',
      phone: 'Téléphone',
      email: 'E-mail',
      approvalDate: 'Date d’agrément',
      approvalRenewalDate: 'Fin de validité',
      approvalPlaces: 'Nombre de places',
      childrenAges: 'Âge des enfants',
      derogations: 'Dérogation',
      mam: 'Exercice en MAM (nom de la MAM)',
    });
    expect(body.missingColumns).toEqual([]);
    expect(body.counts).toEqual({
      rows: 14,
      create: 2,
      update: 1,
      reactivate: 1,
      unchanged: 1,
      archive: 1,
      rejected: 9,
    });

    expect(body.update).toEqual([
      {
        row: 2,
        childminderId: ids.marie,
        approvalNumber: 'AG-001',
        firstName: 'Marie',
        lastName: 'TESTEAU',
        communeName: 'La Roche-sur-Yon',
        changes: [
          // The register had no phone nor e-mail: the PMI's fill them in. Capitals and accents are no change.
          { column: 'email', label: 'e-mail', before: null, after: 'marie@exemple.test' },
          { column: 'phone', label: 'téléphone', before: null, after: '06 00 00 00 01' },
          { column: 'approval_places', label: 'places agréées', before: '3', after: '4' },
        ],
      },
    ]);
    expect(body.unchanged).toEqual([
      {
        row: 3,
        childminderId: ids.julie,
        approvalNumber: 'AG-002',
        firstName: 'Julie',
        lastName: 'JEUNOT',
        communeName: 'Aizenay',
      },
    ]);
    expect(body.reactivate).toEqual([
      {
        row: 4,
        childminderId: ids.luce,
        approvalNumber: 'AG-004',
        firstName: 'Luce',
        lastName: 'RETOUR',
        communeName: 'La Roche-sur-Yon',
        changes: [],
        archivedSince: '2025-06-30',
        archiveReasonLabel: 'Autre motif',
      },
    ]);
    expect(body.create).toEqual([
      {
        row: 5,
        approvalNumber: 'AG-010',
        firstName: 'Sophie',
        lastName: 'NOUVELLE',
        communeName: 'Aizenay',
        approvalPlaces: 2,
        warnings: [],
      },
      {
        row: 6,
        approvalNumber: 'AG-011',
        firstName: 'Chloé',
        lastName: 'SANSNUMERO',
        communeName: 'Aizenay',
        approvalPlaces: 1,
        warnings: [
          'Une fiche sans numéro d’agrément porte déjà ce nom : s’il s’agit de la même personne, ajoutez-lui ce numéro avant l’import pour éviter un doublon.',
        ],
      },
    ]);
    expect(body.archive).toEqual([
      {
        childminderId: ids.paul,
        approvalNumber: 'AG-003',
        firstName: 'Paule',
        lastName: 'ABSENTE',
        communeName: 'La Roche-sur-Yon',
        effectiveOn: '2026-03-02',
        reason: 'withdrawal',
        reasonLabel: 'Retrait ou non-renouvellement de l’agrément',
      },
    ]);
    const rejected = (
      body.rejected as { row: number; reasons: { field: string; column: string; message: string }[] }[]
    ).map((r) => [r.row, r.reasons.map((reason) => `${reason.field} [${reason.column}] ${reason.message}`)]);
    expect(rejected).toEqual([
      [7, ['approvalPlaces [Nombre de places] Un agrément couvre de 1 à 4 places.']],
      [8, ['approvalDate [Date d’agrément] La date d’agrément ne peut pas être dans le futur.']],
      [9, ['communeName [Commune] La commune « Paris » ne fait pas partie du territoire du relais.']],
      [10, ['inseeCode [Code INSEE] Code INSEE inconnu : « 99999 ».']],
      [11, ['approvalNumber [N° d’agrément] Numéro d’agrément manquant.']],
      [
        12,
        ['approvalNumber [N° d’agrément] Numéro d’agrément présent plusieurs fois dans le fichier (lignes 12, 13).'],
      ],
      [
        13,
        ['approvalNumber [N° d’agrément] Numéro d’agrément présent plusieurs fois dans le fichier (lignes 12, 13).'],
      ],
      [
        14,
        [
          'approvalDate [Date d’agrément] Date d’agrément illisible : « 31/02/2020 » n’est pas une date (attendu JJ/MM/AAAA).',
          'birthDate [Date de naissance] Un·e assistant·e maternel·le est majeur·e : date de naissance à vérifier.',
        ],
      ],
      [
        16,
        [
          'mam [Exercice en MAM (nom de la MAM)] MAM « Les Diablotins » inconnue dans ce relais : créez-la d’abord, ou corrigez son nom dans le fichier.',
        ],
      ],
    ]);

    // Nothing changed; one audit entry tells who compared which file.
    expect([await registerState(), await eventsState()]).toEqual(before);
    const audit = await t.db
      .selectFrom('audit_event')
      .select(['action', 'summary'])
      .where('summary', 'like', '%PMI%')
      .execute();
    expect(audit).toEqual([
      {
        action: 'read',
        summary:
          'Aperçu de l’import de la liste PMI « agrements-pmi.xlsx » : 14 ligne(s), 2 création(s), 1 modification(s), 1 réactivation(s), 1 inchangée(s), 9 rejetée(s), 1 archivage(s) proposé(s)',
      },
    ]);
  });

  it('reads a Windows-1252 CSV with semicolons, INSEE codes and ISO dates', async () => {
    const csv = [
      'Liste des assistants maternels agréés au 01/03/2026;;;;;',
      'Numéro agrément;Nom;Prénom;Code commune;Capacité;Date agrément',
      'AG-001;Testeau;Marie;85191;4;2015-09-01',
      '"AG-030";"L’ÉCUYER";"HÉLOÏSE";85003;3;2021-06-15',
      'AG-031;Cinq;Anne;85191;5;2021-06-15',
      '',
    ].join('\r\n');
    const bytes = encode1252(csv);
    const r = await preview({ fileName: 'liste.csv', contentBase64: bytes.toString('base64') });
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json();
    expect(body.headerRow).toBe(2);
    expect(body.headers).toEqual(['Numéro agrément', 'Nom', 'Prénom', 'Code commune', 'Capacité', 'Date agrément']);
    expect(body.mapping).toMatchObject({
      approvalNumber: 'Numéro agrément',
      lastName: 'Nom',
      firstName: 'Prénom',
      inseeCode: 'Code commune',
      communeName: null,
      approvalPlaces: 'Capacité',
      approvalDate: 'Date agrément',
    });
    expect(body.counts).toMatchObject({ rows: 3, create: 1, update: 1, rejected: 1, archive: 2 });
    // A short list would archive most of the register: the preview says so.
    expect(body.warnings).toEqual([
      '2 fiche(s) active(s) sur 3 seraient archivées : vérifiez que le fichier est bien la liste complète de la PMI et que la colonne du numéro d’agrément est la bonne.',
    ]);
    expect(body.create).toEqual([
      {
        row: 4,
        approvalNumber: 'AG-030',
        firstName: 'Héloïse',
        lastName: 'L’ÉCUYER',
        communeName: 'Aizenay',
        approvalPlaces: 3,
        warnings: [],
      },
    ]);
    expect(body.update[0].changes).toEqual([
      { column: 'approval_places', label: 'places agréées', before: '3', after: '4' },
    ]);
    expect(body.rejected).toEqual([
      {
        row: 5,
        approvalNumber: 'AG-031',
        firstName: 'Anne',
        lastName: 'Cinq',
        reasons: [{ field: 'approvalPlaces', column: 'Capacité', message: 'Un agrément couvre de 1 à 4 places.' }],
      },
    ]);
  });

  it('stores hostile text as text, and refuses what does not fit the register', async () => {
    const csv = [
      'N° agrément,Nom,Prénom,Commune,Places,E-mail',
      `AG-040,"Robert""); DROP TABLE childminder; --",Zoé,Aizenay,2,`,
      `${'9'.repeat(41)},LONGUE,Anne,Aizenay,2,`,
      `AG-041,MAL,Anne,Aizenay,2,anne@`,
      `AG-042,"${'x'.repeat(81)}",Anne,Aizenay,2,`,
    ].join('\n');
    const payload = { fileName: 'liste.csv', contentBase64: Buffer.from(csv).toString('base64') };
    const body = (await preview(payload)).json();
    expect(body.create.map((r: { lastName: string }) => r.lastName)).toEqual(['ROBERT"); DROP TABLE CHILDMINDER; --']);
    expect(
      body.rejected.map((r: { row: number; reasons: { message: string }[] }) => [r.row, r.reasons[0]!.message]),
    ).toEqual([
      [3, 'N° d’agrément trop long (40 caractères au plus).'],
      [4, 'E-mail invalide : « anne@ » n’est pas une adresse e-mail valide.'],
      [5, 'Nom trop long (80 caractères au plus).'],
    ]);
    const r = await apply({ ...payload, archiveMissing: false });
    expect(r.json()).toMatchObject({ created: 1, rejected: 3 });
    expect(await t.db.selectFrom('childminder').select('id').execute()).toHaveLength(6);
  });

  it('takes a corrected mapping, and says which required columns are missing', async () => {
    const headers = ['Agr.', 'Identité', 'Prénom', 'Ville', 'Places'];
    const content = await workbook([['AG-001', 'TESTEAU', 'Marie', 'La Roche-sur-Yon', 3]], headers);
    const guessed = (await preview({ fileName: 'a.xlsx', contentBase64: content })).json();
    expect(guessed.mapping).toMatchObject({ approvalNumber: null, lastName: null, communeName: 'Ville' });
    expect(guessed.missingColumns).toEqual([
      { field: 'approvalNumber', label: 'N° d’agrément' },
      { field: 'lastName', label: 'Nom' },
    ]);
    expect(guessed.counts).toEqual({
      rows: 1,
      create: 0,
      update: 0,
      reactivate: 0,
      unchanged: 0,
      archive: 0,
      rejected: 0,
    });
    expect(guessed.warnings).toEqual(['Colonnes à indiquer avant l’import : N° d’agrément, Nom.']);

    const corrected = await preview({
      fileName: 'a.xlsx',
      contentBase64: content,
      mapping: { ...guessed.mapping, approvalNumber: 'Agr.', lastName: 'Identité' },
    });
    expect(corrected.statusCode, corrected.body).toBe(200);
    expect(corrected.json().counts).toMatchObject({ unchanged: 1, rejected: 0 });

    const wrong = await preview({
      fileName: 'a.xlsx',
      contentBase64: content,
      mapping: { lastName: 'Nom de famille' },
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json().error).toMatchObject({
      code: 'invalid_mapping',
      fields: [{ field: 'mapping.lastName', message: 'Cette colonne n’existe pas dans le fichier.' }],
    });

    const refused = await apply({ fileName: 'a.xlsx', contentBase64: content, archiveMissing: false });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fields.map((f: { field: string }) => f.field)).toEqual([
      'mapping.approvalNumber',
      'mapping.lastName',
    ]);
  });

  it('refuses a damaged file, another format, or text that is not base64, in French and naming the field', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [
        { fileName: 'liste.xlsx', contentBase64: Buffer.from('pas un classeur').toString('base64') },
        'contentBase64',
        'invalid_file',
      ],
      [
        { fileName: 'liste.pdf', contentBase64: Buffer.from('%PDF-1.4').toString('base64') },
        'fileName',
        'invalid_file',
      ],
      [{ fileName: 'liste.xls', contentBase64: Buffer.from('x').toString('base64') }, 'fileName', 'invalid_file'],
      [{ fileName: 'liste.csv', contentBase64: 'ceci n’est pas du base64 !' }, 'contentBase64', 'invalid_file'],
      [
        { fileName: 'liste.csv', contentBase64: Buffer.from('a\u0000b').toString('base64') },
        'contentBase64',
        'invalid_file',
      ],
      [{ fileName: 'liste.csv' }, 'contentBase64', 'invalid_input'],
    ];
    const zip = Buffer.from(await workbook()).subarray(0, 2000);
    cases.push([{ fileName: 'liste.xlsx', contentBase64: zip.toString('base64') }, 'contentBase64', 'invalid_file']);
    for (const [payload, field, code] of cases) {
      const r = await preview(payload);
      expect(r.statusCode, r.body).toBe(400);
      const error = r.json().error as { code: string; message: string; fields: { field: string }[] };
      expect(error.code).toBe(code);
      expect(error.fields[0]?.field).toBe(field);
      expect(error.message).toMatch(/[éèàç’]|fichier/);
    }
  });

  it('is refused to the read-only viewer and to another relais', async () => {
    const content = await workbook();
    const other = await makeRelais(t.db);
    for (const session of [
      await login(t.app, (await makeUser(t.db, { role: 'viewer', relaisId: relais.id })).email),
      await login(t.app, (await makeUser(t.db, { role: 'manager', relaisId: other.id })).email),
    ]) {
      expect((await preview({ fileName: 'a.xlsx', contentBase64: content }, session)).statusCode).toBe(403);
      expect(
        (await apply({ fileName: 'a.xlsx', contentBase64: content, archiveMissing: true }, session)).statusCode,
      ).toBe(403);
    }
  });
});

describe('applying the PMI list', () => {
  it('applies exactly the preview in one go, leaves refused rows aside, and a second run changes nothing', async () => {
    const content = await workbook();
    const previewed = (await preview({ fileName: 'pmi.xlsx', contentBase64: content })).json();
    const auditBefore = new Set((await t.db.selectFrom('audit_event').select('id').execute()).map((a) => a.id));
    const r = await apply({
      fileName: 'pmi.xlsx',
      contentBase64: content,
      archiveMissing: false,
      previewCounts: previewed.counts,
    });
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toEqual({
      created: 2,
      updated: 1,
      reactivated: 1,
      archived: 0,
      unchanged: 1,
      rejected: 9,
      notArchived: 1,
    });

    const rows = await t.db
      .selectFrom('childminder')
      .select([
        'approval_number',
        'last_name',
        'first_name',
        'status',
        'status_since',
        'approval_places',
        'insee_code',
        'practice',
        'childminder_house_id',
        'phone',
        'email',
        'approval_min_age_months',
        'approval_max_age_months',
        'derogations',
        'monenfant_registered',
        'contact_preference',
      ])
      .where('relais_id', '=', relais.id)
      .orderBy('last_name')
      .orderBy('approval_number')
      .execute();
    expect(rows).toEqual([
      expect.objectContaining({ last_name: 'ABSENTE', status: 'active' }),
      expect.objectContaining({ last_name: 'JEUNOT', status: 'active', approval_places: 2 }),
      {
        approval_number: 'AG-010',
        last_name: 'NOUVELLE',
        first_name: 'Sophie',
        status: 'active',
        status_since: '2026-03-02',
        approval_places: 2,
        insee_code: '85003',
        practice: 'mam',
        childminder_house_id: houseId,
        phone: '06 12 34 56 78',
        email: '',
        approval_min_age_months: 3,
        approval_max_age_months: 36,
        derogations: 'Accueil de nuit',
        monenfant_registered: 0,
        contact_preference: 'email',
      },
      expect.objectContaining({ last_name: 'RETOUR', status: 'active', status_since: '2026-03-02' }),
      expect.objectContaining({ approval_number: '', last_name: 'SANSNUMERO' }),
      expect.objectContaining({ approval_number: 'AG-011', last_name: 'SANSNUMERO', first_name: 'Chloé' }),
      // Her own choices (contact by SMS, monenfant.fr, atypical hours) stay hers.
      {
        approval_number: 'AG-001',
        last_name: 'TESTEAU',
        first_name: 'Marie',
        status: 'active',
        status_since: '2020-01-01',
        approval_places: 4,
        insee_code: '85191',
        practice: 'home',
        childminder_house_id: null,
        phone: '06 00 00 00 01',
        email: 'marie@exemple.test',
        approval_min_age_months: 0,
        approval_max_age_months: 72,
        derogations: '',
        monenfant_registered: 1,
        contact_preference: 'sms',
      },
    ]);

    // The history and the audit log tell it as for a change by hand, with « import » as the source.
    const events = await t.db
      .selectFrom('childminder_event')
      .innerJoin('childminder', 'childminder.id', 'childminder_event.childminder_id')
      .select(['childminder.last_name', 'kind', 'effective_on', 'summary', 'source'])
      .where('source', '=', 'import')
      .orderBy('childminder.last_name')
      .orderBy('kind')
      .execute();
    expect(events).toEqual([
      {
        last_name: 'NOUVELLE',
        kind: 'registered',
        effective_on: '2026-03-02',
        summary: 'Arrivée sur le territoire (2 place(s) agréée(s))',
        source: 'import',
      },
      {
        last_name: 'RETOUR',
        kind: 'reactivated',
        effective_on: '2026-03-02',
        summary: 'Reprise d’activité',
        source: 'import',
      },
      {
        last_name: 'SANSNUMERO',
        kind: 'registered',
        effective_on: '2026-03-02',
        summary: 'Arrivée sur le territoire (1 place(s) agréée(s))',
        source: 'import',
      },
      {
        last_name: 'TESTEAU',
        kind: 'updated',
        effective_on: '2026-03-02',
        summary: 'Modification : e-mail, téléphone, places agréées',
        source: 'import',
      },
    ]);
    const audit = (
      await t.db
        .selectFrom('audit_event')
        .select(['id', 'action', 'subject_id', 'summary'])
        .orderBy('summary')
        .execute()
    ).filter((a) => !auditBefore.has(a.id));
    expect(audit.map((a) => [a.action, a.subject_id === null ? null : 'id', a.summary])).toEqual([
      ['create', 'id', 'Création de la fiche de Chloé SANSNUMERO'],
      ['create', 'id', 'Création de la fiche de Sophie NOUVELLE'],
      [
        'import',
        null,
        'Import de la liste PMI « pmi.xlsx » : 14 ligne(s), 2 création(s), 1 modification(s), 1 réactivation(s), 1 inchangée(s), 9 rejetée(s), 1 archivage(s) proposé(s)',
      ],
      ['update', 'id', 'Modification : e-mail, téléphone, places agréées'],
      ['restore', 'id', 'Reprise d’activité'],
    ]);

    // The same file again: nothing to do.
    const again = (await preview({ fileName: 'pmi.xlsx', contentBase64: content })).json();
    expect(again.counts).toEqual({
      rows: 14,
      create: 0,
      update: 0,
      reactivate: 0,
      unchanged: 5,
      archive: 1,
      rejected: 9,
    });
    const state = [await registerState(), await eventsState()];
    const second = await apply({ fileName: 'pmi.xlsx', contentBase64: content, archiveMissing: false });
    expect(second.json()).toMatchObject({ created: 0, updated: 0, reactivated: 0, archived: 0, unchanged: 5 });
    expect([await registerState(), await eventsState()]).toEqual(state);
  });

  it('archives the childminders absent from the list only when asked', async () => {
    const content = await workbook();
    await apply({ fileName: 'pmi.xlsx', contentBase64: content, archiveMissing: false });
    const paul = () =>
      t.db
        .selectFrom('childminder')
        .select(['status', 'status_since', 'archive_reason'])
        .where('id', '=', ids.paul)
        .executeTakeFirstOrThrow();
    expect(await paul()).toEqual({ status: 'active', status_since: '2020-01-01', archive_reason: null });

    const r = await apply({ fileName: 'pmi.xlsx', contentBase64: content, archiveMissing: true });
    expect(r.json()).toMatchObject({ archived: 1, notArchived: 0, created: 0 });
    expect(await paul()).toEqual({ status: 'archived', status_since: '2026-03-02', archive_reason: 'withdrawal' });
    const event = await t.db
      .selectFrom('childminder_event')
      .select(['kind', 'reason', 'source'])
      .where('childminder_id', '=', ids.paul)
      .where('kind', '=', 'archived')
      .execute();
    expect(event).toEqual([{ kind: 'archived', reason: 'withdrawal', source: 'import' }]);
    // The file without a number is never proposed: the PMI cannot speak of her.
    const chloe = await t.db.selectFrom('childminder').select('status').where('id', '=', ids.chloe).executeTakeFirst();
    expect(chloe?.status).toBe('active');
  });

  it('refuses to archive everyone when no row of the file is valid (a wrong file or a wrong column)', async () => {
    const content = await workbook([LINES[5]!, LINES[6]!]);
    const state = [await registerState(), await eventsState()];
    const r = await apply({ fileName: 'pmi.xlsx', contentBase64: content, archiveMissing: true });
    expect(r.statusCode).toBe(400);
    expect(r.json().error).toMatchObject({ code: 'import_no_valid_row', fields: [{ field: 'archiveMissing' }] });
    expect([await registerState(), await eventsState()]).toEqual(state);
    const keep = await apply({ fileName: 'pmi.xlsx', contentBase64: content, archiveMissing: false });
    expect(keep.json()).toMatchObject({ created: 0, rejected: 2, archived: 0, notArchived: 3 });
  });

  it('applies nothing when the register changed since the preview the user accepted', async () => {
    const content = await workbook();
    const previewed = (await preview({ fileName: 'pmi.xlsx', contentBase64: content })).json();
    // Someone registers Sophie by hand in between.
    await register(
      childminder({ firstName: 'Sophie', lastName: 'NOUVELLE', approvalNumber: 'AG-010', inseeCode: '85003' }),
    );
    const state = [await registerState(), await eventsState()];
    const r = await apply({
      fileName: 'pmi.xlsx',
      contentBase64: content,
      archiveMissing: true,
      previewCounts: previewed.counts,
    });
    expect(r.statusCode).toBe(409);
    expect(r.json().error.code).toBe('import_plan_changed');
    expect([await registerState(), await eventsState()]).toEqual(state);
  });

  it('applies nothing when a childminder of the plan changed since the preview, even with the same counts', async () => {
    const content = await workbook();
    const previewed = (await preview({ fileName: 'pmi.xlsx', contentBase64: content })).json();
    expect(previewed.planToken).toMatch(/^[0-9a-f]{64}$/);
    const marie = previewed.update.find((u: { approvalNumber: string }) => u.approvalNumber === 'AG-001');
    expect(marie.changes).toContainEqual(
      expect.objectContaining({ column: 'approval_places', before: '3', after: '4' }),
    );
    // A colleague corrects Marie's places by hand in between: still one update (2 → 4), same counts.
    await t.db.updateTable('childminder').set({ approval_places: 2 }).where('id', '=', marie.childminderId).execute();
    const again = (await preview({ fileName: 'pmi.xlsx', contentBase64: content })).json();
    expect(again.counts).toEqual(previewed.counts);
    expect(again.planToken).not.toBe(previewed.planToken);
    const state = [await registerState(), await eventsState()];
    const payload = { fileName: 'pmi.xlsx', contentBase64: content, archiveMissing: false };
    const refused = await apply({ ...payload, previewCounts: previewed.counts, planToken: previewed.planToken });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('import_plan_changed');
    expect([await registerState(), await eventsState()]).toEqual(state);
    // The preview the user sees again applies.
    const applied = await apply({ ...payload, planToken: again.planToken });
    expect(applied.statusCode, applied.body).toBe(200);
  });
});

/** Windows-1252 bytes of a text (Latin-1, and the typographic apostrophe at 0x92). */
function encode1252(text: string): Buffer {
  return Buffer.from([...text].map((ch) => (ch === '’' ? 0x92 : ch.charCodeAt(0) <= 0xff ? ch.charCodeAt(0) : 0x3f)));
}
