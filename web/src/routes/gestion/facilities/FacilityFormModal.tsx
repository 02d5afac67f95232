import {
  Button,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client.js';
import {
  CARE_KINDS,
  FACILITY_KIND_LABELS,
  facilityProblems,
  FUNDING_LABELS,
  isCareKind,
  SERVICE_KINDS,
  staleAfterSave,
  type Facility,
  type FacilityInput,
  type FacilityKind,
  type Funding,
} from '../../../api/facilities.js';
import type { Commune } from '../../../api/types.js';
import { parisToday } from '../../../lib/format.js';
import { ErrorSummary, inputId, useErrorSummary, type FormErrors } from '../childminders/shared.js';

interface FacilityValues {
  kind: FacilityKind;
  name: string;
  inseeCode: string;
  address: string;
  places: number | string;
  funding: Funding | '';
  openedOn: string;
  closedOn: string;
  phone: string;
  email: string;
  website: string;
  description: string;
}

const PREFIX = 'etablissement';
const SUMMARY_ID = 'etablissement-erreurs';
const MAX_PLACES = 500;

/** The label of each field, for the error summary. */
const LABELS: Record<string, string> = {
  kind: 'Type',
  name: 'Nom',
  inseeCode: 'Commune',
  address: 'Adresse',
  places: 'Places d’accueil',
  funding: 'Financement',
  openedOn: 'Date d’ouverture',
  closedOn: 'Date de fermeture',
  phone: 'Téléphone',
  email: 'Adresse e-mail',
  website: 'Site web',
  description: 'Présentation',
};

/** The usual funding of each kind of care: public EAJE by the PSU, micro-crèches by the PAJE. */
const USUAL_FUNDING: Partial<Record<FacilityKind, Funding>> = { eaje: 'psu', micro_creche: 'paje' };

const KIND_OPTIONS = [
  {
    group: 'Accueil collectif du jeune enfant',
    items: CARE_KINDS.map((kind) => ({ value: kind, label: FACILITY_KIND_LABELS[kind] })),
  },
  {
    group: 'Services aux familles',
    items: SERVICE_KINDS.map((kind) => ({ value: kind, label: FACILITY_KIND_LABELS[kind] })),
  },
];

function initialValues(facility: Facility | null, kind: FacilityKind, communes: Commune[]): FacilityValues {
  if (facility) {
    return {
      kind: facility.kind,
      name: facility.name,
      inseeCode: facility.inseeCode,
      address: facility.address,
      places: facility.places ?? '',
      funding: facility.funding ?? '',
      openedOn: facility.openedOn ?? '',
      closedOn: facility.closedOn ?? '',
      phone: facility.phone,
      email: facility.email,
      website: facility.website ?? '',
      description: facility.description,
    };
  }
  return {
    kind,
    name: '',
    inseeCode: communes.length === 1 && communes[0] ? communes[0].inseeCode : '',
    address: '',
    places: '',
    funding: USUAL_FUNDING[kind] ?? '',
    openedOn: '',
    closedOn: '',
    phone: '',
    email: '',
    website: '',
    description: '',
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

function toInput(v: FacilityValues): FacilityInput {
  const care = isCareKind(v.kind);
  return {
    kind: v.kind,
    name: v.name.trim(),
    inseeCode: v.inseeCode,
    address: v.address.trim(),
    phone: v.phone.trim(),
    email: v.email.trim(),
    website: v.website.trim(),
    places: care && v.places !== '' ? Number(v.places) : null,
    funding: care && v.funding !== '' ? v.funding : null,
    openedOn: orNull(v.openedOn),
    closedOn: orNull(v.closedOn),
    description: v.description.trim(),
  };
}

/** The checks of the browser: the shapes the server expects, then its own coherence rules. */
function validate(v: FacilityValues, today: string): FormErrors {
  const errors: FormErrors = {};
  if (v.name.trim().length < 2) errors.name = 'Le nom doit compter au moins 2 caractères.';
  if (!v.inseeCode) errors.inseeCode = 'Choisissez la commune.';
  if (isCareKind(v.kind) && v.places !== '') {
    const places = Number(v.places);
    if (!Number.isInteger(places) || places < 1 || places > MAX_PLACES) {
      errors.places = `Un nombre entier de places, de 1 à ${MAX_PLACES}.`;
    }
  }
  if (v.email.trim() && !/^\S+@\S+\.\S+$/.test(v.email.trim())) errors.email = 'Adresse e-mail invalide.';
  if (v.website.trim() && !/^https?:\/\/\S+\.\S+/.test(v.website.trim())) {
    errors.website = 'Adresse web invalide : elle commence par https:// (ou http://).';
  }
  // The server's own coherence rules, on the fields that are not already wrong.
  for (const problem of facilityProblems(toInput(v), today)) errors[problem.field] ??= problem.message;
  return errors;
}

/** Create or edit a collective facility or a family service. */
export function FacilityFormModal(props: {
  relaisId: string;
  facility: Facility | null;
  /** The kind a new record starts with (the "new" button of its section). */
  kind: FacilityKind;
  opened: boolean;
  communes: Commune[];
  onClose(): void;
  onSaved(facility: Facility, created: boolean): void;
}) {
  const title = props.facility
    ? `Modifier « ${props.facility.name} »`
    : isCareKind(props.kind)
      ? 'Nouvel établissement d’accueil'
      : 'Nouveau service aux familles';
  return (
    <Modal opened={props.opened} onClose={props.onClose} title={title} size="lg">
      {props.opened && <FacilityForm key={props.facility?.id ?? `new-${props.kind}`} {...props} />}
    </Modal>
  );
}

function FacilityForm(props: {
  relaisId: string;
  facility: Facility | null;
  kind: FacilityKind;
  communes: Commune[];
  onClose(): void;
  onSaved(facility: Facility, created: boolean): void;
}) {
  const { relaisId, facility } = props;
  const [today] = useState(() => parisToday());
  const queryClient = useQueryClient();
  const form = useForm<FacilityValues>({
    initialValues: initialValues(facility, props.kind, props.communes),
    validate: (values) => validate(values, today),
  });
  const summary = useErrorSummary(form, SUMMARY_ID);
  const save = useMutation({
    mutationFn: (values: FacilityValues) => {
      const body = toInput(values);
      return facility
        ? unwrap(
            api.PUT('/api/relais/{relaisId}/facilities/{facilityId}', {
              params: { path: { relaisId, facilityId: facility.id } },
              body,
            }),
          )
        : unwrap(api.POST('/api/relais/{relaisId}/facilities', { params: { path: { relaisId } }, body }));
    },
    onSuccess: async (saved) => {
      await Promise.all(staleAfterSave(relaisId).map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      props.onSaved(saved, facility === null);
    },
    onError: (error) => summary.showServerErrors(error),
  });
  const field = (name: keyof FacilityValues) => ({ id: inputId(PREFIX, name), ...form.getInputProps(name) });
  const care = isCareKind(form.values.kind);
  const kindProps = field('kind');

  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        summary.clear();
        save.mutate(values);
      }, summary.show)}
    >
      <Stack>
        <Text size="sm">Les champs marqués d’un astérisque (*) sont obligatoires.</Text>
        <ErrorSummary
          id={SUMMARY_ID}
          title="L’enregistrement n’a pas été fait"
          errors={summary.errors}
          labels={LABELS}
          prefix={PREFIX}
          error={save.error}
        />
        <NativeSelect
          label="Type"
          required
          data={KIND_OPTIONS}
          {...kindProps}
          onChange={(event) => {
            const kind = event.currentTarget.value as FacilityKind;
            kindProps.onChange(event);
            // A new kind of care starts with its usual funding, unless one is already chosen.
            if (form.values.funding === '' && USUAL_FUNDING[kind]) form.setFieldValue('funding', USUAL_FUNDING[kind]);
          }}
        />
        <TextInput label="Nom" required autoComplete="off" data-autofocus {...field('name')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <NativeSelect
            label="Commune"
            required
            data={[
              { value: '', label: '— Choisir une commune —' },
              ...props.communes.map((c) => ({ value: c.inseeCode, label: c.name })),
            ]}
            {...field('inseeCode')}
          />
          <TextInput label="Adresse" description="Numéro et voie." autoComplete="off" {...field('address')} />
          {care && (
            <>
              <NumberInput
                label="Places d’accueil"
                required
                description="Nombre d’enfants accueillis en même temps (agrément de la PMI)."
                min={1}
                max={MAX_PLACES}
                allowDecimal={false}
                allowNegative={false}
                {...field('places')}
              />
              <NativeSelect
                label="Financement"
                required
                description="PSU : EAJE publics et associatifs ; PAJE : micro-crèches privées."
                data={[
                  { value: '', label: '— Choisir —' },
                  ...Object.entries(FUNDING_LABELS).map(([value, label]) => ({ value, label })),
                ]}
                {...field('funding')}
              />
            </>
          )}
          <TextInput type="date" label="Date d’ouverture" {...field('openedOn')} />
          <TextInput
            type="date"
            label="Date de fermeture"
            description="Laissez vide tant qu’il est ouvert."
            max={today}
            {...field('closedOn')}
          />
          <TextInput type="tel" label="Téléphone" autoComplete="off" {...field('phone')} />
          <TextInput type="email" label="Adresse e-mail" autoComplete="off" {...field('email')} />
        </SimpleGrid>
        <TextInput
          type="url"
          label="Site web"
          description="Par exemple https://www.exemple.fr"
          autoComplete="off"
          {...field('website')}
        />
        <Textarea
          label="Présentation"
          description="Quelques mots pour les familles (public accueilli, horaires…)."
          autosize
          minRows={2}
          maxLength={2000}
          {...field('description')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            Annuler
          </Button>
          <Button type="submit" loading={save.isPending}>
            {facility ? 'Enregistrer les modifications' : 'Enregistrer'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
