import {
  Badge,
  Button,
  Card,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  SegmentedControl,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import {
  activityKeys,
  activityQuery,
  audienceBringsChildren,
  hoursText,
  placesLeftText,
  REGISTRATION_STATUSES,
  type ActivityDetail,
  type Registration,
} from '../../../api/activities.js';
import { childmindersQuery } from '../../../api/childminders.js';
import { api, fieldErrors, unwrap } from '../../../api/client.js';
import { sitesQuery } from '../../../api/gestion.js';
import { ErrorAlert, Loading, Notice } from '../../../components/feedback.js';
import { InlineDetail } from '../../../components/InlineDetail.js';
import { TableScroll } from '../../../components/layout.js';
import { AnchorLink, ButtonLink } from '../../../components/links.js';
import { PageHeader } from '../../../components/page.js';
import { formatDate, formatDateTime, plural, telHref } from '../../../lib/format.js';
import { RegisterPage } from '../childminders/shared.js';
import { useGestion } from '../context.js';
import { ActivityFormModal } from './ActivityForm.js';
import { ActivityStatusBadge } from './ActivitiesPage.js';

const DEFAULT_TITLE = 'Séance';

/** "/gestion/animations/{id}": a session, who registered and waits, its history; register, move, cancel. */
export function ActivityPage() {
  return (
    <RegisterPage action="activities.read" title={DEFAULT_TITLE}>
      {(relaisId) => <Detail relaisId={relaisId} />}
    </RegisterPage>
  );
}

function Detail({ relaisId }: { relaisId: string }) {
  const { activityId } = useParams({ from: '/gestion/animations/$activityId' });
  const detail = useQuery(activityQuery(relaisId, activityId));
  const [notice, setNotice] = useState<string | null>(null);
  const a = detail.data;
  return (
    <>
      <PageHeader
        title={a ? a.title : DEFAULT_TITLE}
        lead={
          a ? (
            <Group component="span" gap="xs">
              <ActivityStatusBadge activity={a} />
              <span>
                {formatDate(a.date)}, {hoursText(a)} · {a.siteName}, {a.communeName}
              </span>
            </Group>
          ) : undefined
        }
      />
      <Stack gap="md">
        <div>
          <AnchorLink to="/gestion/animations">← Programme</AnchorLink>
        </div>
        <Notice message={notice} onClose={() => setNotice(null)} />
        {detail.isPending ? (
          <Loading />
        ) : detail.isError ? (
          <ErrorAlert error={detail.error} title="Séance introuvable" />
        ) : (
          <View relaisId={relaisId} activity={detail.data} onDone={setNotice} />
        )}
      </Stack>
    </>
  );
}

type Dialog = 'edit' | 'move' | 'cancel' | 'register' | null;

/** The registrations, by status: who comes, who waits, who cancelled. */
const LISTS = [
  {
    status: 'confirmed',
    title: 'Inscrit·es',
    id: 'inscrits',
    cancelled: 'Inscription annulée ; la liste d’attente a été servie.',
  },
  { status: 'waiting', title: 'Liste d’attente', id: 'attente', cancelled: 'Retiré·e de la liste d’attente.' },
  { status: 'cancelled', title: 'Désinscrit·es', id: 'desinscrits', cancelled: '' },
] as const;

function View(props: { relaisId: string; activity: ActivityDetail; onDone(message: string): void }) {
  const { activity: a, relaisId } = props;
  const gestion = useGestion();
  const queryClient = useQueryClient();
  const [dialog, setDialog] = useState<Dialog>(null);
  const manage = gestion.can('activities.manage') && a.status !== 'cancelled';
  const saved = (next: ActivityDetail, message: string) => {
    queryClient.setQueryData(activityKeys.one(relaisId, a.id), next);
    void queryClient.invalidateQueries({ queryKey: activityKeys.all(relaisId) });
    setDialog(null);
    props.onDone(message);
  };
  const waiting = a.registrations.filter((r) => r.status === 'waiting');

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card withBorder padding="lg" component="section" aria-labelledby="seance-titre">
          <Title order={2} size="h3" id="seance-titre" mb="sm">
            La séance
          </Title>
          <Stack gap={2} component="dl" my={0}>
            <InlineDetail term="Type">{a.kindLabel}</InlineDetail>
            <InlineDetail term="Thème">{a.themeLabel}</InlineDetail>
            <InlineDetail term="Quand">
              {formatDate(a.date)}, {hoursText(a)}
            </InlineDetail>
            <InlineDetail term="Où">
              {a.siteName}
              {a.siteAddress && `, ${a.siteAddress}`}, {a.communeName}
            </InlineDetail>
            <InlineDetail term="Animation">
              {[...a.animators.map((p) => p.name), a.facilitator].filter(Boolean).join(', ') || 'à préciser'}
            </InlineDetail>
            {a.description && <InlineDetail term="Présentation">{a.description}</InlineDetail>}
            {a.status === 'cancelled' && <InlineDetail term="Annulée car">{a.cancelReason}</InlineDetail>}
          </Stack>
          {manage && (
            <Group gap="sm" mt="md">
              <Button variant="outline" onClick={() => setDialog('edit')}>
                Modifier
              </Button>
              <Button variant="outline" onClick={() => setDialog('move')}>
                Déplacer
              </Button>
              <Button variant="outline" color="red.9" onClick={() => setDialog('cancel')}>
                Annuler la séance
              </Button>
            </Group>
          )}
        </Card>
        <Card withBorder padding="lg" component="section" aria-labelledby="places-titre">
          <Title order={2} size="h3" id="places-titre" mb="sm">
            Places
          </Title>
          <Stack gap={2} component="dl" my={0}>
            <InlineDetail term="Adultes">
              {a.adultsTaken} inscrit·es sur {a.adultCapacity}
            </InlineDetail>
            {a.childCapacity > 0 && (
              <InlineDetail term="Enfants">
                {a.childrenTaken} inscrits sur {a.childCapacity}
              </InlineDetail>
            )}
            <InlineDetail term="Liste d’attente">{plural(waiting.length, 'personne')}</InlineDetail>
            <InlineDetail term="Inscriptions">
              {a.registration === 'open'
                ? 'ouvertes'
                : a.registration === 'not_yet'
                  ? `ouvriront le ${formatDateTime(a.registrationOpensAt)}`
                  : a.registration === 'cancelled'
                    ? 'séance annulée'
                    : 'closes'}
            </InlineDetail>
          </Stack>
          {a.status !== 'cancelled' && (
            <Text size="sm" mt="xs">
              {placesLeftText(a)}
            </Text>
          )}
          <Group gap="sm" mt="md">
            {manage && <Button onClick={() => setDialog('register')}>Inscrire quelqu’un</Button>}
            {gestion.can('activities.manage') && a.status !== 'cancelled' && (
              <ButtonLink
                variant="default"
                to="/gestion/animations/$activityId/presences"
                params={{ activityId: a.id }}
              >
                Relever les présences
              </ButtonLink>
            )}
          </Group>
        </Card>
      </SimpleGrid>

      {LISTS.map((list) => {
        const rows = a.registrations.filter((r) => r.status === list.status);
        if (rows.length === 0 && list.status !== 'confirmed') return null;
        return (
          <Registrations
            key={list.status}
            title={`${list.title} (${rows.length})`}
            id={list.id}
            rows={rows}
            activity={a}
            relaisId={relaisId}
            canCancel={manage && list.status !== 'cancelled'}
            onCancelled={(next) => saved(next, list.cancelled)}
          />
        );
      })}

      <Card withBorder padding="lg" component="section" aria-labelledby="historique-titre">
        <Title order={2} size="h3" id="historique-titre" mb="sm">
          Historique
        </Title>
        <Stack component="ol" gap={4} style={{ paddingLeft: 20, margin: 0 }}>
          {a.events.map((e, i) => (
            <li key={i}>
              <Text size="sm">
                {formatDateTime(e.at)} — {e.label}
                {e.detail && ` : ${e.detail}`}
                {e.actorName && ` (${e.actorName})`}
              </Text>
            </li>
          ))}
        </Stack>
      </Card>

      {dialog === 'edit' && (
        <ActivityFormModal
          relaisId={relaisId}
          activity={a}
          onClose={() => setDialog(null)}
          onSaved={(next) => saved(next, 'Séance enregistrée.')}
        />
      )}
      {dialog === 'move' && (
        <MoveModal
          relaisId={relaisId}
          activity={a}
          onClose={() => setDialog(null)}
          onSaved={(next) => saved(next, 'Séance déplacée : les personnes inscrites sont prévenues par e-mail.')}
        />
      )}
      {dialog === 'cancel' && (
        <CancelModal
          relaisId={relaisId}
          activity={a}
          onClose={() => setDialog(null)}
          onSaved={(next) => saved(next, 'Séance annulée : les personnes inscrites sont prévenues par e-mail.')}
        />
      )}
      {dialog === 'register' && (
        <RegisterModal
          relaisId={relaisId}
          activity={a}
          onClose={() => setDialog(null)}
          onSaved={(registration) => {
            void queryClient.invalidateQueries({ queryKey: activityKeys.all(relaisId) });
            setDialog(null);
            props.onDone(
              registration.status === 'confirmed'
                ? `${registration.name} est inscrit·e.`
                : `Plus de place : ${registration.name} est en liste d’attente.`,
            );
          }}
        />
      )}
    </Stack>
  );
}

