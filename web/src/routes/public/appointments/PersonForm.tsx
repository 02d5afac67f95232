import { Button, Checkbox, NativeSelect, Radio, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import type { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { AUDIENCE_PUBLICS, type Audience } from '../../../api/appointments.js';
import { PUBLICS, type Public } from '../../../../../src/modules/contacts/contacts.rules.js';
import { ErrorSummary, inputId, useErrorSummary, type FormErrors } from '../../gestion/childminders/shared.js';

/** Who books: what the person (or the staff member on the phone) types. */
export interface PersonValues {
  public: Public | '';
  name: string;
  email: string;
  phone: string;
  inseeCode: string;
  note: string;
  consent: boolean;
}

export function blankPerson(): PersonValues {
  return { public: '', name: '', email: '', phone: '', inseeCode: '', note: '', consent: false };
}

export const MAX_NOTE = 500;

const LABELS: Record<string, string> = {
  public: 'Vous êtes',
  name: 'Nom et prénom',
  email: 'Adresse e-mail',
  phone: 'Téléphone',
  inseeCode: 'Commune',
  note: 'Message',
  consent: 'Accord',
};

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const PHONE = /^[0-9 +().-]*$/;

/** The publics a reason accepts, in the order of the contact log. */
export function publicsOf(audience: string): Public[] {
  return [...(AUDIENCE_PUBLICS[audience as Audience] ?? Object.keys(PUBLICS))] as Public[];
}

/**
 * The checks of the browser, as the server makes them, and two of plain sense: a phone appointment
 * needs a phone number, a video one an e-mail address (for the link).
 */
export function personErrors(
  v: PersonValues,
  context: { mode: string; publics: Public[]; withConsent: boolean; staff?: boolean },
): FormErrors {
  const errors: FormErrors = {};
  const you = context.staff ? 'la personne' : 'vous';
  if (!v.public || !context.publics.includes(v.public)) {
    errors.public = context.staff ? 'Choisissez le public.' : 'Indiquez qui vous êtes.';
  }
  if (v.name.trim().length < 2) errors.name = 'Le nom doit compter au moins 2 caractères.';
  else if (v.name.trim().length > 120) errors.name = 'Nom trop long (120 caractères au plus).';
  const email = v.email.trim();
  const phoneDigits = v.phone.replace(/\D/g, '');
  if (email && !EMAIL.test(email)) errors.email = 'Adresse e-mail invalide (exemple : prenom.nom@exemple.fr).';
  if (!PHONE.test(v.phone.trim()) || v.phone.trim().length > 30) errors.phone = 'Numéro de téléphone invalide.';
  else if (v.phone.trim() && phoneDigits.length < 6) errors.phone = 'Numéro de téléphone trop court.';
  if (!errors.email && !errors.phone) {
    if (context.mode === 'phone' && !v.phone.trim()) {
      errors.phone = `Pour un rendez-vous par téléphone, indiquez le numéro où ${context.staff ? 'joindre la personne' : 'vous joindre'}.`;
    } else if (context.mode === 'video' && !email) {
      errors.email = `Pour un rendez-vous en visio, indiquez l’adresse e-mail où envoyer le lien.`;
    } else if (!email && !v.phone.trim()) {
      errors.email = `Indiquez une adresse e-mail ou un numéro de téléphone pour ${context.staff ? 'joindre la personne' : 'être joint·e'}.`;
    }
  }
  if (v.note.trim().length > MAX_NOTE) errors.note = `Message trop long (${MAX_NOTE} caractères au plus).`;
  if (context.withConsent && !v.consent) errors.consent = `Cochez la case pour que le relais puisse ${you} recevoir.`;
  return errors;
}

/**
 * The person of an appointment: public, name, e-mail and/or phone, commune, a short message, and
 * (online) the consent. Errors are listed on top with links to their fields; what was typed stays.
 */
export function PersonForm(props: {
  prefix: string;
  form: ReturnType<typeof useForm<PersonValues>>;
  reason: { audience: string };
  mode: string;
  communes: { inseeCode: string; name: string }[];
  submitLabel: string;
  withConsent: boolean;
  /** Staff booking for someone: "la personne" rather than "vous". */
  staff?: boolean;
  /** Between the fields and the button (the staff's link to a family). */
  extra?: ReactNode;
  onCancel?(): void;
  /** Sends the booking; an ApiError thrown shows in the summary (with its fields). */
  onSubmit(values: PersonValues): Promise<void>;
}) {
  const { form, prefix } = props;
  const summaryId = `${prefix}-erreurs`;
  const summary = useErrorSummary(form, summaryId);
  const publics = publicsOf(props.reason.audience);
  const send = useMutation({
    mutationFn: props.onSubmit,
    onError: (error) => summary.showServerErrors(error),
  });
  const field = (name: keyof PersonValues) => ({ id: inputId(prefix, name), ...form.getInputProps(name) });
  const you = !props.staff;

  return (
    <form
      noValidate
      aria-label={props.staff ? 'La personne' : 'Vos coordonnées'}
      onSubmit={(event) => {
        event.preventDefault();
        summary.clear();
        send.reset();
        const errors = personErrors(form.getValues(), {
          mode: props.mode,
          publics,
          withConsent: props.withConsent,
          staff: props.staff,
        });
        form.setErrors(errors);
        if (Object.keys(errors).length > 0) {
          summary.show(errors);
          return;
        }
        send.mutate(form.getValues());
      }}
    >
      <Stack gap="md">
        <ErrorSummary
          id={summaryId}
          title={props.staff ? 'Le rendez-vous n’a pas été réservé' : 'Votre rendez-vous n’est pas encore réservé'}
          errors={summary.errors}
          labels={LABELS}
          prefix={prefix}
          error={send.error}
        />

        <Radio.Group
          label={you ? 'Vous êtes' : 'La personne est'}
          withAsterisk
          {...form.getInputProps('public')}
          errorProps={{ id: `${prefix}-public-erreur` }}
        >
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing={8} mt={6}>
            {publics.map((key, index) => (
              <Radio
                key={key}
                value={key}
                label={PUBLICS[key]}
                id={index === 0 ? inputId(prefix, 'public') : `${inputId(prefix, 'public')}-${key}`}
                aria-describedby={form.errors.public ? `${prefix}-public-erreur` : undefined}
              />
            ))}
          </SimpleGrid>
        </Radio.Group>

        <TextInput label="Nom et prénom" withAsterisk autoComplete={you ? 'name' : 'off'} {...field('name')} />
        <TextInput
          type="email"
          label="Adresse e-mail"
          description={
            you
              ? 'Pour recevoir la confirmation et le rappel. Indiquez au moins l’e-mail ou le téléphone.'
              : 'La confirmation et le rappel y sont envoyés. L’e-mail ou le téléphone, au moins l’un des deux.'
          }
          autoComplete={you ? 'email' : 'off'}
          inputMode="email"
          {...field('email')}
        />
        <TextInput
          type="tel"
          label="Téléphone"
          description={props.mode === 'phone' ? 'Le relais appellera ce numéro à l’heure du rendez-vous.' : undefined}
          autoComplete={you ? 'tel' : 'off'}
          inputMode="tel"
          {...field('phone')}
        />
        {props.communes.length > 0 && (
          <NativeSelect
            label={you ? 'Votre commune (facultatif)' : 'Commune (facultatif)'}
            data={[
              { value: '', label: you ? 'Non précisée ou autre commune' : 'Non renseignée' },
              ...props.communes.map((c) => ({ value: c.inseeCode, label: c.name })),
            ]}
            {...field('inseeCode')}
          />
        )}
        <Textarea
          label={you ? 'Message (facultatif)' : 'Note (facultatif)'}
          description={
            you
              ? `En quelques mots, ce dont vous souhaitez parler (${MAX_NOTE} caractères au plus).`
              : `${MAX_NOTE} caractères au plus.`
          }
          autosize
          minRows={2}
          maxLength={MAX_NOTE}
          {...field('note')}
        />
        {props.extra}
        {props.withConsent && (
          <Checkbox
            label="J’accepte que le relais conserve ces informations pour organiser ce rendez-vous. Seule l’équipe du relais les voit ; elles sont effacées au terme de sa durée de conservation."
            {...form.getInputProps('consent', { type: 'checkbox' })}
            id={inputId(prefix, 'consent')}
          />
        )}
        <Stack gap="xs">
          <Button type="submit" size="md" loading={send.isPending} fullWidth>
            {props.submitLabel}
          </Button>
          {props.onCancel && (
            <Button variant="default" onClick={props.onCancel} fullWidth>
              Annuler
            </Button>
          )}
        </Stack>
      </Stack>
    </form>
  );
}
