import { Button, Card, Checkbox, Group, NumberInput, Stack, Switch, Text, TextInput } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { api, ApiError, unwrap } from '../../api/client.js';
import type { paths } from '../../api/schema.js';
import { WEEK_DAYS } from '../../lib/weekdays.js';

export type Availability = paths['/api/me/availability']['get']['responses'][200]['content']['application/json'];
export type Slot = Omit<Availability['slots'][number], 'id'>;

export const MY_AVAILABILITY_KEY = ['me', 'availability'];

/** The signed-in childminder's free places (her space, and the answer to a job offer). */
export const myAvailabilityQuery = {
  queryKey: MY_AVAILABILITY_KEY,
  queryFn: () => unwrap(api.GET('/api/me/availability')),
  retry: false,
};

export const useMyAvailability = () => useQuery(myAvailabilityQuery);

export const slotsOf = (availability: Availability): Slot[] => availability.slots.map(({ id: _id, ...slot }) => slot);

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

/** « À partir du 01/09/2026 : lundi, mardi, de 07:30 à 18:30 ». */
export function slotText(s: Slot): string {
  return (
    `À partir du ${s.availableFrom.split('-').reverse().join('/')} : ` +
    `${s.days.map((d) => WEEK_DAYS[d - 1]?.[1].toLowerCase()).join(', ')}, de ${s.startTime} à ${s.endTime}` +
    (s.periscolaire ? ' (périscolaire)' : '')
  );
}

/**
 * The fields of her free places, one fieldset per place, with « add » and « remove ». `error` is the
 * API's refusal: its fields named `slots.0.days`… (or `prefix.slots.0.days`) show under their input.
 */
export function SlotFields(props: {
  slots: Slot[];
  onChange: (slots: Slot[]) => void;
  error: Error | null;
  prefix?: string;
}) {
  const { slots, onChange } = props;
  const update = (i: number, patch: Partial<Slot>) => onChange(slots.map((s, j) => (j === i ? { ...s, ...patch } : s)));
  const fieldError = (field: string) =>
    props.error instanceof ApiError
      ? props.error.fields.find((f) => f.field === (props.prefix ? `${props.prefix}.${field}` : field))?.message
      : undefined;
  return (
    <Stack gap="md">
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
                {WEEK_DAYS.map(([n, label]) => (
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
      <Group>
        <Button variant="default" onClick={() => onChange([...slots, newSlot()])}>
          Ajouter une place libre
        </Button>
      </Group>
    </Stack>
  );
}
