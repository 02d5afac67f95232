import { Alert, Group, Loader, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { errorMessage } from '../api/client.js';

/** What just happened (« Contact enregistré… »), announced to screen readers, until closed. */
export function Notice(props: { message: string | null; onClose: () => void }) {
  if (!props.message) return null;
  return (
    <Alert
      color="relais"
      variant="light"
      role="status"
      withCloseButton
      closeButtonLabel="Fermer"
      onClose={props.onClose}
    >
      {props.message}
    </Alert>
  );
}

/** A server error shown with its French message. */
export function ErrorAlert(props: { error: unknown; title?: string; children?: ReactNode }) {
  if (!props.error) return null;
  return (
    <Alert color="red" variant="light" title={props.title ?? 'Une erreur est survenue'} mb="md">
      <Text size="sm">{errorMessage(props.error)}</Text>
      {props.children}
    </Alert>
  );
}

/** A polite "loading" status, announced by screen readers. */
export function Loading(props: { label?: string }) {
  return (
    <Group role="status" gap="sm" py="md">
      <Loader size="sm" />
      <Text size="sm">{props.label ?? 'Chargement…'}</Text>
    </Group>
  );
}

/** Shown instead of a page the signed-in account may not see. */
export function NoAccess() {
  return (
    <Alert color="gray" variant="light" title="Accès réservé">
      Votre rôle ne permet pas d’accéder à cette page. Adressez-vous au ou à la responsable du relais si vous en avez
      besoin.
    </Alert>
  );
}
