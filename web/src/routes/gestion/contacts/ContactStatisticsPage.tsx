import { Button, Card, Group, List, NativeSelect, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { Figure } from '../../../components/Figure.js';
import {
  contactStatisticsQuery,
  contactStatisticsXlsxHref,
  FIRST_CONTACT_YEAR,
  type ContactStatistics,
} from '../../../api/contacts.js';
import { ErrorAlert, Loading } from '../../../components/feedback.js';
import { TableScroll } from '../../../components/layout.js';
import { formatDate, formatNumber } from '../../../lib/format.js';
import { parisMoment } from '../../../lib/paris-time.js';
import { StaffPage } from '../context.js';

const ROUTE = '/gestion/contacts/statistiques';

type Count = ContactStatistics['byPublic'][number];

/**
 * "/gestion/contacts/statistiques": the contacts of a year counted by public, subject, channel,
 * commune and month, and the figures of the activity report. Counts only: no person is named, so
 * the elected officials and the CAF (read-only accounts) see it too.
 */
export function ContactStatisticsPage() {
  return (
    <StaffPage title="Statistiques des contacts" action="contacts.statistics">
      {(relaisId) => <Statistics relaisId={relaisId} />}
    </StaffPage>
  );
}

let percentFormat: Intl.NumberFormat | undefined;
function percent(part: number, whole: number): string {
  percentFormat ??= new Intl.NumberFormat('fr-FR', { style: 'percent', maximumFractionDigits: 0 });
  return whole === 0 ? '—' : percentFormat.format(part / whole);
}

function Statistics({ relaisId }: { relaisId: string }) {
  const search = useSearch({ from: ROUTE });
  const navigate = useNavigate({ from: ROUTE });
  const [today] = useState(() => parisMoment().date);
  const currentYear = Number(today.slice(0, 4));
  const year = search.annee !== undefined && search.annee <= currentYear ? search.annee : currentYear;
  const stats = useQuery(contactStatisticsQuery(relaisId, year));
  const first = Math.min(FIRST_CONTACT_YEAR, year);
  const years = Array.from({ length: currentYear - first + 1 }, (_, i) => currentYear - i);

  return (
    <Stack gap="xl">
      <Card withBorder padding="md">
        <Group align="flex-end" gap="md" wrap="wrap">
          <NativeSelect
            label="Année"
            value={String(year)}
            onChange={(event) => {
              const chosen = Number(event.currentTarget.value);
              void navigate({ search: { annee: chosen === currentYear ? undefined : chosen }, replace: true });
            }}
            data={years.map((y) => ({
              value: String(y),
              label: y === currentYear ? `${y} (année en cours)` : String(y),
            }))}
            miw={220}
          />
          <Button component="a" variant="default" href={contactStatisticsXlsxHref(relaisId, year)} download>
            Télécharger (Excel)
          </Button>
        </Group>
        <Text size="sm" mt="sm">
          {year === currentYear
            ? `Année en cours : les contacts enregistrés jusqu’au ${formatDate(today)}.`
            : `Les contacts du 1er janvier au 31 décembre ${year}.`}{' '}
          Le classeur Excel reprend tous les tableaux de l’année choisie.
        </Text>
      </Card>

      {stats.isPending ? (
        <Loading label="Calcul des statistiques…" />
      ) : stats.isError ? (
        <ErrorAlert error={stats.error} title="Les statistiques n’ont pas pu être calculées" />
      ) : (
        <StatisticsBody stats={stats.data} />
      )}
    </Stack>
  );
}

function Section(props: { id: string; title: string; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby={props.id}>
      <Title order={2} size="h3" id={props.id}>
        {props.title}
      </Title>
      {props.children}
    </Stack>
  );
}

function StatisticsBody({ stats }: { stats: ContactStatistics }) {
  const y = stats.year;
  return (
    <>
      <Section id="stats-chiffres" title={`Chiffres clés de ${y}`}>
        <SimpleGrid cols={{ base: 1, xs: 3 }} component="dl" spacing="md" m={0}>
          <Figure label="Contacts" value={stats.total} />
          <Figure
            label="Familles différentes"
            value={stats.distinctFamilies}
            detail="Parmi les contacts rattachés à une famille"
          />
          <Figure
            label="Assistant·es maternel·les différent·es"
            value={stats.distinctChildminders}
            detail="Parmi les contacts rattachés à une fiche"
          />
        </SimpleGrid>
      </Section>

      <Section id="stats-rapport" title="Chiffres du rapport d’activité">
        <SimpleGrid cols={{ base: 1, xs: 2, md: 3 }} component="dl" spacing="md" m={0}>
          {stats.indicators.map((indicator) => (
            <Figure key={indicator.key} label={indicator.label} value={indicator.count} />
          ))}
        </SimpleGrid>
      </Section>

      <SimpleGrid cols={{ base: 1, lg: 2 }} spacing="xl" verticalSpacing="xl">
        <Section id="stats-public" title="Par public">
          <CountTable
            label="Contacts par public"
            caption={`Contacts de ${y} par public`}
            head="Public"
            counts={stats.byPublic}
            total={stats.total}
          />
        </Section>
        <Section id="stats-canal" title="Par canal">
          <CountTable
            label="Contacts par canal"
            caption={`Contacts de ${y} par canal`}
            head="Canal"
            counts={stats.byChannel}
            total={stats.total}
          />
        </Section>
        <Section id="stats-theme" title="Par thème">
          <CountTable
            label="Contacts par thème"
            caption={`Contacts de ${y} par thème ; un contact peut porter sur plusieurs thèmes`}
            head="Thème"
            counts={stats.bySubject}
            total={stats.total}
            withoutTotal
          />
        </Section>
        <Section id="stats-mois" title="Par mois">
          <CountTable
            label="Contacts par mois"
            caption={`Contacts de ${y} par mois`}
            head="Mois"
            counts={stats.byMonth.map((m) => ({ ...m, label: capitalize(m.label) }))}
            total={stats.total}
          />
        </Section>
      </SimpleGrid>

      <Section id="stats-commune" title="Par commune">
        <CountTable
          label="Contacts par commune"
          caption={`Contacts de ${y} par commune de la personne`}
          head="Commune"
          counts={stats.byCommune}
          total={stats.total}
        />
      </Section>

      <Section id="stats-croise" title="Public et thème">
        <CrossTable stats={stats} />
      </Section>

      <Section id="stats-lecture" title="Comment lire ces chiffres">
        <List size="sm" spacing={4}>
          <List.Item>
            Chaque contact compte une fois par public, canal, commune et mois ; il compte pour chacun de ses thèmes.
          </List.Item>
          <List.Item>
            Les chiffres du rapport d’activité comptent chaque contact une fois : une demande de mode d’accueil porte
            sur le thème « Recherche d’un mode d’accueil », le volet juridique et administratif sur les contrats, la
            convention collective, les fins de contrat et les aides.
          </List.Item>
          <List.Item>
            Les familles et assistant·es maternel·les différent·es ne comptent que les contacts rattachés à une fiche.
          </List.Item>
        </List>
      </Section>
    </>
  );
}

const capitalize = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function CountTable(props: {
  label: string;
  caption: string;
  head: string;
  counts: Count[];
  total: number;
  /** The counts overlap (subjects): no total row. */
  withoutTotal?: boolean;
}) {
  return (
    <TableScroll label={props.label}>
      <Table striped verticalSpacing="xs" maw={640} bg="white">
        <Table.Caption>{props.caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">{props.head}</Table.Th>
            <Table.Th scope="col" ta="right">
              Contacts
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Part des contacts
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.counts.map((c) => (
            <Table.Tr key={c.key}>
              <Table.Th scope="row" fw={500}>
                {c.label}
              </Table.Th>
              <Table.Td ta="right">{formatNumber(c.count)}</Table.Td>
              <Table.Td ta="right">{percent(c.count, props.total)}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        {!props.withoutTotal && (
          <Table.Tfoot>
            <Table.Tr fw={700}>
              <Table.Th scope="row">Total</Table.Th>
              <Table.Td ta="right">{formatNumber(props.total)}</Table.Td>
              <Table.Td ta="right">{percent(props.total, props.total)}</Table.Td>
            </Table.Tr>
          </Table.Tfoot>
        )}
      </Table>
    </TableScroll>
  );
}

/** Subjects in rows, publics in columns: who asks about what. */
function CrossTable({ stats }: { stats: ContactStatistics }) {
  const publics = stats.publicBySubject;
  const subjects = stats.bySubject;
  const cell = (publicIndex: number, subjectKey: string) =>
    publics[publicIndex]?.subjects.find((s) => s.key === subjectKey)?.count ?? 0;
  return (
    <TableScroll label="Contacts par public et par thème">
      <Table striped verticalSpacing="xs" miw={900} bg="white">
        <Table.Caption>{`Contacts de ${stats.year} par thème (en ligne) et par public (en colonne)`}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Thème</Table.Th>
            {publics.map((p) => (
              <Table.Th key={p.public} scope="col" ta="right">
                {p.label}
              </Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {subjects.map((s) => (
            <Table.Tr key={s.key}>
              <Table.Th scope="row" fw={500}>
                {s.label}
              </Table.Th>
              {publics.map((p, i) => (
                <Table.Td key={p.public} ta="right">
                  {formatNumber(cell(i, s.key))}
                </Table.Td>
              ))}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
