import { Alert, Button, Group, NativeSelect, Radio, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import {
  fetchSlots,
  MAX_SLOT_SEARCH_DAYS,
  slotsQuery,
  type AnySlot,
  type SlotDay,
  type SlotSource,
} from '../../../api/appointments.js';
import { ErrorAlert, Loading } from '../../../components/feedback.js';
import {
  addDays,
  capitalize,
  formatDayMonth,
  formatMonth,
  formatSlot,
  formatTime,
  formatWeek,
  mondayOf,
} from '../../../lib/appointment-format.js';
import { parisMoment } from '../../../lib/paris-time.js';

/** "Au relais — Siège…, avec Julie": where and with whom a slot is held. */
export function slotPlace(slot: AnySlot): string {
  const who = slot.animatorName ?? slot.animatorFirstName;
  const where = slot.mode === 'in_person' ? slot.placeLabel : slot.modeLabel;
  return who ? `${where}, avec ${who}` : where;
}

/** The slot a person picked, with its day. */
export interface ChosenSlot {
  date: string;
  slot: AnySlot;
}

const ALL_MODES = 'toutes';

/** The slots of a day grouped by place and animator, in the order of their first slot. */
function byPlace(slots: AnySlot[]): [string, AnySlot[]][] {
  const groups = new Map<string, AnySlot[]>();
  for (const slot of slots) groups.set(slotPlace(slot), [...(groups.get(slotPlace(slot)) ?? []), slot]);
  return [...groups.entries()];
}

/** The months from `first` to `last` (dates), as their first day. */
function monthsBetween(first: string, last: string): string[] {
  const months: string[] = [];
  let month = `${first.slice(0, 7)}-01`;
  while (month <= last) {
    months.push(month);
    const [y, m] = month.split('-').map(Number) as [number, number];
    month = m === 12 ? `${y + 1}-01-01` : `${y}-${String(m + 1).padStart(2, '0')}-01`;
  }
  return months;
}

/**
 * The free slots of a reason, one week at a time: it opens on the week of the first free day (from
 * `startDate`, today by default), moves by week or jumps to a month, and can keep to one way of
 * meeting (at the relais, by phone, by video). `nothingFree` shows when no slot is free at all until
 * `lastDate`.
 */
export function SlotPicker(props: {
  source: SlotSource;
  reasonId: string;
  /** Ways of meeting offered: a choice when there are several, the only one shown otherwise. */
  modes: { mode: string; label: string }[];
  /** Last day a slot may be on (the reason's maximum notice). */
  lastDate: string;
  startDate?: string;
  /** Level of the week's heading (the days are one level below). */
  headingOrder: 2 | 3;
  idPrefix: string;
  chosen?: { start: string; permanenceId: string } | null;
  /** A slot to leave out (the appointment being moved). */
  excludeStart?: string;
  onChoose(choice: ChosenSlot): void;
  nothingFree: ReactNode;
}) {
  const { source, reasonId } = props;
  const queryClient = useQueryClient();
  const today = parisMoment().date;
  const firstWeek = mondayOf(today);
  const [searchFrom, setSearchFrom] = useState(() =>
    props.startDate && props.startDate > today ? props.startDate : today,
  );
  const [week, setWeek] = useState<string | null>(null);
  // One way of meeting given (a move keeps the appointment's): only its slots.
  const [mode, setMode] = useState(props.modes.length === 1 ? props.modes[0]!.mode : ALL_MODES);
  /** The month asked for had no free slot: the week shown is a later one. */
  const [monthAsked, setMonthAsked] = useState<string | null>(null);

  const keep = (slots: AnySlot[]) =>
    slots.filter((s) => (mode === ALL_MODES || s.mode === mode) && s.start !== props.excludeStart);

  // The first free day from `searchFrom`, by periods of 35 days; it also fills the week it lands on.
  const first = useQuery({
    queryKey: [...slotsQuery(source, reasonId, searchFrom, searchFrom).queryKey, 'premier', mode, props.excludeStart],
    enabled: week === null,
    queryFn: async (): Promise<string | null> => {
      for (let from = searchFrom; from <= props.lastDate; from = addDays(from, MAX_SLOT_SEARCH_DAYS)) {
        const last = addDays(from, MAX_SLOT_SEARCH_DAYS - 1);
        const to = last < props.lastDate ? last : props.lastDate;
        const days = await queryClient.fetchQuery({
          ...slotsQuery(source, reasonId, from, to),
          queryFn: () => fetchSlots(source, reasonId, from, to),
        });
        const found = days.find((d) => keep(d.slots).length > 0);
        if (found) {
          const monday = mondayOf(found.date);
          const sunday = addDays(monday, 6);
          if (sunday <= to) {
            const inWeek: SlotDay[] = days.filter((d) => d.date >= monday && d.date <= sunday);
            queryClient.setQueryData(slotsQuery(source, reasonId, monday, sunday).queryKey, inWeek);
          }
          return found.date;
        }
      }
      return null;
    },
  });

  const shownWeek = week ?? (first.data ? mondayOf(first.data) : null);
  const weekSlots = useQuery({
    ...slotsQuery(source, reasonId, shownWeek ?? today, addDays(shownWeek ?? today, 6)),
    enabled: shownWeek !== null,
  });

  const headingId = `${props.idPrefix}-semaine`;
  const focusWeek = () => requestAnimationFrame(() => document.getElementById(headingId)?.focus());
  const goToWeek = (monday: string) => {
    setMonthAsked(null);
    setWeek(monday);
    focusWeek();
  };
  const searchFromDate = (date: string, month: string | null) => {
    setMonthAsked(month);
    setSearchFrom(date < today ? today : date);
    setWeek(null);
    focusWeek();
  };

  if (week === null && first.isPending) return <Loading label="Recherche des créneaux libres…" />;
  if (week === null && first.isError) return <ErrorAlert error={first.error} title="Créneaux indisponibles" />;
  if (shownWeek === null) {
    return (
      <Stack gap="md">
        {props.modes.length > 1 && <ModeFilter {...props} mode={mode} onChange={setMode} />}
        {searchFrom > today ? (
          <Alert color="gray" variant="light" title="Aucun créneau libre">
            Aucun créneau n’est libre après le {formatDayMonth(searchFrom)}.{' '}
            <Button variant="subtle" size="compact-sm" onClick={() => searchFromDate(today, null)}>
              Revenir aux premiers créneaux
            </Button>
          </Alert>
        ) : (
          props.nothingFree
        )}
      </Stack>
    );
  }

  const sunday = addDays(shownWeek, 6);
  const days = (weekSlots.data ?? [])
    .map((d) => ({ date: d.date, slots: keep(d.slots) }))
    .filter((d) => d.slots.length > 0);
  const months = monthsBetween(today, props.lastDate);
  const canGoBack = shownWeek > firstWeek;
  const canGoOn = addDays(shownWeek, 7) <= props.lastDate;

  return (
    <Stack gap="md">
      {props.modes.length > 1 && <ModeFilter {...props} mode={mode} onChange={setMode} />}
      <Stack gap="xs">
        <Title order={props.headingOrder} size="h4" id={headingId} tabIndex={-1}>
          {capitalize(formatWeek(shownWeek))}
        </Title>
        {monthAsked && week === null && first.data && first.data.slice(0, 7) !== monthAsked.slice(0, 7) && (
          <Text size="sm">Aucun créneau libre en {formatMonth(monthAsked)} : voici les suivants.</Text>
        )}
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
          <Button
            variant="default"
            styles={WRAPPING}
            disabled={!canGoBack}
            onClick={() => goToWeek(addDays(shownWeek, -7))}
          >
            Semaine précédente
          </Button>
          <Button
            variant="default"
            styles={WRAPPING}
            disabled={!canGoOn}
            onClick={() => goToWeek(addDays(shownWeek, 7))}
          >
            Semaine suivante
          </Button>
          {months.length > 1 && (
            <NativeSelect
              aria-label="Aller au mois de"
              value=""
              style={{ gridColumn: 'span 2' }}
              onChange={(event) => {
                const month = event.currentTarget.value;
                if (month) searchFromDate(month, month);
              }}
              data={[
                { value: '', label: 'Aller au mois de…' },
                ...months.map((m) => ({ value: m, label: formatMonth(m) })),
              ]}
            />
          )}
        </SimpleGrid>
      </Stack>

      {weekSlots.isPending ? (
        <Loading label="Recherche des créneaux libres…" />
      ) : weekSlots.isError ? (
        <ErrorAlert error={weekSlots.error} title="Créneaux indisponibles" />
      ) : days.length === 0 ? (
        <Stack gap="xs" align="flex-start">
          <Text>Aucun créneau libre cette semaine.</Text>
          {addDays(sunday, 1) <= props.lastDate && (
            <Button variant="light" onClick={() => searchFromDate(addDays(sunday, 1), null)}>
              Voir le prochain créneau libre
            </Button>
          )}
        </Stack>
      ) : (
        <Stack gap="lg" aria-busy={weekSlots.isFetching}>
          {days.map((day) => (
            <Stack key={day.date} gap="xs">
              <Title order={(props.headingOrder + 1) as 3 | 4} size="h5">
                {capitalize(formatDayMonth(day.date))}
              </Title>
              {byPlace(day.slots).map(([place, slots]) => (
                <Stack key={place} gap={6}>
                  <Text size="sm" c="dimmed">
                    {place}
                  </Text>
                  <SimpleGrid cols={{ base: 3, xs: 4, sm: 6 }} spacing="xs" component="ul" style={LIST_RESET}>
                    {slots.map((slot) => {
                      const chosen =
                        props.chosen?.start === slot.start && props.chosen.permanenceId === slot.permanenceId;
                      return (
                        <li key={`${slot.permanenceId}-${slot.start}`}>
                          <Button
                            fullWidth
                            px={4}
                            variant={chosen ? 'filled' : 'outline'}
                            aria-pressed={chosen}
                            aria-label={`${formatSlot(day.date, slot.time)}, ${place}`}
                            onClick={() => props.onChoose({ date: day.date, slot })}
                          >
                            {formatTime(slot.time)}
                          </Button>
                        </li>
                      );
                    })}
                  </SimpleGrid>
                </Stack>
              ))}
            </Stack>
          ))}
        </Stack>
      )}
    </Stack>
  );
}

/** A button whose label may take two lines on a phone rather than be cut. */
const WRAPPING = {
  root: { height: 'auto', minHeight: 44, paddingBlock: 6 },
  label: { whiteSpace: 'normal', textAlign: 'center', lineHeight: 1.2 },
} as const;

const LIST_RESET = { listStyle: 'none', padding: 0, margin: 0 } as const;

function ModeFilter(props: {
  idPrefix: string;
  modes: { mode: string; label: string }[];
  mode: string;
  onChange(mode: string): void;
}) {
  return (
    <Radio.Group label="Comment souhaitez-vous échanger ?" value={props.mode} onChange={props.onChange}>
      <Group gap="md" mt={6}>
        <Radio value={ALL_MODES} label="Peu importe" id={`${props.idPrefix}-mode-toutes`} />
        {props.modes.map((m) => (
          <Radio key={m.mode} value={m.mode} label={m.label} id={`${props.idPrefix}-mode-${m.mode}`} />
        ))}
      </Group>
    </Radio.Group>
  );
}
