import { Alert, Button, Card, Group, NativeSelect, SimpleGrid, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { api, unwrap } from '../../../api/client.js';
import { FAMILY_PUBLICS, OUTCOMES, type Outcome } from '../../../api/contacts.js';
import { MAX_ANSWER, requestQuery, staleAfterRequest, type RequestDetail } from '../../../api/requests.js';
import { ErrorAlert, Loading, Notice } from '../../../components/feedback.js';
import { InlineDetail } from '../../../components/InlineDetail.js';
import { AnchorLink } from '../../../components/links.js';
import { PageHeader } from '../../../components/page.js';
import { formatDate, formatDateTime, telHref } from '../../../lib/format.js';
import { RegisterPage } from '../childminders/shared.js';
import { useGestion } from '../context.js';
import { ChildminderLink, FamilyLink } from '../contacts/PersonLink.js';
import { requestTitle, StatusBadge } from './RequestsPage.js';

const DEFAULT_TITLE = 'Demande';

/** "/gestion/demandes/{id}": a request, its answers and history, and what staff do with it. */
export function RequestPage() {
  return (
    <RegisterPage action="requests.read" title={DEFAULT_TITLE}>
      {(relaisId) => <Detail relaisId={relaisId} />}
    </RegisterPage>
  );
}

function Detail({ relaisId }: { relaisId: string }) {
  const { requestId } = useParams({ from: '/gestion/demandes/$requestId' });
  const detail = useQuery(requestQuery(relaisId, requestId));
  const [notice, setNotice] = useState<string | null>(null);
  const r = detail.data;
  return (
    <>
      <PageHeader
        title={r ? `Demande de ${requestTitle(r)}` : DEFAULT_TITLE}
        lead={
          r ? (
            <Group component="span" gap="xs">
              <StatusBadge status={r.status} label={r.statusLabel} />
              <span>
                {r.publicLabel} · reçue le {formatDateTime(r.receivedAt)} ({r.sourceLabel})
              </span>
            </Group>
          ) : undefined
        }
      />
      <Stack gap="md">
        <div>
          <AnchorLink to="/gestion/demandes">← Toutes les demandes</AnchorLink>
        </div>
        <Notice message={notice} onClose={() => setNotice(null)} />
        {detail.isPending ? (
          <Loading />
        ) : detail.isError ? (
          <ErrorAlert error={detail.error} title="Demande introuvable" />
        ) : (
          <RequestView relaisId={relaisId} request={detail.data} onDone={setNotice} />
        )}
      </Stack>
    </>
  );
}

/** A change of the request: the answer replaces the detail shown, the inbox and the contact log go stale. */
function useRequestChange<T>(
  relaisId: string,
  call: (input: T) => Promise<RequestDetail>,
  onDone: (r: RequestDetail, input: T) => void,
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: call,
    onSuccess: async (saved, input) => {
      queryClient.setQueryData(requestQuery(relaisId, saved.id).queryKey, saved);
      await Promise.all(
        staleAfterRequest(relaisId).map((queryKey) =>
          queryClient.invalidateQueries({ queryKey, predicate: (q) => q.queryKey[3] !== 'one' }),
        ),
      );
      onDone(saved, input);
    },
  });
}

