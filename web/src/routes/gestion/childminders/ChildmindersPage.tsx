import { Badge, Button, Card, Checkbox, Group, NativeSelect, Stack, Table, Text, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useEffect, useState } from 'react';
import { PagesNav } from '../../../components/PagesNav.js';
import {
  childmindersQuery,
  exportHref,
  PAGE_SIZE,
  SENIOR_AGE,
  type AvailabilityFilter,
  type AvailabilityStatus,
  type Childminder,
  type ChildminderFilters,
} from '../../../api/childminders.js';
import { communesQuery } from '../../../api/gestion.js';
import { ErrorAlert, Loading } from '../../../components/feedback.js';
import { TableScroll } from '../../../components/layout.js';
import { AnchorLink, ButtonLink } from '../../../components/links.js';
import { formatDate, formatNumber, parisToday, plural } from '../../../lib/format.js';
import { StaffPage, useGestion } from '../context.js';
import { AVAILABILITY_SEARCHES, rememberSearch, type AvailabilitySearch, type ChildmindersSearch } from './search.js';

/** "/gestion/assistants-maternels": the register of childminders, filtered, paginated, exported. */
export function ChildmindersPage() {
  return (
    <StaffPage title="Assistants maternels" action="childminders.read">
      {(relaisId) => <Register relaisId={relaisId} />}
    </StaffPage>
  );
}

const collator = new Intl.Collator('fr');
const ROUTE = '/gestion/assistants-maternels';
const RESULTS_ID = 'registre-resultats';

function toFilters(search: ChildmindersSearch): ChildminderFilters {
  const flag = (value: 'oui' | 'non' | undefined) =>
    value === undefined ? undefined : value === 'oui' ? 'true' : 'false';
  return {
    status: search.statut ?? 'active',
    commune: search.commune,
    mam: flag(search.mam),
    monenfant: flag(search.monenfant),
    over55: search.plus55 ? 'true' : undefined,
    availability: search.dispo ? AVAILABILITY_FILTERS[search.dispo] : undefined,
    q: search.q,
  };
}

/** The freshness filter in the address of the page, and as the API names it. */
const AVAILABILITY_FILTERS: Record<AvailabilitySearch, AvailabilityFilter> = {
  'a-jour': 'fresh',
  ancienne: 'stale',
  jamais: 'unknown',
  'sans-reponse': 'not_answered',
};

function countLabel(total: number): string {
  return plural(total, 'assistant·e maternel·le', 'assistant·es maternel·les');
}

function yesNo(value: string): 'oui' | 'non' | undefined {
  return value === 'oui' || value === 'non' ? value : undefined;
}

