import { Button, Card, Group, List, NativeSelect, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { Figure } from '../../../components/Figure.js';
import {
  lastCompleteYear,
  MIN_REPORT_YEAR,
  supplyReportCsvHref,
  supplyReportQuery,
  type SupplyFigures,
  type SupplyReport,
} from '../../../api/facilities.js';
import { ErrorAlert, Loading } from '../../../components/feedback.js';
import { TableScroll } from '../../../components/layout.js';
import { formatNumber, formatShortDate, parisToday } from '../../../lib/format.js';
import { StaffPage } from '../context.js';

const ROUTE = '/gestion/rapport-offre';

/** "/gestion/rapport-offre": the supply of care on 31 December of a year, for the territory and each commune. */
export function SupplyReportPage() {
  return (
    <StaffPage title="Rapport de l’offre d’accueil" action="relais.read">
      {(relaisId) => <Report relaisId={relaisId} />}
    </StaffPage>
  );
}

const percentFormat = new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });

/** "+13", "−23", "0": a change, with a true minus sign. */
function formatChange(value: number): string {
  if (value === 0) return '0';
  return value > 0 ? `+${formatNumber(value)}` : `−${formatNumber(-value)}`;
}

function Report({ relaisId }: { relaisId: string }) {
  const search = useSearch({ from: ROUTE });
  const navigate = useNavigate({ from: ROUTE });
  const [today] = useState(() => parisToday());
  const currentYear = Number(today.slice(0, 4));
  const defaultYear = lastCompleteYear(today);
  const year =
    search.annee !== undefined && search.annee >= MIN_REPORT_YEAR && search.annee <= currentYear
      ? search.annee
      : defaultYear;
  const report = useQuery(supplyReportQuery(relaisId, year));

  const years = Array.from({ length: currentYear - MIN_REPORT_YEAR + 1 }, (_, i) => currentYear - i);

  return (
    <Stack gap="xl">
      <Card withBorder padding="md">
        <NativeSelect
          label="Année du rapport"
          description="La situation au 31 décembre de l’année choisie, avec les arrivées et les départs de l’année."
          value={String(year)}
          onChange={(event) => {
            const chosen = Number(event.currentTarget.value);
            void navigate({ search: { annee: chosen === defaultYear ? undefined : chosen }, replace: true });
          }}
          data={years.map((y) => ({
            value: String(y),
            label: y === currentYear ? `${y} (année en cours)` : String(y),
          }))}
          maw={360}
        />
        <Group mt="md">
          <Button component="a" variant="default" href={supplyReportCsvHref(relaisId, year)} download>
            Télécharger le rapport {year} (CSV, tableur)
          </Button>
        </Group>
      </Card>

      {report.isPending ? (
        <Loading label="Calcul du rapport…" />
      ) : report.isError ? (
        <ErrorAlert error={report.error} title="Le rapport n’a pas pu être calculé" />
      ) : (
        <ReportBody report={report.data} />
      )}
    </Stack>
  );
}

function ReportBody({ report }: { report: SupplyReport }) {
  const t = report.territory;
  const asOf = formatShortDate(report.asOf);
  const balance = t.arrivals + t.reactivations - t.departures;
  return (
    <>
      <Stack gap="sm" component="section" aria-labelledby="rapport-territoire">
        <Title order={2} size="h3" id="rapport-territoire">
          {`Ensemble du territoire au ${asOf}`}
        </Title>
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} component="dl" spacing="md" m={0}>
          <Figure label="Assistant·es maternel·les en activité" value={t.childminders} />
          <Figure label="Places agréées des assistant·es maternel·les" value={t.places} />
          <Figure label="Maisons d’assistants maternels (MAM) ouvertes" value={t.childminderHouses} />
          <Figure label="Places d’accueil collectif financées par la PSU" value={t.psuPlaces} detail="EAJE publics" />
          <Figure
            label="Places d’accueil collectif financées par la PAJE"
            value={t.pajePlaces}
            detail="Micro-crèches"
          />
          <Figure
            label="Places d’accueil, tous modes"
            value={t.places + t.psuPlaces + t.pajePlaces}
            detail="Assistant·es maternel·les et accueil collectif"
          />
          <Figure
            label={`Arrivées d’assistant·es maternel·les en ${report.year}`}
            value={t.arrivals}
            detail={
              t.reactivations > 0
                ? `et ${formatNumber(t.reactivations)} reprise${t.reactivations > 1 ? 's' : ''} d’activité`
                : undefined
            }
          />
          <Figure
            label={`Départs d’assistant·es maternel·les en ${report.year}`}
            value={t.departures}
            detail={`Solde de l’année : ${formatChange(balance)}`}
          />
          <Figure
            label="Assistant·es maternel·les de 55 ans et plus"
            value={t.over55}
            detail={
              t.childminders > 0
                ? `${percentFormat.format(t.over55 / t.childminders)} des assistant·es maternel·les en activité`
                : undefined
            }
          />
        </SimpleGrid>
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="rapport-communes">
        <Title order={2} size="h3" id="rapport-communes">
          Par commune
        </Title>
        <CommuneTable report={report} />
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="rapport-departs">
        <Title order={2} size="h3" id="rapport-departs">
          {`Motifs des départs en ${report.year}`}
        </Title>
        <DeparturesTable report={report} />
      </Stack>

      <Stack gap="xs" component="section" aria-labelledby="rapport-methode">
        <Title order={2} size="h3" id="rapport-methode">
          Comment lire ce rapport
        </Title>
        <List size="sm" spacing={4}>
          <List.Item>
            Les effectifs sont ceux du {asOf}, reconstitués à partir de l’historique des fiches (arrivées, départs,
            reprises d’activité) : une année passée montre la situation de cette année-là.
          </List.Item>
          <List.Item>
            Les places agréées sont celles de l’agrément actuel de chaque assistant·e maternel·le : l’historique des
            places n’est pas conservé. De même, les places d’accueil collectif sont celles enregistrées aujourd’hui pour
            les établissements ouverts à cette date.
          </List.Item>
          <List.Item>
            Chaque assistant·e maternel·le compte dans la commune de sa fiche ; les membres d’une MAM comptent parmi les
            assistant·es maternel·les.
          </List.Item>
        </List>
      </Stack>
    </>
  );
}

