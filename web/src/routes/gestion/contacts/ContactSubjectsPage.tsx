import { Badge, Button, Card, Group, Modal, Stack, Table, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, errorMessage, unwrap } from '../../../api/client.js';
import { contactKeys, contactSubjectsQuery, type ContactSubject } from '../../../api/contacts.js';
import { ErrorAlert, Loading, Notice } from '../../../components/feedback.js';
import { TableScroll } from '../../../components/layout.js';
import { plural } from '../../../lib/format.js';
import { focusSoon } from '../childminders/shared.js';
import { StaffPage } from '../context.js';
import { FamilyRetention } from './FamilyRetention.js';

const MIN_LABEL = 2;
const MAX_LABEL = 80;
const NEW_ID = 'theme-nouveau';
const RENAME_ID = 'theme-libelle';

/** "/gestion/contacts/themes": the subjects offered when a contact is recorded; add, rename, archive. */
export function ContactSubjectsPage() {
  return (
    <StaffPage
      title="Thèmes des contacts"
      action="contacts.configure"
      lead="Les thèmes proposés à la saisie d’un contact. Un thème archivé n’est plus proposé, mais il reste sur les contacts passés et dans les statistiques."
    >
      {(relaisId) => (
        <Stack gap="xl">
          <Subjects relaisId={relaisId} />
          <FamilyRetention relaisId={relaisId} />
        </Stack>
      )}
    </StaffPage>
  );
}

/** The browser's check of a label, the same as the server's (which decides anyway). */
function labelProblem(label: string): string | null {
  const text = label.trim();
  if (text.length < MIN_LABEL) return `Le libellé doit compter au moins ${MIN_LABEL} caractères.`;
  if (text.length > MAX_LABEL) return `Libellé trop long (${MAX_LABEL} caractères au plus).`;
  return null;
}

function useSubjectChange(relaisId: string, onDone: (subject: ContactSubject) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (change: { subject: ContactSubject; label?: string; archived?: boolean }) =>
      unwrap(
        api.PATCH('/api/relais/{relaisId}/contact-subjects/{subjectId}', {
          params: { path: { relaisId, subjectId: change.subject.id } },
          body: {
            ...(change.label !== undefined ? { label: change.label } : {}),
            ...(change.archived !== undefined ? { archived: change.archived } : {}),
          },
        }),
      ),
    onSuccess: async (subject) => {
      await queryClient.invalidateQueries({ queryKey: contactKeys.subjects(relaisId) });
      await queryClient.invalidateQueries({ queryKey: contactKeys.statistics(relaisId) });
      onDone(subject);
    },
  });
}

