import { Anchor, Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { PublicRelaisSummary } from '../api/types.js';
import { PageHeader } from '../components/page.js';
import { DoorAlert } from './DoorAlert.js';
import { relaisHref } from './hrefs.js';

/** "/" when the platform hosts several relais (or none yet): the list of relais. */
export function HomeView({ relais }: { relais: PublicRelaisSummary[] }) {
  return (
    <>
      <PageHeader
        title="Les Relais Petite Enfance"
        lead="Un service public gratuit d’information pour les parents, les futurs parents et les professionnels de l’accueil du jeune enfant."
      />
      {relais.length === 0 ? (
        <Text>Aucun relais n’est encore publié sur cette plateforme.</Text>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="ul" style={{ listStyle: 'none', padding: 0 }}>
          {relais.map((r) => (
            <Card component="li" key={r.slug} withBorder padding="lg">
              <Stack gap={4}>
                <Title order={2} size="h4">
                  <Anchor href={relaisHref(r.slug)}>{r.name}</Anchor>
                </Title>
                {r.city && <Text size="sm">{r.city}</Text>}
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
    </>
  );
}

/** A relais that does not exist (or a failure): the API's message, in the page's frame. */
export function DoorErrorView({ title, message }: { title: string; message: string }) {
  return (
    <>
      <PageHeader title="Relais Petite Enfance" documentTitle={title} />
      <DoorAlert title={title} message={message} />
    </>
  );
}
