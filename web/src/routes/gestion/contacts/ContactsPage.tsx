import {
  Alert,
  Button,
  Card,
  Group,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { PagesNav } from '../../../components/PagesNav.js';
import { api, unwrap } from '../../../api/client.js';
import {
  CHANNELS,
  CONTACTS_PAGE_SIZE,
  contactsQuery,
  contactSubjectsQuery,
  PUBLICS,
  staleAfterContact,
  type Contact,
  type ContactFilters,
  type ContactSubject,
} from '../../../api/contacts.js';
import { communesQuery } from '../../../api/gestion.js';
import { ErrorAlert, Loading } from '../../../components/feedback.js';
import { TableScroll } from '../../../components/layout.js';
import { InlineDetail } from '../../../components/InlineDetail.js';
import { AnchorLink } from '../../../components/links.js';
import { formatDateTime, formatNumber, plural } from '../../../lib/format.js';
import { StaffPage, useGestion } from '../context.js';
import { ContactForm, type SavedContact } from './ContactForm.js';
import { SimulationsModal } from './SimulationsModal.js';
import type { CommuneChoice } from './CommuneField.js';
import type { ContactsSearch } from './search.js';

const ROUTE = '/gestion/contacts';
const RESULTS_ID = 'journal-resultats';
const collator = new Intl.Collator('fr');

/** "/gestion/contacts": the quick entry of a contact (phone, visit, e-mail…) and the log of those recorded. */
export function ContactsPage() {
  return (
    <StaffPage title="Journal des contacts" action="contacts.read">
      {(relaisId) => <Journal relaisId={relaisId} />}
    </StaffPage>
  );
}

function toFilters(search: ContactsSearch): ContactFilters {
  const publicKey = Object.keys(PUBLICS).find((k) => k === search.public) as ContactFilters['public'];
  const channel = Object.keys(CHANNELS).find((k) => k === search.canal) as ContactFilters['channel'];
  return {
    ...(search.du ? { from: search.du } : {}),
    ...(search.au ? { to: search.au } : {}),
    ...(publicKey ? { public: publicKey } : {}),
    ...(channel ? { channel } : {}),
    ...(search.theme ? { subjectId: search.theme } : {}),
  };
}

/** "29 nov. 2026 à 13:16": when a contact happened, in Paris time. */
const when = (contact: Contact) => formatDateTime(contact.occurredAt);

/** "Parent, téléphone, 29 nov. 2026 à 13:16": a contact recognised without naming anyone. */
const contactLabel = (contact: Contact) =>
  `${contact.publicLabel}, ${contact.channelLabel.toLowerCase()}, ${when(contact)}`;

function savedMessage({ contact, newFamily }: SavedContact, corrected: boolean): string {
  const what = `${contact.publicLabel}, ${contact.channelLabel.toLowerCase()}, ${when(contact)}`;
  const family = newFamily ? ` La famille « ${newFamily} » a été enregistrée et rattachée.` : '';
  return corrected ? `Le contact a été corrigé (${what}).${family}` : `Contact enregistré, merci : ${what}.${family}`;
}

function Journal({ relaisId }: { relaisId: string }) {
  const gestion = useGestion();
  const canRecord = gestion.can('contacts.record');
  const subjects = useQuery(contactSubjectsQuery(relaisId));
  const communes = useQuery(communesQuery(relaisId));
  const [entryNotice, setEntryNotice] = useState<string | null>(null);
  const [listNotice, setListNotice] = useState<string | null>(null);
  const [editing, setEditing] = useState<Contact | null>(null);
  const [removing, setRemoving] = useState<Contact | null>(null);
  const [simulating, setSimulating] = useState<Contact | null>(null);

  const territory: CommuneChoice[] = [...(communes.data ?? [])]
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((c) => ({ inseeCode: c.inseeCode, name: c.name }));
  const ready = subjects.isSuccess && communes.isSuccess;

  return (
    <Stack gap="xl">
      {canRecord && (
        <Stack gap="sm" component="section" aria-labelledby="saisie-titre">
          <Title order={2} size="h3" id="saisie-titre">
            Nouveau contact
          </Title>
          <Card withBorder padding="md" maw={760}>
            {subjects.isError ? (
              <ErrorAlert error={subjects.error} />
            ) : communes.isError ? (
              <ErrorAlert error={communes.error} />
            ) : !ready ? (
              <Loading />
            ) : (
              <ContactForm
                relaisId={relaisId}
                prefix="contact"
                contact={null}
                subjects={subjects.data}
                territory={territory}
                notice={<Notice text={entryNotice} onClose={() => setEntryNotice(null)} />}
                onSaved={(saved) => setEntryNotice(savedMessage(saved, false))}
              />
            )}
          </Card>
        </Stack>
      )}

      <Stack gap="sm" component="section" aria-labelledby="journal-titre">
        <Title order={2} size="h3" id="journal-titre">
          Contacts enregistrés
        </Title>
        <Notice text={listNotice} onClose={() => setListNotice(null)} />
        <ContactLog
          relaisId={relaisId}
          subjects={subjects.data ?? []}
          canRecord={canRecord}
          onEdit={(contact) => {
            setListNotice(null);
            setEditing(contact);
          }}
          onRemove={(contact) => {
            setListNotice(null);
            setRemoving(contact);
          }}
          onSimulations={setSimulating}
        />
      </Stack>

      <SimulationsModal
        relaisId={relaisId}
        contact={simulating}
        label={simulating ? contactLabel(simulating) : ''}
        canRecord={canRecord}
        onClose={() => setSimulating(null)}
      />

      {canRecord && (
        <>
          <Modal
            opened={editing !== null}
            onClose={() => setEditing(null)}
            title={editing ? `Corriger le contact du ${when(editing)}` : 'Corriger un contact'}
            size="lg"
          >
            {editing && ready && (
              <ContactForm
                key={editing.id}
                relaisId={relaisId}
                prefix="correction"
                contact={editing}
                subjects={subjects.data}
                territory={territory}
                onCancel={() => setEditing(null)}
                onSaved={(saved) => {
                  setEditing(null);
                  setListNotice(savedMessage(saved, true));
                }}
              />
            )}
          </Modal>
          <RemoveModal
            relaisId={relaisId}
            contact={removing}
            onClose={() => setRemoving(null)}
            onRemoved={(contact) => {
              setRemoving(null);
              setListNotice(`Le contact du ${when(contact)} (${contact.publicLabel}) a été supprimé.`);
              requestAnimationFrame(() => document.getElementById(RESULTS_ID)?.focus());
            }}
          />
        </>
      )}
    </Stack>
  );
}

function Notice({ text, onClose }: { text: string | null; onClose(): void }) {
  if (!text) return null;
  return (
    <Alert color="relais" variant="light" role="status" withCloseButton closeButtonLabel="Fermer" onClose={onClose}>
      {text}
    </Alert>
  );
}

function ContactLog(props: {
  relaisId: string;
  subjects: ContactSubject[];
  canRecord: boolean;
  onEdit(contact: Contact): void;
  onRemove(contact: Contact): void;
  onSimulations(contact: Contact): void;
}) {
  const search = useSearch({ from: ROUTE });
  const navigate = useNavigate({ from: ROUTE });
  const isMobile = useMediaQuery('(max-width: 47.99em)');
  const page = search.page ?? 1;
  const filters = toFilters(search);
  const list = useQuery(contactsQuery(props.relaisId, filters, page));

  /** Changes some filters and goes back to the first page. */
  const refine = (patch: Partial<ContactsSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch, page: undefined }), replace: true });
  const goToPage = (next: number) => {
    void navigate({ search: (prev) => ({ ...prev, page: next > 1 ? next : undefined }) });
    document.getElementById(RESULTS_ID)?.focus();
  };
  const filtered = Object.values(search).some((value) => value !== undefined);
  const total = list.data?.total ?? 0;
  const pages = Math.max(1, Math.ceil(total / CONTACTS_PAGE_SIZE));
  const badRange = search.du && search.au && search.du > search.au;

  return (
    <Stack gap="md">
      <Card
        withBorder
        padding="md"
        component="form"
        role="search"
        aria-label="Filtrer le journal"
        onSubmit={(event) => event.preventDefault()}
      >
        <SimpleGrid cols={{ base: 2, md: 5 }} spacing="sm" verticalSpacing="xs">
          <TextInput
            type="date"
            label="Du"
            value={search.du ?? ''}
            onChange={(event) => refine({ du: event.currentTarget.value || undefined })}
            error={badRange ? 'Après la date de fin.' : undefined}
          />
          <TextInput
            type="date"
            label="Au"
            value={search.au ?? ''}
            onChange={(event) => refine({ au: event.currentTarget.value || undefined })}
          />
          <NativeSelect
            label="Public"
            value={filters.public ?? ''}
            onChange={(event) => refine({ public: event.currentTarget.value || undefined })}
            data={[
              { value: '', label: 'Tous les publics' },
              ...Object.entries(PUBLICS).map(([value, label]) => ({ value, label })),
            ]}
          />
          <NativeSelect
            label="Canal"
            value={filters.channel ?? ''}
            onChange={(event) => refine({ canal: event.currentTarget.value || undefined })}
            data={[
              { value: '', label: 'Tous les canaux' },
              ...Object.entries(CHANNELS).map(([value, label]) => ({ value, label })),
            ]}
          />
          <NativeSelect
            label="Thème"
            value={search.theme ?? ''}
            onChange={(event) => refine({ theme: event.currentTarget.value || undefined })}
            data={[
              { value: '', label: 'Tous les thèmes' },
              ...props.subjects.map((s) => ({ value: s.id, label: s.archived ? `${s.label} (archivé)` : s.label })),
            ]}
          />
        </SimpleGrid>
        {filtered && (
          <Group mt="xs">
            <Button variant="subtle" onClick={() => void navigate({ search: {}, replace: true })}>
              Réinitialiser les filtres
            </Button>
          </Group>
        )}
      </Card>

      <Text id={RESULTS_ID} tabIndex={-1} role="status" fw={600}>
        {list.data ? plural(total, 'contact') : '\u00a0'}
      </Text>

      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : list.data.contacts.length === 0 ? (
        <Text>
          {filtered ? 'Aucun contact ne correspond à ces critères.' : 'Aucun contact enregistré pour le moment.'}
        </Text>
      ) : (
        <>
          {isMobile ? (
            <ContactCards contacts={list.data.contacts} {...props} />
          ) : (
            <ContactTable
              contacts={list.data.contacts}
              caption={
                pages > 1
                  ? `Contacts ${formatNumber((page - 1) * CONTACTS_PAGE_SIZE + 1)} à ${formatNumber(Math.min(page * CONTACTS_PAGE_SIZE, total))} sur ${formatNumber(total)}, du plus récent au plus ancien`
                  : 'Du plus récent au plus ancien'
              }
              busy={list.isPlaceholderData}
              {...props}
            />
          )}
          <PagesNav label="Pages du journal" pages={pages} page={page} onChange={goToPage} />
        </>
      )}
    </Stack>
  );
}

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

