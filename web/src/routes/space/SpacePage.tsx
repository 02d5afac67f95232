import '../../styles/mantine-all.css';
import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useRouteContext } from '@tanstack/react-router';
import { publicRelaisQuery } from '../../api/public.js';
import type { SessionUser } from '../../api/types.js';
import { useSession, useSignOut } from '../../auth/session.js';
import { ErrorAlert, Loading } from '../../components/feedback.js';
import { ButtonLink } from '../../components/links.js';
import { PageHeader } from '../../components/page.js';
import { MultilineText, RelaisContact } from '../../components/RelaisContact.js';
import { MyAvailability } from './MyAvailability.js';
import { MyFile } from './MyFile.js';
import { MyActivities } from './MyActivities.js';
import { MyJobOffers } from './MyJobOffers.js';

/** "/espace": the personal space of a childminder or a parent. */
export function SpacePage() {
  const context = useRouteContext({ from: '/public/espace' });
  const { data } = useSession();
  const user = data ?? context.user;
  const signOut = useSignOut();
  return (
    <Stack gap="lg">
      <PageHeader title="Mon espace" lead={`Bonjour ${user.displayName}.`} />
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Card withBorder padding="lg" component="section" aria-labelledby="account-title">
          <Title order={2} size="h3" id="account-title" mb="sm">
            Mon compte
          </Title>
          <Stack gap={4} mb="md">
            <Text>
              Connecté·e en tant que <strong>{user.displayName}</strong>
            </Text>
            <Text>{user.roleLabel}</Text>
            <Text style={{ overflowWrap: 'anywhere' }}>{user.email}</Text>
          </Stack>
          <ErrorAlert error={signOut.error} title="Déconnexion impossible" />
          <Group gap="sm">
            <Button onClick={() => signOut.mutate('ici')} loading={signOut.isPending && signOut.variables === 'ici'}>
              Se déconnecter
            </Button>
            <Button
              variant="default"
              h="auto"
              mih={36}
              py={6}
              styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
              onClick={() => signOut.mutate('partout')}
              loading={signOut.isPending && signOut.variables === 'partout'}
            >
              Se déconnecter de tous les appareils
            </Button>
          </Group>
        </Card>
        <MyRelais user={user} />
      </SimpleGrid>
      <EmployerHelpCard />
      {user.role === 'childminder' && (
        <>
          <MyJobOffers />
          <MyActivities slug={user.relais?.slug ?? null} />
          <MyAvailability />
          <MyFile user={user} />
        </>
      )}
    </Stack>
  );
}

function MyRelais({ user }: { user: SessionUser }) {
  const slug = user.relais?.slug;
  const query = useQuery({ ...publicRelaisQuery(slug ?? ''), enabled: Boolean(slug) });
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="relais-title">
      <Title order={2} size="h3" id="relais-title" mb="sm">
        Mon relais : {user.relais?.name ?? 'aucun'}
      </Title>
      {!slug ? (
        <Text>Votre compte n’est rattaché à aucun relais.</Text>
      ) : query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : (
        <Stack gap="md">
          <RelaisContact relais={query.data} />
          <div>
            <Title order={3} size="h5" mb={4}>
              Horaires d’accueil
            </Title>
            <MultilineText text={query.data.openingHours} />
          </div>
          <div>
            <Title order={3} size="h5" mb={4}>
              Permanences
            </Title>
            <MultilineText text={query.data.permanences} />
          </div>
        </Stack>
      )}
    </Card>
  );
}

/** The employer-help calculator, for the parent employer and the childminder alike. */
function EmployerHelpCard() {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="employer-help-title">
      <Title order={2} size="h3" id="employer-help-title" mb="xs">
        Aide aux parents employeurs
      </Title>
      <Text mb="sm">
        Salaire mensualisé, heures en plus, absences, congés payés, indemnités, fin de contrat : les calculs du contrat,
        expliqués pas à pas.
      </Text>
      <ButtonLink to="/aide-employeur" variant="outline">
        Faire un calcul
      </ButtonLink>
    </Card>
  );
}
