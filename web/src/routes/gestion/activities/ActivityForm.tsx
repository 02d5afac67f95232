import {
  Button,
  Checkbox,
  Group,
  Modal,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  ACTIVITY_THEMES,
  activityKeys,
  activityKindsQuery,
  animatorsQuery,
  audienceBringsChildren,
  type ActivityDetail,
  type ActivityKind,
  type ActivityTheme,
} from '../../../api/activities.js';
import { api, fieldErrors, unwrap } from '../../../api/client.js';
import { sitesQuery } from '../../../api/gestion.js';
import { ErrorAlert, Loading } from '../../../components/feedback.js';
import { parisToday } from '../../../lib/format.js';
import { parisIso, parisMoment } from '../../../lib/paris-time.js';

interface Values {
  kindId: string;
  title: string;
  theme: ActivityTheme;
  description: string;
  siteId: string;
  date: string;
  startTime: string;
  endTime: string;
  adultCapacity: number;
  childCapacity: number;
  animatorIds: string[];
  facilitator: string;
  /** Paris wall clock, "YYYY-MM-DDTHH:MM" (datetime-local), or '' for « at creation » / « at the start ». */
  opensAt: string;
  closesAt: string;
  practiceGroupId: string;
}

/** An instant as the datetime-local input shows it, in Paris. */
function localOf(iso: string | null): string {
  if (!iso) return '';
  const m = parisMoment(new Date(iso));
  return `${m.date}T${m.time}`;
}

/** The datetime-local value as an instant with its Paris offset; null when empty. */
const instantOf = (local: string) => (local ? parisIso(local.slice(0, 10), local.slice(11, 16)) : null);

const THEMES = Object.entries(ACTIVITY_THEMES).map(([value, label]) => ({ value, label }));

/** "09:30" + 120 minutes → "11:30" (same day; the server refuses a session ending before it starts). */
export function addMinutes(hhmm: string, minutes: number): string {
  const total = Math.min(23 * 60 + 59, Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5)) + minutes);
  return `${String(Math.floor(total / 60)).padStart(2, '0')}:${String(total % 60).padStart(2, '0')}`;
}

function fromKind(kind: ActivityKind, values: Values): Values {
  return {
    ...values,
    kindId: kind.id,
    title: kind.label,
    adultCapacity: kind.defaultAdultCapacity,
    childCapacity: kind.defaultChildCapacity,
    endTime: addMinutes(values.startTime, kind.defaultDurationMinutes),
  };
}

/**
 * A new session, or the details of an existing one (its venue and date change with « Déplacer »):
 * the kind gives the title, the capacities and the duration, which staff may change.
 */
export function ActivityFormModal(props: {
  relaisId: string;
  activity?: ActivityDetail;
  onClose(): void;
  onSaved(activity: ActivityDetail): void;
}) {
  const kinds = useQuery(activityKindsQuery(props.relaisId));
  const sites = useQuery(sitesQuery(props.relaisId, false));
  const animators = useQuery(animatorsQuery(props.relaisId));
  const groups = useQuery({
    queryKey: [...activityKeys.all(props.relaisId), 'practice-groups'],
    queryFn: () =>
      unwrap(api.GET('/api/relais/{relaisId}/practice-groups', { params: { path: { relaisId: props.relaisId } } })),
  });
  return (
    <Modal opened onClose={props.onClose} size="lg" title={props.activity ? 'Modifier la séance' : 'Nouvelle séance'}>
      {kinds.isPending || sites.isPending || animators.isPending ? (
        <Loading />
      ) : kinds.isError || sites.isError || animators.isError ? (
        <ErrorAlert error={kinds.error ?? sites.error ?? animators.error} />
      ) : (
        <Form
          {...props}
          kinds={kinds.data.filter((k) => !k.archived)}
          sites={sites.data.filter((s) => s.forActivities)}
          animators={animators.data}
          groups={(groups.data?.groups ?? []).filter((g) => !g.archived)}
        />
      )}
    </Modal>
  );
}

