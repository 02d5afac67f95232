import {
  Button,
  Checkbox,
  Fieldset,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import {
  approvalProblems,
  childminderHousesQuery,
  childminderKeys,
  childminderQuery,
  CONTACT_PREFERENCE_LABELS,
  fullName,
  MAX_PLACES,
  MIN_PLACES,
  PRACTICE_LABELS,
  type ChildminderDetail,
  type ChildminderHouse,
  type ChildminderInput,
} from '../../../api/childminders.js';
import { api, unwrap } from '../../../api/client.js';
import { communesQuery } from '../../../api/gestion.js';
import type { Commune } from '../../../api/types.js';
import { ErrorAlert, Loading } from '../../../components/feedback.js';
import { PageHeader } from '../../../components/page.js';
import { parisToday } from '../../../lib/format.js';
import { ErrorSummary, inputId, RegisterPage, useErrorSummary, type FormErrors } from './shared.js';

const PREFIX = 'am';
const LEGEND = { legend: { fontWeight: 700, fontSize: 'var(--mantine-font-size-lg)' } };
const SUMMARY_ID = 'am-erreurs';
const MAX_MONTHS = 216;

/** "/gestion/assistants-maternels/nouvelle": registers a childminder (arrival on the territory). */
export function NewChildminderPage() {
  return (
    <RegisterPage action="childminders.manage" title="Nouvelle fiche">
      {(relaisId) => (
        <>
          <PageHeader title="Nouvelle fiche" documentTitle="Nouvelle fiche d’assistant·e maternel·le" />
          <Loader relaisId={relaisId} childminder={null} />
        </>
      )}
    </RegisterPage>
  );
}

/** "/gestion/assistants-maternels/{id}/modifier": edits a file (every field at once). */
export function EditChildminderPage() {
  return (
    <RegisterPage action="childminders.manage" title="Modifier la fiche">
      {(relaisId) => <Edit relaisId={relaisId} />}
    </RegisterPage>
  );
}

function Edit({ relaisId }: { relaisId: string }) {
  const { childminderId } = useParams({ from: '/gestion/assistants-maternels/$childminderId/modifier' });
  const detail = useQuery(childminderQuery(relaisId, childminderId));
  const name = detail.data ? fullName(detail.data) : null;
  return (
    <>
      <PageHeader title={name ? `Modifier la fiche de ${name}` : 'Modifier la fiche'} />
      {detail.isPending ? (
        <Loading />
      ) : detail.isError ? (
        <ErrorAlert error={detail.error} title="Fiche introuvable" />
      ) : (
        <Loader relaisId={relaisId} childminder={detail.data} />
      )}
    </>
  );
}

const collator = new Intl.Collator('fr');

function Loader({ relaisId, childminder }: { relaisId: string; childminder: ChildminderDetail | null }) {
  const communes = useQuery(communesQuery(relaisId));
  const houses = useQuery(childminderHousesQuery(relaisId));
  if (communes.isPending || houses.isPending) return <Loading />;
  if (communes.isError) return <ErrorAlert error={communes.error} />;
  if (houses.isError) return <ErrorAlert error={houses.error} />;
  return (
    <ChildminderForm
      key={childminder?.id ?? 'new'}
      relaisId={relaisId}
      childminder={childminder}
      communes={[...communes.data].sort((a, b) => collator.compare(a.name, b.name))}
      houses={houses.data.filter((h) => h.open || h.id === childminder?.childminderHouseId)}
    />
  );
}

interface Values {
  firstName: string;
  lastName: string;
  birthDate: string;
  email: string;
  phone: string;
  address: string;
  postcode: string;
  inseeCode: string;
  approvalNumber: string;
  approvalDate: string;
  approvalRenewalDate: string;
  approvalPlaces: number | string;
  approvalMinAgeMonths: number | string;
  approvalMaxAgeMonths: number | string;
  derogations: string;
  reduced: boolean;
  reducedPlaces: number | string;
  reducedUntil: string;
  atypicalHours: boolean;
  emergencyCare: boolean;
  disabilityCare: boolean;
  practice: ChildminderInput['practice'];
  childminderHouseId: string;
  monenfantRegistered: boolean;
  acceptsTrainees: boolean;
  contactPreference: ChildminderInput['contactPreference'];
  publishAddress: boolean;
  publishPhone: boolean;
  registeredOn: string;
}

/** The label of each field, for the error summary. */
const LABELS: Record<string, string> = {
  firstName: 'Prénom',
  lastName: 'Nom',
  birthDate: 'Date de naissance',
  email: 'Adresse e-mail',
  phone: 'Téléphone',
  address: 'Adresse',
  postcode: 'Code postal',
  inseeCode: 'Commune',
  approvalNumber: 'Numéro d’agrément',
  approvalDate: 'Date d’agrément',
  approvalRenewalDate: 'Échéance du renouvellement',
  approvalPlaces: 'Places agréées',
  approvalMinAgeMonths: 'Âge minimum',
  approvalMaxAgeMonths: 'Âge maximum',
  derogations: 'Dérogations',
  reducedPlaces: 'Places pendant la réduction',
  reducedUntil: 'Fin de la réduction',
  practice: 'Lieu d’exercice',
  childminderHouseId: 'MAM',
  contactPreference: 'Préférence de contact',
  registeredOn: 'Date d’arrivée',
};

function initialValues(c: ChildminderDetail | null, communes: Commune[], today: string): Values {
  const num = (n: number | null | undefined) => (n === null || n === undefined ? '' : n);
  return {
    firstName: c?.firstName ?? '',
    lastName: c?.lastName ?? '',
    birthDate: c?.birthDate ?? '',
    email: c?.email ?? '',
    phone: c?.phone ?? '',
    address: c?.address ?? '',
    postcode: c?.postcode ?? '',
    inseeCode: c?.inseeCode ?? (communes.length === 1 && communes[0] ? communes[0].inseeCode : ''),
    approvalNumber: c?.approvalNumber ?? '',
    approvalDate: c?.approvalDate ?? '',
    approvalRenewalDate: c?.approvalRenewalDate ?? '',
    approvalPlaces: c?.approvalPlaces ?? MAX_PLACES,
    approvalMinAgeMonths: num(c?.approvalMinAgeMonths),
    approvalMaxAgeMonths: num(c?.approvalMaxAgeMonths),
    derogations: c?.derogations ?? '',
    reduced: c ? c.reducedPlaces !== null : false,
    reducedPlaces: num(c?.reducedPlaces),
    reducedUntil: c?.reducedUntil ?? '',
    atypicalHours: c?.atypicalHours ?? false,
    emergencyCare: c?.emergencyCare ?? false,
    disabilityCare: c?.disabilityCare ?? false,
    practice: c?.practice ?? 'home',
    childminderHouseId: c?.childminderHouseId ?? '',
    monenfantRegistered: c?.monenfantRegistered ?? false,
    acceptsTrainees: c?.acceptsTrainees ?? false,
    contactPreference: c?.contactPreference ?? 'email',
    publishAddress: c?.publishAddress ?? false,
    publishPhone: c?.publishPhone ?? false,
    registeredOn: today,
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());
const numberOrNull = (value: number | string) => (value === '' ? null : Number(value));

function toInput(v: Values): ChildminderInput {
  return {
    firstName: v.firstName.trim(),
    lastName: v.lastName.trim(),
    birthDate: orNull(v.birthDate),
    email: v.email.trim(),
    phone: v.phone.trim(),
    address: v.address.trim(),
    postcode: v.postcode.trim(),
    inseeCode: v.inseeCode,
    approvalNumber: v.approvalNumber.trim(),
    approvalDate: orNull(v.approvalDate),
    approvalRenewalDate: orNull(v.approvalRenewalDate),
    approvalPlaces: Number(v.approvalPlaces),
    approvalMinAgeMonths: numberOrNull(v.approvalMinAgeMonths),
    approvalMaxAgeMonths: numberOrNull(v.approvalMaxAgeMonths),
    derogations: v.derogations.trim(),
    reducedPlaces: v.reduced ? numberOrNull(v.reducedPlaces) : null,
    reducedUntil: v.reduced ? orNull(v.reducedUntil) : null,
    atypicalHours: v.atypicalHours,
    emergencyCare: v.emergencyCare,
    disabilityCare: v.disabilityCare,
    practice: v.practice,
    childminderHouseId: v.practice === 'mam' ? orNull(v.childminderHouseId) : null,
    monenfantRegistered: v.monenfantRegistered,
    acceptsTrainees: v.acceptsTrainees,
    contactPreference: v.contactPreference,
    publishAddress: v.publishAddress,
    publishPhone: v.publishPhone,
  };
}

const isInteger = (value: number | string, min: number, max: number) =>
  value !== '' && Number.isInteger(Number(value)) && Number(value) >= min && Number(value) <= max;

/** The checks of the browser: the shapes the server expects, then its own coherence rules. */
function validate(v: Values, today: string, creating: boolean): FormErrors {
  const errors: FormErrors = {};
  if (!v.firstName.trim()) errors.firstName = 'Le prénom est obligatoire.';
  if (!v.lastName.trim()) errors.lastName = 'Le nom est obligatoire.';
  if (v.email.trim() && !/^\S+@\S+\.\S+$/.test(v.email.trim())) errors.email = 'Adresse e-mail invalide.';
  if (!/^(\d{5})?$/.test(v.postcode.trim())) errors.postcode = 'Code postal invalide (5 chiffres).';
  if (!v.inseeCode) errors.inseeCode = 'Choisissez la commune.';
  if (!isInteger(v.approvalPlaces, MIN_PLACES, MAX_PLACES)) {
    errors.approvalPlaces = `Un agrément couvre de ${MIN_PLACES} à ${MAX_PLACES} places.`;
  }
  for (const field of ['approvalMinAgeMonths', 'approvalMaxAgeMonths'] as const) {
    if (v[field] !== '' && !isInteger(v[field], 0, MAX_MONTHS)) {
      errors[field] = `Un nombre de mois entier, de 0 à ${MAX_MONTHS}.`;
    }
  }
  if (v.reduced) {
    if (!isInteger(v.reducedPlaces, 0, Number(v.approvalPlaces) - 1)) {
      errors.reducedPlaces = 'Une réduction temporaire doit laisser moins de places que l’agrément.';
    }
    if (!v.reducedUntil) errors.reducedUntil = 'Précisez la date de fin de la réduction temporaire.';
  }
  if (creating && !v.registeredOn) errors.registeredOn = 'Précisez la date d’arrivée.';
  else if (creating && v.registeredOn > today)
    errors.registeredOn = 'La date d’arrivée ne peut pas être dans le futur.';
  // The server's own coherence rules, on the fields that are not already wrong.
  for (const problem of approvalProblems(toInput(v), today)) errors[problem.field] ??= problem.message;
  return errors;
}

function ChildminderForm(props: {
  relaisId: string;
  childminder: ChildminderDetail | null;
  communes: Commune[];
  houses: ChildminderHouse[];
}) {
  const { relaisId, childminder } = props;
  const creating = childminder === null;
  const [today] = useState(() => parisToday());
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useForm<Values>({
    initialValues: initialValues(childminder, props.communes, today),
    validate: (values) => validate(values, today, creating),
  });
  const summary = useErrorSummary(form, SUMMARY_ID);
  const save = useMutation({
    mutationFn: (values: Values) => {
      const body = toInput(values);
      return childminder
        ? unwrap(
            api.PUT('/api/relais/{relaisId}/childminders/{childminderId}', {
              params: { path: { relaisId, childminderId: childminder.id } },
              body,
            }),
          )
        : unwrap(
            api.POST('/api/relais/{relaisId}/childminders', {
              params: { path: { relaisId } },
              body: { ...body, registeredOn: values.registeredOn },
            }),
          );
    },
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: childminderKeys.all(relaisId) });
      await navigate({
        to: '/gestion/assistants-maternels/$childminderId',
        params: { childminderId: saved.id },
        state: (prev) => ({
          ...prev,
          notice: creating
            ? `La fiche de ${fullName(saved)} a été créée.`
            : `La fiche de ${fullName(saved)} a été modifiée.`,
        }),
      });
    },
    onError: (error) => summary.showServerErrors(error),
  });
  const cancelTarget = childminder
    ? ({ to: '/gestion/assistants-maternels/$childminderId', params: { childminderId: childminder.id } } as const)
    : ({ to: '/gestion/assistants-maternels' } as const);
  const id = (name: keyof Values) => inputId(PREFIX, name);
  const field = (name: keyof Values) => ({ id: id(name), ...form.getInputProps(name) });
  const check = (name: keyof Values) => ({ id: id(name), ...form.getInputProps(name, { type: 'checkbox' }) });

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        summary.clear();
        save.mutate(values);
      }, summary.show)}
    >
      <Stack gap="lg">
        <Text size="sm">Les champs marqués d’un astérisque (*) sont obligatoires.</Text>
        <ErrorSummary
          id={SUMMARY_ID}
          title="La fiche n’a pas été enregistrée"
          errors={summary.errors}
          labels={LABELS}
          prefix={PREFIX}
          error={save.error}
        />

        <Fieldset legend="Identité et contact" bg="white" styles={LEGEND}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Prénom" required autoComplete="off" {...field('firstName')} />
            <TextInput
              label="Nom"
              required
              autoComplete="off"
              description="Enregistré en majuscules."
              {...field('lastName')}
            />
            <TextInput
              type="date"
              label="Date de naissance"
              description="Sert à calculer l’âge (départs en retraite à prévoir)."
              max={today}
              {...field('birthDate')}
            />
            <TextInput type="email" label="Adresse e-mail" autoComplete="off" {...field('email')} />
            <TextInput type="tel" label="Téléphone" autoComplete="off" {...field('phone')} />
            <TextInput label="Adresse" description="Numéro et voie." autoComplete="off" {...field('address')} />
            <TextInput
              label="Code postal"
              inputMode="numeric"
              maxLength={5}
              autoComplete="off"
              {...field('postcode')}
            />
            <NativeSelect
              label="Commune"
              required
              description="Une commune du territoire du relais."
              data={[
                { value: '', label: '— Choisir une commune —' },
                ...props.communes.map((c) => ({ value: c.inseeCode, label: c.name })),
              ]}
              {...field('inseeCode')}
            />
          </SimpleGrid>
        </Fieldset>

        <Fieldset legend="Agrément" bg="white" styles={LEGEND}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <TextInput label="Numéro d’agrément" autoComplete="off" {...field('approvalNumber')} />
            <NumberInput
              label="Places agréées"
              required
              description={`De ${MIN_PLACES} à ${MAX_PLACES} enfants, selon l’arrêté d’agrément de la PMI.`}
              min={MIN_PLACES}
              max={MAX_PLACES}
              allowDecimal={false}
              allowNegative={false}
              {...field('approvalPlaces')}
            />
            <TextInput type="date" label="Date d’agrément" max={today} {...field('approvalDate')} />
            <TextInput
              type="date"
              label="Échéance du renouvellement"
              description="Date à laquelle l’agrément doit être renouvelé."
              {...field('approvalRenewalDate')}
            />
            <NumberInput
              label="Âge minimum (en mois)"
              description="Laissez vide si l’agrément ne le précise pas."
              min={0}
              max={MAX_MONTHS}
              allowDecimal={false}
              allowNegative={false}
              {...field('approvalMinAgeMonths')}
            />
            <NumberInput
              label="Âge maximum (en mois)"
              description="Par exemple 36 pour 3 ans."
              min={0}
              max={MAX_MONTHS}
              allowDecimal={false}
              allowNegative={false}
              {...field('approvalMaxAgeMonths')}
            />
          </SimpleGrid>
          <Textarea
            mt="sm"
            label="Dérogations"
            description="Dérogations accordées par la PMI (enfant supplémentaire, âge…)."
            autosize
            minRows={2}
            {...field('derogations')}
          />
          <Checkbox
            mt="md"
            label="Réduction temporaire du nombre de places"
            description="Par exemple pendant un congé ou à la demande de la PMI : les places d’aujourd’hui en tiennent compte."
            {...check('reduced')}
          />
          {form.values.reduced && (
            <SimpleGrid cols={{ base: 1, sm: 2 }} mt="sm">
              <NumberInput
                label="Places pendant la réduction"
                required
                min={0}
                max={Math.max(0, Number(form.values.approvalPlaces) - 1)}
                allowDecimal={false}
                allowNegative={false}
                {...field('reducedPlaces')}
              />
              <TextInput type="date" label="Fin de la réduction" required {...field('reducedUntil')} />
            </SimpleGrid>
          )}
        </Fieldset>

        <Fieldset legend="Exercice" bg="white" styles={LEGEND}>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            <NativeSelect
              label="Lieu d’exercice"
              required
              data={Object.entries(PRACTICE_LABELS).map(([value, label]) => ({ value, label }))}
              {...field('practice')}
            />
            {form.values.practice === 'mam' &&
              (props.houses.length > 0 ? (
                <NativeSelect
                  label="MAM"
                  required
                  data={[
                    { value: '', label: '— Choisir une MAM —' },
                    ...props.houses.map((h) => ({ value: h.id, label: `${h.name} (${h.communeName})` })),
                  ]}
                  {...field('childminderHouseId')}
                />
              ) : (
                <Text size="sm" id={id('childminderHouseId')} tabIndex={-1}>
                  Aucune MAM n’est enregistrée pour ce relais : ajoutez-la d’abord.
                </Text>
              ))}
          </SimpleGrid>
          <Stack gap="sm" mt="md">
            <Checkbox label="Horaires atypiques (tôt le matin, tard le soir, week-end)" {...check('atypicalHours')} />
            <Checkbox label="Accueil d’urgence" {...check('emergencyCare')} />
            <Checkbox label="Accueil d’enfants en situation de handicap" {...check('disabilityCare')} />
            <Checkbox label="Inscrit·e sur monenfant.fr" {...check('monenfantRegistered')} />
            <Checkbox
              label="Accueille des stagiaires (formation des assistants maternels)"
              {...check('acceptsTrainees')}
            />
          </Stack>
        </Fieldset>

        <Fieldset legend="Préférences et publication" bg="white" styles={LEGEND}>
          <Stack gap="sm">
            <NativeSelect
              label="Préférence de contact"
              description="Comment le relais la ou le contacte en priorité."
              data={Object.entries(CONTACT_PREFERENCE_LABELS).map(([value, label]) => ({ value, label }))}
              maw={320}
              {...field('contactPreference')}
            />
            <Text size="sm" id="am-publication-aide">
              Publication : l’adresse et le téléphone n’apparaîtront dans l’annuaire public qu’avec l’accord de
              l’assistant·e maternel·le.
            </Text>
            <Checkbox
              label="Publier l’adresse dans l’annuaire public"
              aria-describedby="am-publication-aide"
              {...check('publishAddress')}
            />
            <Checkbox
              label="Publier le téléphone dans l’annuaire public"
              aria-describedby="am-publication-aide"
              {...check('publishPhone')}
            />
          </Stack>
        </Fieldset>

        {creating && (
          <Fieldset legend="Arrivée sur le territoire" bg="white" styles={LEGEND}>
            <TextInput
              type="date"
              label="Date d’arrivée"
              required
              description="Date du nouvel agrément ou de l’installation sur le territoire ; aujourd’hui par défaut."
              max={today}
              maw={320}
              {...field('registeredOn')}
            />
          </Fieldset>
        )}

        <Group justify="flex-end">
          <Button variant="default" onClick={() => void navigate(cancelTarget)}>
            Annuler
          </Button>
          <Button type="submit" loading={save.isPending}>
            {creating ? 'Créer la fiche' : 'Enregistrer les modifications'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
