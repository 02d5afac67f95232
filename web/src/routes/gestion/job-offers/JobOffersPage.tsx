import { Badge, Card, Group, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import {
  JOB_OFFER_STATUSES,
  JOB_OFFERS_PAGE_SIZE,
  OPEN_STATUSES,
  staffOffersQuery,
  type JobOfferStatusKey,
  type StaffOfferList,
  type StaffOfferSummary,
} from '../../../api/job-offers.js';
import { ErrorAlert, Loading } from '../../../components/feedback.js';
import { InlineDetail } from '../../../components/InlineDetail.js';
import { TableScroll } from '../../../components/layout.js';
import { AnchorLink } from '../../../components/links.js';
import { PagesNav } from '../../../components/PagesNav.js';
import { formatDate, formatDateTime, formatNumber, plural } from '../../../lib/format.js';
import { StaffPage } from '../context.js';
import type { JobOffersSearch } from './search.js';

const ROUTE = '/gestion/offres-emploi';
const RESULTS_ID = 'offres-resultats';
const ALL = 'all';
const STATUS_KEYS = Object.keys(JOB_OFFER_STATUSES) as JobOfferStatusKey[];
/** The tabs, in the order of the work: what waits for the relais first. */
const TAB_LABELS: Record<JobOfferStatusKey | typeof ALL, string> = {
  pending: 'À vérifier',
  published: 'Publiées',
  email_pending: 'Adresse non confirmée',
  filled: 'Pourvues',
  expired: 'Expirées',
  withdrawn: 'Retirées',
  refused: 'Refusées',
  all: 'Toutes',
};
const TABS = Object.keys(TAB_LABELS) as (JobOfferStatusKey | typeof ALL)[];

/** "/gestion/offres-emploi": the parents' job offers by status, to check, publish and follow up. */
export function JobOffersPage() {
  return (
    <StaffPage title="Offres d’emploi" action="jobOffers.read">
      {(relaisId) => <Queue relaisId={relaisId} />}
    </StaffPage>
  );
}

const isStatus = (value: string | undefined): value is JobOfferStatusKey =>
  value !== undefined && (STATUS_KEYS as string[]).includes(value);

function tabOf(search: JobOffersSearch): JobOfferStatusKey | typeof ALL {
  return search.statut === ALL ? ALL : isStatus(search.statut) ? search.statut : 'pending';
}

export function OfferStatusBadge({ status, label }: { status: string; label: string }) {
  const waiting = status === 'pending';
  const closed = !(OPEN_STATUSES as readonly string[]).includes(status);
  return (
    <Badge
      color={waiting ? 'red.9' : closed ? 'gray.7' : 'relais'}
      variant={closed ? 'outline' : 'filled'}
      tt="none"
      fw={600}
    >
      {label}
    </Badge>
  );
}

/** The need in a few words: « 2 enfants de 4 mois, 40 h, horaires atypiques, urgent ». */
export function needText(
  o: Pick<
    StaffOfferSummary,
    'childrenCount' | 'childAgeMonths' | 'weeklyHours' | 'atypicalHours' | 'disability' | 'emergency'
  >,
): string {
  return [
    `${o.childrenCount > 1 ? `${o.childrenCount} enfants` : '1 enfant'} de ${o.childAgeMonths} mois`,
    `${o.weeklyHours} h par semaine`,
    o.atypicalHours && 'horaires atypiques',
    o.disability && 'handicap',
    o.emergency && 'urgent',
  ]
    .filter(Boolean)
    .join(', ');
}

function Queue({ relaisId }: { relaisId: string }) {
  const search = useSearch({ from: ROUTE });
  const navigate = useNavigate({ from: ROUTE });
  const isMobile = useMediaQuery('(max-width: 47.99em)');
  const tab = tabOf(search);
  const page = search.page ?? 1;
  const list = useQuery(staffOffersQuery(relaisId, tab === ALL ? undefined : tab, page));
  const data = list.data;
  const total = data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / JOB_OFFERS_PAGE_SIZE));
  const countOf = (key: JobOfferStatusKey | typeof ALL) =>
    data ? (key === ALL ? STATUS_KEYS.reduce((n, s) => n + (data.counts[s] ?? 0), 0) : (data.counts[key] ?? 0)) : null;
  const goToPage = (next: number) => {
    void navigate({ search: (prev) => ({ ...prev, page: next > 1 ? next : undefined }) });
    document.getElementById(RESULTS_ID)?.focus();
  };

  return (
    <Tabs
      value={tab}
      onChange={(value) =>
        void navigate({
          search: { statut: value && value !== 'pending' ? value : undefined, page: undefined },
          replace: true,
        })
      }
      keepMounted={false}
    >
      <Tabs.List aria-label="Offres par statut">
        {TABS.map((key) => {
          const count = countOf(key);
          return (
            <Tabs.Tab key={key} value={key}>
              {TAB_LABELS[key]}
              {count !== null && ` (${formatNumber(count)})`}
            </Tabs.Tab>
          );
        })}
      </Tabs.List>
      {TABS.map((key) => (
        <Tabs.Panel key={key} value={key} pt="md">
          <Stack gap="md">
            <Text id={RESULTS_ID} tabIndex={-1} role="status" fw={600}>
              {data ? plural(total, 'offre') : '\u00a0'}
            </Text>
            {list.isPending ? (
              <Loading />
            ) : list.isError ? (
              <ErrorAlert error={list.error} />
            ) : list.data.offers.length === 0 ? (
              <Text>Aucune offre ici pour le moment.</Text>
            ) : (
              <>
                {isMobile ? (
                  <OfferCards offers={list.data.offers} />
                ) : (
                  <OfferTable list={list.data} busy={list.isPlaceholderData} />
                )}
                <PagesNav label="Pages des offres" pages={pages} page={page} onChange={goToPage} />
              </>
            )}
          </Stack>
        </Tabs.Panel>
      ))}
    </Tabs>
  );
}

