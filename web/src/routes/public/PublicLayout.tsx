import { Anchor, Box, Container, Group, Text } from '@mantine/core';
import { Outlet } from '@tanstack/react-router';
import { isMagicLinkRole } from '../../auth/policy.js';
import { useSession } from '../../auth/session.js';
import { MAIN_ID } from '../../components/layout.js';
import { AnchorLink, ButtonLink } from '../../components/links.js';
import { HOME_HREF } from '../../door/hrefs.js';

/** Header, main and footer of the public pages, sign-in and personal space. Mobile first. */
export function PublicLayout() {
  // Only what is already known: the public pages never ask the server who is there.
  const { data: user } = useSession({ fetch: false });
  return (
    <Box mih="100vh" style={{ display: 'flex', flexDirection: 'column' }}>
      <Box component="header" bg="relais.8" c="white" py="sm">
        <Container size="lg">
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Anchor href={HOME_HREF} c="white" fw={700} fz={{ base: 'md', sm: 'lg' }} underline="hover" lh={1.3}>
              Relais Petite Enfance
            </Anchor>
            {user ? (
              <ButtonLink
                to={isMagicLinkRole(user.role) ? '/espace' : '/gestion'}
                variant="white"
                color="relais.8"
                size="sm"
                style={{ flex: 'none' }}
              >
                {isMagicLinkRole(user.role) ? 'Mon espace' : 'Gestion du relais'}
              </ButtonLink>
            ) : (
              <ButtonLink to="/connexion" variant="white" color="relais.8" size="sm" style={{ flex: 'none' }}>
                Se connecter
              </ButtonLink>
            )}
          </Group>
        </Container>
      </Box>
      <Container component="main" id={MAIN_ID} tabIndex={-1} size="lg" py="xl" w="100%" style={{ flex: 1 }}>
        <Outlet />
      </Container>
      <Box component="footer" bg="gray.1" py="lg">
        <Container size="lg">
          <Text size="sm">
            Relais — le système d’information libre des Relais Petite Enfance. Service public gratuit pour les familles
            et les professionnels de l’accueil du jeune enfant.
          </Text>
          <Text size="sm" mt="xs">
            <AnchorLink to="/aide-employeur">Aide aux parents employeurs : salaire, congés, fin de contrat…</AnchorLink>
          </Text>
        </Container>
      </Box>
    </Box>
  );
}