function Register({ relaisId }: { relaisId: string }) {
  const gestion = useGestion();
  const search = useSearch({ from: ROUTE });
  const navigate = useNavigate({ from: ROUTE });
  const [searchBoxKey, setSearchBoxKey] = useState(0);
  const page = search.page ?? 1;
  const filters = toFilters(search);
  const communes = useQuery(communesQuery(relaisId));
  const list = useQuery(childmindersQuery(relaisId, filters, page));

  useEffect(() => rememberSearch(search), [search]);

  /** Changes some filters and goes back to the first page. */
  const refine = (patch: Partial<ChildmindersSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch, page: undefined }), replace: true });
  const searchName = useDebouncedCallback((text: string) => refine({ q: text.trim() || undefined }), 350);
  const goToPage = (next: number) => {
    void navigate({ search: (prev) => ({ ...prev, page: next > 1 ? next : undefined }) });
    document.getElementById(RESULTS_ID)?.focus();
  };
  const filtered = Object.values(search).some((value) => value !== undefined);

  const sortedCommunes = [...(communes.data ?? [])].sort((a, b) => collator.compare(a.name, b.name));
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));

  return (
    <Stack gap="md">
      <Card
        withBorder
        padding="md"
        component="form"
        role="search"
        aria-label="Filtrer le registre"
        onSubmit={(event) => event.preventDefault()}
      >
        <Group align="flex-end" gap="md" wrap="wrap">
          <TextInput
            key={searchBoxKey}
            type="search"
            label="Rechercher"
            description="Nom, prénom ou numéro d’agrément"
            defaultValue={search.q ?? ''}
            onChange={(event) => searchName(event.currentTarget.value)}
            onKeyDown={(event) => {
              if (event.key === 'Enter') searchName.flush();
            }}
            miw={240}
          />
          <NativeSelect
            label="Commune"
            value={search.commune ?? ''}
            onChange={(event) => refine({ commune: event.currentTarget.value || undefined })}
            data={[
              { value: '', label: 'Toutes les communes' },
              ...sortedCommunes.map((c) => ({ value: c.inseeCode, label: c.name })),
            ]}
            miw={200}
          />
          <NativeSelect
            label="Statut"
            value={search.statut ?? 'active'}
            onChange={(event) => {
              const value = event.currentTarget.value;
              refine({ statut: value === 'archived' || value === 'all' ? value : undefined });
            }}
            data={[
              { value: 'active', label: 'Fiches actives' },
              { value: 'archived', label: 'Fiches archivées' },
              { value: 'all', label: 'Toutes les fiches' },
            ]}
          />
          <NativeSelect
            label="Lieu d’exercice"
            value={search.mam ?? ''}
            onChange={(event) => refine({ mam: yesNo(event.currentTarget.value) })}
            data={[
              { value: '', label: 'Domicile et MAM' },
              { value: 'oui', label: 'En MAM' },
              { value: 'non', label: 'À domicile' },
            ]}
          />
          <NativeSelect
            label="monenfant.fr"
            value={search.monenfant ?? ''}
            onChange={(event) => refine({ monenfant: yesNo(event.currentTarget.value) })}
            data={[
              { value: '', label: 'Inscrit·es ou non' },
              { value: 'oui', label: 'Inscrit·es' },
              { value: 'non', label: 'Non inscrit·es' },
            ]}
          />
          <NativeSelect
            label="Disponibilités"
            value={search.dispo ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              refine({ dispo: AVAILABILITY_SEARCHES.find((v) => v === value) });
            }}
            data={[
              { value: '', label: 'Toutes' },
              { value: 'a-jour', label: 'À jour' },
              { value: 'ancienne', label: 'Anciennes' },
              { value: 'jamais', label: 'À confirmer (jamais confirmées)' },
              { value: 'sans-reponse', label: 'Relancées sans réponse' },
            ]}
          />
          <Checkbox
            label={`${SENIOR_AGE} ans et plus`}
            checked={search.plus55 ?? false}
            onChange={(event) => refine({ plus55: event.currentTarget.checked || undefined })}
            mb={8}
          />
          {filtered && (
            <Button
              variant="subtle"
              onClick={() => {
                searchName.cancel();
                setSearchBoxKey((k) => k + 1);
                void navigate({ search: {}, replace: true });
              }}
            >
              Réinitialiser les filtres
            </Button>
          )}
        </Group>
      </Card>

      <Group justify="space-between" align="center" gap="sm" wrap="wrap">
        <Text id={RESULTS_ID} tabIndex={-1} role="status" fw={600}>
          {list.data ? countLabel(total) : '\u00a0'}
        </Text>
        <Group gap="sm">
          <Button component="a" variant="default" href={exportHref(relaisId, filters)} download>
            Exporter (Excel)
          </Button>
          {gestion.can('childminders.manage') && (
            <>
              <ButtonLink variant="default" to="/gestion/assistants-maternels/import">
                Importer la liste de la PMI
              </ButtonLink>
              <ButtonLink to="/gestion/assistants-maternels/nouvelle">Nouvelle fiche</ButtonLink>
            </>
          )}
        </Group>
      </Group>

      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : list.data.childminders.length === 0 ? (
        <Text>Aucun·e assistant·e maternel·le ne correspond à ces critères.</Text>
      ) : (
        <>
          <TableScroll label="Registre des assistant·es maternel·les">
            <Table
              striped
              verticalSpacing="sm"
              miw={1120}
              bg="white"
              aria-busy={list.isPlaceholderData}
              style={{ opacity: list.isPlaceholderData ? 0.6 : 1 }}
            >
              <Table.Caption>
                {pages > 1
                  ? `Fiches ${formatNumber((page - 1) * PAGE_SIZE + 1)} à ${formatNumber(Math.min(page * PAGE_SIZE, total))} sur ${formatNumber(total)}, par ordre alphabétique`
                  : 'Par ordre alphabétique'}
              </Table.Caption>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Nom</Table.Th>
                  <Table.Th scope="col">Commune</Table.Th>
                  <Table.Th scope="col" ta="right">
                    Âge
                  </Table.Th>
                  <Table.Th scope="col" ta="right">
                    Places agréées / aujourd’hui
                  </Table.Th>
                  <Table.Th scope="col">MAM</Table.Th>
                  <Table.Th scope="col">monenfant.fr</Table.Th>
                  <Table.Th scope="col" miw={150}>
                    Disponibilités
                  </Table.Th>
                  <Table.Th scope="col" miw={100}>
                    Statut
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {list.data.childminders.map((childminder) => (
                  <Row key={childminder.id} childminder={childminder} />
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <PagesNav label="Pages du registre" pages={pages} page={page} onChange={goToPage} />
        </>
      )}
    </Stack>
  );
}

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

