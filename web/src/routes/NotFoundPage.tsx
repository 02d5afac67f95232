import { Anchor, Container, Stack, Text, Title } from '@mantine/core';
import { MAIN_ID } from '../components/layout.js';
import { usePageTitle } from '../components/page.js';
import { HOME_HREF } from '../door/hrefs.js';

export function NotFoundPage() {
  usePageTitle('Page introuvable');
  return (
    <Container component="main" id={MAIN_ID} tabIndex={-1} size="sm" py="xl">
      <Stack>
        <Title order={1}>Page introuvable</Title>
        <Text>Cette adresse ne correspond à aucune page de Relais.</Text>
        <Anchor href={HOME_HREF}>Revenir à l’accueil</Anchor>
      </Stack>
    </Container>
  );
}
