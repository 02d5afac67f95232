/**
 * Pure rules of a childminder's own file, as she sees it in her space: who keeps each field up to
 * date, and what she may write herself. Field names are those of `childminderInput`.
 */

/**
 * Fields the PMI's list sets: the import writes them over the register (identity, address,
 * commune, agrément, place of practice). She reads them; to correct one she asks the relais.
 */
export const PMI_FIELDS = [
  'firstName',
  'lastName',
  'birthDate',
  'address',
  'postcode',
  'inseeCode',
  'approvalNumber',
  'approvalDate',
  'approvalRenewalDate',
  'approvalPlaces',
  'approvalMinAgeMonths',
  'approvalMaxAgeMonths',
  'derogations',
  'practice',
  'childminderHouseId',
] as const;

/** Fields the relais keeps (a temporary reduction of the agrément is recorded by the staff). */
export const RELAIS_FIELDS = ['reducedPlaces', 'reducedUntil'] as const;

/**
 * Fields that belong to her: how to reach her, what she agrees to publish, what she offers. The
 * import never overwrites them (it fills phone and e-mail only when the register has none).
 */
export const SELF_FIELDS = [
  'phone',
  'email',
  'contactPreference',
  'publishPhone',
  'publishAddress',
  'acceptsTrainees',
  'monenfantRegistered',
  'atypicalHours',
  'emergencyCare',
  'disabilityCare',
] as const;

/** Her fields in plain French (messages, history). */
export const SELF_FIELD_LABELS: Record<SelfField, string> = {
  phone: 'téléphone',
  email: 'adresse e-mail',
  contactPreference: 'préférence de contact',
  publishPhone: 'téléphone dans l’annuaire',
  publishAddress: 'adresse dans l’annuaire',
  acceptsTrainees: 'accueil de stagiaires',
  monenfantRegistered: 'inscription sur monenfant.fr',
  atypicalHours: 'horaires atypiques',
  emergencyCare: 'accueil d’urgence',
  disabilityCare: 'accueil d’enfants en situation de handicap',
};

export type PmiField = (typeof PMI_FIELDS)[number];
export type RelaisField = (typeof RELAIS_FIELDS)[number];
export type SelfField = (typeof SELF_FIELDS)[number];
export type LockedField = PmiField | RelaisField;

/** What she reads when she tries to change a field that is not hers. */
export function lockedFieldMessage(field: LockedField): string {
  return (PMI_FIELDS as readonly string[]).includes(field)
    ? 'Ce renseignement vient de la PMI : vous ne pouvez pas le modifier ici. S’il est faux, contactez le relais.'
    : 'Ce renseignement est tenu par le relais : vous ne pouvez pas le modifier ici. S’il est faux, contactez le relais.';
}

export interface SelfFacts {
  phone: string;
  email: string;
  contactPreference: 'email' | 'phone' | 'sms';
  publishPhone: boolean;
}

const PHONE_CHARACTERS = /^[\d\s.+()/-]*$/;

/**
 * A phone number as people write it in France: "0612345678", "06.12.34.56.78" or "+33 6 12 34 56 78"
 * become "06 12 34 56 78"; anything else is only trimmed (a foreign number stays as it is).
 */
export function tidyPhone(text: string): string {
  const trimmed = text.trim().replace(/\s+/g, ' ');
  const digits = trimmed.replace(/[\s.\-/()]/g, '');
  const national = /^\+33(\d{9})$/.exec(digits)?.[1] ?? /^0033(\d{9})$/.exec(digits)?.[1];
  const french = national ? `0${national}` : digits;
  return /^0\d{9}$/.test(french) ? french.replace(/(\d{2})(?=\d)/g, '$1 ') : trimmed;
}

/** What is impossible in what she writes herself, field by field (empty when all is coherent). */
export function selfProblems(f: SelfFacts): { field: SelfField; message: string }[] {
  const problems: { field: SelfField; message: string }[] = [];
  const digits = f.phone.replace(/\D/g, '');
  if (f.phone !== '' && (!PHONE_CHARACTERS.test(f.phone) || digits.length < 10 || digits.length > 15)) {
    problems.push({
      field: 'phone',
      message: 'Numéro de téléphone incomplet ou invalide (par exemple 06 12 34 56 78).',
    });
  } else if (f.phone === '' && f.contactPreference !== 'email') {
    problems.push({
      field: 'phone',
      message:
        f.contactPreference === 'sms'
          ? 'Indiquez votre numéro de portable pour être contacté·e par SMS.'
          : 'Indiquez votre numéro de téléphone pour être contacté·e par téléphone.',
    });
  } else if (f.phone === '' && f.publishPhone) {
    problems.push({ field: 'phone', message: 'Indiquez votre numéro de téléphone avant de le montrer aux familles.' });
  }
  if (f.email === '') {
    problems.push({ field: 'email', message: 'Indiquez votre adresse e-mail : le relais s’en sert pour vous écrire.' });
  }
  return problems;
}