function Form(props: {
  relaisId: string;
  activity?: ActivityDetail;
  kinds: ActivityKind[];
  sites: { id: string; name: string; communeName: string }[];
  animators: { id: string; name: string }[];
  groups: { id: string; name: string; facilitator: string }[];
  onSaved(activity: ActivityDetail): void;
  onClose(): void;
}) {
  const queryClient = useQueryClient();
  const a = props.activity;
  const [values, setValues] = useState<Values>(() =>
    a
      ? {
          kindId: a.kindId,
          title: a.title,
          theme: a.theme,
          description: a.description,
          siteId: a.siteId,
          date: a.date,
          startTime: a.startTime,
          endTime: a.endTime,
          adultCapacity: a.adultCapacity,
          childCapacity: a.childCapacity,
          animatorIds: a.animators.map((p) => p.id),
          facilitator: a.facilitator,
          opensAt: localOf(a.registrationOpensAt),
          closesAt: localOf(a.registrationClosesAt),
          practiceGroupId: a.practiceGroupId ?? '',
        }
      : fromKind(props.kinds.find((k) => k.code === 'play_morning') ?? props.kinds[0]!, {
          kindId: '',
          title: '',
          theme: 'free_play',
          description: '',
          siteId: props.sites[0]?.id ?? '',
          date: parisToday(),
          startTime: '09:30',
          endTime: '11:30',
          adultCapacity: 8,
          childCapacity: 20,
          animatorIds: [],
          facilitator: '',
          opensAt: '',
          closesAt: '',
          practiceGroupId: '',
        }),
  );
  const kind = props.kinds.find((k) => k.id === values.kindId);
  const bringsChildren = kind ? audienceBringsChildren(kind.audience) : true;
  const set = (patch: Partial<Values>) => setValues((v) => ({ ...v, ...patch }));
  const save = useMutation({
    mutationFn: () => {
      const common = {
        title: values.title.trim(),
        theme: values.theme,
        description: values.description.trim(),
        adultCapacity: values.adultCapacity,
        childCapacity: bringsChildren ? values.childCapacity : 0,
        animatorIds: values.animatorIds,
        facilitator: values.facilitator.trim(),
        registrationOpensAt: instantOf(values.opensAt),
        registrationClosesAt: instantOf(values.closesAt),
      };
      return a
        ? unwrap(
            api.PUT('/api/relais/{relaisId}/activities/{activityId}', {
              params: { path: { relaisId: props.relaisId, activityId: a.id } },
              body: common,
            }),
          )
        : unwrap(
            api.POST('/api/relais/{relaisId}/activities', {
              params: { path: { relaisId: props.relaisId } },
              body: {
                ...common,
                kindId: values.kindId,
                siteId: values.siteId,
                date: values.date,
                startTime: values.startTime,
                endTime: values.endTime,
                practiceGroupId: values.practiceGroupId || null,
              },
            }),
          );
    },
    onSuccess: (saved) => {
      queryClient.setQueryData(activityKeys.one(props.relaisId, saved.id), saved);
      void queryClient.invalidateQueries({ queryKey: activityKeys.all(props.relaisId) });
      props.onSaved(saved);
    },
  });
  const fieldError = (field: string) => fieldErrors(save.error)[field];

  if (props.sites.length === 0) {
    return <Text>Aucun lieu d’animation : ajoutez d’abord un lieu (« Lieux ») ouvert aux animations.</Text>;
  }
  return (
    <Stack
      component="form"
      gap="sm"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      {!a && (
        <NativeSelect
          label="Type de séance"
          value={values.kindId}
          onChange={(e) => {
            const chosen = props.kinds.find((k) => k.id === e.currentTarget.value);
            if (chosen) setValues((v) => fromKind(chosen, v));
          }}
          data={props.kinds.map((k) => ({ value: k.id, label: k.label }))}
          error={fieldError('kindId')}
        />
      )}
      {!a && kind?.category === 'practice' && (
        <NativeSelect
          label="Groupe d’analyse de la pratique"
          description="Ses membres sont attendus à la séance."
          value={values.practiceGroupId}
          onChange={(e) => {
            const group = props.groups.find((g) => g.id === e.currentTarget.value);
            set({
              practiceGroupId: e.currentTarget.value,
              ...(group?.facilitator ? { facilitator: group.facilitator } : {}),
            });
          }}
          data={[
            { value: '', label: 'Aucun (séance ouverte)' },
            ...props.groups.map((g) => ({ value: g.id, label: g.name })),
          ]}
          error={fieldError('practiceGroupId')}
        />
      )}
      <TextInput
        label="Titre"
        required
        value={values.title}
        onChange={(e) => set({ title: e.currentTarget.value })}
        error={fieldError('title')}
      />
      <NativeSelect
        label="Thème"
        value={values.theme}
        onChange={(e) => set({ theme: e.currentTarget.value as ActivityTheme })}
        data={THEMES}
        error={fieldError('theme')}
      />
      {!a && (
        <>
          <NativeSelect
            label="Lieu"
            value={values.siteId}
            onChange={(e) => set({ siteId: e.currentTarget.value })}
            data={props.sites.map((s) => ({ value: s.id, label: `${s.name} — ${s.communeName}` }))}
            error={fieldError('siteId')}
          />
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
            <TextInput
              type="date"
              label="Date"
              required
              value={values.date}
              onChange={(e) => set({ date: e.currentTarget.value })}
              error={fieldError('date')}
            />
            <TextInput
              type="time"
              label="Début"
              required
              value={values.startTime}
              onChange={(e) => {
                const startTime = e.currentTarget.value;
                set({ startTime, ...(kind ? { endTime: addMinutes(startTime, kind.defaultDurationMinutes) } : {}) });
              }}
              error={fieldError('startTime')}
            />
            <TextInput
              type="time"
              label="Fin"
              required
              value={values.endTime}
              onChange={(e) => set({ endTime: e.currentTarget.value })}
              error={fieldError('endTime')}
            />
          </SimpleGrid>
        </>
      )}
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <NumberInput
          label="Places d’adultes"
          min={1}
          max={500}
          value={values.adultCapacity}
          onChange={(v) => set({ adultCapacity: typeof v === 'number' ? v : 0 })}
          error={fieldError('adultCapacity')}
        />
        {bringsChildren && (
          <NumberInput
            label="Places d’enfants"
            min={0}
            max={500}
            value={values.childCapacity}
            onChange={(v) => set({ childCapacity: typeof v === 'number' ? v : 0 })}
            error={fieldError('childCapacity')}
          />
        )}
      </SimpleGrid>
      <Checkbox.Group
        label="Animatrices et animateurs"
        value={values.animatorIds}
        onChange={(animatorIds) => set({ animatorIds })}
        error={fieldError('animatorIds')}
      >
        <Group mt={4} gap="sm">
          {props.animators.map((p) => (
            <Checkbox key={p.id} value={p.id} label={p.name} />
          ))}
        </Group>
      </Checkbox.Group>
      <TextInput
        label="Intervenant·e extérieur·e"
        description="Par exemple la psychologue de l’analyse de la pratique, un·e conférencier·e."
        value={values.facilitator}
        onChange={(e) => set({ facilitator: e.currentTarget.value })}
        error={fieldError('facilitator')}
      />
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <TextInput
          type="datetime-local"
          label="Ouverture des inscriptions"
          description="Vide : dès maintenant."
          value={values.opensAt}
          onChange={(e) => set({ opensAt: e.currentTarget.value })}
          error={fieldError('registrationOpensAt')}
        />
        <TextInput
          type="datetime-local"
          label="Clôture des inscriptions"
          description="Vide : au début de la séance."
          value={values.closesAt}
          onChange={(e) => set({ closesAt: e.currentTarget.value })}
          error={fieldError('registrationClosesAt')}
        />
      </SimpleGrid>
      <Textarea
        label="Présentation"
        autosize
        minRows={2}
        value={values.description}
        onChange={(e) => set({ description: e.currentTarget.value })}
        error={fieldError('description')}
      />
      <ErrorAlert error={save.error} />
      <Group gap="sm">
        <Button type="submit" loading={save.isPending}>
          {a ? 'Enregistrer' : 'Créer la séance'}
        </Button>
        <Button variant="subtle" onClick={props.onClose}>
          Annuler
        </Button>
      </Group>
    </Stack>
  );
}