function Person({ contact }: { contact: Contact }) {
  if (contact.family) return <>{contact.family.name}</>;
  if (contact.childminder) {
    return (
      <AnchorLink
        to="/gestion/assistants-maternels/$childminderId"
        params={{ childminderId: contact.childminder.id }}
        size="sm"
      >
        {contact.childminder.name}
      </AnchorLink>
    );
  }
  return <>—</>;
}

function Actions(props: {
  contact: Contact;
  vertical?: boolean;
  canRecord: boolean;
  onEdit(contact: Contact): void;
  onRemove(contact: Contact): void;
  onSimulations(contact: Contact): void;
}) {
  const label = `le contact du ${when(props.contact)}`;
  const Layout = props.vertical ? Stack : Group;
  return (
    <Layout gap={4} wrap="nowrap" align="flex-start">
      <Button
        size="compact-sm"
        variant="subtle"
        aria-label={`Simulations pour ${label}`}
        onClick={() => props.onSimulations(props.contact)}
      >
        Simulations
      </Button>
      {props.canRecord && (
        <>
          <Button
            size="compact-sm"
            variant="subtle"
            aria-label={`Corriger ${label}`}
            onClick={() => props.onEdit(props.contact)}
          >
            Corriger
          </Button>
          <Button
            size="compact-sm"
            variant="subtle"
            color="red"
            aria-label={`Supprimer ${label}`}
            onClick={() => props.onRemove(props.contact)}
          >
            Supprimer
          </Button>
        </>
      )}
    </Layout>
  );
}

