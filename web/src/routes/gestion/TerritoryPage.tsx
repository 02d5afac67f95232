import { Alert, Button, Card, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, fieldErrors, unwrap } from '../../api/client.js';
import { communesQuery, keys, referenceCommunesQuery, relaisQuery } from '../../api/gestion.js';
import type { Commune, Relais } from '../../api/types.js';
import { SESSION_KEY } from '../../auth/session.js';
import { ErrorAlert, Loading } from '../../components/feedback.js';
import { TableScroll } from '../../components/layout.js';
import { formatNumber, plural } from '../../lib/format.js';
import { StaffPage, useGestion } from './context.js';
import { cardBody, RelaisCardFields, validateCard, type RelaisCardValues } from './RelaisCardFields.js';

/** "/gestion/territoire": the communes of the relais, and its public card. */
export function TerritoryPage() {
  return (
    <StaffPage title="Territoire" action="relais.read">
      {(relaisId) => <Territory relaisId={relaisId} />}
    </StaffPage>
  );
}

const collator = new Intl.Collator('fr');

function Territory({ relaisId }: { relaisId: string }) {
  const gestion = useGestion();
  const communes = useQuery(communesQuery(relaisId));
  const canManage = gestion.can('communes.manage');
  return (
    <Stack gap="xl">
      <section aria-labelledby="communes-title">
        <Title order={2} size="h3" id="communes-title" mb="sm">
          Communes couvertes
        </Title>
        {communes.isPending ? (
          <Loading />
        ) : communes.isError ? (
          <ErrorAlert error={communes.error} />
        ) : (
          <CommunesTable relaisId={relaisId} communes={communes.data} canManage={canManage} />
        )}
      </section>
      {canManage && (
        <section aria-labelledby="add-commune-title">
          <Title order={2} size="h3" id="add-commune-title" mb="sm">
            Ajouter une commune
          </Title>
          <AddCommune relaisId={relaisId} covered={new Set((communes.data ?? []).map((c) => c.inseeCode))} />
        </section>
      )}
      {gestion.can('relais.update') && (
        <section aria-labelledby="fiche">
          <Title order={2} size="h3" id="fiche" mb="sm" tabIndex={-1}>
            Fiche publique du relais
          </Title>
          <RelaisCardEditor relaisId={relaisId} />
        </section>
      )}
    </Stack>
  );
}

