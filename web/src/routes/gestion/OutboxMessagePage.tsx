import { Alert, Card, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { outboxMessageQuery } from '../../api/gestion.js';
import type { OutboxMessage } from '../../api/types.js';
import { ErrorAlert, Loading } from '../../components/feedback.js';
import { AnchorLink } from '../../components/links.js';
import { formatDateTime } from '../../lib/format.js';
import { StaffPage } from './context.js';
import { StatusBadge } from './OutboxPage.js';
import { purposeLabel } from './outbox.js';

/** "/gestion/envois/{id}": one message of the outbox, as text. Reading it is logged in the audit. */
export function OutboxMessagePage() {
  return (
    <StaffPage title="Message envoyé" action="outbox.read">
      {(relaisId) => <Message relaisId={relaisId} />}
    </StaffPage>
  );
}

function Message({ relaisId }: { relaisId: string }) {
  const { messageId } = useParams({ from: '/gestion/envois/$messageId' });
  const message = useQuery(outboxMessageQuery(relaisId, messageId));
  return (
    <Stack gap="md">
      <div>
        <AnchorLink to="/gestion/envois">← Retour à la boîte d’envoi</AnchorLink>
      </div>
      {message.isPending ? (
        <Loading />
      ) : message.isError ? (
        <ErrorAlert error={message.error} title="Message introuvable" />
      ) : (
        <MessageView message={message.data} />
      )}
    </Stack>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" fw={600}>
        {label}
      </Text>
      <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}

function MessageView({ message }: { message: OutboxMessage }) {
  return (
    <Card withBorder padding="lg">
      <Stack gap="md">
        <Text fw={700} size="lg" component="h2" m={0}>
          {message.subject}
        </Text>
        <SimpleGrid component="dl" cols={{ base: 1, sm: 2, md: 3 }} m={0}>
          <Field label="Destinataire">{message.recipient}</Field>
          <Field label="Type">{purposeLabel(message.purpose)}</Field>
          <Field label="Statut">
            <StatusBadge status={message.status} />
          </Field>
          <Field label="Créé le">{formatDateTime(message.createdAt)}</Field>
          <Field label="Envoyé le">{formatDateTime(message.sentAt)}</Field>
          <Field label="Tentatives">{message.attempts}</Field>
        </SimpleGrid>
        {message.lastError && (
          <Alert color="red" variant="light" title="Dernière erreur d’envoi">
            {message.lastError}
          </Alert>
        )}
        <div>
          <Text fw={600} component="h3" size="md" mb="xs" mt={0}>
            Texte du message
          </Text>
          <pre className="message-body">{message.text}</pre>
        </div>
      </Stack>
    </Card>
  );
}
