import { Card, NativeSelect, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { jobOfferStatisticsQuery, type JobOfferStatistics } from '../../../api/job-offers.js';
import { ErrorAlert, Loading } from '../../../components/feedback.js';
import { Figure } from '../../../components/Figure.js';
import { TableScroll } from '../../../components/layout.js';
import { formatNumber } from '../../../lib/format.js';
import { parisMoment } from '../../../lib/paris-time.js';
import { MONTH_NAMES } from '../../../../../src/app/calendar.js';
import { StaffPage } from '../context.js';

const ROUTE = '/gestion/offres-emploi/statistiques';
/** The job offers began in 2022 (seed §4.1). */
const FIRST_YEAR = 2022;

type Tally = JobOfferStatistics['total'];

/**
 * "/gestion/offres-emploi/statistiques": the parents' offers of a year by month and by commune,
 * what became of them and the needs left unmet. Counts only: the read-only accounts see it too.
 */
export function JobOfferStatisticsPage() {
  return (
    <StaffPage title="Statistiques des offres d’emploi" action="jobOffers.statistics">
      {(relaisId) => <Statistics relaisId={relaisId} />}
    </StaffPage>
  );
}

function Statistics({ relaisId }: { relaisId: string }) {
  const search = useSearch({ from: ROUTE });
  const navigate = useNavigate({ from: ROUTE });
  const [currentYear] = useState(() => Number(parisMoment().date.slice(0, 4)));
  const year = search.annee !== undefined && search.annee <= currentYear ? search.annee : currentYear;
  const stats = useQuery(jobOfferStatisticsQuery(relaisId, year));
  const years = Array.from({ length: currentYear - Math.min(FIRST_YEAR, year) + 1 }, (_, i) => currentYear - i);
  return (
    <Stack gap="xl">
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
      {stats.isPending ? (
        <Loading />
      ) : stats.isError ? (
        <ErrorAlert error={stats.error} />
      ) : (
        <Report stats={stats.data} year={year} />
      )}
    </Stack>
  );
}

const COLUMNS: [keyof Tally, string][] = [
  ['offers', 'Offres'],
  ['published', 'Publiées'],
  ['answered', 'Avec réponse'],
  ['filled', 'Pourvues'],
  ['unmet', 'Sans solution'],
];

function TallyTable(props: { caption: string; first: string; rows: { key: string; label: string; tally: Tally }[] }) {
  return (
    <TableScroll label={props.caption}>
      <Table striped miw={560}>
        <Table.Caption>{props.caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{props.first}</Table.Th>
            {COLUMNS.map(([key, label]) => (
              <Table.Th key={key} scope="col" ta="right">
                {label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.rows.map((row) => (
            <Table.Tr key={row.key}>
              <Table.Th scope="row" fw={500}>
                {row.label}
              </Table.Th>
              {COLUMNS.map(([key]) => (
                <Table.Td key={key} ta="right">
                  {formatNumber(row.tally[key])}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

function Report({ stats, year }: { stats: JobOfferStatistics; year: number }) {
  const unmet = stats.unmetNeeds;
  const needs: [string, { offers: number; unmet: number }][] = [
    ['Horaires atypiques', unmet.atypicalHours],
    ['Handicap ou maladie', unmet.disability],
    ['Urgence', unmet.emergency],
  ];
  return (
    <Stack gap="xl">
      <SimpleGrid component="dl" cols={{ base: 2, md: 5 }} spacing="md" my={0}>
        {COLUMNS.map(([key, label]) => (
          <Figure key={key} label={label} value={stats.total[key]} />
        ))}
      </SimpleGrid>
      {stats.total.offers === 0 ? (
        <Text>Aucune offre déposée en {year}.</Text>
      ) : (
        <>
          <section aria-labelledby="besoins-titre">
            <Title order={2} size="h3" id="besoins-titre" mb="sm">
              Besoins particuliers
            </Title>
            <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="md">
              {needs.map(([label, n]) => (
                <Card key={label} withBorder padding="md">
                  <Text fw={600}>{label}</Text>
                  <Text>
                    {formatNumber(n.offers)} offre{n.offers > 1 ? 's' : ''}, dont {formatNumber(n.unmet)} sans solution
                  </Text>
                </Card>
              ))}
            </SimpleGrid>
          </section>
          <section aria-labelledby="mois-titre">
            <Title order={2} size="h3" id="mois-titre" mb="sm">
              Par mois de dépôt
            </Title>
            <TallyTable
              caption={`Offres d’emploi de ${year}, par mois de dépôt`}
              first="Mois"
              rows={stats.byMonth.map(({ month, ...tally }) => ({
                key: month,
                label: `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`,
                tally,
              }))}
            />
          </section>
          <section aria-labelledby="communes-titre">
            <Title order={2} size="h3" id="communes-titre" mb="sm">
              Par commune du parent
            </Title>
            <TallyTable
              caption={`Offres d’emploi de ${year}, par commune du parent`}
              first="Commune"
              rows={stats.byCommune.map(({ inseeCode, communeName, ...tally }) => ({
                key: inseeCode,
                label: communeName,
                tally,
              }))}
            />
          </section>
          <section aria-labelledby="suites-titre">
            <Title order={2} size="h3" id="suites-titre" mb="sm">
              Suites données
            </Title>
            <Table maw={520}>
              <Table.Caption>Offres d’emploi de {year} closes, par suite donnée</Table.Caption>
              <Table.Tbody>
                {stats.outcomes.map((o) => (
                  <Table.Tr key={o.outcome}>
                    <Table.Th scope="row" fw={500}>
                      {o.label}
                    </Table.Th>
                    <Table.Td ta="right">{formatNumber(o.offers)}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </section>
        </>
      )}
    </Stack>
  );
}