function CommunesTable(props: { relaisId: string; communes: Commune[]; canManage: boolean }) {
  const queryClient = useQueryClient();
  const [toRemove, setToRemove] = useState<Commune | null>(null);
  const [removed, setRemoved] = useState<string | null>(null);
  const remove = useMutation({
    mutationFn: (commune: Commune) =>
      unwrap(
        api.DELETE('/api/relais/{relaisId}/communes/{inseeCode}', {
          params: { path: { relaisId: props.relaisId, inseeCode: commune.inseeCode } },
        }),
      ),
    onSuccess: async (_data, commune) => {
      setToRemove(null);
      setRemoved(commune.name);
      await queryClient.invalidateQueries({ queryKey: keys.relais(props.relaisId) });
      await queryClient.invalidateQueries({ queryKey: ['public'] });
    },
  });
  const sorted = [...props.communes].sort((a, b) => collator.compare(a.name, b.name));
  const population = sorted.reduce((sum, c) => sum + (c.population ?? 0), 0);
  if (sorted.length === 0) return <Text>Aucune commune pour le moment.</Text>;
  return (
    <>
      {removed && (
        <Alert
          color="relais"
          variant="light"
          role="status"
          mb="sm"
          withCloseButton
          closeButtonLabel="Fermer"
          onClose={() => setRemoved(null)}
        >
          La commune {removed} a été retirée du territoire.
        </Alert>
      )}
      <TableScroll label="Communes couvertes">
        <Table striped verticalSpacing="xs" miw={560} bg="white">
          <Table.Caption>
            {plural(sorted.length, 'commune')}, {formatNumber(population)} habitants (population municipale INSEE)
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Commune</Table.Th>
              <Table.Th scope="col">Code INSEE</Table.Th>
              <Table.Th scope="col">Codes postaux</Table.Th>
              <Table.Th scope="col" ta="right">
                Population
              </Table.Th>
              {props.canManage && <Table.Th scope="col">Actions</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {sorted.map((commune) => (
              <Table.Tr key={commune.inseeCode}>
                <Table.Th scope="row" fw={600}>
                  {commune.name}
                </Table.Th>
                <Table.Td>{commune.inseeCode}</Table.Td>
                <Table.Td>{commune.postcodes.join(', ') || '—'}</Table.Td>
                <Table.Td ta="right">{formatNumber(commune.population)}</Table.Td>
                {props.canManage && (
                  <Table.Td>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      color="red"
                      aria-label={`Retirer ${commune.name}`}
                      onClick={() => {
                        remove.reset();
                        setToRemove(commune);
                      }}
                    >
                      Retirer
                    </Button>
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      <Modal opened={toRemove !== null} onClose={() => setToRemove(null)} title="Retirer une commune du territoire">
        {toRemove && (
          <Stack>
            <Text>
              Retirer <strong>{toRemove.name}</strong> ({toRemove.inseeCode}) du territoire du relais ? Elle ne sera
              plus affichée sur la page publique.
            </Text>
            <ErrorAlert error={remove.error} title="Retrait impossible" />
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setToRemove(null)}>
                Annuler
              </Button>
              <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(toRemove)}>
                Retirer la commune
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}

function AddCommune({ relaisId, covered }: { relaisId: string; covered: Set<string> }) {
  const queryClient = useQueryClient();
  const [search, setSearch] = useState('');
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const [added, setAdded] = useState<string | null>(null);
  const results = useQuery({ ...referenceCommunesQuery(debounced), enabled: debounced.length >= 2 });
  const add = useMutation({
    mutationFn: (inseeCode: string) =>
      unwrap(api.POST('/api/relais/{relaisId}/communes', { params: { path: { relaisId } }, body: { inseeCode } })),
    onSuccess: async (commune) => {
      setAdded(commune.name);
      setSearch('');
      await queryClient.invalidateQueries({ queryKey: keys.relais(relaisId) });
      await queryClient.invalidateQueries({ queryKey: ['public'] });
    },
  });
  const found = debounced.length >= 2 ? (results.data ?? []) : [];
  return (
    <Card withBorder padding="lg">
      <Stack>
        {added && (
          <Alert
            color="relais"
            variant="light"
            role="status"
            withCloseButton
            closeButtonLabel="Fermer"
            onClose={() => setAdded(null)}
          >
            La commune {added} a été ajoutée au territoire.
          </Alert>
        )}
        <ErrorAlert error={add.error} title="Ajout impossible" />
        <TextInput
          label="Rechercher une commune"
          description="Nom, code INSEE ou code postal (au moins 2 caractères)"
          type="search"
          value={search}
          onChange={(event) => {
            setSearch(event.currentTarget.value);
            setAdded(null);
            add.reset();
          }}
          maw={420}
        />
        <Text size="sm" role="status" aria-live="polite">
          {debounced.length < 2
            ? ''
            : results.isFetching
              ? 'Recherche…'
              : results.isError
                ? ''
                : found.length === 0
                  ? 'Aucune commune ne correspond à cette recherche.'
                  : `${plural(found.length, 'commune trouvée', 'communes trouvées')}`}
        </Text>
        <ErrorAlert error={results.error} title="Recherche impossible" />
        {found.length > 0 && (
          <Stack
            component="ul"
            gap="xs"
            style={{ listStyle: 'none', padding: 0, margin: 0 }}
            aria-label="Résultats de la recherche"
          >
            {found.map((commune) => (
              <Group component="li" key={commune.inseeCode} justify="space-between" wrap="nowrap" gap="sm" py={4}>
                <div>
                  <Text fw={600}>{commune.name}</Text>
                  <Text size="sm">
                    Code INSEE {commune.inseeCode} · {commune.postcodes.join(', ') || 'sans code postal'} · département{' '}
                    {commune.departement}
                    {commune.population !== null && ` · ${formatNumber(commune.population)} habitants`}
                  </Text>
                </div>
                {covered.has(commune.inseeCode) ? (
                  <Text size="sm" fw={600}>
                    Déjà couverte
                  </Text>
                ) : (
                  <Button
                    size="xs"
                    aria-label={`Ajouter ${commune.name} (${commune.inseeCode})`}
                    loading={add.isPending && add.variables === commune.inseeCode}
                    onClick={() => add.mutate(commune.inseeCode)}
                  >
                    Ajouter
                  </Button>
                )}
              </Group>
            ))}
          </Stack>
        )}
      </Stack>
    </Card>
  );
}

function RelaisCardEditor({ relaisId }: { relaisId: string }) {
  const relais = useQuery(relaisQuery(relaisId));
  if (relais.isPending) return <Loading />;
  if (relais.isError) return <ErrorAlert error={relais.error} />;
  return <CardForm relais={relais.data} key={relais.data.id} />;
}

function CardForm({ relais }: { relais: Relais }) {
  const queryClient = useQueryClient();
  const [saved, setSaved] = useState(false);
  const form = useForm<RelaisCardValues>({
    initialValues: {
      name: relais.name,
      address: relais.address,
      postcode: relais.postcode,
      city: relais.city,
      phone: relais.phone,
      email: relais.email,
      website: relais.website ?? '',
      openingHours: relais.openingHours,
      permanences: relais.permanences,
    },
    validate: validateCard,
    onValuesChange: () => setSaved(false),
  });
  const save = useMutation({
    mutationFn: (values: RelaisCardValues) =>
      unwrap(
        api.PATCH('/api/relais/{relaisId}', { params: { path: { relaisId: relais.id } }, body: cardBody(values) }),
      ),
    onSuccess: async (updated) => {
      queryClient.setQueryData(relaisQuery(relais.id).queryKey, updated);
      form.resetDirty();
      setSaved(true);
      await queryClient.invalidateQueries({ queryKey: ['public'] });
      await queryClient.invalidateQueries({ queryKey: ['relais'], exact: true });
      await queryClient.invalidateQueries({ queryKey: SESSION_KEY });
    },
    onError: (error) => form.setErrors(fieldErrors(error)),
  });
  return (
    <Card withBorder padding="lg">
      <form noValidate onSubmit={form.onSubmit((values) => save.mutate(values))}>
        <Stack maw={720}>
          <ErrorAlert error={save.error} title="Enregistrement impossible" />
          <RelaisCardFields form={form} />
          {saved && (
            <Alert color="relais" variant="light" role="status">
              La fiche publique a été enregistrée.
            </Alert>
          )}
          <div>
            <Button type="submit" loading={save.isPending}>
              Enregistrer la fiche
            </Button>
          </div>
        </Stack>
      </form>
    </Card>
  );
}
