import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Stack,
  Switch,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ApiError, unwrap } from '../../api/client.js';
import type { paths } from '../../api/schema.js';
import { ErrorAlert, Loading } from '../../components/feedback.js';
import { WEEK_DAYS } from '../../lib/weekdays.js';

type Availability = paths['/api/me/availability']['get']['responses'][200]['content']['application/json'];
type Slot = Omit<Availability['slots'][number], 'id'>;

const DAYS = WEEK_DAYS;
const frDateTime = (iso: string) =>
  new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'long' }).format(new Date(iso));

const newSlot = (): Slot => ({
  availableFrom: new Date().toISOString().slice(0, 10),
  minAgeMonths: null,
  maxAgeMonths: null,
  days: [1, 2, 4, 5],
  startTime: '07:30',
  endTime: '18:30',
  atypicalHours: false,
  periscolaire: false,
  note: '',
});

const KEY = ['me', 'availability'];

/** A childminder's free places: confirm in one click that they are still true, or update them. */
export function MyAvailability() {
  const queryClient = useQueryClient();
  const query = useQuery({ queryKey: KEY, queryFn: () => unwrap(api.GET('/api/me/availability')), retry: false });
  const confirm = useMutation({
    mutationFn: () => unwrap(api.POST('/api/me/availability/confirm')),
    onSuccess: (data) => queryClient.setQueryData(KEY, data),
  });
  const [editing, setEditing] = useState<Slot[] | null>(null);
  const save = useMutation({
    mutationFn: (slots: Slot[]) => unwrap(api.PUT('/api/me/availability', { body: { slots } })),
    onSuccess: (data) => {
      queryClient.setQueryData(KEY, data);
      setEditing(null);
    },
  });

  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="availability-title">
      <Title order={2} size="h3" id="availability-title" mb="sm">
        Mes places disponibles
      </Title>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        query.error instanceof ApiError && query.error.status === 404 ? (
          <Text>{query.error.message}</Text>
        ) : (
          <ErrorAlert error={query.error} />
        )
      ) : editing ? (
        <Editor slots={editing} onChange={setEditing} onCancel={() => setEditing(null)} save={save} />
      ) : (
        <Stack gap="sm">
          <Text>
            {query.data.confirmedAt
              ? `Confirmées le ${frDateTime(query.data.confirmedAt)}.`
              : 'Vous n’avez pas encore confirmé vos disponibilités.'}{' '}
            Les familles les voient dans l’annuaire du relais.
          </Text>
          {query.data.freshness !== 'fresh' && (
            <Alert color="orange.9" variant="outline" title="À confirmer">
              Vos disponibilités datent : confirmez-les ou mettez-les à jour.
            </Alert>
          )}
          {query.data.slots.length === 0 ? (
            <Text>Aucune place libre déclarée.</Text>
          ) : (
            <Stack gap={4} component="ul" style={{ paddingLeft: 20 }}>
              {query.data.slots.map((s) => (
                <li key={s.id}>
                  <Text>
                    À partir du {s.availableFrom.split('-').reverse().join('/')} :{' '}
                    {s.days.map((d) => DAYS[d - 1]?.[1].toLowerCase()).join(', ')}, de {s.startTime} à {s.endTime}
                    {s.periscolaire && ' (périscolaire)'}
                  </Text>
                </li>
              ))}
            </Stack>
          )}
          <ErrorAlert error={confirm.error} />
          <Group gap="sm">
            <Button onClick={() => confirm.mutate()} loading={confirm.isPending}>
              C’est toujours vrai
            </Button>
            <Button variant="default" onClick={() => setEditing(query.data.slots.map(({ id: _id, ...slot }) => slot))}>
              Mettre à jour
            </Button>
          </Group>
          {confirm.isSuccess && <Text role="status">Merci, vos disponibilités sont confirmées.</Text>}
        </Stack>
      )}
    </Card>
  );
}

function Editor(props: {
  slots: Slot[];
  onChange: (slots: Slot[]) => void;
  onCancel: () => void;
  save: { mutate: (slots: Slot[]) => void; isPending: boolean; error: Error | null };
}) {
  const { slots, onChange, save } = props;
  const update = (i: number, patch: Partial<Slot>) => onChange(slots.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const fieldError = (field: string) =>
    save.error instanceof ApiError ? save.error.fields.find((f) => f.field === field)?.message : undefined;
  return (
    <Stack
      component="form"
      gap="md"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        save.mutate(slots);
      }}
    >
      {slots.map((s, i) => (
        <Card key={i} withBorder padding="sm" component="fieldset">
          <Text component="legend" fw={600} px={4}>
            Place {i + 1}
          </Text>
          <Stack gap="xs">
            <TextInput
              type="date"
              label="Libre à partir du"
              value={s.availableFrom}
              onChange={(e) => update(i, { availableFrom: e.currentTarget.value })}
            />
            <Checkbox.Group
              label="Jours"
              value={s.days.map(String)}
              error={fieldError(`slots.${i}.days`)}
              onChange={(days) => update(i, { days: days.map(Number).sort() })}
            >
              <Group mt={4} gap="sm">
                {DAYS.map(([n, label]) => (
                  <Checkbox key={n} value={String(n)} label={label} />
                ))}
              </Group>
            </Checkbox.Group>
            <Group grow>
              <TextInput
                type="time"
                label="De"
                value={s.startTime}
                onChange={(e) => update(i, { startTime: e.currentTarget.value })}
              />
              <TextInput
                type="time"
                label="À"
                value={s.endTime}
                error={fieldError(`slots.${i}.endTime`)}
                onChange={(e) => update(i, { endTime: e.currentTarget.value })}
              />
            </Group>
            <Group grow>
              <NumberInput
                label="Âge minimum (mois)"
                min={0}
                max={216}
                value={s.minAgeMonths ?? ''}
                onChange={(v) => update(i, { minAgeMonths: typeof v === 'number' ? v : null })}
              />
              <NumberInput
                label="Âge maximum (mois)"
                min={0}
                max={216}
                value={s.maxAgeMonths ?? ''}
                error={fieldError(`slots.${i}.maxAgeMonths`)}
                onChange={(v) => update(i, { maxAgeMonths: typeof v === 'number' ? v : null })}
              />
            </Group>
            <Switch
              label="Accueil périscolaire"
              checked={s.periscolaire}
              onChange={(e) => update(i, { periscolaire: e.currentTarget.checked })}
            />
            <Switch
              label="Horaires atypiques"
              checked={s.atypicalHours}
              onChange={(e) => update(i, { atypicalHours: e.currentTarget.checked })}
            />
            <Group>
              <Button variant="subtle" color="red.9" onClick={() => onChange(slots.filter((_, j) => j !== i))}>
                Retirer cette place
              </Button>
            </Group>
          </Stack>
        </Card>
      ))}
      {fieldError('slots') && <Text c="red.9">{fieldError('slots')}</Text>}
      <ErrorAlert error={save.error} />
      <Group gap="sm">
        <Button variant="default" onClick={() => onChange([...slots, newSlot()])}>
          Ajouter une place libre
        </Button>
        <Button type="submit" loading={save.isPending}>
          Enregistrer
        </Button>
        <Button variant="subtle" onClick={props.onCancel}>
          Annuler
        </Button>
      </Group>
    </Stack>
  );
}