function RequestView(props: { relaisId: string; request: RequestDetail; onDone(message: string): void }) {
  const gestion = useGestion();
  const r = props.request;
  const canHandle = gestion.can('requests.handle');
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Stack gap="lg">
        <Card withBorder padding="lg" component="section" aria-labelledby="demande-titre">
          <Title order={2} size="h3" id="demande-titre" mb="sm">
            La demande
          </Title>
          {r.anonymised && (
            <Alert color="gray" variant="light" mb="sm">
              Données personnelles effacées après la durée de conservation : restent le public, la commune, les thèmes
              et les dates.
            </Alert>
          )}
          <Stack gap={4} component="dl" m={0}>
            <InlineDetail term="Public">{r.publicLabel}</InlineDetail>
            <InlineDetail term="Commune">{r.communeName ?? 'Non renseignée'}</InlineDetail>
            <InlineDetail term="Thèmes">{r.subjects.map((s) => s.label).join(', ')}</InlineDetail>
            {r.childAgeMonths !== null && <InlineDetail term="Âge de l’enfant">{r.childAgeMonths} mois</InlineDetail>}
            {r.expectedBirthOn && <InlineDetail term="Naissance prévue">{formatDate(r.expectedBirthOn)}</InlineDetail>}
            <InlineDetail term="Réponse souhaitée">{r.answerChannelLabel.toLowerCase()}</InlineDetail>
            {r.email && <InlineDetail term="E-mail">{r.email}</InlineDetail>}
            {r.phone && (
              <InlineDetail term="Téléphone">
                <a href={telHref(r.phone)}>{r.phone}</a>
              </InlineDetail>
            )}
            {r.consentAt && <InlineDetail term="Accord donné le">{formatDateTime(r.consentAt)}</InlineDetail>}
          </Stack>
          <Title order={3} size="h5" mt="md" mb={4}>
            Besoins
          </Title>
          <Text className="multiline" style={{ overflowWrap: 'anywhere' }}>
            {r.needs || 'Rien de précisé.'}
          </Text>
        </Card>
        <History request={r} />
      </Stack>
      <Stack gap="lg">
        {canHandle && <FollowUp {...props} />}
        {canHandle && <Answer {...props} />}
        {canHandle && <Closing {...props} />}
      </Stack>
    </SimpleGrid>
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

function FollowUp(props: { relaisId: string; request: RequestDetail; onDone(message: string): void }) {
  const { relaisId, request: r } = props;
  const userId = useGestion().user.id;
  const path = { params: { path: { relaisId, requestId: r.id } } };
  const [assignee, setAssignee] = useState(r.assignee?.id ?? '');
  const assign = useRequestChange(
    relaisId,
    (accountId: string | null) =>
      unwrap(api.POST('/api/relais/{relaisId}/requests/{requestId}/assign', { ...path, body: { accountId } })),
    (saved) =>
      props.onDone(saved.assignee ? `Demande attribuée à ${saved.assignee.name}.` : 'Demande attribuée à personne.'),
  );
  const link = useRequestChange(
    relaisId,
    (body: { familyId: string | null; childminderId: string | null }) =>
      unwrap(api.POST('/api/relais/{relaisId}/requests/{requestId}/link', { ...path, body })),
    (saved) =>
      props.onDone(
        saved.family
          ? `Demande rattachée à la famille ${saved.family.name}.`
          : saved.childminder
            ? `Demande rattachée à ${saved.childminder.name}.`
            : 'Rattachement retiré.',
      ),
  );
  const createFamily = useRequestChange(
    relaisId,
    () => unwrap(api.POST('/api/relais/{relaisId}/requests/{requestId}/family', path)),
    (saved) => props.onDone(`La famille ${saved.family?.name ?? ''} a été enregistrée et la demande y est rattachée.`),
  );
  const error = assign.error ?? link.error ?? createFamily.error;
  const me = r.assignees.find((a) => a.id === userId);
  return (
    <Section id="suivi-titre" title="Suivi">
      <Stack gap="md">
        <ErrorAlert error={error} title="Modification impossible" />
        <form
          aria-label="Attribution"
          onSubmit={(event) => {
            event.preventDefault();
            assign.mutate(assignee || null);
          }}
        >
          <Group align="flex-end" gap="sm">
            <NativeSelect
              label="Attribuée à"
              value={assignee}
              onChange={(event) => setAssignee(event.currentTarget.value)}
              data={[{ value: '', label: 'Personne' }, ...r.assignees.map((a) => ({ value: a.id, label: a.name }))]}
              style={{ flex: 1, minWidth: 180 }}
            />
            <Button type="submit" variant="light" loading={assign.isPending}>
              Attribuer
            </Button>
            {me && r.assignee?.id !== me.id && (
              <Button
                variant="subtle"
                onClick={() => {
                  setAssignee(me.id);
                  assign.mutate(me.id);
                }}
              >
                Me l’attribuer
              </Button>
            )}
          </Group>
        </form>
        {FAMILY_PUBLICS.some((p) => p === r.public) && (
          <FamilyLink
            relaisId={relaisId}
            id="demande-famille"
            family={r.family}
            creating={false}
            onChoose={(family) => link.mutate({ familyId: family.id, childminderId: null })}
            onRemove={() => link.mutate({ familyId: null, childminderId: null })}
            onCreate={() => createFamily.mutate(undefined)}
            onCancelCreate={() => undefined}
          />
        )}
        {r.public === 'childminder' && (
          <ChildminderLink
            relaisId={relaisId}
            id="demande-am"
            childminder={r.childminder}
            onChoose={(person) => link.mutate({ familyId: null, childminderId: person.id })}
            onRemove={() => link.mutate({ familyId: null, childminderId: null })}
          />
        )}
        {r.contactId && (
          <Text size="sm">
            Comptée dans le <AnchorLink to="/gestion/contacts">journal des contacts</AnchorLink>.
          </Text>
        )}
      </Stack>
    </Section>
  );
}

function Answer(props: { relaisId: string; request: RequestDetail; onDone(message: string): void }) {
  const { relaisId, request: r } = props;
  const [text, setText] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const send = useRequestChange(
    relaisId,
    (body: { text: string }) =>
      unwrap(
        api.POST('/api/relais/{relaisId}/requests/{requestId}/answers', {
          params: { path: { relaisId, requestId: r.id } },
          body,
        }),
      ),
    (saved) => {
      setText('');
      props.onDone(
        `Réponse envoyée à ${saved.email}.${r.contactId ? '' : ' La demande compte désormais dans le journal des contacts.'}`,
      );
    },
  );
  let body: ReactNode;
  if (r.status === 'closed') body = <Text size="sm">La demande est clôturée : rouvrez-la pour répondre.</Text>;
  else if (!r.email) {
    body = (
      <Text size="sm">
        Pas d’adresse e-mail : répondez par téléphone{r.phone ? ` (${r.phone})` : ''}, puis clôturez la demande.
      </Text>
    );
  } else {
    body = (
      <form
        aria-label="Réponse par e-mail"
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          if (text.trim().length < 2) {
            setProblem('Écrivez votre réponse.');
            document.getElementById('reponse-texte')?.focus();
            return;
          }
          send.mutate({ text: text.trim() });
        }}
      >
        <Stack gap="sm">
          <ErrorAlert error={send.error} title="La réponse n’a pas été envoyée" />
          <Textarea
            id="reponse-texte"
            label="Votre réponse"
            description={`Envoyée à ${r.email}, et gardée dans l’historique de la demande.`}
            required
            autosize
            minRows={5}
            maxLength={MAX_ANSWER}
            value={text}
            error={problem}
            onChange={(event) => {
              setText(event.currentTarget.value);
              setProblem(null);
            }}
          />
          <Group justify="flex-end">
            <Button type="submit" loading={send.isPending}>
              Envoyer la réponse
            </Button>
          </Group>
        </Stack>
      </form>
    );
  }
  return (
    <Section id="reponse-titre" title="Répondre par e-mail">
      {body}
    </Section>
  );
}

