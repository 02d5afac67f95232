/**
 * Demo data: the RPE of the Communauté de communes Vie et Boulogne (Vendée), its 15 communes and
 * the venues listed in §2.3 of its 2025–2029 operating project. Places and contact details of the
 * service are public facts; every person here is fictional. Venue capacities and accessibility are illustrative.
 * The supply of care (childminders and their history, MAM, facilities) comes from ./supply.ts, the
 * contact log of 2022–2025 (and its family files) from ./contacts.ts.
 */
import type { Kysely } from 'kysely';
import type { Clock } from '../app/clock.js';
import type { Role } from '../app/roles.js';
import type { Database } from '../db/schema.js';
import { createAccount } from '../modules/accounts/accounts.usecases.js';
import { findEpci } from '../modules/relais/communes.reference.js';
import { addCommune, createRelais } from '../modules/relais/relais.usecases.js';
import type { SiteKind } from '../modules/sites/sites.rules.js';
import { createSite } from '../modules/sites/sites.usecases.js';
import { seedActivities } from './activities.js';
import { seedAppointments, type AppointmentSeedSummary } from './appointments.js';
import { seedContacts, type ContactSeedSummary } from './contacts.js';
import { seedJobOffers } from './job-offers.js';
import { seedRequests } from './requests.js';
import { seedSupply, type SupplySeedSummary } from './supply.js';

export const DEMO_SLUG = 'vie-et-boulogne';
export const DEMO_EPCI = '200072882';
export const DEMO_PASSWORD = 'relais-demo-2026';

export const DEMO_ACCOUNTS: { email: string; displayName: string; role: Role }[] = [
  { email: 'operateur@relais.test', displayName: 'Opérateur de démonstration', role: 'operator' },
  { email: 'responsable@vie-et-boulogne.test', displayName: 'Claire Martineau', role: 'manager' },
  { email: 'animatrice@vie-et-boulogne.test', displayName: 'Julie Bernardeau', role: 'animator' },
  { email: 'assistante@vie-et-boulogne.test', displayName: 'Nathalie Roberteau', role: 'assistant' },
  { email: 'elu@vie-et-boulogne.test', displayName: 'Pierre Durandière', role: 'viewer' },
  { email: 'am.lefevre@vie-et-boulogne.test', displayName: 'Marie Lefèvreau', role: 'childminder' },
  { email: 'parent.moreau@vie-et-boulogne.test', displayName: 'Thomas Moreteau', role: 'parent' },
];

const HEAD_OFFICE = {
  name: 'Siège de la Communauté de communes Vie et Boulogne',
  kind: 'head_office' as SiteKind,
  inseeCode: '85178',
  address: '24 rue des Landes, zone de la Gendronnière, 85170 Le Poiré-sur-Vie',
  capacity: 12,
  forActivities: false,
  forPermanences: true,
};

/** §2.3: the venues lent by the mairies, where the itinerant play mornings take place. */
const VENUES: { inseeCode: string; kind: SiteKind; name: string; capacity: number }[] = [
  { inseeCode: '85003', kind: 'leisure_centre', name: "Accueil de loisirs d'Aizenay", capacity: 30 },
  { inseeCode: '85003', kind: 'library', name: "Médiathèque d'Aizenay", capacity: 20 },
  { inseeCode: '85006', kind: 'leisure_centre', name: "Accueil de loisirs d'Apremont", capacity: 25 },
  { inseeCode: '85015', kind: 'community_hall', name: 'Salle polyvalente de Beaufou', capacity: 40 },
  { inseeCode: '85019', kind: 'community_hall', name: 'Salle polyvalente de Bellevigny', capacity: 40 },
  { inseeCode: '85086', kind: 'leisure_centre', name: 'Accueil de loisirs de Falleron', capacity: 25 },
  { inseeCode: '85102', kind: 'library', name: "Médiathèque de Grand'Landes", capacity: 15 },
  { inseeCode: '85055', kind: 'library', name: 'Médiathèque de La Chapelle-Palluau', capacity: 15 },
  { inseeCode: '85098', kind: 'leisure_centre', name: 'Accueil de loisirs de La Genétouze', capacity: 25 },
  {
    inseeCode: '85178',
    kind: 'early_childhood_room',
    name: 'Salle petite enfance mutualisée du Poiré-sur-Vie',
    capacity: 30,
  },
  { inseeCode: '85129', kind: 'community_hall', name: 'Salle polyvalente des Lucs-sur-Boulogne', capacity: 40 },
  { inseeCode: '85130', kind: 'leisure_centre', name: 'Accueil de loisirs de Maché', capacity: 25 },
  { inseeCode: '85169', kind: 'leisure_centre', name: 'Accueil de loisirs de Palluau', capacity: 25 },
  { inseeCode: '85208', kind: 'leisure_centre', name: 'Accueil de loisirs de Saint-Denis-la-Chevasse', capacity: 25 },
  { inseeCode: '85210', kind: 'library', name: 'Médiathèque de Saint-Étienne-du-Bois', capacity: 15 },
  { inseeCode: '85260', kind: 'leisure_centre', name: 'Accueil de loisirs de Saint-Paul-Mont-Penit', capacity: 25 },
];

export interface SeedDeps {
  db: Kysely<Database>;
  clock: Clock;
}

export async function isDemoSeeded(deps: SeedDeps): Promise<boolean> {
  return (
    (await deps.db.selectFrom('relais').select('id').where('slug', '=', DEMO_SLUG).executeTakeFirst()) !== undefined
  );
}

