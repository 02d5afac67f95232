import { Button, Card, Checkbox, Group, NumberInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import {
  activityKeys,
  activityQuery,
  AGE_BANDS,
  audienceBringsChildren,
  hoursText,
  type ActivityDetail,
  type AgeBand,
} from '../../../api/activities.js';
import { childmindersQuery } from '../../../api/childminders.js';
import { api, fieldErrors, unwrap } from '../../../api/client.js';
import type { paths } from '../../../api/schema.js';
import { ErrorAlert, Loading, Notice } from '../../../components/feedback.js';
import { AnchorLink } from '../../../components/links.js';
import { PageHeader } from '../../../components/page.js';
import { formatDate, formatDateTime } from '../../../lib/format.js';
import { RegisterPage } from '../childminders/shared.js';

type AttendancePath = paths['/api/relais/{relaisId}/activities/{activityId}/attendance'];
type Attendance = AttendancePath['get']['responses'][200]['content']['application/json'];
type Row = NonNullable<AttendancePath['put']['requestBody']>['content']['application/json']['rows'][number];

/** The age bands as the API names them in a row. */
const BAND_FIELDS: Record<AgeBand, keyof Row> = {
  children_under_1: 'childrenUnder1',
  children_1_to_2: 'children1To2',
  children_2_to_3: 'children2To3',
  children_3_and_over: 'children3AndOver',
};

interface Line {
  key: string;
  present: boolean;
  row: Row;
}

const emptyRow = (partial: Partial<Row>): Row => ({
  registrationId: null,
  childminderId: null,
  personName: '',
  attendee: 'childminder',
  walkIn: false,
  childrenUnder1: 0,
  children1To2: 0,
  children2To3: 0,
  children3AndOver: 0,
  ...partial,
});

/** "/gestion/animations/{id}/presences": attendance on the day, on a phone. */
export function AttendancePage() {
  return (
    <RegisterPage action="activities.manage" title="Présences">
      {(relaisId) => <Sheet relaisId={relaisId} />}
    </RegisterPage>
  );
}

function Sheet({ relaisId }: { relaisId: string }) {
  const { activityId } = useParams({ from: '/gestion/animations/$activityId/presences' });
  const activity = useQuery(activityQuery(relaisId, activityId));
  const attendance = useQuery({
    queryKey: [...activityKeys.one(relaisId, activityId), 'attendance'],
    queryFn: () =>
      unwrap(
        api.GET('/api/relais/{relaisId}/activities/{activityId}/attendance', {
          params: { path: { relaisId, activityId } },
        }),
      ),
  });
  const a = activity.data;
  return (
    <>
      <PageHeader
        title={a ? `Présences — ${a.title}` : 'Présences'}
        lead={a ? `${formatDate(a.date)}, ${hoursText(a)} · ${a.siteName}, ${a.communeName}` : undefined}
      />
      <Stack gap="md">
        <div>
          <AnchorLink to="/gestion/animations/$activityId" params={{ activityId }}>
            ← La séance
          </AnchorLink>
        </div>
        {activity.isPending || attendance.isPending ? (
          <Loading />
        ) : activity.isError || attendance.isError ? (
          <ErrorAlert error={activity.error ?? attendance.error} />
        ) : (
          <Form relaisId={relaisId} activity={activity.data} attendance={attendance.data} />
        )}
      </Stack>
    </>
  );
}

function initialLines(attendance: Attendance): Line[] {
  const recorded = attendance.recordedAt !== null;
  const lines: Line[] = attendance.expected.map((e, i) => {
    const row = attendance.rows.find(
      (r) =>
        (e.registrationId && r.registrationId === e.registrationId) ||
        (e.childminderId && r.childminderId === e.childminderId),
    );
    return {
      key: `expected-${i}`,
      present: recorded ? row !== undefined : true,
      row:
        row ??
        emptyRow({
          registrationId: e.registrationId,
          childminderId: e.childminderId,
          personName: e.name,
          attendee: e.childminderId ? 'childminder' : 'parent',
        }),
    };
  });
  const walkIns = attendance.rows.filter((r) => r.walkIn);
  return [...lines, ...walkIns.map((row, i) => ({ key: `walk-in-${i}`, present: true, row }))];
}

function Form(props: { relaisId: string; activity: ActivityDetail; attendance: Attendance }) {
  const queryClient = useQueryClient();
  const withChildren = audienceBringsChildren(props.activity.audience);
  const [lines, setLines] = useState<Line[]>(() => initialLines(props.attendance));
  const [notice, setNotice] = useState<string | null>(null);
  const update = (key: string, patch: { present?: boolean; row?: Partial<Row> }) =>
    setLines((ls) =>
      ls.map((l) =>
        l.key === key ? { ...l, present: patch.present ?? l.present, row: { ...l.row, ...patch.row } } : l,
      ),
    );
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.PUT('/api/relais/{relaisId}/activities/{activityId}/attendance', {
          params: { path: { relaisId: props.relaisId, activityId: props.activity.id } },
          body: { rows: lines.filter((l) => l.present).map((l) => l.row) },
        }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData([...activityKeys.one(props.relaisId, props.activity.id), 'attendance'], saved);
      void queryClient.invalidateQueries({ queryKey: activityKeys.all(props.relaisId) });
      setNotice(`Présences enregistrées : ${lines.filter((l) => l.present).length} adulte(s).`);
    },
  });
  const fieldError = (field: string) => fieldErrors(save.error)[field];
  const presentIndex = (key: string) => lines.filter((l) => l.present).findIndex((l) => l.key === key);
  const totals = Object.values(BAND_FIELDS).map((field) =>
    lines.filter((l) => l.present).reduce((n, l) => n + Number(l.row[field]), 0),
  );

  return (
    <Stack
      component="form"
      gap="md"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Notice message={notice} onClose={() => setNotice(null)} />
      {props.attendance.recordedAt && (
        <Text size="sm">
          Dernier relevé le {formatDateTime(props.attendance.recordedAt)} : l’enregistrer à nouveau le remplace.
        </Text>
      )}
      {lines.length === 0 && <Text>Personne d’inscrit : ajoutez les personnes venues sans inscription.</Text>}
      {lines.map((l) => {
        const index = presentIndex(l.key);
        return (
          <Card key={l.key} withBorder padding="sm" component="fieldset">
            <Text component="legend" fw={600} px={4}>
              {l.row.personName}
              {l.row.walkIn && ' (sans inscription)'}
            </Text>
            <Checkbox
              label="Présente"
              checked={l.present}
              onChange={(e) => update(l.key, { present: e.currentTarget.checked })}
            />
            {withChildren && l.present && (
              <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="xs" mt="xs">
                {(Object.keys(BAND_FIELDS) as AgeBand[]).map((band) => {
                  const field = BAND_FIELDS[band];
                  return (
                    <NumberInput
                      key={band}
                      label={`Enfants : ${AGE_BANDS[band].toLowerCase()}`}
                      min={0}
                      max={20}
                      value={Number(l.row[field])}
                      onChange={(v) =>
                        update(l.key, { row: { [field]: typeof v === 'number' ? v : 0 } as Partial<Row> })
                      }
                      error={index >= 0 ? fieldError(`rows.${index}.${field}`) : undefined}
                    />
                  );
                })}
              </SimpleGrid>
            )}
          </Card>
        );
      })}
      <WalkIns
        relaisId={props.relaisId}
        onAdd={(row) =>
          setLines((ls) => [
            ...ls,
            { key: `walk-in-new-${ls.length}`, present: true, row: emptyRow({ ...row, walkIn: true }) },
          ])
        }
      />
      {withChildren && (
        <Card withBorder padding="sm">
          <Title order={2} size="h5">
            Enfants présents
          </Title>
          <Text size="sm">
            {(Object.keys(BAND_FIELDS) as AgeBand[]).map((band, i) => `${AGE_BANDS[band]} : ${totals[i]}`).join(' · ')}
          </Text>
        </Card>
      )}
      <ErrorAlert error={save.error} />
      <Group>
        <Button type="submit" loading={save.isPending}>
          Enregistrer les présences
        </Button>
      </Group>
    </Stack>
  );
}

