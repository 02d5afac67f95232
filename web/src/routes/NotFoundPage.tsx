import { Container, Stack, Text, Title } from '@mantine/core';
import { AnchorLink } from '../components/links.js';
import { MAIN_ID } from '../components/layout.js';
import { usePageTitle } from '../components/page.js';

export function NotFoundPage() {
  usePageTitle('Page introuvable');
  return (
    <Container component="main" id={MAIN_ID} tabIndex={-1} size="sm" py="xl">
      <Stack>
        <Title order={1}>Page introuvable</Title>
        <Text>Cette adresse ne correspond à aucune page de Relais.</Text>
        <AnchorLink to="/">Revenir à l’accueil</AnchorLink>
      </Stack>
    </Container>
  );
}