function OfferLink({ offer }: { offer: StaffOfferSummary }) {
  return (
    <AnchorLink to="/gestion/offres-emploi/$offerId" params={{ offerId: offer.id }} fw={600}>
      {offer.parentName || 'Parent (effacé)'}
    </AnchorLink>
  );
}

function OfferTable(props: { list: StaffOfferList; busy: boolean }) {
  return (
    <TableScroll label="Offres d’emploi">
      <Table
        striped
        verticalSpacing="sm"
        miw={900}
        bg="white"
        aria-busy={props.busy}
        style={{ opacity: props.busy ? 0.6 : 1 }}
      >
        <Table.Caption>Des plus récentes aux plus anciennes</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Parent</Table.Th>
            <Table.Th scope="col">Déposée le</Table.Th>
            <Table.Th scope="col">Commune et début</Table.Th>
            <Table.Th scope="col">Besoin</Table.Th>
            <Table.Th scope="col">Envois et réponses</Table.Th>
            <Table.Th scope="col">Statut</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.list.offers.map((o) => (
            <Table.Tr key={o.id}>
              <Table.Th scope="row">
                <OfferLink offer={o} />
              </Table.Th>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(o.createdAt)}</Table.Td>
              <Table.Td>
                {o.communeName}
                <Text size="xs" c="dimmed">
                  à partir du {formatDate(o.startOn)}
                </Text>
              </Table.Td>
              <Table.Td>{needText(o)}</Table.Td>
              <Table.Td>
                {plural(o.recipients, 'destinataire')}, {plural(o.answers, 'réponse')}
              </Table.Td>
              <Table.Td>
                <OfferStatusBadge status={o.status} label={o.statusLabel} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

/** On a phone: one card per offer rather than a table to scroll sideways. */
function OfferCards({ offers }: { offers: StaffOfferSummary[] }) {
  return (
    <Stack component="ul" gap="sm" aria-label="Offres d’emploi" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {offers.map((o) => (
        <Card component="li" key={o.id} withBorder padding="sm">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Title order={3} size="h5">
              <OfferLink offer={o} />
            </Title>
            <OfferStatusBadge status={o.status} label={o.statusLabel} />
          </Group>
          <Stack gap={2} component="dl" mt={4} mb={0}>
            <InlineDetail term="Commune">
              {o.communeName}, à partir du {formatDate(o.startOn)}
            </InlineDetail>
            <InlineDetail term="Besoin">{needText(o)}</InlineDetail>
            <InlineDetail term="Réponses">{plural(o.answers, 'réponse')}</InlineDetail>
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
