import {
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  ACTIVITY_AUDIENCES,
  ACTIVITY_CATEGORIES,
  activityKeys,
  activityKindsQuery,
  PRACTICE_GROUP_MAX_MEMBERS,
  type ActivityAudience,
  type ActivityCategory,
  type ActivityKind,
} from '../../../api/activities.js';
import { childmindersQuery } from '../../../api/childminders.js';
import { api, fieldErrors, unwrap } from '../../../api/client.js';
import type { paths } from '../../../api/schema.js';
import { ErrorAlert, Loading, Notice } from '../../../components/feedback.js';
import { AnchorLink } from '../../../components/links.js';
import { StaffPage, useGestion } from '../context.js';

type Group =
  paths['/api/relais/{relaisId}/practice-groups']['get']['responses'][200]['content']['application/json']['groups'][number];

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** "/gestion/animations/reglages": the kinds of sessions of the relais and its practice-analysis groups. */
export function ActivitySettingsPage() {
  return (
    <StaffPage title="Types de séances et groupes" action="activities.manage">
      {(relaisId) => <Settings relaisId={relaisId} />}
    </StaffPage>
  );
}

function Settings({ relaisId }: { relaisId: string }) {
  const gestion = useGestion();
  const [notice, setNotice] = useState<string | null>(null);
  return (
    <Stack gap="lg">
      <div>
        <AnchorLink to="/gestion/animations">← Programme</AnchorLink>
      </div>
      <Notice message={notice} onClose={() => setNotice(null)} />
      <Kinds relaisId={relaisId} editable={gestion.can('activities.configure')} onDone={setNotice} />
      <PracticeGroups relaisId={relaisId} onDone={setNotice} />
    </Stack>
  );
}

function Kinds(props: { relaisId: string; editable: boolean; onDone(message: string): void }) {
  const kinds = useQuery(activityKindsQuery(props.relaisId));
  const [editing, setEditing] = useState<ActivityKind | 'new' | null>(null);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="types-titre">
      <Title order={2} size="h3" id="types-titre" mb="sm">
        Types de séances
      </Title>
      {kinds.isPending ? (
        <Loading />
      ) : kinds.isError ? (
        <ErrorAlert error={kinds.error} />
      ) : (
        <Stack gap="xs">
          {kinds.data.map((k) =>
            editing !== null && editing !== 'new' && editing.id === k.id ? (
              <KindForm
                key={k.id}
                relaisId={props.relaisId}
                kind={k}
                onClose={() => setEditing(null)}
                onDone={props.onDone}
              />
            ) : (
              <Group key={k.id} justify="space-between" wrap="nowrap">
                <div>
                  <Text fw={600}>
                    {k.label}{' '}
                    {k.archived && (
                      <Badge variant="outline" color="gray.7" tt="none">
                        Archivé
                      </Badge>
                    )}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {ACTIVITY_CATEGORIES[k.category]} · {ACTIVITY_AUDIENCES[k.audience]} · {k.defaultAdultCapacity}{' '}
                    adultes
                    {k.defaultChildCapacity > 0 && `, ${k.defaultChildCapacity} enfants`} · {k.defaultDurationMinutes}{' '}
                    min
                  </Text>
                </div>
                {props.editable && (
                  <Button size="xs" variant="subtle" onClick={() => setEditing(k)} aria-label={`Modifier ${k.label}`}>
                    Modifier
                  </Button>
                )}
              </Group>
            ),
          )}
          {props.editable &&
            (editing === 'new' ? (
              <KindForm relaisId={props.relaisId} onClose={() => setEditing(null)} onDone={props.onDone} />
            ) : (
              <Group>
                <Button variant="default" onClick={() => setEditing('new')}>
                  Ajouter un type
                </Button>
              </Group>
            ))}
        </Stack>
      )}
    </Card>
  );
}

