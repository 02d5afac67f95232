import { Button, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { ApiError } from '../../../api/client.js';
import {
  MAX_DETAILS,
  offerProblems,
  weeklyMinutes,
  type OfferForm,
  type ParentEditInput,
  type ScheduleEntry,
} from '../../../api/job-offers.js';
import { Honeypot } from '../../../components/Honeypot.js';
import { parisToday } from '../../../lib/format.js';
import { ErrorSummary, focusSoon, inputId } from '../../gestion/childminders/shared.js';
import { WEEK_DAYS } from '../../../lib/weekdays.js';

export const PREFIX = 'offre';
const SUMMARY_ID = `${PREFIX}-erreurs`;
const PHONE = /^[0-9 +().-]*$/;
const DAYS = WEEK_DAYS;
const RADII = [5, 10, 15, 20, 30];

interface Day {
  on: boolean;
  from: string;
  to: string;
}

/** The form's fields as typed (strings), for a new offer or an edit from the parent's link. */
export interface OfferValues {
  inseeCode: string;
  communes: string[];
  radiusKm: string;
  startOn: string;
  endOn: string;
  days: Record<number, Day>;
  childBirthOn: string;
  childrenCount: string;
  disability: boolean;
  emergency: boolean;
  details: string;
  name: string;
  email: string;
  phone: string;
  showPhone: boolean;
  consent: boolean;
  /** A trap for robots: hidden from people, it stays empty. */
  website: string;
}

const noDays = (): Record<number, Day> =>
  Object.fromEntries(DAYS.map(([day]) => [day, { on: false, from: '08:00', to: '18:00' }]));

export const BLANK_OFFER: OfferValues = {
  inseeCode: '',
  communes: [],
  radiusKm: '',
  startOn: '',
  endOn: '',
  days: noDays(),
  childBirthOn: '',
  childrenCount: '1',
  disability: false,
  emergency: false,
  details: '',
  name: '',
  email: '',
  phone: '',
  showPhone: false,
  consent: false,
  website: '',
};

/** The values of an offer as the server describes it (to edit it). */
export function valuesOf(offer: {
  inseeCode: string;
  communes: { inseeCode: string }[];
  radiusKm: number | null;
  startOn: string;
  endOn: string | null;
  schedule: ScheduleEntry[];
  childBirthOn: string | null;
  childrenCount: number;
  disability: boolean;
  emergency: boolean;
  details: string;
  name: string;
  email: string;
  parentPhone: string;
  showPhone: boolean;
}): OfferValues {
  const days = noDays();
  for (const e of offer.schedule) days[e.day] = { on: true, from: e.from, to: e.to };
  return {
    ...BLANK_OFFER,
    inseeCode: offer.inseeCode,
    communes: offer.communes.map((c) => c.inseeCode).filter((code) => code !== offer.inseeCode),
    radiusKm: offer.radiusKm === null ? '' : String(offer.radiusKm),
    startOn: offer.startOn,
    endOn: offer.endOn ?? '',
    days,
    childBirthOn: offer.childBirthOn ?? '',
    childrenCount: String(offer.childrenCount),
    disability: offer.disability,
    emergency: offer.emergency,
    details: offer.details,
    name: offer.name,
    email: offer.email,
    phone: offer.parentPhone,
    showPhone: offer.showPhone,
  };
}

export function scheduleOf(v: OfferValues): ScheduleEntry[] {
  return DAYS.filter(([day]) => v.days[day]?.on).map(([day]) => ({
    day,
    from: v.days[day]!.from,
    to: v.days[day]!.to,
  }));
}

/** What the parent may change from her link (the need, her name and phone). */
export function toEditInput(v: OfferValues): ParentEditInput {
  return {
    inseeCode: v.inseeCode,
    communes: v.communes.filter((code) => code !== v.inseeCode),
    radiusKm: v.radiusKm === '' ? null : Number(v.radiusKm),
    startOn: v.startOn,
    endOn: v.endOn || null,
    schedule: scheduleOf(v),
    childBirthOn: v.childBirthOn,
    childrenCount: Number(v.childrenCount),
    disability: v.disability,
    emergency: v.emergency,
    details: v.details.trim(),
    name: v.name.trim(),
    phone: v.phone.trim(),
    showPhone: v.showPhone,
  };
}

/** The label of each field, for the error summary. */
const LABELS: Record<string, string> = {
  inseeCode: 'Votre commune',
  communes: 'Autres communes possibles',
  radiusKm: 'Ou dans un rayon de',
  startOn: 'Début de l’accueil',
  endOn: 'Fin de l’accueil',
  schedule: 'Jours et horaires',
  childBirthOn: 'Naissance de l’enfant',
  childrenCount: 'Nombre d’enfants',
  details: 'Précisions',
  name: 'Votre nom',
  email: 'Adresse e-mail',
  phone: 'Téléphone',
  consent: 'Accord',
};

/** The checks of the browser: what is missing or malformed, then the shared rules of an offer. */
function validate(v: OfferValues, form: OfferForm, creating: boolean): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.inseeCode) errors.inseeCode = 'Choisissez votre commune.';
  if (!v.startOn) errors.startOn = 'Indiquez la date de début de l’accueil.';
  if (!v.childBirthOn) errors.childBirthOn = 'Indiquez la date de naissance, prévue ou non, de l’enfant.';
  if (v.name.trim().length < 2) errors.name = 'Indiquez votre nom (2 caractères au moins).';
  if (creating && !/^\S+@\S+\.\S+$/.test(v.email.trim())) errors.email = 'Indiquez une adresse e-mail valide.';
  if (!PHONE.test(v.phone.trim())) errors.phone = 'Numéro de téléphone invalide.';
  if (v.details.trim().length > MAX_DETAILS) errors.details = `Texte trop long (${MAX_DETAILS} caractères au plus).`;
  if (creating && !v.consent) {
    errors.consent = 'Votre accord est nécessaire pour que le relais diffuse votre offre.';
  }
  if (v.inseeCode && v.startOn && v.childBirthOn) {
    const names = new Map(form.communes.map((c) => [c.inseeCode, c.name]));
    const facts = {
      inseeCode: v.inseeCode,
      communes: v.communes,
      radiusKm: v.radiusKm === '' ? null : Number(v.radiusKm),
      startOn: v.startOn,
      endOn: v.endOn || null,
      schedule: scheduleOf(v),
      childBirthOn: v.childBirthOn,
      childrenCount: Number(v.childrenCount),
      phone: v.phone,
      showPhone: v.showPhone,
    };
    const territory = { communes: names, nameOf: (code: string) => names.get(code) ?? code };
    const problems = offerProblems(facts, parisToday(), territory);
    for (const problem of problems) errors[fieldOf(problem.field)] ??= problem.message;
  }
  return errors;
}

