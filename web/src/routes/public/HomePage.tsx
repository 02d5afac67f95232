import { Card, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { publicRelaisListQuery } from '../../api/public.js';
import { ErrorAlert, Loading } from '../../components/feedback.js';
import { AnchorLink } from '../../components/links.js';
import { PageHeader, usePageTitle } from '../../components/page.js';
import { RelaisPublicView } from './RelaisPublicView.js';

/** "/": the relais's public page when the platform hosts one relais, otherwise the list of relais. */
export function HomePage() {
  const list = useQuery(publicRelaisListQuery);
  if (list.isPending) return <PendingHome />;
  if (list.isError) return <FailedHome error={list.error} />;
  const relais = list.data;
  if (relais.length === 1 && relais[0]) return <RelaisPublicView slug={relais[0].slug} />;
  return (
    <>
      <PageHeader
        title="Les Relais Petite Enfance"
        documentTitle="Accueil"
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
                  <AnchorLink to="/r/$slug" params={{ slug: r.slug }}>
                    {r.name}
                  </AnchorLink>
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

function PendingHome() {
  usePageTitle('Accueil');
  return <Loading />;
}

function FailedHome({ error }: { error: unknown }) {
  usePageTitle('Accueil');
  return (
    <>
      <Title order={1}>Relais Petite Enfance</Title>
      <ErrorAlert error={error} title="Impossible d’afficher les relais" />
    </>
  );
}