function Registrations(props: {
  title: string;
  id: string;
  rows: Registration[];
  activity: ActivityDetail;
  relaisId: string;
  canCancel: boolean;
  onCancelled(next: ActivityDetail): void;
}) {
  const cancel = useMutation({
    mutationFn: (registrationId: string) =>
      unwrap(
        api.POST('/api/relais/{relaisId}/activities/{activityId}/registrations/{registrationId}/cancel', {
          params: { path: { relaisId: props.relaisId, activityId: props.activity.id, registrationId } },
        }),
      ),
    onSuccess: props.onCancelled,
  });
  const children = audienceBringsChildren(props.activity.audience);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={props.id}>
      <Title order={2} size="h3" id={props.id} mb="sm">
        {props.title}
      </Title>
      {props.rows.length === 0 ? (
        <Text>Personne pour le moment.</Text>
      ) : (
        <TableScroll label={`Tableau : ${props.title}`}>
          <Table striped verticalSpacing="xs" miw={640}>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Nom</Table.Th>
                <Table.Th scope="col">Commune</Table.Th>
                <Table.Th scope="col">Adultes</Table.Th>
                {children && <Table.Th scope="col">Enfants</Table.Th>}
                <Table.Th scope="col">Téléphone</Table.Th>
                <Table.Th scope="col">Inscription</Table.Th>
                {props.canCancel && <Table.Th scope="col">Action</Table.Th>}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {props.rows.map((r) => (
                <Table.Tr key={r.id}>
                  <Table.Th scope="row">
                    {r.childminderId ? (
                      <AnchorLink
                        to="/gestion/assistants-maternels/$childminderId"
                        params={{ childminderId: r.childminderId }}
                      >
                        {r.name}
                      </AnchorLink>
                    ) : (
                      r.name
                    )}
                    {r.registrant === 'parent' && (
                      <Badge ml="xs" variant="light" tt="none">
                        Parent
                      </Badge>
                    )}
                  </Table.Th>
                  <Table.Td>{r.communeName ?? '—'}</Table.Td>
                  <Table.Td>{r.adults}</Table.Td>
                  {children && <Table.Td>{r.children}</Table.Td>}
                  <Table.Td>{r.phone ? <a href={telHref(r.phone)}>{r.phone}</a> : '—'}</Table.Td>
                  <Table.Td>
                    {formatDateTime(r.createdAt)}
                    {r.source === 'staff' && ' (par le relais)'}
                    <Text size="xs" c="dimmed">
                      {REGISTRATION_STATUSES[r.status]}
                    </Text>
                  </Table.Td>
                  {props.canCancel && (
                    <Table.Td>
                      <Button
                        size="xs"
                        variant="subtle"
                        color="red.9"
                        loading={cancel.isPending && cancel.variables === r.id}
                        onClick={() => cancel.mutate(r.id)}
                        aria-label={`Désinscrire ${r.name}`}
                      >
                        Désinscrire
                      </Button>
                    </Table.Td>
                  )}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <ErrorAlert error={cancel.error} />
    </Card>
  );
}

function MoveModal(props: {
  relaisId: string;
  activity: ActivityDetail;
  onClose(): void;
  onSaved(next: ActivityDetail): void;
}) {
  const { activity: a } = props;
  const sites = useQuery(sitesQuery(props.relaisId, false));
  const [values, setValues] = useState({
    siteId: a.siteId,
    date: a.date,
    startTime: a.startTime,
    endTime: a.endTime,
    reason: '',
  });
  const move = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/relais/{relaisId}/activities/{activityId}/move', {
          params: { path: { relaisId: props.relaisId, activityId: a.id } },
          body: { ...values, reason: values.reason.trim() },
        }),
      ),
    onSuccess: props.onSaved,
  });
  const fieldError = (field: string) => fieldErrors(move.error)[field];
  return (
    <Modal opened onClose={props.onClose} title="Déplacer la séance" size="lg">
      <Stack
        component="form"
        gap="sm"
        onSubmit={(event) => {
          event.preventDefault();
          move.mutate();
        }}
      >
        <Text size="sm">
          Les personnes inscrites et en attente recevront un e-mail avec la nouvelle date et le lieu.
        </Text>
        <NativeSelect
          label="Lieu"
          value={values.siteId}
          onChange={(e) => setValues({ ...values, siteId: e.currentTarget.value })}
          data={(sites.data ?? [])
            .filter((s) => s.forActivities)
            .map((s) => ({ value: s.id, label: `${s.name} — ${s.communeName}` }))}
          error={fieldError('siteId')}
        />
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <TextInput
            type="date"
            label="Date"
            value={values.date}
            onChange={(e) => setValues({ ...values, date: e.currentTarget.value })}
            error={fieldError('date')}
          />
          <TextInput
            type="time"
            label="Début"
            value={values.startTime}
            onChange={(e) => setValues({ ...values, startTime: e.currentTarget.value })}
            error={fieldError('startTime')}
          />
          <TextInput
            type="time"
            label="Fin"
            value={values.endTime}
            onChange={(e) => setValues({ ...values, endTime: e.currentTarget.value })}
            error={fieldError('endTime')}
          />
        </SimpleGrid>
        <Textarea
          label="Message aux personnes inscrites (facultatif)"
          autosize
          value={values.reason}
          onChange={(e) => setValues({ ...values, reason: e.currentTarget.value })}
          error={fieldError('reason')}
        />
        <ErrorAlert error={move.error} />
        <Group gap="sm">
          <Button type="submit" loading={move.isPending}>
            Déplacer et prévenir
          </Button>
          <Button variant="subtle" onClick={props.onClose}>
            Annuler
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

function CancelModal(props: {
  relaisId: string;
  activity: ActivityDetail;
  onClose(): void;
  onSaved(next: ActivityDetail): void;
}) {
  const [reason, setReason] = useState('');
  const cancel = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/relais/{relaisId}/activities/{activityId}/cancel', {
          params: { path: { relaisId: props.relaisId, activityId: props.activity.id } },
          body: { reason: reason.trim() },
        }),
      ),
    onSuccess: props.onSaved,
  });
  return (
    <Modal opened onClose={props.onClose} title="Annuler la séance">
      <Stack
        component="form"
        gap="sm"
        onSubmit={(event) => {
          event.preventDefault();
          cancel.mutate();
        }}
      >
        <Text size="sm">
          La séance reste dans l’historique. {plural(props.activity.registrations.length, 'personne')} inscrite(s) ou en
          attente recevront un e-mail.
        </Text>
        <Textarea
          label="Raison, écrite aux personnes inscrites"
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(e) => setReason(e.currentTarget.value)}
        />
        <ErrorAlert error={cancel.error} />
        <Group gap="sm">
          <Button type="submit" color="red.9" loading={cancel.isPending}>
            Annuler la séance et prévenir
          </Button>
          <Button variant="subtle" onClick={props.onClose}>
            Retour
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}

