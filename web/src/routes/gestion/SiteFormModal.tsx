import { Button, Checkbox, Group, Modal, NativeSelect, NumberInput, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, fieldErrors, unwrap } from '../../api/client.js';
import { keys } from '../../api/gestion.js';
import type { Commune, Site, SiteInput, SiteKind } from '../../api/types.js';
import { SITE_KIND_LABELS } from '../../auth/policy.js';
import { ErrorAlert } from '../../components/feedback.js';

interface SiteValues {
  name: string;
  kind: SiteKind;
  inseeCode: string;
  address: string;
  capacity: number | string;
  accessible: boolean;
  accessibilityNotes: string;
  forActivities: boolean;
  forPermanences: boolean;
}

function initialValues(site: Site | null, communes: Commune[]): SiteValues {
  if (site) {
    return {
      name: site.name,
      kind: site.kind,
      inseeCode: site.inseeCode,
      address: site.address,
      capacity: site.capacity ?? '',
      accessible: site.accessible,
      accessibilityNotes: site.accessibilityNotes,
      forActivities: site.forActivities,
      forPermanences: site.forPermanences,
    };
  }
  return {
    name: '',
    kind: 'community_hall',
    inseeCode: communes.length === 1 && communes[0] ? communes[0].inseeCode : '',
    address: '',
    capacity: '',
    accessible: false,
    accessibilityNotes: '',
    forActivities: true,
    forPermanences: false,
  };
}

function toInput(values: SiteValues): SiteInput {
  return {
    name: values.name.trim(),
    kind: values.kind,
    inseeCode: values.inseeCode,
    address: values.address.trim(),
    capacity: values.capacity === '' ? null : Number(values.capacity),
    accessible: values.accessible,
    accessibilityNotes: values.accessibilityNotes.trim(),
    forActivities: values.forActivities,
    forPermanences: values.forPermanences,
  };
}

/** Create or edit a venue. */
export function SiteFormModal(props: {
  relaisId: string;
  site: Site | null;
  opened: boolean;
  communes: Commune[];
  onClose(): void;
  onSaved(site: Site, created: boolean): void;
}) {
  return (
    <Modal
      opened={props.opened}
      onClose={props.onClose}
      title={props.site ? `Modifier le lieu « ${props.site.name} »` : 'Nouveau lieu'}
      size="lg"
    >
      {props.opened && <SiteForm key={props.site?.id ?? 'new'} {...props} />}
    </Modal>
  );
}

function SiteForm(props: {
  relaisId: string;
  site: Site | null;
  communes: Commune[];
  onClose(): void;
  onSaved(site: Site, created: boolean): void;
}) {
  const queryClient = useQueryClient();
  const form = useForm<SiteValues>({
    initialValues: initialValues(props.site, props.communes),
    validate: {
      name: (v) => (v.trim().length >= 2 ? null : 'Le nom doit compter au moins 2 caractères.'),
      inseeCode: (v) => (v ? null : 'Choisissez la commune du lieu.'),
      capacity: (v) =>
        v === '' || (Number.isInteger(Number(v)) && Number(v) >= 1 && Number(v) <= 500)
          ? null
          : 'La capacité est un nombre entier de 1 à 500.',
    },
  });
  const save = useMutation({
    mutationFn: (values: SiteValues) => {
      const body = toInput(values);
      return props.site
        ? unwrap(
            api.PUT('/api/relais/{relaisId}/sites/{siteId}', {
              params: { path: { relaisId: props.relaisId, siteId: props.site.id } },
              body,
            }),
          )
        : unwrap(api.POST('/api/relais/{relaisId}/sites', { params: { path: { relaisId: props.relaisId } }, body }));
    },
    onSuccess: async (site) => {
      await queryClient.invalidateQueries({ queryKey: keys.sites(props.relaisId) });
      await queryClient.invalidateQueries({ queryKey: ['public'] });
      props.onSaved(site, props.site === null);
    },
    onError: (error) => form.setErrors(fieldErrors(error)),
  });
  return (
    <form noValidate onSubmit={form.onSubmit((values) => save.mutate(values))}>
      <Stack>
        <ErrorAlert error={save.error} title="Enregistrement impossible" />
        <TextInput label="Nom du lieu" required data-autofocus {...form.getInputProps('name')} />
        <NativeSelect
          label="Type de lieu"
          required
          data={Object.entries(SITE_KIND_LABELS).map(([value, label]) => ({ value, label }))}
          {...form.getInputProps('kind')}
        />
        <NativeSelect
          label="Commune"
          required
          data={[
            { value: '', label: '— Choisir une commune —' },
            ...props.communes.map((c) => ({ value: c.inseeCode, label: c.name })),
          ]}
          {...form.getInputProps('inseeCode')}
        />
        <TextInput label="Adresse" {...form.getInputProps('address')} />
        <NumberInput
          label="Capacité (personnes, adultes et enfants)"
          description="Laissez vide si elle n’est pas connue."
          min={1}
          max={500}
          allowDecimal={false}
          allowNegative={false}
          {...form.getInputProps('capacity')}
        />
        <Checkbox
          label="Accessible aux personnes à mobilité réduite"
          {...form.getInputProps('accessible', { type: 'checkbox' })}
        />
        <Textarea
          label="Précisions sur l’accessibilité"
          autosize
          minRows={2}
          {...form.getInputProps('accessibilityNotes')}
        />
        <Checkbox
          label="Lieu d’animations (matinées d’éveil)"
          {...form.getInputProps('forActivities', { type: 'checkbox' })}
        />
        <Checkbox label="Lieu de permanences" {...form.getInputProps('forPermanences', { type: 'checkbox' })} />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onClose}>
            Annuler
          </Button>
          <Button type="submit" loading={save.isPending}>
            Enregistrer
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
