import { Alert, Badge, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { outboxQuery } from '../../api/gestion.js';
import type { OutboxItem } from '../../api/types.js';
import { ErrorAlert, Loading } from '../../components/feedback.js';
import { TableScroll } from '../../components/layout.js';
import { AnchorLink } from '../../components/links.js';
import { formatDateTime, plural } from '../../lib/format.js';
import { StaffPage } from './context.js';
import { OUTBOX_STATUS_LABELS, purposeLabel } from './outbox.js';

/** "/gestion/envois": the messages the relais sent (or keeps, without SMTP). */
export function OutboxPage() {
  return (
    <StaffPage title="Boîte d’envoi" action="outbox.read">
      {(relaisId) => <Outbox relaisId={relaisId} />}
    </StaffPage>
  );
}

export function StatusBadge({ status }: { status: OutboxItem['status'] }) {
  const color = status === 'failed' ? 'red' : status === 'sent' || status === 'stored' ? 'relais' : 'gray';
  return (
    <Badge color={color} variant="outline" tt="none">
      {OUTBOX_STATUS_LABELS[status]}
    </Badge>
  );
}

function Outbox({ relaisId }: { relaisId: string }) {
  const outbox = useQuery(outboxQuery(relaisId));
  if (outbox.isPending) return <Loading />;
  if (outbox.isError) return <ErrorAlert error={outbox.error} />;
  const { messages, transport } = outbox.data;
  return (
    <Stack gap="md">
      {transport === 'files' && (
        <Alert color="gray" variant="light" title="Aucun serveur d’envoi configuré">
          Les messages ne partent pas : ils sont conservés ici et en fichiers .eml sur le serveur. Configurez SMTP_URL
          pour les envoyer.
        </Alert>
      )}
      {messages.length === 0 ? (
        <Text>Aucun message pour le moment.</Text>
      ) : (
        <TableScroll label="Messages de la boîte d’envoi">
          <Table striped verticalSpacing="sm" miw={860} bg="white">
            <Table.Caption>{plural(messages.length, 'message')}, du plus récent au plus ancien</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Créé le</Table.Th>
                <Table.Th scope="col">Objet</Table.Th>
                <Table.Th scope="col">Destinataire</Table.Th>
                <Table.Th scope="col">Type</Table.Th>
                <Table.Th scope="col">Statut</Table.Th>
                <Table.Th scope="col">Envoyé le</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {messages.map((message) => (
                <Table.Tr key={message.id}>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(message.createdAt)}</Table.Td>
                  <Table.Td>
                    <AnchorLink to="/gestion/envois/$messageId" params={{ messageId: message.id }}>
                      {message.subject}
                    </AnchorLink>
                  </Table.Td>
                  <Table.Td style={{ overflowWrap: 'anywhere' }}>{message.recipient}</Table.Td>
                  <Table.Td>{purposeLabel(message.purpose)}</Table.Td>
                  <Table.Td>
                    <StatusBadge status={message.status} />
                    {message.attempts > 1 && <Text size="xs">{message.attempts} tentatives</Text>}
                  </Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(message.sentAt)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
    </Stack>
  );
}
