import { z } from 'zod';
import { SELF_FIELDS } from './childminders.me.rules.js';
import { childminderInput } from './childminders.schemas.js';

/** Her file as she reads it in her space: what the PMI and the relais keep, and what she keeps. */
export const myFileSchema = childminderInput.extend({
  id: z.string(),
  communeName: z.string(),
  childminderHouseName: z.string().nullable(),
  placesToday: z.number(),
  updatedAt: z.string(),
  /** The fields she may change herself (PATCH); the others are kept by the PMI or the relais. */
  selfFields: z.array(z.enum(SELF_FIELDS)),
});

/**
 * What she corrects: any of her own fields (`selfFields`). A field of the PMI or of the relais may
 * be sent back unchanged (the whole file read by GET is accepted as it is); changing one is refused.
 */
export const myFilePatchBody = childminderInput.partial().meta({
  description:
    'Seuls les champs de `selfFields` (téléphone, e-mail, préférence de contact, publication dans l’annuaire, accueils proposés, monenfant.fr) sont modifiables ; un renseignement de la PMI ou du relais envoyé doit être inchangé.',
});
