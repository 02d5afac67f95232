import {
  Anchor,
  Badge,
  Button,
  Card,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  activityKeys,
  audienceBringsChildren,
  hoursText,
  MAX_CHILDREN_PER_REGISTRATION,
  placesLeftText,
  type MyActivity,
} from '../../api/activities.js';
import { api, unwrap } from '../../api/client.js';
import { ErrorAlert, Loading } from '../../components/feedback.js';
import { formatDate, plural } from '../../lib/format.js';

const historyKey = [...activityKeys.mine, 'history'] as const;

/**
 * The relais's activities near her: the programme (by commune and kind), registering with the
 * children she will bring, cancelling, the waiting list; and her own history of participations.
 */
export function MyActivities({ slug }: { slug: string | null }) {
  const [commune, setCommune] = useState('');
  const [kind, setKind] = useState('');
  const [from, setFrom] = useState('');
  const programme = useQuery({
    queryKey: activityKeys.mine,
    queryFn: () => unwrap(api.GET('/api/me/activities')),
  });
  const all = programme.data?.activities ?? [];
  const communes = [...new Map(all.map((a) => [a.inseeCode, a.communeName])).entries()].sort((x, y) =>
    x[1].localeCompare(y[1], 'fr'),
  );
  const kinds = [...new Map(all.map((a) => [a.kindId, a.kindLabel])).entries()];
  const shown = all.filter(
    (a) => (!commune || a.inseeCode === commune) && (!kind || a.kindId === kind) && (!from || a.date >= from),
  );
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="activities-title">
      <Title order={2} size="h3" id="activities-title" mb="sm">
        Animations du relais
      </Title>
      {programme.isPending ? (
        <Loading />
      ) : programme.isError ? (
        <ErrorAlert error={programme.error} />
      ) : (
        <Stack gap="md">
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <NativeSelect
              label="Commune"
              value={commune}
              onChange={(e) => setCommune(e.currentTarget.value)}
              data={[{ value: '', label: 'Toutes' }, ...communes.map(([value, label]) => ({ value, label }))]}
            />
            <NativeSelect
              label="Type"
              value={kind}
              onChange={(e) => setKind(e.currentTarget.value)}
              data={[{ value: '', label: 'Tous' }, ...kinds.map(([value, label]) => ({ value, label }))]}
            />
            <TextInput type="date" label="À partir du" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
          </SimpleGrid>
          {shown.length === 0 ? (
            <Text>Aucune animation à venir ici pour le moment.</Text>
          ) : (
            <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {shown.map((a) => (
                <ActivityItem key={a.id} activity={a} />
              ))}
            </Stack>
          )}
          {slug && (
            <Anchor size="sm" href={`/api/public/relais/${slug}/activities.ics${commune ? `?commune=${commune}` : ''}`}>
              Ajouter ces animations à mon agenda (iCalendar{commune ? ', cette commune' : ''})
            </Anchor>
          )}
          <History />
        </Stack>
      )}
    </Card>
  );
}

function ActivityItem({ activity: a }: { activity: MyActivity }) {
  const queryClient = useQueryClient();
  const [choosing, setChoosing] = useState(false);
  const withChildren = audienceBringsChildren(a.audience);
  const [children, setChildren] = useState(withChildren ? 1 : 0);
  const refresh = () => queryClient.invalidateQueries({ queryKey: activityKeys.mine });
  const register = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/me/activities/{activityId}/registrations', {
          params: { path: { activityId: a.id } },
          body: { children },
        }),
      ),
    onSuccess: () => {
      setChoosing(false);
      return refresh();
    },
  });
  const cancel = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/me/activities/{activityId}/cancel', { params: { path: { activityId: a.id } } })),
    onSuccess: refresh,
  });
  const titleId = `animation-${a.id}`;
  const mine = a.mine && a.mine.status !== 'cancelled' ? a.mine : null;
  return (
    <Card component="li" withBorder padding="sm" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" gap="xs">
        <div>
          <Text fw={600} id={titleId}>
            {a.title} — {formatDate(a.date)}
          </Text>
          <Text size="sm">
            {hoursText(a)}, {a.siteName} ({a.communeName})
          </Text>
          <Text size="sm" c="dimmed">
            {a.themeLabel}
            {a.status !== 'cancelled' && ` · ${placesLeftText(a)}`}
          </Text>
        </div>
        {mine && (
          <Badge variant={mine.status === 'confirmed' ? 'filled' : 'outline'} tt="none">
            {mine.status === 'confirmed' ? 'Inscrite' : 'En liste d’attente'}
          </Badge>
        )}
      </Group>
      {a.status === 'cancelled' ? (
        <Text size="sm" c="red.9" mt="xs">
          Séance annulée{a.cancelReason && ` : ${a.cancelReason}`}
        </Text>
      ) : mine ? (
        <Group gap="sm" mt="xs">
          {withChildren && <Text size="sm">{plural(mine.children, 'enfant')} avec vous.</Text>}
          <Button size="xs" variant="subtle" color="red.9" loading={cancel.isPending} onClick={() => cancel.mutate()}>
            {mine.status === 'confirmed' ? 'Me désinscrire' : 'Quitter la liste d’attente'}
          </Button>
        </Group>
      ) : a.registration !== 'open' ? (
        <Text size="sm" mt="xs">
          {a.registration === 'not_yet' ? 'Les inscriptions ne sont pas encore ouvertes.' : 'Inscriptions closes.'}
        </Text>
      ) : choosing ? (
        <Group
          component="form"
          gap="sm"
          mt="xs"
          align="flex-end"
          onSubmit={(event) => {
            event.preventDefault();
            register.mutate();
          }}
        >
          {withChildren && (
            <NumberInput
              label="Enfants que vous amenez"
              min={0}
              max={MAX_CHILDREN_PER_REGISTRATION}
              value={children}
              onChange={(v) => setChildren(typeof v === 'number' ? v : 0)}
              w={200}
            />
          )}
          <Button type="submit" loading={register.isPending}>
            Confirmer
          </Button>
          <Button variant="subtle" onClick={() => setChoosing(false)}>
            Annuler
          </Button>
        </Group>
      ) : (
        <Button size="xs" mt="xs" onClick={() => setChoosing(true)}>
          M’inscrire
        </Button>
      )}
      <ErrorAlert error={register.error ?? cancel.error} />
    </Card>
  );
}

function History() {
  const history = useQuery({
    queryKey: historyKey,
    queryFn: () => unwrap(api.GET('/api/me/activity-history')),
  });
  if (history.isPending) return <Loading />;
  if (history.isError) return <ErrorAlert error={history.error} />;
  const { participations, byYear } = history.data;
  return (
    <section aria-labelledby="history-title">
      <Title order={3} size="h4" id="history-title" mb="xs">
        Mes participations
      </Title>
      {participations.length === 0 ? (
        <Text size="sm">Aucune participation enregistrée pour le moment.</Text>
      ) : (
        <Stack gap="xs">
          <Text size="sm">
            {byYear.map((y) => `${y.year} : ${plural(y.sessions, 'séance')}`).join(' · ')} — utile pour votre dossier
            professionnel.
          </Text>
          <Stack component="ul" gap={2} style={{ paddingLeft: 20, margin: 0 }}>
            {participations.slice(0, 20).map((p) => (
              <li key={`${p.activityId}`}>
                <Text size="sm">
                  {formatDate(p.date)} — {p.title} ({p.kindLabel}), {p.communeName}
                </Text>
              </li>
            ))}
          </Stack>
        </Stack>
      )}
    </section>
  );
}
