import { Badge, Button, Card, Checkbox, Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client.js';
import { communesQuery, keys, sitesQuery } from '../../api/gestion.js';
import type { Site } from '../../api/types.js';
import { ErrorAlert, Loading, Notice } from '../../components/feedback.js';
import { TableScroll } from '../../components/layout.js';
import { formatNumber, plural } from '../../lib/format.js';
import { StaffPage, useGestion } from './context.js';
import { SiteFormModal } from './SiteFormModal.js';

/** "/gestion/lieux": the venues of the relais, filtered by commune; create, edit, archive. */
export function SitesPage() {
  return (
    <StaffPage title="Lieux" action="relais.read">
      {(relaisId) => <Sites relaisId={relaisId} />}
    </StaffPage>
  );
}

const collator = new Intl.Collator('fr');

function Sites({ relaisId }: { relaisId: string }) {
  const gestion = useGestion();
  const canManage = gestion.can('sites.manage');
  const queryClient = useQueryClient();
  const [commune, setCommune] = useState('');
  const [includeArchived, setIncludeArchived] = useState(false);
  const [editing, setEditing] = useState<Site | 'new' | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const communes = useQuery(communesQuery(relaisId));
  const sites = useQuery(sitesQuery(relaisId, includeArchived));

  const archive = useMutation({
    mutationFn: ({ site, archived }: { site: Site; archived: boolean }) =>
      unwrap(
        api.POST(
          archived ? '/api/relais/{relaisId}/sites/{siteId}/archive' : '/api/relais/{relaisId}/sites/{siteId}/restore',
          {
            params: { path: { relaisId, siteId: site.id } },
          },
        ),
      ),
    onSuccess: async (site) => {
      setNotice(
        site.archivedAt ? `Le lieu « ${site.name} » a été archivé.` : `Le lieu « ${site.name} » a été réactivé.`,
      );
      await queryClient.invalidateQueries({ queryKey: keys.sites(relaisId) });
      await queryClient.invalidateQueries({ queryKey: ['public'] });
    },
  });

  const sortedCommunes = [...(communes.data ?? [])].sort((a, b) => collator.compare(a.name, b.name));
  const shown = (sites.data ?? [])
    .filter((s) => !commune || s.inseeCode === commune)
    .sort((a, b) => collator.compare(a.communeName, b.communeName) || collator.compare(a.name, b.name));

  return (
    <Stack gap="md">
      <Card withBorder padding="md">
        <Group align="flex-end" justify="space-between" gap="md" wrap="wrap">
          <Group align="flex-end" gap="md" wrap="wrap">
            <NativeSelect
              label="Commune"
              value={commune}
              onChange={(event) => setCommune(event.currentTarget.value)}
              data={[
                { value: '', label: 'Toutes les communes' },
                ...sortedCommunes.map((c) => ({ value: c.inseeCode, label: c.name })),
              ]}
              miw={240}
            />
            <Checkbox
              label="Afficher les lieux archivés"
              checked={includeArchived}
              onChange={(event) => setIncludeArchived(event.currentTarget.checked)}
              mb={8}
            />
          </Group>
          {canManage && (
            <Button
              onClick={() => {
                setNotice(null);
                setEditing('new');
              }}
            >
              Nouveau lieu
            </Button>
          )}
        </Group>
      </Card>

      <Notice message={notice} onClose={() => setNotice(null)} />
      <ErrorAlert error={archive.error} title="Action impossible" />

      {sites.isPending ? (
        <Loading />
      ) : sites.isError ? (
        <ErrorAlert error={sites.error} />
      ) : shown.length === 0 ? (
        <Text>Aucun lieu ne correspond à ces critères.</Text>
      ) : (
        <TableScroll label="Lieux du relais">
          <Table striped verticalSpacing="sm" miw={860} bg="white">
            <Table.Caption>{plural(shown.length, 'lieu', 'lieux')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Nom</Table.Th>
                <Table.Th scope="col">Type</Table.Th>
                <Table.Th scope="col">Commune</Table.Th>
                <Table.Th scope="col" ta="right">
                  Capacité
                </Table.Th>
                <Table.Th scope="col">Accessibilité</Table.Th>
                <Table.Th scope="col">Usage</Table.Th>
                {canManage && <Table.Th scope="col">Actions</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {shown.map((site) => (
                <Table.Tr key={site.id}>
                  <Table.Th scope="row">
                    <Text fw={600} size="sm">
                      {site.name}
                    </Text>
                    {site.address && <Text size="xs">{site.address}</Text>}
                    {site.archivedAt && (
                      <Badge color="gray" variant="outline" size="sm" mt={4} tt="none">
                        Archivé
                      </Badge>
                    )}
                  </Table.Th>
                  <Table.Td>{site.kindLabel}</Table.Td>
                  <Table.Td>{site.communeName}</Table.Td>
                  <Table.Td ta="right">{site.capacity === null ? '—' : formatNumber(site.capacity)}</Table.Td>
                  <Table.Td>
                    {site.accessible ? 'Accessible PMR' : 'Non accessible'}
                    {site.accessibilityNotes && <Text size="xs">{site.accessibilityNotes}</Text>}
                  </Table.Td>
                  <Table.Td>
                    {[site.forActivities && 'Animations', site.forPermanences && 'Permanences']
                      .filter(Boolean)
                      .join(', ') || '—'}
                  </Table.Td>
                  {canManage && (
                    <Table.Td>
                      <Group gap={4} wrap="nowrap">
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          aria-label={`Modifier ${site.name}`}
                          onClick={() => {
                            setNotice(null);
                            setEditing(site);
                          }}
                        >
                          Modifier
                        </Button>
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color={site.archivedAt ? 'relais' : 'red'}
                          aria-label={`${site.archivedAt ? 'Réactiver' : 'Archiver'} ${site.name}`}
                          loading={archive.isPending && archive.variables.site.id === site.id}
                          onClick={() => archive.mutate({ site, archived: !site.archivedAt })}
                        >
                          {site.archivedAt ? 'Réactiver' : 'Archiver'}
                        </Button>
                      </Group>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}

      {canManage && (
        <SiteFormModal
          relaisId={relaisId}
          site={editing === 'new' ? null : editing}
          opened={editing !== null}
          communes={sortedCommunes}
          onClose={() => setEditing(null)}
          onSaved={(site, created) => {
            setEditing(null);
            setNotice(created ? `Le lieu « ${site.name} » a été créé.` : `Le lieu « ${site.name} » a été modifié.`);
          }}
        />
      )}
    </Stack>
  );
}
