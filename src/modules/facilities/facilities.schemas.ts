import { z } from 'zod';
import { relaisParams } from '../relais/relais.schemas.js';
import { FACILITY_KINDS, FUNDINGS } from './facilities.rules.js';

const date = z.iso.date({ error: 'Date invalide (format AAAA-MM-JJ).' });
const insee = z
  .string()
  .trim()
  .regex(/^(\d{5}|2[AB]\d{3})$/, { error: 'Code INSEE invalide (5 caractères).' });

export const facilityParams = relaisParams.extend({ facilityId: z.uuid({ error: 'Identifiant invalide.' }) });
export const houseParams = relaisParams.extend({ houseId: z.uuid({ error: 'Identifiant de MAM invalide.' }) });

export const facilityInput = z.object({
  kind: z.enum(FACILITY_KINDS, { error: 'Type d’établissement inconnu.' }),
  name: z.string().trim().min(2, { error: 'Le nom doit compter au moins 2 caractères.' }).max(160),
  inseeCode: insee,
  address: z.string().trim().max(200),
  phone: z.string().trim().max(30),
  email: z.union([z.literal(''), z.email({ error: 'Adresse e-mail invalide.' }).max(254)]),
  website: z
    .union([z.literal(''), z.url({ protocol: /^https?$/, error: 'Adresse web invalide.' }).max(300)])
    .nullable(),
  places: z.number().int().min(1, { error: 'Au moins 1 place.' }).max(500, { error: 'Au plus 500 places.' }).nullable(),
  funding: z.enum(FUNDINGS, { error: 'Financement inconnu (PSU ou PAJE).' }).nullable(),
  openedOn: date.nullable(),
  closedOn: date.nullable(),
  description: z.string().trim().max(2000),
});

export const facilitySchema = facilityInput.extend({
  id: z.string(),
  kindLabel: z.string(),
  communeName: z.string(),
  open: z.boolean(),
});

export const facilitiesQuery = z.object({ includeClosed: z.enum(['true', 'false']).default('false') });

export const houseInput = z.object({
  name: z.string().trim().min(2, { error: 'Le nom doit compter au moins 2 caractères.' }).max(160),
  inseeCode: insee,
  address: z.string().trim().max(200),
  openedOn: date.nullable(),
  closedOn: date.nullable(),
  referentUserId: z.uuid({ error: 'Référent·e invalide.' }).nullable(),
  lastVisitOn: date.nullable(),
});

export const houseSchema = houseInput.extend({
  id: z.string(),
  communeName: z.string(),
  referentName: z.string().nullable(),
  members: z.number(),
  places: z.number(),
  visitDue: z.boolean(),
  open: z.boolean(),
});