function Subjects({ relaisId }: { relaisId: string }) {
  const subjects = useQuery(contactSubjectsQuery(relaisId));
  const [notice, setNotice] = useState<string | null>(null);
  const [renaming, setRenaming] = useState<ContactSubject | null>(null);
  const toggle = useSubjectChange(relaisId, (subject) =>
    setNotice(
      subject.archived
        ? `Le thème « ${subject.label} » est archivé : il n’est plus proposé à la saisie.`
        : `Le thème « ${subject.label} » est rétabli : il est de nouveau proposé à la saisie.`,
    ),
  );

  if (subjects.isPending) return <Loading />;
  if (subjects.isError) return <ErrorAlert error={subjects.error} />;
  const active = subjects.data.filter((s) => !s.archived);
  const archived = subjects.data.filter((s) => s.archived);

  return (
    <Stack gap="xl">
      <AddSubject relaisId={relaisId} onAdded={(s) => setNotice(`Le thème « ${s.label} » a été ajouté.`)} />

      <Stack gap="sm" component="section" aria-labelledby="themes-liste">
        <Title order={2} size="h3" id="themes-liste">
          Thèmes
        </Title>
        <Notice message={notice} onClose={() => setNotice(null)} />
        <ErrorAlert error={toggle.error} title="Modification impossible" />
        <TableScroll label="Thèmes des contacts">
          <Table striped verticalSpacing="sm" maw={820} bg="white">
            <Table.Caption>
              {`${plural(active.length, 'thème proposé', 'thèmes proposés')} à la saisie, ${plural(archived.length, 'thème archivé', 'thèmes archivés')}`}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Thème</Table.Th>
                <Table.Th scope="col">Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {[...active, ...archived].map((s) => (
                <Table.Tr key={s.id}>
                  <Table.Th scope="row">
                    <Group gap="xs" wrap="wrap">
                      <Text fw={600} size="sm">
                        {s.label}
                      </Text>
                      <Badge color={s.archived ? 'gray' : 'relais'} variant="outline" tt="none" miw="fit-content">
                        {s.archived ? 'Archivé' : 'Proposé'}
                      </Badge>
                    </Group>
                  </Table.Th>
                  <Table.Td>
                    <Group gap={4} wrap="wrap">
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        aria-label={`Renommer ${s.label}`}
                        onClick={() => {
                          setNotice(null);
                          setRenaming(s);
                        }}
                      >
                        Renommer
                      </Button>
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        aria-label={`${s.archived ? 'Rétablir' : 'Archiver'} ${s.label}`}
                        loading={toggle.isPending && toggle.variables?.subject.id === s.id}
                        onClick={() => {
                          setNotice(null);
                          toggle.mutate({ subject: s, archived: !s.archived });
                        }}
                      >
                        {s.archived ? 'Rétablir' : 'Archiver'}
                      </Button>
                    </Group>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      </Stack>

      <Modal
        opened={renaming !== null}
        onClose={() => setRenaming(null)}
        title={renaming ? `Renommer le thème « ${renaming.label} »` : 'Renommer un thème'}
      >
        {renaming && (
          <RenameForm
            key={renaming.id}
            relaisId={relaisId}
            subject={renaming}
            onCancel={() => setRenaming(null)}
            onRenamed={(before, after) => {
              setRenaming(null);
              setNotice(`Le thème « ${before} » s’appelle désormais « ${after.label} ».`);
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

function AddSubject(props: { relaisId: string; onAdded(subject: ContactSubject): void }) {
  const queryClient = useQueryClient();
  const [label, setLabel] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const add = useMutation({
    mutationFn: (text: string) =>
      unwrap(
        api.POST('/api/relais/{relaisId}/contact-subjects', {
          params: { path: { relaisId: props.relaisId } },
          body: { label: text },
        }),
      ),
    onSuccess: async (subject) => {
      setLabel('');
      await queryClient.invalidateQueries({ queryKey: contactKeys.subjects(props.relaisId) });
      await queryClient.invalidateQueries({ queryKey: contactKeys.statistics(props.relaisId) });
      props.onAdded(subject);
    },
    onError: (error) => {
      setProblem(errorMessage(error));
      focusSoon(NEW_ID);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const local = labelProblem(label);
    setProblem(local);
    if (local) {
      focusSoon(NEW_ID);
      return;
    }
    add.mutate(label.trim());
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="themes-ajout">
      <Title order={2} size="h3" id="themes-ajout">
        Ajouter un thème
      </Title>
      <Card withBorder padding="md" maw={820}>
        <form noValidate onSubmit={submit}>
          <Stack gap="sm" align="flex-start">
            <TextInput
              id={NEW_ID}
              label="Libellé du nouveau thème"
              description={`De ${MIN_LABEL} à ${MAX_LABEL} caractères, différent des thèmes existants.`}
              required
              autoComplete="off"
              maxLength={MAX_LABEL + 20}
              value={label}
              error={problem}
              onChange={(event) => {
                setLabel(event.currentTarget.value);
                setProblem(null);
              }}
              w="100%"
              maw={520}
            />
            <Button type="submit" loading={add.isPending}>
              Ajouter le thème
            </Button>
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}

function RenameForm(props: {
  relaisId: string;
  subject: ContactSubject;
  onCancel(): void;
  onRenamed(before: string, after: ContactSubject): void;
}) {
  const [label, setLabel] = useState(props.subject.label);
  const [problem, setProblem] = useState<string | null>(null);
  const rename = useSubjectChange(props.relaisId, (subject) => props.onRenamed(props.subject.label, subject));
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        const local = labelProblem(label);
        setProblem(local);
        if (local) {
          focusSoon(RENAME_ID);
          return;
        }
        rename.mutate(
          { subject: props.subject, label: label.trim() },
          {
            onError: (error) => {
              setProblem(errorMessage(error));
              focusSoon(RENAME_ID);
            },
          },
        );
      }}
    >
      <Stack>
        <TextInput
          id={RENAME_ID}
          label="Nouveau libellé"
          required
          autoComplete="off"
          data-autofocus
          value={label}
          error={problem}
          onChange={(event) => {
            setLabel(event.currentTarget.value);
            setProblem(null);
          }}
        />
        <Text size="sm">Les contacts déjà enregistrés sur ce thème prendront le nouveau libellé.</Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            Annuler
          </Button>
          <Button type="submit" loading={rename.isPending}>
            Renommer
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
