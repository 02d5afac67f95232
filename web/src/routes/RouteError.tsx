import { Button, Stack, Title } from '@mantine/core';
import type { ErrorComponentProps } from '@tanstack/react-router';
import { ErrorAlert } from '../components/feedback.js';
import { usePageTitle } from '../components/page.js';

export function RouteError({ error, reset }: ErrorComponentProps) {
  usePageTitle('Erreur');
  return (
    <Stack p="md" maw={720}>
      <Title order={1}>La page n’a pas pu s’afficher</Title>
      <ErrorAlert error={error} title="Erreur" />
      <div>
        <Button onClick={reset}>Réessayer</Button>
      </div>
    </Stack>
  );
}