function Row({ childminder: c }: { childminder: Childminder }) {
  const reduced = c.placesToday !== c.approvalPlaces;
  return (
    <Table.Tr>
      <Table.Th scope="row">
        <AnchorLink
          to="/gestion/assistants-maternels/$childminderId"
          params={{ childminderId: c.id }}
          fw={600}
          size="sm"
        >
          {c.lastName} {c.firstName}
        </AnchorLink>
        {c.approvalNumber && (
          <Text size="xs" c="dimmed">
            Agrément n° {c.approvalNumber}
          </Text>
        )}
      </Table.Th>
      <Table.Td>{c.communeName}</Table.Td>
      <Table.Td ta="right" style={NO_WRAP}>
        {c.age === null ? '—' : `${c.age} ans`}
      </Table.Td>
      <Table.Td ta="right" style={NO_WRAP}>
        {c.approvalPlaces} / {reduced ? <strong>{c.placesToday}</strong> : c.placesToday}
        {reduced && c.reducedUntil && (
          <Text size="xs" c="dimmed">
            jusqu’au {formatDate(c.reducedUntil)}
          </Text>
        )}
      </Table.Td>
      <Table.Td>{c.practice === 'mam' ? (c.childminderHouseName ?? 'Oui') : 'Non'}</Table.Td>
      <Table.Td>{c.monenfantRegistered ? 'Inscrit·e' : 'Non'}</Table.Td>
      <Table.Td>{c.status === 'active' ? <AvailabilityCell status={c.availability} /> : '—'}</Table.Td>
      <Table.Td style={NO_WRAP}>
        <StatusBadge status={c.status} />
        {c.status === 'archived' && (
          <Text size="xs" c="dimmed">
            depuis le {formatDate(c.statusSince)}
          </Text>
        )}
      </Table.Td>
    </Table.Tr>
  );
}

const FRESHNESS_BADGES = {
  fresh: { label: 'À jour', color: 'relais', variant: 'light' },
  stale: { label: 'Ancienne', color: 'red', variant: 'light' },
  unknown: { label: 'À confirmer', color: 'gray', variant: 'outline' },
} as const;

/** A date of the freshness loop (an instant), as the Paris calendar day it fell on. */
const dayOf = (iso: string) => formatDate(parisToday(new Date(iso)));

/** How fresh a childminder's availability is: confirmed when, reminded when, answered or not. */
function AvailabilityCell({ status: a }: { status: AvailabilityStatus }) {
  const badge = FRESHNESS_BADGES[a.freshness];
  return (
    <>
      <Badge color={badge.color} variant={badge.variant} tt="none" miw="fit-content">
        {badge.label}
      </Badge>
      <Text size="xs" c="dimmed">
        {a.confirmedAt ? `confirmées le ${dayOf(a.confirmedAt)}` : 'jamais confirmées'}
      </Text>
      {a.remindedAt &&
        (a.notAnswered ? (
          <Text size="xs" fw={700} c="red.7">
            relancée le {dayOf(a.remindedAt)}, sans réponse
          </Text>
        ) : (
          <Text size="xs" c="dimmed">
            relancée le {dayOf(a.remindedAt)}
          </Text>
        ))}
    </>
  );
}

export function StatusBadge({ status }: { status: Childminder['status'] }) {
  return (
    <Badge
      color={status === 'active' ? 'relais' : 'gray'}
      variant="outline"
      tt="none"
      style={{ flexShrink: 0 }}
      miw="fit-content"
    >
      {status === 'active' ? 'Active' : 'Archivée'}
    </Badge>
  );
}