function Closing(props: { relaisId: string; request: RequestDetail; onDone(message: string): void }) {
  const { relaisId, request: r } = props;
  const path = { params: { path: { relaisId, requestId: r.id } } };
  const [outcome, setOutcome] = useState<Outcome>('informed');
  const [note, setNote] = useState('');
  const close = useRequestChange(
    relaisId,
    (body: { outcome: Outcome; note: string }) =>
      unwrap(api.POST('/api/relais/{relaisId}/requests/{requestId}/close', { ...path, body })),
    (saved) => {
      setNote('');
      props.onDone(
        `Demande clôturée (${saved.outcomeLabel?.toLowerCase() ?? ''}).${r.contactId ? '' : ' Elle compte désormais dans le journal des contacts.'}`,
      );
    },
  );
  const reopen = useRequestChange(
    relaisId,
    () => unwrap(api.POST('/api/relais/{relaisId}/requests/{requestId}/reopen', path)),
    () => props.onDone('Demande rouverte.'),
  );
  if (r.status === 'closed') {
    return (
      <Section id="cloture-titre" title="Clôture">
        <Stack gap="sm">
          <ErrorAlert error={reopen.error} title="Réouverture impossible" />
          <Text size="sm">
            Clôturée le {formatDateTime(r.closedAt)} — suite donnée : {r.outcomeLabel?.toLowerCase() ?? '—'}.
          </Text>
          {r.closingNote && (
            <Text size="sm" className="multiline">
              {r.closingNote}
            </Text>
          )}
          <Group>
            <Button variant="default" loading={reopen.isPending} onClick={() => reopen.mutate(undefined)}>
              Rouvrir la demande
            </Button>
          </Group>
        </Stack>
      </Section>
    );
  }
  return (
    <Section id="cloture-titre" title="Clôture">
      <form
        aria-label="Clôture de la demande"
        onSubmit={(event) => {
          event.preventDefault();
          close.mutate({ outcome, note: note.trim() });
        }}
      >
        <Stack gap="sm">
          <ErrorAlert error={close.error} title="Clôture impossible" />
          <NativeSelect
            label="Suite donnée"
            value={outcome}
            onChange={(event) => setOutcome(event.currentTarget.value as Outcome)}
            data={Object.entries(OUTCOMES).map(([value, label]) => ({ value, label }))}
          />
          <Textarea
            label="Note de clôture (facultatif)"
            autosize
            minRows={2}
            maxLength={500}
            value={note}
            onChange={(event) => setNote(event.currentTarget.value)}
          />
          <Group justify="flex-end">
            <Button type="submit" variant="outline" loading={close.isPending}>
              Clôturer la demande
            </Button>
          </Group>
        </Stack>
      </form>
    </Section>
  );
}

/** The answers sent and what was done, oldest first. */
function History({ request: r }: { request: RequestDetail }) {
  return (
    <Section id="historique-titre" title="Historique">
      <Stack gap="md">
        {r.messages.length > 0 && (
          <Stack gap="sm">
            <Title order={3} size="h5">
              Réponses envoyées
            </Title>
            {r.messages.map((m) => (
              <Card key={m.id} withBorder padding="sm" bg="gray.0">
                <Text size="xs" c="dimmed">
                  {formatDateTime(m.at)} — {m.author ?? 'auteur inconnu'}
                  {m.to && ` à ${m.to}`}
                </Text>
                <Text size="sm" className="multiline" style={{ overflowWrap: 'anywhere' }}>
                  {m.text || 'Texte effacé (durée de conservation passée).'}
                </Text>
              </Card>
            ))}
          </Stack>
        )}
        <Stack gap={4} component="ol" aria-label="Étapes de la demande" style={{ paddingLeft: '1.25rem', margin: 0 }}>
          {r.events.map((e) => (
            <Text component="li" size="sm" key={e.id}>
              <strong>{formatDateTime(e.at)}</strong> — {e.label}
              {e.detail && ` (${e.detail})`}
              {e.actor && `, par ${e.actor}`}
            </Text>
          ))}
        </Stack>
      </Stack>
    </Section>
  );
}
