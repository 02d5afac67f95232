import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import {
  activitiesQuery,
  activityKindsQuery,
  hoursText,
  placesLeftText,
  type ActivitySummary,
} from '../../../api/activities.js';
import { communesQuery } from '../../../api/gestion.js';
import { ErrorAlert, Loading, Notice } from '../../../components/feedback.js';
import { AnchorLink, ButtonLink } from '../../../components/links.js';
import { formatDate, parisToday, plural } from '../../../lib/format.js';
import { addDays } from '../../../lib/appointment-format.js';
import { StaffPage, useGestion } from '../context.js';
import { ActivityFormModal } from './ActivityForm.js';
import type { ActivitiesSearch } from './search.js';

const ROUTE = '/gestion/animations';
/** The programme shows three months by default: about a term. */
const DEFAULT_DAYS = 91;

/** "/gestion/animations": the programme of the relais's activities, to plan, open and follow. */
export function ActivitiesPage() {
  return (
    <StaffPage title="Animations" action="activities.read">
      {(relaisId) => <Programme relaisId={relaisId} />}
    </StaffPage>
  );
}

export function periodOf(search: ActivitiesSearch, today: string): { from: string; to: string } {
  const from = search.du ?? today;
  const to = search.au && search.au >= from ? search.au : addDays(from, DEFAULT_DAYS);
  return { from, to };
}

function Programme({ relaisId }: { relaisId: string }) {
  const gestion = useGestion();
  const search = useSearch({ from: ROUTE });
  const navigate = useNavigate({ from: ROUTE });
  const [today] = useState(() => parisToday());
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const { from, to } = periodOf(search, today);
  const filters = { from, to, commune: search.commune, kind: search.type };
  const list = useQuery(activitiesQuery(relaisId, filters));
  const communes = useQuery(communesQuery(relaisId));
  const kinds = useQuery(activityKindsQuery(relaisId));
  const set = (patch: Partial<ActivitiesSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const pdf = new URLSearchParams({ from, to, ...(search.commune ? { commune: search.commune } : {}) });

  return (
    <Stack gap="lg">
      <Notice message={notice} onClose={() => setNotice(null)} />
      <Group gap="sm">
        {gestion.can('activities.manage') && <Button onClick={() => setCreating(true)}>Nouvelle séance</Button>}
        {gestion.can('activities.configure') && (
          <ButtonLink variant="default" to="/gestion/animations/planifier">
            Planifier une période
          </ButtonLink>
        )}
        {gestion.can('activities.manage') && (
          <ButtonLink variant="default" to="/gestion/animations/reglages">
            Types de séances et groupes
          </ButtonLink>
        )}
        <Anchor href={`/api/relais/${relaisId}/activities/programme.pdf?${pdf.toString()}`} target="_blank">
          Programme imprimable (PDF)
        </Anchor>
      </Group>
      <Card withBorder padding="md" component="form" role="search" aria-label="Filtrer le programme">
        <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
          <TextInput
            type="date"
            label="Du"
            value={from}
            onChange={(e) => set({ du: e.currentTarget.value || undefined })}
          />
          <TextInput
            type="date"
            label="Au"
            value={to}
            onChange={(e) => set({ au: e.currentTarget.value || undefined })}
          />
          <NativeSelect
            label="Commune"
            value={search.commune ?? ''}
            onChange={(e) => set({ commune: e.currentTarget.value || undefined })}
            data={[
              { value: '', label: 'Toutes' },
              ...(communes.data ?? []).map((c) => ({ value: c.inseeCode, label: c.name })),
            ]}
          />
          <NativeSelect
            label="Type"
            value={search.type ?? ''}
            onChange={(e) => set({ type: e.currentTarget.value || undefined })}
            data={[
              { value: '', label: 'Tous' },
              ...(kinds.data ?? []).filter((k) => !k.archived).map((k) => ({ value: k.id, label: k.label })),
            ]}
          />
        </SimpleGrid>
      </Card>
      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : (
        <ByDay activities={list.data.activities} />
      )}
      {creating && (
        <ActivityFormModal
          relaisId={relaisId}
          onClose={() => setCreating(false)}
          onSaved={(a) => {
            setCreating(false);
            setNotice(`Séance créée : ${a.title}, le ${formatDate(a.date)}.`);
          }}
        />
      )}
    </Stack>
  );
}

function ByDay({ activities }: { activities: ActivitySummary[] }) {
  if (activities.length === 0) return <Text>Aucune séance sur cette période.</Text>;
  const days = [...new Set(activities.map((a) => a.date))];
  return (
    <Stack gap="lg">
      <Text role="status" fw={600}>
        {plural(activities.length, 'séance')}
      </Text>
      {days.map((day) => (
        <section key={day} aria-labelledby={`jour-${day}`}>
          <Title order={2} size="h4" id={`jour-${day}`} mb="xs" tt="capitalize">
            {formatDate(day)}
          </Title>
          <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
            {activities
              .filter((a) => a.date === day)
              .map((a) => (
                <ActivityCard key={a.id} activity={a} />
              ))}
          </Stack>
        </section>
      ))}
    </Stack>
  );
}

export function ActivityStatusBadge({ activity }: { activity: Pick<ActivitySummary, 'status'> }) {
  return activity.status === 'cancelled' ? (
    <Badge color="red.9" variant="outline" tt="none">
      Annulée
    </Badge>
  ) : null;
}

function ActivityCard({ activity: a }: { activity: ActivitySummary }) {
  return (
    <Card component="li" withBorder padding="sm">
      <Group justify="space-between" align="flex-start" wrap="nowrap">
        <div>
          <Text fw={600}>
            <AnchorLink to="/gestion/animations/$activityId" params={{ activityId: a.id }}>
              {a.title}
            </AnchorLink>
          </Text>
          <Text size="sm">
            {hoursText(a)} · {a.kindLabel} · {a.themeLabel}
          </Text>
          <Text size="sm">
            {a.siteName}, {a.communeName}
            {a.animators.length > 0 && ` · ${a.animators.map((p) => p.name).join(', ')}`}
            {a.facilitator && ` · ${a.facilitator}`}
          </Text>
        </div>
        <Stack gap={4} align="flex-end">
          <ActivityStatusBadge activity={a} />
          {a.status !== 'cancelled' && (
            <Text size="sm" ta="right">
              {a.adultsTaken}/{a.adultCapacity} adultes
              {a.childCapacity > 0 && `, ${a.childrenTaken}/${a.childCapacity} enfants`}
            </Text>
          )}
          {a.status !== 'cancelled' && (
            <Text size="xs" c="dimmed" ta="right">
              {placesLeftText(a)}
              {a.waiting > 0 && ` · ${a.waiting} en attente`}
            </Text>
          )}
        </Stack>
      </Group>
    </Card>
  );
}
