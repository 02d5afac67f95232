import type { Kysely } from 'kysely';
import { parisToday, type Clock } from '../../app/clock.js';
import { AppError, NotFoundError } from '../../app/errors.js';
import type { Database } from '../../db/schema.js';
import { recordAudit } from '../audit/audit.usecases.js';
import { freshnessOf } from '../availability/availability.rules.js';
import { FACILITY_KIND_LABELS, type FacilityKind } from '../facilities/facilities.rules.js';
import { queueMail } from '../mail/mail.usecases.js';
import { getPublicRelais } from '../relais/relais.usecases.js';
import { communeCentroid, communeFeature, distanceKm } from '../relais/communes.geo.js';
import {
  findContactableChildminder,
  freePlacesByCommune,
  KM_PER_DEGREE,
  matchingChildminderPage,
  matchingPlacesOf,
  openCareFacilities,
  openHouses,
  type Origin,
} from './directory.repository.js';
import { roundedKm, type Need } from './directory.rules.js';

export interface DirectoryDeps {
  db: Kysely<Database>;
  clock: Clock;
  config: { availabilityMaxAgeDays: number };
}

export interface DirectoryQuery {
  commune?: string;
  radiusKm: number;
  ageMonths?: number;
  days?: number[];
  from?: string;
  to?: string;
  startDate?: string;
}

/** At most this many childminders per answer, the nearest: a phone shows a list, not a register. */
export const DIRECTORY_PAGE_SIZE = 50;

export async function searchDirectory(deps: DirectoryDeps, slug: string, query: DirectoryQuery) {
  const relais = await getPublicRelais(deps, slug);
  const names = new Map(relais.communes.map((c) => [c.inseeCode, c.name]));
  const centres = relais.centres;
  const need: Need = {
    ageMonths: query.ageMonths,
    days: query.days,
    from: query.from,
    to: query.to,
    startDate: query.startDate ?? parisToday(deps.clock),
  };
  // A family may search from a neighbouring commune outside the territory: its centre then comes
  // from the boundaries shipped with the app.
  const centre = query.commune ? (centres.get(query.commune) ?? communeCentroid(query.commune)) : null;
  const origin: Origin | undefined = centre
    ? { longitude: centre[0], latitude: centre[1], radiusKm: query.radiusKm }
    : undefined;
  const distance = (insee: string) => {
    const to = centres.get(insee);
    return centre && to ? distanceKm(centre, to) : null;
  };
  const inRadius = (km: number | null) => km === null || km <= query.radiusKm;

  const { total, page } = await matchingChildminderPage(deps.db, relais.id, need, origin, DIRECTORY_PAGE_SIZE);
  const places = await matchingPlacesOf(
    deps.db,
    relais.id,
    need,
    origin,
    page.map((c) => c.id),
  );
  const childminders = page.flatMap(({ id, squaredDegrees }) => {
    const rows = places.filter((r) => r.childminderId === id);
    const c = rows[0];
    if (!c) return [];
    return [
      {
        type: 'childminder' as const,
        id,
        name: `${c.first_name} ${c.last_name}`,
        communeName: names.get(c.insee_code) ?? c.insee_code,
        distanceKm: roundedKm(squaredDegrees === null ? null : Math.sqrt(squaredDegrees) * KM_PER_DEGREE),
        inMam: c.practice === 'mam',
        matchingPlaces: rows.length,
        places: rows.map((r) => ({
          availableFrom: r.available_from,
          minAgeMonths: r.min_age_months,
          maxAgeMonths: r.max_age_months,
          days: r.days.split(',').map(Number),
          startTime: r.start_time,
          endTime: r.end_time,
          periscolaire: r.periscolaire === 1,
        })),
        freshness: freshnessOf(c.availability_confirmed_at, deps.clock.now(), deps.config.availabilityMaxAgeDays),
        confirmedAt: c.availability_confirmed_at,
        // Published only with the childminder's consent; otherwise the contact form relays a message.
        address: c.publish_address === 1 ? [c.address, c.postcode].filter(Boolean).join(' ') : null,
        phone: c.publish_phone === 1 && c.phone ? c.phone : null,
        contactByForm: c.email !== '',
      },
    ];
  });

  const houses = (await openHouses(deps.db, relais.id))
    .map((h) => ({
      type: 'mam' as const,
      id: h.id,
      name: h.name,
      communeName: names.get(h.insee_code) ?? h.insee_code,
      address: h.address,
      km: distance(h.insee_code),
    }))
    .filter((h) => inRadius(h.km));
  const facilities = (await openCareFacilities(deps.db, relais.id))
    .map((f) => ({
      type: 'facility' as const,
      id: f.id,
      name: f.name,
      kindLabel: FACILITY_KIND_LABELS[f.kind as FacilityKind] ?? f.kind,
      communeName: names.get(f.insee_code) ?? f.insee_code,
      address: f.address,
      phone: f.phone || null,
      website: f.website,
      places: f.places,
      funding: f.funding,
      km: distance(f.insee_code),
    }))
    .filter((f) => inRadius(f.km));

  const byDistance = <T extends { km: number | null; name: string }>(a: T, b: T) =>
    (a.km ?? Number.POSITIVE_INFINITY) - (b.km ?? Number.POSITIVE_INFINITY) || a.name.localeCompare(b.name, 'fr');
  const strip = <T extends { km: number | null }>({ km, ...rest }: T) => ({ ...rest, distanceKm: roundedKm(km) });
  return {
    childminderTotal: total,
    childminders,
    houses: houses.sort(byDistance).map(strip),
    facilities: facilities.sort(byDistance).map(strip),
  };
}

