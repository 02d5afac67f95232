import { z } from 'zod';
import { ROLES } from '../../app/roles.js';
import { relaisParams } from '../relais/relais.schemas.js';

export const accountParams = relaisParams.extend({ accountId: z.uuid({ error: 'Identifiant de compte invalide.' }) });

export const createAccountBody = z.object({
  email: z.email({ error: 'Adresse e-mail invalide.' }).max(254),
  displayName: z.string().trim().min(2, { error: 'Le nom doit compter au moins 2 caractères.' }).max(120),
  role: z.enum(ROLES, { error: 'Rôle inconnu.' }),
  password: z.string().max(200).optional(),
});

export const updateAccountBody = z.object({
  displayName: z.string().trim().min(2).max(120).optional(),
  role: z.enum(ROLES, { error: 'Rôle inconnu.' }).optional(),
  disabled: z.boolean().optional(),
});

export const accountSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  roleLabel: z.string(),
  disabled: z.boolean(),
  lastLoginAt: z.string().nullable(),
  createdAt: z.string(),
});