function ContactTable(props: {
  contacts: Contact[];
  caption: string;
  busy: boolean;
  canRecord: boolean;
  onEdit(contact: Contact): void;
  onRemove(contact: Contact): void;
  onSimulations(contact: Contact): void;
}) {
  return (
    <TableScroll label="Journal des contacts">
      <Table
        striped
        verticalSpacing="sm"
        miw={900}
        bg="white"
        aria-busy={props.busy}
        style={{ opacity: props.busy ? 0.6 : 1 }}
      >
        <Table.Caption>{props.caption}</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Date et saisie</Table.Th>
            <Table.Th scope="col">Public et canal</Table.Th>
            <Table.Th scope="col">Commune</Table.Th>
            <Table.Th scope="col">Thèmes</Table.Th>
            <Table.Th scope="col">Suite donnée</Table.Th>
            <Table.Th scope="col">Personne</Table.Th>
            <Table.Th scope="col">Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {props.contacts.map((c) => (
            <Table.Tr key={c.id}>
              <Table.Th scope="row">
                <Text size="sm" fw={600} style={NO_WRAP}>
                  {when(c)}
                </Text>
                <Text size="xs" c="dimmed">
                  {c.recordedBy ? `saisi par ${c.recordedBy}` : 'auteur inconnu'}
                </Text>
              </Table.Th>
              <Table.Td>
                {c.publicLabel}
                <Text size="xs" c="dimmed">
                  {c.channelLabel}
                </Text>
              </Table.Td>
              <Table.Td>{c.communeName ?? '—'}</Table.Td>
              <Table.Td>{c.subjects.map((s) => s.label).join(', ')}</Table.Td>
              <Table.Td>
                {c.outcomeLabel}
                {c.note && (
                  <Text size="xs" c="dimmed" lineClamp={3} className="multiline">
                    {c.note}
                  </Text>
                )}
              </Table.Td>
              <Table.Td>
                <Person contact={c} />
              </Table.Td>
              <Table.Td>
                <Actions
                  contact={c}
                  vertical
                  canRecord={props.canRecord}
                  onEdit={props.onEdit}
                  onRemove={props.onRemove}
                  onSimulations={props.onSimulations}
                />
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}

/** On a phone: one card per contact rather than a table to scroll sideways. */
function ContactCards(props: {
  contacts: Contact[];
  canRecord: boolean;
  onEdit(contact: Contact): void;
  onRemove(contact: Contact): void;
  onSimulations(contact: Contact): void;
}) {
  return (
    <Stack
      component="ul"
      gap="sm"
      aria-label="Journal des contacts"
      style={{ listStyle: 'none', padding: 0, margin: 0 }}
    >
      {props.contacts.map((c) => (
        <Card component="li" key={c.id} withBorder padding="sm">
          <Title order={3} size="h5">
            {when(c)} · {c.publicLabel}
          </Title>
          <Stack gap={2} component="dl" mt={4} mb={0}>
            <InlineDetail term="Canal">{c.channelLabel}</InlineDetail>
            <InlineDetail term="Thèmes">{c.subjects.map((s) => s.label).join(', ')}</InlineDetail>
            <InlineDetail term="Suite donnée">{c.outcomeLabel}</InlineDetail>
            {c.communeName && <InlineDetail term="Commune">{c.communeName}</InlineDetail>}
            {(c.family || c.childminder) && (
              <InlineDetail term="Personne">
                <Person contact={c} />
              </InlineDetail>
            )}
            {c.note && <InlineDetail term="Note">{c.note}</InlineDetail>}
            {c.recordedBy && <InlineDetail term="Saisi par">{c.recordedBy}</InlineDetail>}
          </Stack>
          <Group mt="xs">
            <Actions
              contact={c}
              canRecord={props.canRecord}
              onEdit={props.onEdit}
              onRemove={props.onRemove}
              onSimulations={props.onSimulations}
            />
          </Group>
        </Card>
      ))}
    </Stack>
  );
}

function RemoveModal(props: {
  relaisId: string;
  contact: Contact | null;
  onClose(): void;
  onRemoved(contact: Contact): void;
}) {
  const queryClient = useQueryClient();
  const remove = useMutation({
    mutationFn: (contact: Contact) =>
      unwrap(
        api.DELETE('/api/relais/{relaisId}/contacts/{contactId}', {
          params: { path: { relaisId: props.relaisId, contactId: contact.id } },
        }),
      ),
    onSuccess: async (_data, contact) => {
      await Promise.all(
        staleAfterContact(props.relaisId).map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      );
      props.onRemoved(contact);
    },
  });
  const c = props.contact;
  return (
    <Modal
      opened={c !== null}
      onClose={() => {
        remove.reset();
        props.onClose();
      }}
      title="Supprimer un contact"
    >
      {c && (
        <Stack>
          <Text>
            Supprimer le contact du <strong>{when(c)}</strong> ({c.publicLabel}, {c.channelLabel.toLowerCase()} :{' '}
            {c.subjects.map((s) => s.label).join(', ')}) ? Il ne comptera plus dans les statistiques.
          </Text>
          <ErrorAlert error={remove.error} title="Suppression impossible" />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              Annuler
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(c)}>
              Supprimer le contact
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