/** Loads the demo relais; does nothing if it is already there. Returns the relais id. */
export async function seedDemo(deps: SeedDeps): Promise<{
  relaisId: string;
  created: boolean;
  supply?: SupplySeedSummary;
  contacts?: ContactSeedSummary;
  appointments?: AppointmentSeedSummary;
}> {
  const existing = await deps.db.selectFrom('relais').select('id').where('slug', '=', DEMO_SLUG).executeTakeFirst();
  if (existing) return { relaisId: existing.id, created: false };
  const epci = findEpci(DEMO_EPCI);
  if (!epci) throw new Error('EPCI Vie et Boulogne absent du référentiel.');

  const relais = await createRelais(deps, 'system', {
    slug: DEMO_SLUG,
    name: 'Relais Petite Enfance Vie et Boulogne',
    epciCode: DEMO_EPCI,
    address: '24 rue des Landes, zone de la Gendronnière',
    postcode: '85170',
    city: 'Le Poiré-sur-Vie',
    phone: '02 51 31 93 18',
    email: 'relaispetiteenfance@vieetboulogne.fr',
    website: 'https://www.vie-et-boulogne.fr',
    openingHours:
      'Du lundi au vendredi, accueil sur rendez-vous au siège de la Communauté de communes.\nMatinées d’éveil itinérantes dans les 15 communes, en période scolaire.',
    permanences:
      'Permanence téléphonique pour les assistants maternels : chaque après-midi de 14 h à 15 h 30, sauf le jeudi.\nRendez-vous parents et professionnels (sur place, par téléphone ou en visio) : 20 heures par semaine, à réserver.\nDemandes en ligne (monenfant.fr et site de la Communauté de communes) traitées chaque semaine.',
  });
  for (const code of epci.communeCodes) await addCommune(deps, 'system', relais.id, code);
  await createSite(deps, 'system', relais.id, {
    ...HEAD_OFFICE,
    accessible: true,
    accessibilityNotes: 'Accès de plain-pied, stationnement réservé.',
  });
  for (const venue of VENUES) {
    await createSite(deps, 'system', relais.id, {
      ...venue,
      address: '',
      accessible: true,
      accessibilityNotes: '',
      forActivities: true,
      forPermanences: false,
    });
  }
  for (const account of DEMO_ACCOUNTS) {
    const staff = account.role !== 'childminder' && account.role !== 'parent';
    await createAccount(deps, 'system', account.role === 'operator' ? null : relais.id, {
      ...account,
      password: staff ? DEMO_PASSWORD : undefined,
    });
  }
  // Childminders and their history since 2018, MAM, collective facilities, family services.
  const supply = await seedSupply(deps, relais.id, epci.communeCodes);
  await linkDemoChildminder(deps, relais.id);
  // The contact log since 2022, with the figures of 2023 of the operating project.
  const contacts = await seedContacts(deps, relais.id);
  // The inbox of requests of the last two weeks, in every status.
  await seedRequests(deps, relais.id);
  // Job offers of parents in every status, sent to the childminders they fit.
  await seedJobOffers(deps, relais.id);
  // Reasons and permanences of appointments, and the appointments around today.
  const appointments = await seedAppointments(deps, relais.id, await demoHolders(deps), epci.communeCodes);
  // Activities: the current term (play mornings, evenings, practice group) and the 2019–2023 history.
  await seedActivities(deps, relais.id, await demoHolders(deps));
  return { relaisId: relais.id, created: true, supply, contacts, appointments };
}

/** The demo animator and manager, who hold the permanences of appointments. */
async function demoHolders(deps: SeedDeps): Promise<{ animatorId: string; managerId: string }> {
  const idOf = async (role: Role) => {
    const email = DEMO_ACCOUNTS.find((a) => a.role === role)!.email;
    return (await deps.db.selectFrom('user_account').select('id').where('email', '=', email).executeTakeFirstOrThrow())
      .id;
  };
  return { animatorId: await idOf('animator'), managerId: await idOf('manager') };
}

/**
 * The demo childminder account (Marie Lefèvreau) is one of the active childminders of Aizenay,
 * with one free place: she can sign in and find her file and her availability in her space.
 */
async function linkDemoChildminder(deps: SeedDeps, relaisId: string): Promise<void> {
  const account = DEMO_ACCOUNTS.find((a) => a.role === 'childminder')!;
  const user = await deps.db
    .selectFrom('user_account')
    .select('id')
    .where('email', '=', account.email)
    .executeTakeFirstOrThrow();
  const file = await deps.db
    .selectFrom('childminder')
    .select('id')
    .where('relais_id', '=', relaisId)
    .where('insee_code', '=', '85003')
    .where('status', '=', 'active')
    .where('practice', '=', 'home')
    .orderBy('id')
    .executeTakeFirstOrThrow();
  const now = deps.clock.now().toISOString();
  await deps.db
    .updateTable('childminder')
    .set({
      first_name: 'Marie',
      last_name: 'LEFÈVREAU',
      email: account.email,
      account_id: user.id,
      availability_confirmed_at: now,
      availability_reminded_at: null,
    })
    .where('id', '=', file.id)
    .execute();
  // Her own free place, whatever the demo supply drew for that file.
  await deps.db.deleteFrom('availability_slot').where('childminder_id', '=', file.id).execute();
  await deps.db
    .insertInto('availability_slot')
    .values({
      id: crypto.randomUUID(),
      relais_id: relaisId,
      childminder_id: file.id,
      available_from: now.slice(0, 10),
      min_age_months: 0,
      max_age_months: 36,
      days: '1,2,4,5',
      start_time: '07:30',
      end_time: '18:30',
      created_at: now,
      replaced_at: null,
    })
    .execute();
}
