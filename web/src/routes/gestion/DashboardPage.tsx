import { Button, Card, Group, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { accountsQuery, communesQuery, relaisQuery, sitesQuery } from '../../api/gestion.js';
import { ErrorAlert, Loading } from '../../components/feedback.js';
import { PageHeader } from '../../components/page.js';
import { AnchorLink, ButtonLink } from '../../components/links.js';
import { MultilineText, RelaisContact } from '../../components/RelaisContact.js';
import { formatNumber, plural } from '../../lib/format.js';
import { StaffPage, useGestion } from './context.js';
import { RelaisTable } from './RelaisTable.js';
import { relaisHref } from '../../door/hrefs.js';

/** "/gestion": key figures and the public card of the relais. */
export function DashboardPage() {
  const gestion = useGestion();
  if (gestion.user.role === 'operator' && gestion.relaisId === null && !gestion.relaisPending) {
    return <OperatorHome />;
  }
  return (
    <StaffPage title="Tableau de bord" action="relais.read">
      {(relaisId) => <Dashboard relaisId={relaisId} />}
    </StaffPage>
  );
}

function Stat(props: { title: string; value: string; detail?: string; link?: ReactNode; pending?: boolean }) {
  return (
    <Card withBorder padding="lg" component="section" aria-label={props.title}>
      <Text fw={600}>{props.title}</Text>
      {props.pending ? (
        <Loading />
      ) : (
        <Text fz={32} fw={700} c="relais.8" lh={1.2} my={4}>
          {props.value}
        </Text>
      )}
      {props.detail && <Text size="sm">{props.detail}</Text>}
      {props.link && (
        <Text size="sm" mt="xs">
          {props.link}
        </Text>
      )}
    </Card>
  );
}

function Dashboard({ relaisId }: { relaisId: string }) {
  const gestion = useGestion();
  const relais = useQuery(relaisQuery(relaisId));
  const communes = useQuery(communesQuery(relaisId));
  const sites = useQuery(sitesQuery(relaisId, false));
  const canAccounts = gestion.can('accounts.manage');
  const accounts = useQuery({ ...accountsQuery(relaisId), enabled: canAccounts });
  const population = (communes.data ?? []).reduce((sum, c) => sum + (c.population ?? 0), 0);
  const activeAccounts = (accounts.data ?? []).filter((a) => !a.disabled).length;

  return (
    <Stack gap="lg">
      <ErrorAlert error={relais.error ?? communes.error ?? sites.error ?? accounts.error} />
      <SimpleGrid cols={{ base: 1, sm: canAccounts ? 3 : 2 }}>
        <Stat
          title="Communes du territoire"
          pending={communes.isPending}
          value={formatNumber(communes.data?.length ?? 0)}
          detail={population > 0 ? `${formatNumber(population)} habitants` : undefined}
          link={<AnchorLink to="/gestion/territoire">Voir le territoire</AnchorLink>}
        />
        <Stat
          title="Lieux actifs"
          pending={sites.isPending}
          value={formatNumber(sites.data?.length ?? 0)}
          detail={
            sites.data
              ? `${plural(sites.data.filter((s) => s.forActivities).length, 'lieu', 'lieux')} d’animation`
              : undefined
          }
          link={<AnchorLink to="/gestion/lieux">Voir les lieux</AnchorLink>}
        />
        {canAccounts && (
          <Stat
            title="Comptes actifs"
            pending={accounts.isPending}
            value={formatNumber(activeAccounts)}
            detail={accounts.data ? `sur ${plural(accounts.data.length, 'compte')}` : undefined}
            link={<AnchorLink to="/gestion/comptes">Voir les comptes</AnchorLink>}
          />
        )}
      </SimpleGrid>

      <Card withBorder padding="lg" component="section" aria-labelledby="card-title">
        <Group justify="space-between" mb="sm" wrap="wrap">
          <Title order={2} size="h3" id="card-title">
            Fiche publique du relais
          </Title>
          <Group gap="sm">
            {relais.data && (
              <Button component="a" href={relaisHref(relais.data.slug)} variant="default" size="xs">
                Voir la page publique
              </Button>
            )}
            {gestion.can('relais.update') && (
              <ButtonLink to="/gestion/territoire" hash="fiche" size="xs">
                Modifier la fiche
              </ButtonLink>
            )}
          </Group>
        </Group>
        {relais.isPending ? (
          <Loading />
        ) : relais.data ? (
          <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
            <div>
              <Title order={3} size="h5" mb={4}>
                Coordonnées
              </Title>
              <RelaisContact relais={relais.data} />
            </div>
            <div>
              <Title order={3} size="h5" mb={4}>
                Horaires d’accueil
              </Title>
              <MultilineText text={relais.data.openingHours} />
            </div>
            <div>
              <Title order={3} size="h5" mb={4}>
                Permanences
              </Title>
              <MultilineText text={relais.data.permanences} />
            </div>
          </SimpleGrid>
        ) : null}
      </Card>
    </Stack>
  );
}

/** The platform operator before choosing a relais: the list of relais to manage. */
function OperatorHome() {
  return (
    <>
      <PageHeader
        title="Tableau de bord"
        lead="Vous gérez la plateforme : choisissez le relais dont vous voulez voir les données."
      />
      <RelaisTable />
    </>
  );
}
