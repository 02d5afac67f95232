import { Group, NativeSelect, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { auditQuery } from '../../api/gestion.js';
import { ErrorAlert, Loading } from '../../components/feedback.js';
import { TableScroll } from '../../components/layout.js';
import { formatDateTime, plural } from '../../lib/format.js';
import { StaffPage } from './context.js';

const ACTION_LABELS: Record<string, string> = {
  read: 'Consultation',
  create: 'Création',
  update: 'Modification',
  delete: 'Suppression',
  archive: 'Archivage',
  restore: 'Réactivation',
  login: 'Connexion',
  login_failed: 'Échec de connexion',
  logout: 'Déconnexion',
  logout_everywhere: 'Déconnexion de tous les appareils',
};

const LIMITS = ['50', '100', '200', '500'];

/** "/gestion/journal": who read or changed what, most recent first. */
export function AuditPage() {
  return (
    <StaffPage
      title="Journal d’audit"
      action="audit.read"
      lead="Qui a consulté ou modifié quelles données, conservé un an."
    >
      {(relaisId) => <Audit relaisId={relaisId} />}
    </StaffPage>
  );
}

function Audit({ relaisId }: { relaisId: string }) {
  const [limit, setLimit] = useState('100');
  const events = useQuery(auditQuery(relaisId, Number(limit)));
  return (
    <Stack gap="md">
      <Group>
        <NativeSelect
          label="Nombre d’événements affichés"
          value={limit}
          onChange={(event) => setLimit(event.currentTarget.value)}
          data={LIMITS.map((value) => ({ value, label: `${value} derniers` }))}
        />
      </Group>
      {events.isPending ? (
        <Loading />
      ) : events.isError ? (
        <ErrorAlert error={events.error} />
      ) : events.data.length === 0 ? (
        <Text>Aucun événement enregistré.</Text>
      ) : (
        <TableScroll label="Journal d’audit">
          <Table striped verticalSpacing="xs" miw={860} bg="white">
            <Table.Caption>{plural(events.data.length, 'événement')}, du plus récent au plus ancien</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Date</Table.Th>
                <Table.Th scope="col">Auteur</Table.Th>
                <Table.Th scope="col">Action</Table.Th>
                <Table.Th scope="col">Détail</Table.Th>
                <Table.Th scope="col">Adresse IP</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {events.data.map((event) => (
                <Table.Tr key={event.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(event.at)}</Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{event.actor}</Table.Td>
                  <Table.Td>{ACTION_LABELS[event.action] ?? event.action}</Table.Td>
                  <Table.Td>{event.summary}</Table.Td>
                  <Table.Td>{event.ip ?? '—'}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Stack>
  );
}
