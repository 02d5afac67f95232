import { Anchor, Button, Card, Checkbox, Group, NativeSelect, Stack, Table, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import {
  CARE_KINDS,
  facilitiesQuery,
  FACILITY_KIND_LABELS,
  housesQuery,
  SERVICE_KINDS,
  type ChildminderHouse,
  type Facility,
  type FacilityKind,
} from '../../../api/facilities.js';
import { communesQuery } from '../../../api/gestion.js';
import { ErrorAlert, Loading, Notice } from '../../../components/feedback.js';
import { TableScroll } from '../../../components/layout.js';
import { displayUrl, formatNumber, formatShortDate, plural, telHref } from '../../../lib/format.js';
import { StaffPage, useGestion } from '../context.js';
import { FacilityFormModal } from './FacilityFormModal.js';
import { HouseFormModal } from './HouseFormModal.js';

/** "/gestion/accueils": the MAM, collective facilities and family services of the territory. */
export function FacilitiesPage() {
  return (
    <StaffPage title="Accueils collectifs et MAM" action="relais.read">
      {(relaisId) => <Facilities relaisId={relaisId} />}
    </StaffPage>
  );
}

const collator = new Intl.Collator('fr');
const NO_WRAP = { whiteSpace: 'nowrap' } as const;

const FUNDING_SHORT: Record<string, string> = { psu: 'PSU', paje: 'PAJE' };

type Editing =
  | { type: 'house'; house: ChildminderHouse | null }
  | { type: 'facility'; facility: Facility | null; kind: FacilityKind }
  | null;

function byCommuneThenName<T extends { communeName: string; name: string }>(a: T, b: T): number {
  return collator.compare(a.communeName, b.communeName) || collator.compare(a.name, b.name);
}

function Facilities({ relaisId }: { relaisId: string }) {
  const gestion = useGestion();
  const canManage = gestion.can('facilities.manage');
  const [commune, setCommune] = useState('');
  const [includeClosed, setIncludeClosed] = useState(false);
  const [editing, setEditing] = useState<Editing>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const communes = useQuery(communesQuery(relaisId));
  const houses = useQuery(housesQuery(relaisId));
  const facilities = useQuery(facilitiesQuery(relaisId, includeClosed));

  const sortedCommunes = [...(communes.data ?? [])].sort((a, b) => collator.compare(a.name, b.name));
  const inCommune = (item: { inseeCode: string }) => !commune || item.inseeCode === commune;
  const shownHouses = (houses.data ?? [])
    .filter((h) => (includeClosed || h.open) && inCommune(h))
    .sort(byCommuneThenName);
  const shownFacilities = (facilities.data ?? []).filter(inCommune).sort(byCommuneThenName);

  const edit = (next: Editing) => {
    setNotice(null);
    setEditing(next);
  };

  return (
    <Stack gap="xl">
      <Card
        withBorder
        padding="md"
        component="form"
        role="search"
        aria-label="Filtrer les accueils"
        onSubmit={(event) => event.preventDefault()}
      >
        <Group align="flex-end" gap="md" wrap="wrap">
          <NativeSelect
            label="Commune"
            value={commune}
            onChange={(event) => setCommune(event.currentTarget.value)}
            data={[
              { value: '', label: 'Toutes les communes' },
              ...sortedCommunes.map((c) => ({ value: c.inseeCode, label: c.name })),
            ]}
            miw={240}
          />
          <Checkbox
            label="Afficher les accueils fermés"
            checked={includeClosed}
            onChange={(event) => setIncludeClosed(event.currentTarget.checked)}
            mb={8}
          />
        </Group>
      </Card>

      <Notice message={notice} onClose={() => setNotice(null)} />

      <Section
        id="mam"
        title="Maisons d’assistants maternels (MAM)"
        action={canManage && <Button onClick={() => edit({ type: 'house', house: null })}>Nouvelle MAM</Button>}
      >
        {houses.isPending ? (
          <Loading />
        ) : houses.isError ? (
          <ErrorAlert error={houses.error} />
        ) : (
          <Houses houses={shownHouses} canManage={canManage} onEdit={(house) => edit({ type: 'house', house })} />
        )}
      </Section>

      <Section
        id="accueil-collectif"
        title="Accueil collectif du jeune enfant"
        action={
          canManage && (
            <Button onClick={() => edit({ type: 'facility', facility: null, kind: 'micro_creche' })}>
              Nouvel établissement
            </Button>
          )
        }
      >
        <FacilityGroups
          query={facilities}
          kinds={CARE_KINDS}
          items={shownFacilities}
          canManage={canManage}
          empty="Aucun établissement d’accueil collectif ne correspond à ces critères."
          onEdit={(facility) => edit({ type: 'facility', facility, kind: facility.kind })}
          care
        />
      </Section>

      <Section
        id="services"
        title="Services aux familles"
        action={
          canManage && (
            <Button onClick={() => edit({ type: 'facility', facility: null, kind: 'pmi' })}>Nouveau service</Button>
          )
        }
      >
        <FacilityGroups
          query={facilities}
          kinds={SERVICE_KINDS}
          items={shownFacilities}
          canManage={canManage}
          empty="Aucun service aux familles ne correspond à ces critères."
          onEdit={(facility) => edit({ type: 'facility', facility, kind: facility.kind })}
        />
      </Section>

      {canManage && (
        <>
          <HouseFormModal
            relaisId={relaisId}
            house={editing?.type === 'house' ? editing.house : null}
            houses={houses.data ?? []}
            opened={editing?.type === 'house'}
            communes={sortedCommunes}
            onClose={() => setEditing(null)}
            onSaved={(house, created) => {
              setEditing(null);
              setNotice(created ? `La MAM « ${house.name} » a été créée.` : `La MAM « ${house.name} » a été modifiée.`);
            }}
          />
          <FacilityFormModal
            relaisId={relaisId}
            facility={editing?.type === 'facility' ? editing.facility : null}
            kind={editing?.type === 'facility' ? editing.kind : 'micro_creche'}
            opened={editing?.type === 'facility'}
            communes={sortedCommunes}
            onClose={() => setEditing(null)}
            onSaved={(facility, created) => {
              setEditing(null);
              setNotice(created ? `« ${facility.name} » a été enregistré.` : `« ${facility.name} » a été modifié.`);
            }}
          />
        </>
      )}
    </Stack>
  );
}

function Section(props: { id: string; title: string; action?: ReactNode; children: ReactNode }) {
  return (
    <Stack gap="sm" component="section" aria-labelledby={`${props.id}-titre`}>
      <Group justify="space-between" align="center" gap="sm" wrap="wrap">
        <Title order={2} size="h3" id={`${props.id}-titre`}>
          {props.title}
        </Title>
        {props.action}
      </Group>
      {props.children}
    </Stack>
  );
}

function ClosedNote({ label }: { label: string }) {
  return (
    <Text size="xs" fw={700} c="gray.7" mt={2}>
      {label}
    </Text>
  );
}

function EditButton(props: { name: string; onClick(): void }) {
  return (
    <Button size="compact-sm" variant="subtle" aria-label={`Modifier ${props.name}`} onClick={props.onClick}>
      Modifier
    </Button>
  );
}

function Houses(props: { houses: ChildminderHouse[]; canManage: boolean; onEdit(house: ChildminderHouse): void }) {
  const { houses, canManage } = props;
  if (houses.length === 0) return <Text>Aucune MAM ne correspond à ces critères.</Text>;
  const open = houses.filter((h) => h.open);
  const members = open.reduce((n, h) => n + h.members, 0);
  const places = open.reduce((n, h) => n + h.places, 0);
  const due = houses.filter((h) => h.visitDue).length;
  return (
    <>
      <Text>
        {`${plural(open.length, 'MAM ouverte', 'MAM ouvertes')} : ${plural(members, 'assistant·e maternel·le', 'assistant·es maternel·les')}, ${plural(places, 'place agréée', 'places agréées')}.`}
        {due > 0 && ` ${plural(due, 'visite', 'visites')} à prévoir.`}
      </Text>
      <TableScroll label="Maisons d’assistants maternels">
        <Table striped verticalSpacing="sm" miw={900} bg="white">
          <Table.Caption>
            {plural(houses.length, 'MAM', 'MAM')}, par commune ; une visite du ou de la référent·e tous les deux ans
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Nom</Table.Th>
              <Table.Th scope="col">Commune</Table.Th>
              <Table.Th scope="col">Ouverture</Table.Th>
              <Table.Th scope="col" ta="right">
                Assistant·es maternel·les
              </Table.Th>
              <Table.Th scope="col" ta="right">
                Places
              </Table.Th>
              <Table.Th scope="col">Référent·e</Table.Th>
              <Table.Th scope="col">Dernière visite</Table.Th>
              {canManage && <Table.Th scope="col">Actions</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {houses.map((house) => (
              <Table.Tr key={house.id}>
                <Table.Th scope="row">
                  <Text fw={600} size="sm">
                    {house.name}
                  </Text>
                  {house.address && <Text size="xs">{house.address}</Text>}
                  {!house.open && <ClosedNote label={`Fermée le ${formatShortDate(house.closedOn)}`} />}
                </Table.Th>
                <Table.Td>{house.communeName}</Table.Td>
                <Table.Td style={NO_WRAP}>{formatShortDate(house.openedOn)}</Table.Td>
                <Table.Td ta="right">{formatNumber(house.members)}</Table.Td>
                <Table.Td ta="right">{formatNumber(house.places)}</Table.Td>
                <Table.Td>{house.referentName ?? '—'}</Table.Td>
                <Table.Td style={NO_WRAP}>
                  {house.lastVisitOn ? formatShortDate(house.lastVisitOn) : 'Aucune visite enregistrée'}
                  {house.visitDue && (
                    <Text size="xs" fw={700} c="red.7" mt={2}>
                      Visite à prévoir
                    </Text>
                  )}
                </Table.Td>
                {canManage && (
                  <Table.Td>
                    <EditButton name={house.name} onClick={() => props.onEdit(house)} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </>
  );
}

function FacilityGroups(props: {
  query: { isPending: boolean; isError: boolean; error: unknown };
  kinds: readonly FacilityKind[];
  items: Facility[];
  canManage: boolean;
  empty: string;
  care?: boolean;
  onEdit(facility: Facility): void;
}) {
  if (props.query.isPending) return <Loading />;
  if (props.query.isError) return <ErrorAlert error={props.query.error} />;
  const groups = props.kinds
    .map((kind) => ({ kind, items: props.items.filter((f) => f.kind === kind) }))
    .filter((g) => g.items.length > 0);
  if (groups.length === 0) return <Text>{props.empty}</Text>;
  if (props.care) {
    const open = groups.flatMap((g) => g.items).filter((f) => f.open);
    const sum = (funding: string) => open.filter((f) => f.funding === funding).reduce((n, f) => n + (f.places ?? 0), 0);
    const psu = sum('psu');
    const paje = sum('paje');
    return (
      <>
        <Text>
          {plural(open.length, 'établissement ouvert', 'établissements ouverts')} :{' '}
          {plural(psu + paje, 'place', 'places')} d’accueil, dont {formatNumber(psu)} financée{psu > 1 ? 's' : ''} par
          la PSU et {formatNumber(paje)} par la PAJE.
        </Text>
        {groups.map((g) => (
          <CareTable key={g.kind} kind={g.kind} items={g.items} canManage={props.canManage} onEdit={props.onEdit} />
        ))}
      </>
    );
  }
  return (
    <>
      {groups.map((g) => (
        <ServiceTable key={g.kind} kind={g.kind} items={g.items} canManage={props.canManage} onEdit={props.onEdit} />
      ))}
    </>
  );
}

function FacilityName({ facility }: { facility: Facility }) {
  return (
    <>
      <Text fw={600} size="sm">
        {facility.name}
      </Text>
      {facility.address && <Text size="xs">{facility.address}</Text>}
      {facility.description && (
        <Text size="xs" c="dimmed" lineClamp={2}>
          {facility.description}
        </Text>
      )}
      {!facility.open && <ClosedNote label={`Fermé le ${formatShortDate(facility.closedOn)}`} />}
    </>
  );
}

function GroupTitle({ kind, count }: { kind: FacilityKind; count: number }) {
  return (
    <Title order={3} size="h4" mt="sm">
      {FACILITY_KIND_LABELS[kind]}{' '}
      <Text span c="dimmed" fw={400} size="md">
        ({formatNumber(count)})
      </Text>
    </Title>
  );
}

function CareTable(props: { kind: FacilityKind; items: Facility[]; canManage: boolean; onEdit(f: Facility): void }) {
  return (
    <Stack gap={4}>
      <GroupTitle kind={props.kind} count={props.items.length} />
      <TableScroll label={FACILITY_KIND_LABELS[props.kind]}>
        <Table striped verticalSpacing="sm" miw={760} bg="white">
          <Table.Caption>
            {FACILITY_KIND_LABELS[props.kind]} : {plural(props.items.length, 'établissement', 'établissements')}, par
            commune
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Nom</Table.Th>
              <Table.Th scope="col">Commune</Table.Th>
              <Table.Th scope="col" ta="right">
                Places
              </Table.Th>
              <Table.Th scope="col">Financement</Table.Th>
              <Table.Th scope="col">Ouverture</Table.Th>
              {props.canManage && <Table.Th scope="col">Actions</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.items.map((f) => (
              <Table.Tr key={f.id}>
                <Table.Th scope="row" maw={360}>
                  <FacilityName facility={f} />
                </Table.Th>
                <Table.Td>{f.communeName}</Table.Td>
                <Table.Td ta="right">{formatNumber(f.places)}</Table.Td>
                <Table.Td>{f.funding ? FUNDING_SHORT[f.funding] : '—'}</Table.Td>
                <Table.Td style={NO_WRAP}>{formatShortDate(f.openedOn)}</Table.Td>
                {props.canManage && (
                  <Table.Td>
                    <EditButton name={f.name} onClick={() => props.onEdit(f)} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Stack>
  );
}

function ServiceTable(props: { kind: FacilityKind; items: Facility[]; canManage: boolean; onEdit(f: Facility): void }) {
  return (
    <Stack gap={4}>
      <GroupTitle kind={props.kind} count={props.items.length} />
      <TableScroll label={FACILITY_KIND_LABELS[props.kind]}>
        <Table striped verticalSpacing="sm" miw={700} bg="white">
          <Table.Caption>
            {FACILITY_KIND_LABELS[props.kind]} : {plural(props.items.length, 'service', 'services')}, par commune
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Nom</Table.Th>
              <Table.Th scope="col">Commune</Table.Th>
              <Table.Th scope="col">Contact</Table.Th>
              {props.canManage && <Table.Th scope="col">Actions</Table.Th>}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {props.items.map((f) => (
              <Table.Tr key={f.id}>
                <Table.Th scope="row" maw={420}>
                  <FacilityName facility={f} />
                </Table.Th>
                <Table.Td>{f.communeName}</Table.Td>
                <Table.Td>
                  <Contact facility={f} />
                </Table.Td>
                {props.canManage && (
                  <Table.Td>
                    <EditButton name={f.name} onClick={() => props.onEdit(f)} />
                  </Table.Td>
                )}
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
    </Stack>
  );
}

function Contact({ facility: f }: { facility: Facility }) {
  if (!f.phone && !f.email && !f.website) return <>—</>;
  return (
    <Stack gap={2}>
      {f.phone && (
        <Anchor href={telHref(f.phone)} size="sm" style={NO_WRAP}>
          {f.phone}
        </Anchor>
      )}
      {f.email && (
        <Anchor href={`mailto:${f.email}`} size="sm">
          {f.email}
        </Anchor>
      )}
      {f.website && (
        <Anchor href={f.website} size="sm" target="_blank" rel="noopener noreferrer">
          {displayUrl(f.website)}
        </Anchor>
      )}
    </Stack>
  );
}
