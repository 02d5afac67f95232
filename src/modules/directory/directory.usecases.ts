import type { Kysely } from 'kysely';
import type { Clock } from '../../app/clock.js';
import { AppError, NotFoundError } from '../../app/errors.js';
import type { Database } from '../../db/schema.js';
import { recordAudit } from '../audit/audit.usecases.js';
import { freshnessOf } from '../availability/availability.rules.js';
import { parisToday } from '../childminders/childminders.usecases.js';
import { FACILITY_KIND_LABELS, type FacilityKind } from '../facilities/facilities.rules.js';
import { queueMail } from '../mail/mail.usecases.js';
import { getPublicRelais } from '../relais/relais.usecases.js';
import {
  childmindersWithFreePlaces,
  findContactableChildminder,
  openCareFacilities,
  openHouses,
} from './directory.repository.js';
import { roundedKm, slotAnswers, type Need } from './directory.rules.js';
import { communeDistanceKm, communeFeature } from './geo.js';

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

export async function searchDirectory(deps: DirectoryDeps, slug: string, query: DirectoryQuery) {
  const relais = await getPublicRelais(deps, slug);
  const names = new Map(relais.communes.map((c) => [c.inseeCode, c.name]));
  const today = parisToday(deps.clock);
  const need: Need = {
    ageMonths: query.ageMonths,
    days: query.days,
    from: query.from,
    to: query.to,
    startDate: query.startDate ?? today,
  };
  const distance = (insee: string) => (query.commune ? communeDistanceKm(query.commune, insee) : null);
  const inRadius = (km: number | null) => !query.commune || km === null || km <= query.radiusKm;

  const byChildminder = new Map<string, Awaited<ReturnType<typeof childmindersWithFreePlaces>>>();
  for (const row of await childmindersWithFreePlaces(deps.db, relais.id)) {
    byChildminder.set(row.childminderId, [...(byChildminder.get(row.childminderId) ?? []), row]);
  }
  const childminders = [...byChildminder.values()]
    .map((rows) => {
      const c = rows[0]!;
      const matching = rows.filter((r) =>
        slotAnswers(
          {
            availableFrom: r.available_from,
            minAgeMonths: r.min_age_months,
            maxAgeMonths: r.max_age_months,
            days: r.days.split(',').map(Number),
            startTime: r.start_time,
            endTime: r.end_time,
          },
          need,
        ),
      );
      const km = distance(c.insee_code);
      return {
        type: 'childminder' as const,
        id: c.childminderId,
        name: `${c.first_name} ${c.last_name}`,
        communeName: names.get(c.insee_code) ?? c.insee_code,
        distanceKm: roundedKm(km),
        inMam: c.practice === 'mam',
        matchingPlaces: matching.length,
        places: matching.map((r) => ({
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
        km,
      };
    })
    .filter((c) => c.matchingPlaces > 0 && inRadius(c.km));

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
    childminders: childminders.sort(byDistance).map(strip),
    houses: houses.sort(byDistance).map(strip),
    facilities: facilities.sort(byDistance).map(strip),
  };
}

/** The relais's communes as GeoJSON, each with the number of places free today (for the map). */
export async function directoryMap(deps: DirectoryDeps, slug: string) {
  const relais = await getPublicRelais(deps, slug);
  const today = parisToday(deps.clock);
  const free = new Map<string, number>();
  for (const row of await childmindersWithFreePlaces(deps.db, relais.id)) {
    if (row.available_from <= today) free.set(row.insee_code, (free.get(row.insee_code) ?? 0) + 1);
  }
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
