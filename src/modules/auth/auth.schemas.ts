import { z } from 'zod';
import { ROLES } from '../../app/roles.js';

export const email = z.email({ error: 'Adresse e-mail invalide.' }).max(254);

export const loginBody = z.object({
  email,
  password: z.string().min(1, { error: 'Le mot de passe est obligatoire.' }).max(200),
});

export const magicLinkBody = z.object({ email });
export const consumeBody = z.object({ token: z.string().min(20).max(200) });

export const sessionUserSchema = z.object({
  id: z.string(),
  email: z.string(),
  displayName: z.string(),
  role: z.enum(ROLES),
  roleLabel: z.string(),
  relais: z.object({ id: z.string(), slug: z.string(), name: z.string() }).nullable(),
});

export const sessionSchema = z.object({ user: sessionUserSchema, csrfToken: z.string() });
export const messageSchema = z.object({ message: z.string() });
