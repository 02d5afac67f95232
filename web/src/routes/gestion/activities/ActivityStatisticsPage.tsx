import { Anchor, Card, Group, NativeSelect, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { api, unwrap } from '../../../api/client.js';
import type { paths } from '../../../api/schema.js';
import { ErrorAlert, Loading } from '../../../components/feedback.js';
import { Figure } from '../../../components/Figure.js';
import { TableScroll } from '../../../components/layout.js';
import { formatNumber } from '../../../lib/format.js';
import { parisMoment } from '../../../lib/paris-time.js';
import { StaffPage } from '../context.js';

type Statistics =
  paths['/api/relais/{relaisId}/activity-statistics']['get']['responses'][200]['content']['application/json'];

const ROUTE = '/gestion/animations/statistiques';
/** The seed's series of distinct childminders starts in 2019. */
const FIRST_YEAR = 2019;

const percent = (value: number | null) => (value === null ? '—' : `${formatNumber(value).replace('.', ',')}\u00a0%`);

/**
 * "/gestion/animations/statistiques": the activities of a year — sessions held by kind and commune,
 * participations, distinct childminders and the share of active ones, children by age band — and
 * the series since 2019. Counts only: the read-only accounts see it too.
 */
export function ActivityStatisticsPage() {
  return (
    <StaffPage title="Statistiques des animations" action="activities.statistics">
      {(relaisId) => <Report relaisId={relaisId} />}
    </StaffPage>
  );
}

function Report({ relaisId }: { relaisId: string }) {
  const search = useSearch({ from: ROUTE });
  const navigate = useNavigate({ from: ROUTE });
  const [currentYear] = useState(() => Number(parisMoment().date.slice(0, 4)));
  const year = search.annee !== undefined && search.annee <= currentYear ? search.annee : currentYear;
  const stats = useQuery({
    queryKey: ['relais', relaisId, 'activity-statistics', year],
    queryFn: () =>
      unwrap(
        api.GET('/api/relais/{relaisId}/activity-statistics', {
          params: { path: { relaisId }, query: { year: String(year) } },
        }),
      ),
  });
  const years = Array.from({ length: currentYear - FIRST_YEAR + 1 }, (_, i) => currentYear - i);
  return (
    <Stack gap="xl">
      <Group align="flex-end" gap="lg">
        <NativeSelect
          label="Année"
          maw={200}
          value={String(year)}
          onChange={(event) => {
            const chosen = Number(event.currentTarget.value);
            void navigate({ search: { annee: chosen === currentYear ? undefined : chosen }, replace: true });
          }}
          data={years.map(String)}
        />
        <Anchor href={`/api/relais/${relaisId}/activity-statistics.xlsx?year=${year}`}>Télécharger en Excel</Anchor>
      </Group>
      {stats.isPending ? (
        <Loading />
      ) : stats.isError ? (
        <ErrorAlert error={stats.error} />
      ) : (
        <Figures stats={stats.data} />
      )}
    </Stack>
  );
}

function Figures({ stats: s }: { stats: Statistics }) {
  return (
    <Stack gap="xl">
      <SimpleGrid cols={{ base: 2, md: 4 }} spacing="md" component="dl" m={0}>
        <Figure label="Séances tenues" value={s.sessionsHeld} />
        <Figure label="Participations" value={s.participations} />
        <Figure label="Assistant·es maternel·les différent·es" value={s.distinctChildminders} />
        <Figure
          label="Taux de participation (%)"
          value={s.participationRate ?? 0}
          detail={`sur ${formatNumber(s.activeChildminders)} assistant·es maternel·les en activité`}
        />
      </SimpleGrid>
      <Text size="sm">
        Jusqu’au {s.until.split('-').reverse().join('/')} · {formatNumber(s.childminderParticipations)} participations
        d’assistant·es maternel·les, {formatNumber(s.parentParticipations)} de parents,{' '}
        {formatNumber(s.otherParticipations)} d’autres personnes · {formatNumber(s.distinctChildmindersWithoutChildren)}{' '}
        assistant·es maternel·les différent·es aux temps collectifs sans enfants.
      </Text>

      <Section id="par-type" title="Par type de séance">
        <TableScroll label="Par type de séance">
          <Table striped miw={480}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Type</Table.Th>
                <Table.Th scope="col" ta="right">
                  Séances
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Participations
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {s.byKind.map((k) => (
                <Table.Tr key={k.kindId}>
                  <Table.Th scope="row">{k.label}</Table.Th>
                  <Table.Td ta="right">{formatNumber(k.sessions)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(k.participations)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </Section>

      <Section id="par-commune" title="Par commune">
        <TableScroll label="Par commune">
          <Table striped miw={720}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Commune</Table.Th>
                <Table.Th scope="col" ta="right">
                  Séances
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Participations
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  AM venues
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  AM en activité
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Taux
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {s.byCommune.map((c) => (
                <Table.Tr key={c.inseeCode}>
                  <Table.Th scope="row">{c.communeName}</Table.Th>
                  <Table.Td ta="right">{formatNumber(c.sessions)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(c.participations)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(c.childminders)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(c.activeChildminders)}</Table.Td>
                  <Table.Td ta="right">{percent(c.participationRate)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
        <Text size="xs" c="dimmed" mt="xs">
          Séances et participations : commune du lieu de la séance. AM venues et taux : commune de l’assistante
          maternelle.
        </Text>
      </Section>

      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Section id="enfants" title={`Enfants accueillis (${formatNumber(s.childrenTotal)})`}>
          <Table striped>
            <Table.Tbody>
              {s.children.map((c) => (
                <Table.Tr key={c.band}>
                  <Table.Th scope="row">{c.label}</Table.Th>
                  <Table.Td ta="right">{formatNumber(c.count)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Section>
        <Section id="serie" title="Assistant·es maternel·les différent·es, par année">
          <Table striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Année</Table.Th>
                <Table.Th scope="col" ta="right">
                  Toutes séances
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  Sans enfants
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {s.series.map((y) => (
                <Table.Tr key={y.year}>
                  <Table.Th scope="row">{y.year}</Table.Th>
                  <Table.Td ta="right">{formatNumber(y.distinctChildminders)}</Table.Td>
                  <Table.Td ta="right">{formatNumber(y.distinctChildmindersWithoutChildren)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Section>
      </SimpleGrid>
    </Stack>
  );
}

function Section(props: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={props.id}>
      <Title order={2} size="h3" id={props.id} mb="sm">
        {props.title}
      </Title>
      {props.children}
    </Card>
  );
}