function KindForm(props: { relaisId: string; kind?: ActivityKind; onClose(): void; onDone(message: string): void }) {
  const queryClient = useQueryClient();
  const k = props.kind;
  const [values, setValues] = useState({
    label: k?.label ?? '',
    category: (k?.category ?? 'play') as ActivityCategory,
    audience: (k?.audience ?? 'childminders_with_children') as ActivityAudience,
    defaultAdultCapacity: k?.defaultAdultCapacity ?? 10,
    defaultChildCapacity: k?.defaultChildCapacity ?? 0,
    defaultDurationMinutes: k?.defaultDurationMinutes ?? 120,
    archived: k?.archived ?? false,
  });
  const save = useMutation({
    mutationFn: () => {
      const { archived, ...body } = { ...values, label: values.label.trim() };
      return k
        ? unwrap(
            api.PUT('/api/relais/{relaisId}/activity-kinds/{kindId}', {
              params: { path: { relaisId: props.relaisId, kindId: k.id } },
              body: { ...body, archived },
            }),
          )
        : unwrap(
            api.POST('/api/relais/{relaisId}/activity-kinds', { params: { path: { relaisId: props.relaisId } }, body }),
          );
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: activityKeys.kinds(props.relaisId) });
      props.onClose();
      props.onDone(`Type « ${values.label.trim()} » enregistré.`);
    },
  });
  const fieldError = (field: string) => fieldErrors(save.error)[field];
  return (
    <Card
      withBorder
      padding="sm"
      component="form"
      aria-label={k ? `Modifier ${k.label}` : 'Nouveau type de séance'}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Stack gap="xs">
        <TextInput
          label="Nom"
          required
          value={values.label}
          onChange={(e) => setValues({ ...values, label: e.currentTarget.value })}
          error={fieldError('label')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <NativeSelect
            label="Famille (pour les statistiques)"
            value={values.category}
            onChange={(e) => setValues({ ...values, category: e.currentTarget.value as ActivityCategory })}
            data={options(ACTIVITY_CATEGORIES)}
          />
          <NativeSelect
            label="Public"
            value={values.audience}
            onChange={(e) => setValues({ ...values, audience: e.currentTarget.value as ActivityAudience })}
            data={options(ACTIVITY_AUDIENCES)}
          />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
          <NumberInput
            label="Places d’adultes"
            min={1}
            value={values.defaultAdultCapacity}
            onChange={(v) => setValues({ ...values, defaultAdultCapacity: typeof v === 'number' ? v : 1 })}
            error={fieldError('defaultAdultCapacity')}
          />
          <NumberInput
            label="Places d’enfants"
            min={0}
            value={values.defaultChildCapacity}
            onChange={(v) => setValues({ ...values, defaultChildCapacity: typeof v === 'number' ? v : 0 })}
            error={fieldError('defaultChildCapacity')}
          />
          <NumberInput
            label="Durée (minutes)"
            min={15}
            step={15}
            value={values.defaultDurationMinutes}
            onChange={(v) => setValues({ ...values, defaultDurationMinutes: typeof v === 'number' ? v : 60 })}
            error={fieldError('defaultDurationMinutes')}
          />
        </SimpleGrid>
        {k && (
          <Switch
            label="Archivé (n’est plus proposé pour de nouvelles séances)"
            checked={values.archived}
            onChange={(e) => setValues({ ...values, archived: e.currentTarget.checked })}
          />
        )}
        <ErrorAlert error={save.error} />
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            Enregistrer
          </Button>
          <Button variant="subtle" onClick={props.onClose}>
            Annuler
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}

function PracticeGroups(props: { relaisId: string; onDone(message: string): void }) {
  const groups = useQuery({
    queryKey: [...activityKeys.all(props.relaisId), 'practice-groups'],
    queryFn: () =>
      unwrap(api.GET('/api/relais/{relaisId}/practice-groups', { params: { path: { relaisId: props.relaisId } } })),
  });
  const [editing, setEditing] = useState<Group | 'new' | null>(null);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="groupes-titre">
      <Title order={2} size="h3" id="groupes-titre" mb="xs">
        Groupes d’analyse de la pratique
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Des groupes fixes de {PRACTICE_GROUP_MAX_MEMBERS} personnes au plus, avec un·e intervenant·e extérieur·e. Relais
        ne garde que les présences, jamais le contenu des séances.
      </Text>
      {groups.isPending ? (
        <Loading />
      ) : groups.isError ? (
        <ErrorAlert error={groups.error} />
      ) : (
        <Stack gap="sm">
          {groups.data.groups.map((g) =>
            editing !== null && editing !== 'new' && editing.id === g.id ? (
              <GroupForm
                key={g.id}
                relaisId={props.relaisId}
                group={g}
                onClose={() => setEditing(null)}
                onDone={props.onDone}
              />
            ) : (
              <Group key={g.id} justify="space-between" wrap="nowrap" align="flex-start">
                <div>
                  <Text fw={600}>
                    {g.name}
                    {g.archived && ' (archivé)'}
                  </Text>
                  <Text size="sm">
                    {g.facilitator && `Avec ${g.facilitator} · `}
                    {g.members.length}/{g.maxMembers} : {g.members.map((m) => m.name).join(', ') || 'aucun membre'}
                  </Text>
                </div>
                <Button size="xs" variant="subtle" onClick={() => setEditing(g)} aria-label={`Modifier ${g.name}`}>
                  Modifier
                </Button>
              </Group>
            ),
          )}
          {editing === 'new' ? (
            <GroupForm relaisId={props.relaisId} onClose={() => setEditing(null)} onDone={props.onDone} />
          ) : (
            <Group>
              <Button variant="default" onClick={() => setEditing('new')}>
                Nouveau groupe
              </Button>
            </Group>
          )}
        </Stack>
      )}
    </Card>
  );
}

