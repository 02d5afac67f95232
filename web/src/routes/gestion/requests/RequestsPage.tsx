import { Alert, Badge, Button, Card, Group, NativeSelect, Stack, Table, Tabs, Text, Title } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import {
  REQUEST_STATUSES,
  REQUESTS_PAGE_SIZE,
  requestsQuery,
  type RequestFilters,
  type RequestList,
  type RequestStatus,
  type RequestSummary,
} from '../../../api/requests.js';
import { ErrorAlert, Loading } from '../../../components/feedback.js';
import { TableScroll } from '../../../components/layout.js';
import { InlineDetail } from '../../../components/InlineDetail.js';
import { AnchorLink } from '../../../components/links.js';
import { PagesNav } from '../../../components/PagesNav.js';
import { formatDateTime, formatNumber, plural } from '../../../lib/format.js';
import { StaffPage, useGestion } from '../context.js';
import { QuickEntryModal } from './QuickEntryModal.js';
import type { RequestsSearch } from './search.js';

const ROUTE = '/gestion/demandes';
const RESULTS_ID = 'demandes-resultats';
const ALL = 'all';
const STATUS_KEYS = Object.keys(REQUEST_STATUSES) as RequestStatus[];
/** The tabs: plural labels of the statuses, then every request. */
const TAB_LABELS: Record<RequestStatus | typeof ALL, string> = {
  new: 'Nouvelles',
  assigned: 'Attribuées',
  answered: 'Répondues',
  closed: 'Clôturées',
  all: 'Toutes',
};

/** "/gestion/demandes": the inbox of the families' desk, by status, and the quick entry of a request. */
export function RequestsPage() {
  return (
    <StaffPage title="Demandes" action="requests.read">
      {(relaisId) => <Inbox relaisId={relaisId} />}
    </StaffPage>
  );
}

const isStatus = (value: string | undefined): value is RequestStatus =>
  value !== undefined && (STATUS_KEYS as string[]).includes(value);

/** The tab shown: a status, or every request; "new" by default, what waits for someone. */
function tabOf(search: RequestsSearch): RequestStatus | typeof ALL {
  return search.statut === ALL ? ALL : isStatus(search.statut) ? search.statut : 'new';
}

export function requestTitle(r: Pick<RequestSummary, 'name' | 'publicLabel'>): string {
  return r.name || `Sans nom (${r.publicLabel.toLowerCase()})`;
}

export function StatusBadge({ status, label }: { status: string; label: string }) {
  const color = status === 'new' ? 'red.9' : status === 'closed' ? 'gray.7' : 'relais';
  return (
    <Badge color={color} variant={status === 'closed' ? 'outline' : 'filled'} tt="none" fw={600}>
      {label}
    </Badge>
  );
}

function Inbox({ relaisId }: { relaisId: string }) {
  const gestion = useGestion();
  const search = useSearch({ from: ROUTE });
  const navigate = useNavigate({ from: ROUTE });
  const isMobile = useMediaQuery('(max-width: 47.99em)');
  const [entering, setEntering] = useState(false);
  const [notice, setNotice] = useState<{ id: string; text: string } | null>(null);
  const tab = tabOf(search);
  const page = search.page ?? 1;
  const filters: RequestFilters = {
    ...(tab === ALL ? {} : { status: tab }),
    ...(search.attribution ? { assignee: search.attribution } : {}),
  };
  const list = useQuery(requestsQuery(relaisId, filters, page));
  const data = list.data;
  const total = data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / REQUESTS_PAGE_SIZE));
  const countOf = (key: RequestStatus | typeof ALL) =>
    data ? (key === ALL ? STATUS_KEYS.reduce((n, s) => n + data.counts[s], 0) : data.counts[key]) : null;

  const refine = (patch: Partial<RequestsSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch, page: undefined }), replace: true });
  const goToPage = (next: number) => {
    void navigate({ search: (prev) => ({ ...prev, page: next > 1 ? next : undefined }) });
    document.getElementById(RESULTS_ID)?.focus();
  };

  return (
    <Stack gap="md">
      {gestion.can('requests.handle') && (
        <Group>
          <Button onClick={() => setEntering(true)}>Saisir une demande</Button>
        </Group>
      )}
      {notice && (
        <Alert
          color="relais"
          variant="light"
          role="status"
          withCloseButton
          closeButtonLabel="Fermer"
          onClose={() => setNotice(null)}
        >
          {notice.text}{' '}
          <AnchorLink to="/gestion/demandes/$requestId" params={{ requestId: notice.id }}>
            Ouvrir la demande
          </AnchorLink>
        </Alert>
      )}

      <NativeSelect
        label="Attribuées à"
        maw={360}
        value={search.attribution ?? ''}
        onChange={(event) => refine({ attribution: event.currentTarget.value || undefined })}
        data={[
          { value: '', label: 'Toute l’équipe' },
          { value: gestion.user.id, label: `Moi (${gestion.user.displayName})` },
          { value: 'none', label: 'Personne' },
          ...(data?.assignees ?? [])
            .filter((a) => a.id !== gestion.user.id)
            .map((a) => ({ value: a.id, label: a.name })),
        ]}
      />

      <Tabs
        value={tab}
        onChange={(value) => refine({ statut: value && value !== 'new' ? value : undefined })}
        keepMounted={false}
      >
        <Tabs.List aria-label="Demandes par statut">
          {[...STATUS_KEYS, ALL].map((key) => {
            const count = countOf(key as RequestStatus | typeof ALL);
            return (
              <Tabs.Tab key={key} value={key}>
                {TAB_LABELS[key as RequestStatus | typeof ALL]}
                {count !== null && ` (${formatNumber(count)})`}
              </Tabs.Tab>
            );
          })}
        </Tabs.List>
        {[...STATUS_KEYS, ALL].map((key) => (
          <Tabs.Panel key={key} value={key} pt="md">
            <Stack gap="md">
              <Text id={RESULTS_ID} tabIndex={-1} role="status" fw={600}>
                {data ? plural(total, 'demande') : '\u00a0'}
              </Text>
              {list.isPending ? (
                <Loading />
              ) : list.isError ? (
                <ErrorAlert error={list.error} />
              ) : list.data.requests.length === 0 ? (
                <Text>Aucune demande ici pour le moment.</Text>
              ) : (
                <>
                  {isMobile ? (
                    <RequestCards requests={list.data.requests} />
                  ) : (
                    <RequestTable list={list.data} page={page} busy={list.isPlaceholderData} />
                  )}
                  <PagesNav label="Pages des demandes" pages={pages} page={page} onChange={goToPage} />
                </>
              )}
            </Stack>
          </Tabs.Panel>
        ))}
      </Tabs>

      {gestion.can('requests.handle') && (
        <QuickEntryModal
          relaisId={relaisId}
          opened={entering}
          onClose={() => setEntering(false)}
          onSaved={(saved) => {
            setEntering(false);
            setNotice({
              id: saved.id,
              text: `Demande enregistrée : ${requestTitle(saved)}, ${saved.publicLabel.toLowerCase()} (${saved.sourceLabel}).`,
            });
          }}
        />
      )}
    </Stack>
  );
}