const COLUMNS: { key: keyof Omit<SupplyFigures, 'departuresByReason'>; label: string }[] = [
  { key: 'childminders', label: 'Assistant·es maternel·les en activité' },
  { key: 'places', label: 'Places agréées' },
  { key: 'childminderHouses', label: 'MAM ouvertes' },
  { key: 'psuPlaces', label: 'Places collectives PSU' },
  { key: 'pajePlaces', label: 'Places collectives PAJE' },
  { key: 'arrivals', label: 'Arrivées' },
  { key: 'reactivations', label: 'Reprises d’activité' },
  { key: 'departures', label: 'Départs' },
  { key: 'over55', label: '55 ans et plus' },
];

function CommuneTable({ report }: { report: SupplyReport }) {
  return (
    <TableScroll label="Offre d’accueil par commune">
      <Table striped verticalSpacing="xs" miw={920} bg="white">
        <Table.Caption>
          {`Offre d’accueil par commune au ${formatShortDate(report.asOf)} ; arrivées, reprises et départs de l’année ${report.year}`}
        </Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Commune</Table.Th>
            {COLUMNS.map((c) => (
              <Table.Th key={c.key} scope="col" ta="right">
                {c.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {report.communes.map((c) => (
            <Table.Tr key={c.inseeCode}>
              <Table.Th scope="row">
                {c.name}
                {!c.inTerritory && (
                  <Text size="xs" c="dimmed">
                    hors territoire
                  </Text>
                )}
              </Table.Th>
              {COLUMNS.map((col) => (
                <Table.Td key={col.key} ta="right">
                  {formatNumber(c[col.key])}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700}>
            <Table.Th scope="row">Ensemble du territoire</Table.Th>
            {COLUMNS.map((col) => (
              <Table.Td key={col.key} ta="right">
                {formatNumber(report.territory[col.key])}
              </Table.Td>
            ))}
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </TableScroll>
  );
}

const REASONS: { key: keyof SupplyFigures['departuresByReason']; label: string }[] = [
  { key: 'retirement', label: 'Départ en retraite' },
  { key: 'careerChange', label: 'Reconversion professionnelle' },
  { key: 'move', label: 'Déménagement' },
  { key: 'withdrawal', label: 'Retrait ou non-renouvellement de l’agrément' },
  { key: 'other', label: 'Autre motif' },
];

function DeparturesTable({ report }: { report: SupplyReport }) {
  const t = report.territory;
  if (t.departures === 0) return <Text>Aucun départ d’assistant·e maternel·le en {report.year}.</Text>;
  return (
    <TableScroll label="Motifs des départs">
      <Table striped verticalSpacing="xs" maw={560} bg="white">
        <Table.Caption>{`Départs d’assistant·es maternel·les en ${report.year}, par motif`}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Motif</Table.Th>
            <Table.Th scope="col" ta="right">
              Départs
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Part
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {REASONS.map((r) => (
            <Table.Tr key={r.key}>
              <Table.Th scope="row">{r.label}</Table.Th>
              <Table.Td ta="right">{formatNumber(t.departuresByReason[r.key])}</Table.Td>
              <Table.Td ta="right">{percentFormat.format(t.departuresByReason[r.key] / t.departures)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr fw={700}>
            <Table.Th scope="row">Total</Table.Th>
            <Table.Td ta="right">{formatNumber(t.departures)}</Table.Td>
            <Table.Td ta="right">{percentFormat.format(1)}</Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </TableScroll>
  );
}