/** Someone who came without registering: a childminder of the register (counted in her history), or a name. */
function WalkIns(props: { relaisId: string; onAdd(row: Partial<Row>): void }) {
  const [q, setQ] = useState('');
  const [name, setName] = useState('');
  const found = useQuery({
    ...childmindersQuery(props.relaisId, { status: 'active', q }, 1),
    enabled: q.trim().length >= 2,
  });
  return (
    <Card withBorder padding="sm" component="section" aria-labelledby="sans-inscription">
      <Title order={2} size="h5" id="sans-inscription" mb="xs">
        Venues sans inscription
      </Title>
      <Stack gap="sm">
        <TextInput
          label="Rechercher une assistante maternelle"
          description="Nom ou prénom (2 lettres au moins)."
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
        />
        {found.data && found.data.childminders.length > 0 && (
          <Group gap="xs">
            {found.data.childminders.slice(0, 8).map((c) => (
              <Button
                key={c.id}
                size="xs"
                variant="default"
                onClick={() => {
                  props.onAdd({
                    childminderId: c.id,
                    personName: `${c.firstName} ${c.lastName}`,
                    attendee: 'childminder',
                  });
                  setQ('');
                }}
              >
                Ajouter {c.firstName} {c.lastName} ({c.communeName})
              </Button>
            ))}
          </Group>
        )}
        <Group align="flex-end" gap="sm">
          <TextInput
            label="Ou une autre personne (son nom)"
            value={name}
            onChange={(e) => setName(e.currentTarget.value)}
          />
          <Button
            variant="default"
            disabled={name.trim().length < 2}
            onClick={() => {
              props.onAdd({ personName: name.trim(), attendee: 'other' });
              setName('');
            }}
          >
            Ajouter
          </Button>
        </Group>
      </Stack>
    </Card>
  );
}