function PersonLink({ request }: { request: RequestSummary }) {
  return (
    <AnchorLink to="/gestion/demandes/$requestId" params={{ requestId: request.id }} fw={600}>
      {requestTitle(request)}
    </AnchorLink>
  );
}

const subjectsOf = (r: RequestSummary) => r.subjects.map((s) => s.label).join(', ');

function RequestTable(props: { list: RequestList; page: number; busy: boolean }) {
  const { list, page } = props;
  const caption =
    list.total > REQUESTS_PAGE_SIZE
      ? `Demandes ${formatNumber((page - 1) * REQUESTS_PAGE_SIZE + 1)} à ${formatNumber(Math.min(page * REQUESTS_PAGE_SIZE, list.total))} sur ${formatNumber(list.total)}, des plus récentes aux plus anciennes`
      : 'Des plus récentes aux plus anciennes';
  return (
    <TableScroll label="Demandes">
      <Table
        striped
        verticalSpacing="sm"
        miw={900}
        bg="white"
        aria-busy={props.busy}
        style={{ opacity: props.busy ? 0.6 : 1 }}
      >
        <Table.Caption>{caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Personne</Table.Th>
            <Table.Th scope="col">Reçue le</Table.Th>
            <Table.Th scope="col">Public et commune</Table.Th>
            <Table.Th scope="col">Thèmes</Table.Th>
            <Table.Th scope="col">Attribuée à</Table.Th>
            <Table.Th scope="col">Statut</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.requests.map((r) => (
            <Table.Tr key={r.id}>
              <Table.Th scope="row">
                <PersonLink request={r} />
                {r.needs && (
                  <Text size="xs" c="dimmed" lineClamp={2} maw={320}>
                    {r.needs}
                  </Text>
                )}
              </Table.Th>
              <Table.Td>
                <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                  {formatDateTime(r.receivedAt)}
                </Text>
                <Text size="xs" c="dimmed">
                  {r.sourceLabel}
                </Text>
              </Table.Td>
              <Table.Td>
                {r.publicLabel}
                <Text size="xs" c="dimmed">
                  {r.communeName ?? 'Commune non renseignée'}
                </Text>
              </Table.Td>
              <Table.Td>{subjectsOf(r)}</Table.Td>
              <Table.Td>{r.assignee?.name ?? '—'}</Table.Td>
              <Table.Td>
                <StatusBadge status={r.status} label={r.statusLabel} />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

/** On a phone: one card per request rather than a table to scroll sideways. */
function RequestCards({ requests }: { requests: RequestSummary[] }) {
  return (
    <Stack component="ul" gap="sm" aria-label="Demandes" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
      {requests.map((r) => (
        <Card component="li" key={r.id} withBorder padding="sm">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <Title order={3} size="h5">
              <PersonLink request={r} />
            </Title>
            <StatusBadge status={r.status} label={r.statusLabel} />
          </Group>
          <Stack gap={2} component="dl" mt={4} mb={0}>
            <InlineDetail term="Reçue le">
              {formatDateTime(r.receivedAt)} ({r.sourceLabel})
            </InlineDetail>
            <InlineDetail term="Public">{r.publicLabel}</InlineDetail>
            {r.communeName && <InlineDetail term="Commune">{r.communeName}</InlineDetail>}
            <InlineDetail term="Thèmes">{subjectsOf(r)}</InlineDetail>
            {r.assignee && <InlineDetail term="Attribuée à">{r.assignee.name}</InlineDetail>}
          </Stack>
        </Card>
      ))}
    </Stack>
  );
}