/** « Register someone »: on the phone, a childminder of the register or a parent. */
function RegisterModal(props: {
  relaisId: string;
  activity: ActivityDetail;
  onClose(): void;
  onSaved(registration: Registration): void;
}) {
  const { activity: a } = props;
  const children = audienceBringsChildren(a.audience);
  const parentsWelcome = a.audience === 'parents' || a.audience === 'childminders_and_parents';
  const [who, setWho] = useState<'childminder' | 'parent'>(a.audience === 'parents' ? 'parent' : 'childminder');
  const [q, setQ] = useState('');
  const [childminderId, setChildminderId] = useState('');
  const [parent, setParent] = useState({ name: '', phone: '', email: '' });
  const [adults, setAdults] = useState(1);
  const [childCount, setChildCount] = useState(children ? 1 : 0);
  const found = useQuery({
    ...childmindersQuery(props.relaisId, { status: 'active', q }, 1),
    enabled: who === 'childminder' && q.trim().length >= 2,
  });
  const register = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/relais/{relaisId}/activities/{activityId}/registrations', {
          params: { path: { relaisId: props.relaisId, activityId: a.id } },
          body:
            who === 'childminder'
              ? { childminderId, adults, children: childCount }
              : {
                  parent: { name: parent.name.trim(), phone: parent.phone.trim(), email: parent.email.trim() },
                  adults,
                  children: childCount,
                },
        }),
      ),
    onSuccess: props.onSaved,
  });
  const fieldError = (field: string) => fieldErrors(register.error)[field];
  return (
    <Modal opened onClose={props.onClose} title="Inscrire quelqu’un" size="lg">
      <Stack
        component="form"
        gap="sm"
        onSubmit={(event) => {
          event.preventDefault();
          register.mutate();
        }}
      >
        {parentsWelcome && a.audience !== 'parents' && (
          <SegmentedControl
            aria-label="Qui inscrire"
            value={who}
            onChange={(value) => setWho(value as 'childminder' | 'parent')}
            data={[
              { value: 'childminder', label: 'Assistant·e maternel·le' },
              { value: 'parent', label: 'Parent' },
            ]}
          />
        )}
        {who === 'childminder' ? (
          <>
            <TextInput
              label="Rechercher une assistante maternelle"
              description="Nom ou prénom (2 lettres au moins)."
              value={q}
              onChange={(e) => setQ(e.currentTarget.value)}
            />
            {found.data && (
              <NativeSelect
                label="Assistante maternelle"
                value={childminderId}
                onChange={(e) => setChildminderId(e.currentTarget.value)}
                data={[
                  { value: '', label: found.data.childminders.length ? 'Choisir…' : 'Aucun résultat' },
                  ...found.data.childminders.map((c) => ({
                    value: c.id,
                    label: `${c.lastName} ${c.firstName} — ${c.communeName}`,
                  })),
                ]}
                error={fieldError('childminderId')}
              />
            )}
          </>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              label="Nom du parent"
              required
              value={parent.name}
              onChange={(e) => setParent({ ...parent, name: e.currentTarget.value })}
              error={fieldError('parent.name')}
            />
            <TextInput
              label="Téléphone"
              type="tel"
              value={parent.phone}
              onChange={(e) => setParent({ ...parent, phone: e.currentTarget.value })}
              error={fieldError('parent.phone')}
            />
            <TextInput
              label="E-mail"
              type="email"
              value={parent.email}
              onChange={(e) => setParent({ ...parent, email: e.currentTarget.value })}
              error={fieldError('parent.email')}
            />
          </SimpleGrid>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NumberInput
            label="Adultes"
            min={1}
            max={4}
            value={adults}
            onChange={(v) => setAdults(typeof v === 'number' ? v : 1)}
            error={fieldError('adults')}
          />
          {children && (
            <NumberInput
              label="Enfants"
              min={0}
              max={8}
              value={childCount}
              onChange={(v) => setChildCount(typeof v === 'number' ? v : 0)}
              error={fieldError('children')}
            />
          )}
        </SimpleGrid>
        <ErrorAlert error={register.error} />
        <Group gap="sm">
          <Button type="submit" loading={register.isPending} disabled={who === 'childminder' && !childminderId}>
            Inscrire
          </Button>
          <Button variant="subtle" onClick={props.onClose}>
            Annuler
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
