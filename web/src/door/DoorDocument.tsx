import { Anchor, Box, Button, Container, Group, MantineProvider, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { MAIN_ID } from '../components/layout.js';
import { theme } from '../theme.js';
import { EMPLOYER_HELP_HREF, HOME_HREF } from './hrefs.js';

/** The built stylesheets and script of the public door (from Vite's manifest). */
export interface DoorAssets {
  stylesheets: string[];
  script: string | null;
}

const DESCRIPTION =
  'Relais Petite Enfance : informations, lieux d’accueil, places libres chez les assistant·es maternel·les et contacts du relais de votre territoire.';

/**
 * A whole page of the public door, rendered to HTML on the server: it paints before any
 * JavaScript, and its only script adds the map and the contact forms of the directory.
 */
export function DoorDocument(props: { title: string; assets: DoorAssets; children: ReactNode }) {
  return (
    <html lang="fr" data-mantine-color-scheme="light">
      <head>
        <meta charSet="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="description" content={DESCRIPTION} />
        <meta name="theme-color" content="#1b6b4a" />
        <link rel="icon" type="image/svg+xml" href="/favicon.svg" />
        <title>{`${props.title} — Relais`}</title>
        {props.assets.stylesheets.map((href) => (
          <link key={href} rel="stylesheet" href={href} />
        ))}
        {props.assets.script && <script type="module" src={props.assets.script} />}
      </head>
      <body>
        <MantineProvider theme={theme} forceColorScheme="light">
          <DoorLayout>{props.children}</DoorLayout>
        </MantineProvider>
      </body>
    </html>
  );
}

/** Header, main and footer, as the app's public layout draws them; "Se connecter" leads to the app. */
function DoorLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <a className="skip-link" href={`#${MAIN_ID}`}>
        Aller au contenu
      </a>
      <Box mih="100vh" style={{ display: 'flex', flexDirection: 'column' }}>
        <Box component="header" bg="relais.8" c="white" py="sm">
          <Container size="lg">
            <Group justify="space-between" wrap="nowrap" gap="sm">
              <Anchor href={HOME_HREF} c="white" fw={700} fz={{ base: 'md', sm: 'lg' }} underline="hover" lh={1.3}>
                Relais Petite Enfance
              </Anchor>
              <Button
                component="a"
                href="/connexion"
                variant="white"
                color="relais.8"
                size="sm"
                style={{ flex: 'none' }}
              >
                Se connecter
              </Button>
            </Group>
          </Container>
        </Box>
        <Container component="main" id={MAIN_ID} tabIndex={-1} size="lg" py="xl" w="100%" style={{ flex: 1 }}>
          {children}
        </Container>
        <Box component="footer" bg="gray.1" py="lg">
          <Container size="lg">
            <Text size="sm">
              Relais — le système d’information libre des Relais Petite Enfance. Service public gratuit pour les
              familles et les professionnels de l’accueil du jeune enfant.
            </Text>
            <Text size="sm" mt="xs">
              <Anchor href={EMPLOYER_HELP_HREF}>Aide aux parents employeurs : salaire, congés, fin de contrat…</Anchor>
            </Text>
          </Container>
        </Box>
      </Box>
    </>
  );
}
