import { Button, Group, Modal, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client.js';
import { openingProblems, staleAfterSave, type ChildminderHouse, type HouseInput } from '../../../api/facilities.js';
import { accountsQuery } from '../../../api/gestion.js';
import type { Commune } from '../../../api/types.js';
import { parisToday } from '../../../lib/format.js';
import { ErrorSummary, inputId, useErrorSummary, type FormErrors } from '../childminders/shared.js';
import { useGestion } from '../context.js';

interface HouseValues {
  name: string;
  inseeCode: string;
  address: string;
  openedOn: string;
  closedOn: string;
  referentUserId: string;
  lastVisitOn: string;
}

const PREFIX = 'mam';
const SUMMARY_ID = 'mam-erreurs';

/** The label of each field, for the error summary. */
const LABELS: Record<string, string> = {
  name: 'Nom de la MAM',
  inseeCode: 'Commune',
  address: 'Adresse',
  openedOn: 'Date d’ouverture',
  closedOn: 'Date de fermeture',
  referentUserId: 'Référent·e',
  lastVisitOn: 'Dernière visite',
};

function initialValues(house: ChildminderHouse | null, communes: Commune[]): HouseValues {
  return {
    name: house?.name ?? '',
    inseeCode: house?.inseeCode ?? (communes.length === 1 && communes[0] ? communes[0].inseeCode : ''),
    address: house?.address ?? '',
    openedOn: house?.openedOn ?? '',
    closedOn: house?.closedOn ?? '',
    referentUserId: house?.referentUserId ?? '',
    lastVisitOn: house?.lastVisitOn ?? '',
  };
}

const orNull = (text: string) => (text.trim() === '' ? null : text.trim());

function toInput(v: HouseValues): HouseInput {
  return {
    name: v.name.trim(),
    inseeCode: v.inseeCode,
    address: v.address.trim(),
    openedOn: orNull(v.openedOn),
    closedOn: orNull(v.closedOn),
    referentUserId: orNull(v.referentUserId),
    lastVisitOn: orNull(v.lastVisitOn),
  };
}

/** The checks of the browser, the same as the server's (which decides anyway). */
function validate(v: HouseValues, today: string): FormErrors {
  const errors: FormErrors = {};
  if (v.name.trim().length < 2) errors.name = 'Le nom doit compter au moins 2 caractères.';
  if (!v.inseeCode) errors.inseeCode = 'Choisissez la commune de la MAM.';
  for (const problem of openingProblems(orNull(v.openedOn), orNull(v.closedOn), today)) {
    errors.closedOn ??= problem.message;
  }
  if (v.lastVisitOn && v.lastVisitOn > today) {
    errors.lastVisitOn = 'La dernière visite ne peut pas être dans le futur.';
  }
  return errors;
}

/**
 * Who may be the referent of a MAM: an active animator or manager of the relais. The full list of
 * accounts is only readable by those who manage accounts; others choose among the referents
 * already named and themselves (the server checks the choice anyway).
 */
function useReferentOptions(relaisId: string, houses: ChildminderHouse[], current: ChildminderHouse | null) {
  const gestion = useGestion();
  const canListAccounts = gestion.can('accounts.manage');
  const accounts = useQuery({ ...accountsQuery(relaisId), enabled: canListAccounts });
  const names = new Map<string, string>();
  for (const a of accounts.data ?? []) {
    if (!a.disabled && (a.role === 'manager' || a.role === 'animator')) names.set(a.id, a.displayName);
  }
  for (const h of houses) if (h.referentUserId && h.referentName) names.set(h.referentUserId, h.referentName);
  if (gestion.user.role === 'manager' || gestion.user.role === 'animator') {
    names.set(gestion.user.id, gestion.user.displayName);
  }
  const collator = new Intl.Collator('fr');
  const options = [...names].sort(([, a], [, b]) => collator.compare(a, b)).map(([value, label]) => ({ value, label }));
  if (current?.referentUserId && !names.has(current.referentUserId)) {
    options.push({ value: current.referentUserId, label: 'Compte désactivé — à remplacer' });
  }
  return [{ value: '', label: '— Aucun·e référent·e —' }, ...options];
}

/** Create or edit a MAM. */
export function HouseFormModal(props: {
  relaisId: string;
  house: ChildminderHouse | null;
  houses: ChildminderHouse[];
  opened: boolean;
  communes: Commune[];
  onClose(): void;
  onSaved(house: ChildminderHouse, created: boolean): void;
}) {
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.house ? `Modifier la MAM « ${props.house.name} »` : 'Nouvelle MAM'}
      size="lg"
    >
      {props.opened && <HouseForm key={props.house?.id ?? 'new'} {...props} />}
    </Modal>
  );
}

function HouseForm(props: {
  relaisId: string;
  house: ChildminderHouse | null;
  houses: ChildminderHouse[];
  communes: Commune[];
  onClose(): void;
  onSaved(house: ChildminderHouse, created: boolean): void;
}) {
  const { relaisId, house } = props;
  const [today] = useState(() => parisToday());
  const queryClient = useQueryClient();
  const referents = useReferentOptions(relaisId, props.houses, house);
  const form = useForm<HouseValues>({
    initialValues: initialValues(house, props.communes),
    validate: (values) => validate(values, today),
  });
  const summary = useErrorSummary(form, SUMMARY_ID);
  const save = useMutation({
    mutationFn: (values: HouseValues) => {
      const body = toInput(values);
      return house
        ? unwrap(
            api.PUT('/api/relais/{relaisId}/childminder-houses/{houseId}', {
              params: { path: { relaisId, houseId: house.id } },
              body,
            }),
          )
        : unwrap(api.POST('/api/relais/{relaisId}/childminder-houses', { params: { path: { relaisId } }, body }));
    },
    onSuccess: async (saved) => {
      await Promise.all(staleAfterSave(relaisId).map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      props.onSaved(saved, house === null);
    },
    onError: (error) => summary.showServerErrors(error),
  });
  const field = (name: keyof HouseValues) => ({ id: inputId(PREFIX, name), ...form.getInputProps(name) });

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
          title="La MAM n’a pas été enregistrée"
          errors={summary.errors}
          labels={LABELS}
          prefix={PREFIX}
          error={save.error}
        />
        <TextInput label="Nom de la MAM" required autoComplete="off" data-autofocus {...field('name')} />
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
          <TextInput type="date" label="Date d’ouverture" {...field('openedOn')} />
          <TextInput
            type="date"
            label="Date de fermeture"
            description="Laissez vide tant que la MAM est ouverte."
            {...field('closedOn')}
          />
          <NativeSelect
            label="Référent·e"
            description="L’animateur·rice du relais qui suit la MAM."
            data={referents}
            {...field('referentUserId')}
          />
          <TextInput
            type="date"
            label="Dernière visite"
            description="La MAM est visitée tous les deux ans."
            max={today}
            {...field('lastVisitOn')}
          />
        </SimpleGrid>
        <Text size="sm" c="dimmed">
          Les assistant·es maternel·les membres se rattachent à la MAM depuis leur fiche du registre : leur nombre et
          leurs places s’affichent dans la liste.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            Annuler
          </Button>
          <Button type="submit" loading={save.isPending}>
            {house ? 'Enregistrer les modifications' : 'Créer la MAM'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