/** The relais's communes as GeoJSON, each with the number of places free today (for the map). */
export async function directoryMap(deps: DirectoryDeps, slug: string) {
  const relais = await getPublicRelais(deps, slug);
  const free = new Map(
    (await freePlacesByCommune(deps.db, relais.id, parisToday(deps.clock))).map((row) => [
      row.insee_code,
      Number(row.places),
    ]),
  );
  return {
    type: 'FeatureCollection' as const,
    features: relais.communes.flatMap((c) => {
      const feature = communeFeature(c.inseeCode);
      return feature
        ? [
            {
              type: 'Feature' as const,
              geometry: feature.geometry,
              properties: { code: c.inseeCode, name: c.name, freePlaces: free.get(c.inseeCode) ?? 0 },
            },
          ]
        : [];
    }),
  };
}

export class NotContactableError extends AppError {
  constructor() {
    super(
      'not_contactable',
      409,
      'Cette assistante maternelle ne peut pas être jointe par ce formulaire : contactez le relais, qui vous mettra en relation.',
    );
  }
}

/** Relays a family's message to a childminder by e-mail, without revealing her address. */
export async function relayContact(
  deps: DirectoryDeps,
  slug: string,
  childminderId: string,
  message: { name: string; email: string; phone: string; text: string },
) {
  const relais = await getPublicRelais(deps, slug);
  const c = await findContactableChildminder(deps.db, relais.id, childminderId);
  if (!c) throw new NotFoundError("Cette assistante maternelle n'est pas dans l'annuaire de ce relais.");
  if (!c.email) throw new NotContactableError();
  await queueMail(deps, {
    relaisId: relais.id,
    purpose: 'directory_contact',
    to: c.email,
    subject: `Une famille vous contacte via l’annuaire de ${relais.card.name}`,
    greeting: `Bonjour ${c.first_name} ${c.last_name},`,
    paragraphs: [
      `${message.name} a vu vos disponibilités dans l’annuaire et vous écrit :`,
      message.text,
      `Pour lui répondre : ${message.email}${message.phone ? ` ou ${message.phone}` : ''}.`,
      'Pensez à mettre à jour vos disponibilités dans votre espace si elles ont changé.',
    ],
  });
  await recordAudit(deps, undefined, {
    relaisId: relais.id,
    action: 'contact_relay',
    subjectType: 'childminder',
    subjectId: c.id,
    summary: 'Message d’une famille relayé depuis l’annuaire public',
  });
}