function GroupForm(props: { relaisId: string; group?: Group; onClose(): void; onDone(message: string): void }) {
  const queryClient = useQueryClient();
  const g = props.group;
  const [name, setName] = useState(g?.name ?? '');
  const [facilitator, setFacilitator] = useState(g?.facilitator ?? '');
  const [members, setMembers] = useState(() => (g?.members ?? []).map((m) => ({ id: m.childminderId, name: m.name })));
  const [q, setQ] = useState('');
  const found = useQuery({
    ...childmindersQuery(props.relaisId, { status: 'active', q }, 1),
    enabled: q.trim().length >= 2,
  });
  const save = useMutation({
    mutationFn: () => {
      const body = { name: name.trim(), facilitator: facilitator.trim(), memberIds: members.map((m) => m.id) };
      return g
        ? unwrap(
            api.PUT('/api/relais/{relaisId}/practice-groups/{groupId}', {
              params: { path: { relaisId: props.relaisId, groupId: g.id } },
              body,
            }),
          )
        : unwrap(
            api.POST('/api/relais/{relaisId}/practice-groups', {
              params: { path: { relaisId: props.relaisId } },
              body,
            }),
          );
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: [...activityKeys.all(props.relaisId), 'practice-groups'] });
      props.onClose();
      props.onDone(`Groupe « ${name.trim()} » enregistré.`);
    },
  });
  const fieldError = (field: string) => fieldErrors(save.error)[field];
  const full = members.length >= PRACTICE_GROUP_MAX_MEMBERS;
  return (
    <Card
      withBorder
      padding="sm"
      component="form"
      aria-label={g ? `Modifier ${g.name}` : 'Nouveau groupe'}
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Stack gap="xs">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
          <TextInput
            label="Nom du groupe"
            required
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
            error={fieldError('name')}
          />
          <TextInput
            label="Intervenant·e"
            description="Par exemple la psychologue."
            value={facilitator}
            onChange={(e) => setFacilitator(e.currentTarget.value)}
            error={fieldError('facilitator')}
          />
        </SimpleGrid>
        <Text size="sm" fw={600}>
          Membres ({members.length}/{PRACTICE_GROUP_MAX_MEMBERS})
        </Text>
        <Group gap="xs">
          {members.map((m) => (
            <Button
              key={m.id}
              size="xs"
              variant="light"
              onClick={() => setMembers(members.filter((x) => x.id !== m.id))}
              aria-label={`Retirer ${m.name} du groupe`}
            >
              {m.name} ×
            </Button>
          ))}
        </Group>
        {fieldError('memberIds') && <Text c="red.9">{fieldError('memberIds')}</Text>}
        {!full && (
          <TextInput
            label="Ajouter une assistante maternelle"
            description="Nom ou prénom (2 lettres au moins)."
            value={q}
            onChange={(e) => setQ(e.currentTarget.value)}
          />
        )}
        {!full && found.data && (
          <Group gap="xs">
            {found.data.childminders
              .filter((c) => !members.some((m) => m.id === c.id))
              .slice(0, 8)
              .map((c) => (
                <Button
                  key={c.id}
                  size="xs"
                  variant="default"
                  onClick={() => {
                    setMembers([...members, { id: c.id, name: `${c.firstName} ${c.lastName}` }]);
                    setQ('');
                  }}
                >
                  Ajouter {c.firstName} {c.lastName}
                </Button>
              ))}
          </Group>
        )}
        <ErrorAlert error={save.error} />
        <Group gap="sm">
          <Button type="submit" loading={save.isPending}>
            Enregistrer le groupe
          </Button>
          <Button variant="subtle" onClick={props.onClose}>
            Annuler
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
