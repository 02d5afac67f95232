import { Alert, Button, Group, Modal, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, fieldErrors, unwrap } from '../../api/client.js';
import { keys } from '../../api/gestion.js';
import type { Relais } from '../../api/types.js';
import { ErrorAlert, NoAccess } from '../../components/feedback.js';
import { PageHeader } from '../../components/page.js';
import { slugify } from '../../lib/format.js';
import { useGestion } from './context.js';
import { cardBody, EMPTY_CARD, RelaisCardFields, validateCard, type RelaisCardValues } from './RelaisCardFields.js';
import { RelaisTable } from './RelaisTable.js';

/** "/gestion/plateforme": every relais of the platform, and the creation of a new one (operator). */
export function PlatformPage() {
  const gestion = useGestion();
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<Relais | null>(null);
  const allowed = gestion.can('platform.manage');
  return (
    <>
      <PageHeader
        title="Relais de la plateforme"
        lead={
          allowed ? 'Créez un relais, puis choisissez-le pour renseigner son territoire et ses comptes.' : undefined
        }
        actions={
          allowed && (
            <Button
              onClick={() => {
                setCreated(null);
                setCreating(true);
              }}
            >
              Nouveau relais
            </Button>
          )
        }
      />
      {!allowed ? (
        <NoAccess />
      ) : (
        <Stack gap="md">
          {created && (
            <Alert
              color="relais"
              variant="light"
              role="status"
              withCloseButton
              closeButtonLabel="Fermer"
              onClose={() => setCreated(null)}
            >
              Le relais « {created.name} » est créé. Choisissez « Gérer » pour ajouter ses communes, ses lieux et ses
              comptes.
            </Alert>
          )}
          <RelaisTable />
        </Stack>
      )}
      <Modal opened={creating} onClose={() => setCreating(false)} title="Nouveau relais" size="lg">
        {creating && (
          <NewRelaisForm
            onCancel={() => setCreating(false)}
            onCreated={(relais) => {
              setCreating(false);
              setCreated(relais);
            }}
          />
        )}
      </Modal>
    </>
  );
}

interface NewRelaisValues extends RelaisCardValues {
  slug: string;
  epciCode: string;
}

function NewRelaisForm(props: { onCancel(): void; onCreated(relais: Relais): void }) {
  const queryClient = useQueryClient();
  const [slugTouched, setSlugTouched] = useState(false);
  const form = useForm<NewRelaisValues>({
    initialValues: { ...EMPTY_CARD, slug: '', epciCode: '' },
    validate: (values) => ({
      ...validateCard(values),
      slug: /^[a-z0-9-]{2,60}$/.test(values.slug) ? null : 'Lettres minuscules, chiffres et tirets uniquement.',
      epciCode: !values.epciCode || /^\d{9}$/.test(values.epciCode) ? null : 'Code SIREN d’EPCI invalide (9 chiffres).',
    }),
    onValuesChange: (values, previous) => {
      if (!slugTouched && values.name !== previous.name) form.setFieldValue('slug', slugify(values.name));
    },
  });
  const create = useMutation({
    mutationFn: (values: NewRelaisValues) =>
      unwrap(
        api.POST('/api/relais', {
          body: { ...cardBody(values), slug: values.slug, epciCode: values.epciCode.trim() || null },
        }),
      ),
    onSuccess: async (relais) => {
      await queryClient.invalidateQueries({ queryKey: keys.relaisList, exact: true });
      await queryClient.invalidateQueries({ queryKey: ['public'] });
      props.onCreated(relais);
    },
    onError: (error) => form.setErrors(fieldErrors(error)),
  });
  const slugProps = form.getInputProps('slug');
  return (
    <form noValidate onSubmit={form.onSubmit((values) => create.mutate(values))}>
      <Stack>
        <ErrorAlert error={create.error} title="Création impossible" />
        <RelaisCardFields form={form} />
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          <TextInput
            label="Identifiant dans l’adresse"
            description="Adresse publique : /r/identifiant"
            required
            {...slugProps}
            onChange={(event) => {
              setSlugTouched(true);
              slugProps.onChange(event);
            }}
          />
          <TextInput
            label="Code SIREN de l’EPCI"
            description="Facultatif, 9 chiffres"
            inputMode="numeric"
            {...form.getInputProps('epciCode')}
          />
        </SimpleGrid>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            Annuler
          </Button>
          <Button type="submit" loading={create.isPending}>
            Créer le relais
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