/** The server's field names as this form knows them ("schedule.2.to" → "schedule"). */
function fieldOf(field: string): string {
  return field.split(/[.[/]/)[0] ?? field;
}

function serverErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(error.fields.map((f) => [fieldOf(f.field), f.message]));
}

/**
 * The need (where, when, which days and hours, the child) and the parent's details; the e-mail and
 * the consent only when posting a new offer.
 */
export function OfferFields<T>(props: {
  form: OfferForm;
  initial: OfferValues;
  creating: boolean;
  submitLabel: string;
  save(values: OfferValues): Promise<T>;
  onSaved(result: T, values: OfferValues): void;
  onCancel?: () => void;
}) {
  const [values, setValues] = useState<OfferValues>(props.initial);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const send = useMutation({
    mutationFn: props.save,
    onSuccess: (result, v) => props.onSaved(result, v),
    onError: (error) => {
      setErrors(serverErrors(error));
      focusSoon(SUMMARY_ID);
    },
  });

  const change = <K extends keyof OfferValues>(key: K, value: OfferValues[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors(({ [key]: _gone, ...rest }) => rest);
  };
  const changeDay = (day: number, patch: Partial<Day>) => {
    setValues((v) => ({ ...v, days: { ...v.days, [day]: { ...v.days[day]!, ...patch } } }));
    setErrors(({ schedule: _gone, ...rest }) => rest);
  };
  const text = (key: 'startOn' | 'endOn' | 'childBirthOn' | 'details' | 'name' | 'email' | 'phone') => ({
    id: inputId(PREFIX, key),
    error: errors[key],
    value: values[key],
    onChange: (event: { currentTarget: { value: string } }) => change(key, event.currentTarget.value),
  });

  const submit = () => {
    send.reset();
    const found = validate(values, props.form, props.creating);
    setErrors(found);
    if (Object.keys(found).length > 0) {
      focusSoon(SUMMARY_ID);
      return;
    }
    send.mutate(values);
  };

  const hours = weeklyMinutes(scheduleOf(values)) / 60;
  const others = props.form.communes.filter((c) => c.inseeCode !== values.inseeCode);

  return (
    <form
      noValidate
      aria-label="Votre besoin d’accueil"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="lg">
        <ErrorSummary
          id={SUMMARY_ID}
          title="Votre offre n’a pas été enregistrée"
          errors={errors}
          labels={LABELS}
          prefix={PREFIX}
          error={send.error}
        />

        <NativeSelect
          label="Votre commune"
          description="L’offre est diffusée aux assistant·es maternel·les du territoire du relais."
          required
          id={inputId(PREFIX, 'inseeCode')}
          error={errors.inseeCode}
          value={values.inseeCode}
          onChange={(event) => change('inseeCode', event.currentTarget.value)}
          data={[
            { value: '', label: 'Choisissez votre commune' },
            ...props.form.communes.map((c) => ({ value: c.inseeCode, label: c.name })),
          ]}
        />
        <Checkbox.Group
          label="Autres communes possibles (facultatif)"
          description="Par exemple celle de votre travail."
          value={values.communes}
          error={errors.communes}
          onChange={(codes) => change('communes', codes)}
        >
          <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs" mt={6}>
            {others.map((c, index) => (
              <Checkbox
                key={c.inseeCode}
                value={c.inseeCode}
                id={index === 0 ? inputId(PREFIX, 'communes') : `${inputId(PREFIX, 'communes')}-${c.inseeCode}`}
                label={c.name}
              />
            ))}
          </SimpleGrid>
        </Checkbox.Group>
        <NativeSelect
          label="Ou dans un rayon de (facultatif)"
          id={inputId(PREFIX, 'radiusKm')}
          error={errors.radiusKm}
          value={values.radiusKm}
          onChange={(event) => change('radiusKm', event.currentTarget.value)}
          data={[
            { value: '', label: 'Seulement les communes choisies' },
            ...RADII.filter((km) => km <= props.form.maxRadiusKm).map((km) => ({
              value: String(km),
              label: `${km} km autour de ma commune`,
            })),
          ]}
        />

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput type="date" label="Début de l’accueil" required {...text('startOn')} />
          <TextInput type="date" label="Fin de l’accueil (facultatif)" {...text('endOn')} />
        </SimpleGrid>

        <Stack gap={6} role="group" aria-labelledby={`${PREFIX}-jours`}>
          <Text fw={500} size="sm" id={`${PREFIX}-jours`}>
            Jours et horaires d’accueil <span aria-hidden="true">*</span>
          </Text>
          <Text size="xs" c="dimmed">
            Cochez les jours, puis l’heure d’arrivée et de départ de l’enfant.{' '}
            {hours > 0 &&
              `Soit ${Number.isInteger(hours) ? hours : hours.toFixed(1).replace('.', ',')} heures par semaine.`}
          </Text>
          {errors.schedule && (
            <Text size="sm" c="red.7" role="alert">
              {errors.schedule}
            </Text>
          )}
          {DAYS.map(([day, label], index) => {
            const d = values.days[day]!;
            return (
              <Group key={day} gap="sm" wrap="nowrap" align="center">
                <Checkbox
                  w={110}
                  id={index === 0 ? inputId(PREFIX, 'schedule') : `${inputId(PREFIX, 'schedule')}-${day}`}
                  label={label}
                  checked={d.on}
                  onChange={(event) => changeDay(day, { on: event.currentTarget.checked })}
                />
                <TextInput
                  type="time"
                  aria-label={`Arrivée le ${label.toLowerCase()}`}
                  disabled={!d.on}
                  value={d.from}
                  onChange={(event) => changeDay(day, { from: event.currentTarget.value })}
                />
                <TextInput
                  type="time"
                  aria-label={`Départ le ${label.toLowerCase()}`}
                  disabled={!d.on}
                  value={d.to}
                  onChange={(event) => changeDay(day, { to: event.currentTarget.value })}
                />
              </Group>
            );
          })}
        </Stack>

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            type="date"
            label="Naissance de l’enfant"
            description="Date de naissance, ou naissance prévue."
            required
            {...text('childBirthOn')}
          />
          <NativeSelect
            label="Nombre d’enfants à accueillir"
            id={inputId(PREFIX, 'childrenCount')}
            error={errors.childrenCount}
            value={values.childrenCount}
            onChange={(event) => change('childrenCount', event.currentTarget.value)}
            data={['1', '2', '3', '4']}
          />
        </SimpleGrid>
        <Stack gap="xs">
          <Checkbox
            label="L’enfant a un handicap ou une maladie qui demande une attention particulière"
            checked={values.disability}
            onChange={(event) => change('disability', event.currentTarget.checked)}
          />
          <Checkbox
            label="C’est urgent (reprise de travail imminente, accueil à trouver sous quelques jours)"
            checked={values.emergency}
            onChange={(event) => change('emergency', event.currentTarget.checked)}
          />
        </Stack>
        <Textarea
          label="Précisions pour les assistant·es maternel·les (facultatif)"
          description="Par exemple : périodes de congés, souplesse sur les horaires. N’écrivez ni votre nom ni votre adresse : les assistant·es maternel·les vous répondent par le relais."
          autosize
          minRows={3}
          maxLength={MAX_DETAILS}
          {...text('details')}
        />

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput label="Votre nom" required autoComplete="name" maxLength={120} {...text('name')} />
          {props.creating && (
            <TextInput
              type="email"
              label="Adresse e-mail"
              description="Pour confirmer l’offre et recevoir les réponses."
              required
              autoComplete="email"
              maxLength={254}
              {...text('email')}
            />
          )}
          <TextInput type="tel" label="Téléphone (facultatif)" autoComplete="tel" maxLength={30} {...text('phone')} />
        </SimpleGrid>
        <Checkbox
          label="Afficher mon numéro de téléphone aux assistant·es maternel·les qui reçoivent l’offre"
          description="Sinon, elles vous répondent par e-mail, par l’intermédiaire du relais."
          checked={values.showPhone}
          onChange={(event) => change('showPhone', event.currentTarget.checked)}
        />

        {props.creating && (
          <>
            <Honeypot
              id={inputId(PREFIX, 'website')}
              value={values.website}
              onChange={(value) => change('website', value)}
            />
            <Checkbox
              id={inputId(PREFIX, 'consent')}
              error={errors.consent}
              checked={values.consent}
              onChange={(event) => change('consent', event.currentTarget.checked)}
              label={`J’accepte que le relais vérifie mon offre et la diffuse, sans mon nom ni mon adresse, aux assistant·es maternel·les qui y correspondent ; elle expire après ${props.form.expiryDays} jours et mes informations sont effacées ${props.form.relais.retentionMonths} mois après sa clôture.`}
              required
            />
          </>
        )}

        <Group gap="sm">
          <Button type="submit" size="md" loading={send.isPending}>
            {props.submitLabel}
          </Button>
          {props.onCancel && (
            <Button variant="subtle" onClick={props.onCancel}>
              Annuler
            </Button>
          )}
        </Group>
      </Stack>
    </form>
  );
}
