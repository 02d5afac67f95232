import {
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useState } from 'react';
import { agendaQuery, animatorsQuery, waitlistQuery, type Appointment } from '../../../api/appointments.js';
import { sitesQuery } from '../../../api/gestion.js';
import { ErrorAlert, Loading, Notice } from '../../../components/feedback.js';
import { ButtonLink } from '../../../components/links.js';
import {
  addDays,
  capitalize,
  formatDayMonth,
  formatHours,
  formatLongDate,
  formatShortDay,
  formatTime,
  formatWeek,
  isIsoDate,
  mondayOf,
} from '../../../lib/appointment-format.js';
import { formatDate, formatDateTime, plural } from '../../../lib/format.js';
import { parisMoment } from '../../../lib/paris-time.js';
import { StaffPage, useGestion } from '../context.js';
import { shortPlace, STATUS_COLORS, TO_MARK_COLOR, toMark } from './agenda.js';
import { AppointmentDialog } from './AppointmentDialog.js';
import { CalendarFeedDialog } from './CalendarFeedDialog.js';
import type { AgendaSearch } from './search.js';
import { StaffBookingDialog } from './StaffBookingDialog.js';

const ROUTE = '/gestion/rendez-vous';
const PERIOD_ID = 'agenda-periode';

/** "/gestion/rendez-vous": the appointments of a day or a week, by animator and venue, and what to do with each. */
export function AgendaPage() {
  return (
    <StaffPage
      title="Rendez-vous"
      action="appointments.read"
      lead="L’agenda des rendez-vous : réservés en ligne ou au téléphone, à marquer honorés ou non une fois passés."
    >
      {(relaisId) => <Agenda relaisId={relaisId} />}
    </StaffPage>
  );
}

function Agenda({ relaisId }: { relaisId: string }) {
  const gestion = useGestion();
  const search = useSearch({ from: ROUTE });
  const navigate = useNavigate({ from: ROUTE });
  const isPhone = useMediaQuery('(max-width: 47.99em)');
  const wide = useMediaQuery('(min-width: 75em)');
  const today = parisMoment().date;
  const view = search.vue ?? (isPhone ? 'jour' : 'semaine');
  const date = search.date ?? today;
  const from = view === 'jour' ? date : mondayOf(date);
  const to = view === 'jour' ? date : addDays(from, 6);
  const filters = {
    ...(search.animatrice ? { animatorId: search.animatrice } : {}),
    ...(search.lieu ? { siteId: search.lieu } : {}),
  };
  const list = useQuery(agendaQuery(relaisId, from, to, filters));
  const animators = useQuery(animatorsQuery(relaisId));
  const sites = useQuery(sitesQuery(relaisId, false));
  const [showCancelled, setShowCancelled] = useState(false);
  const [opened, setOpened] = useState<Appointment | null>(null);
  const [booking, setBooking] = useState(false);
  const [feed, setFeed] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const canBook = gestion.can('appointments.book');

  const refine = (patch: Partial<AgendaSearch>) =>
    void navigate({ search: (prev) => ({ ...prev, ...patch }), replace: true });
  const move = (days: number) => {
    refine({ date: addDays(date, days) });
    requestAnimationFrame(() => document.getElementById(PERIOD_ID)?.focus());
  };

  const all = list.data ?? [];
  const cancelled = all.filter((a) => a.status === 'cancelled').length;
  const shown = showCancelled ? all : all.filter((a) => a.status !== 'cancelled');
  const days = Array.from({ length: view === 'jour' ? 1 : 7 }, (_, i) => addDays(from, i));
  // The weekend shows only when something happens on it.
  const weekDays = days.filter((d, i) => i < 5 || shown.some((a) => a.date === d));
  const title =
    view === 'jour'
      ? capitalize(formatLongDate(date)) + (date === today ? ' (aujourd’hui)' : '')
      : capitalize(formatWeek(from));

  return (
    <Stack gap="md">
      <Group gap="sm">
        {canBook && <Button onClick={() => setBooking(true)}>Réserver pour quelqu’un</Button>}
        <Button variant="default" onClick={() => setFeed(true)}>
          S’abonner dans mon agenda
        </Button>
        {gestion.can('appointments.configure') && (
          <ButtonLink to="/gestion/rendez-vous/permanences" variant="subtle">
            Permanences et motifs
          </ButtonLink>
        )}
      </Group>

      <Notice message={notice} onClose={() => setNotice(null)} />

      <Card
        withBorder
        padding="md"
        component="form"
        role="search"
        aria-label="Choisir la période et les filtres"
        onSubmit={(event) => event.preventDefault()}
      >
        <Stack gap="sm">
          <Group gap="xs" wrap="wrap">
            <Group gap={0} role="group" aria-label="Affichage">
              <Button
                variant={view === 'jour' ? 'filled' : 'default'}
                aria-pressed={view === 'jour'}
                onClick={() => refine({ vue: 'jour' })}
                style={{ borderTopRightRadius: 0, borderBottomRightRadius: 0 }}
              >
                Jour
              </Button>
              <Button
                variant={view === 'semaine' ? 'filled' : 'default'}
                aria-pressed={view === 'semaine'}
                onClick={() => refine({ vue: 'semaine' })}
                style={{ borderTopLeftRadius: 0, borderBottomLeftRadius: 0 }}
              >
                Semaine
              </Button>
            </Group>
            <Group gap="xs">
              <Button variant="default" onClick={() => move(view === 'jour' ? -1 : -7)}>
                {view === 'jour' ? 'Jour précédent' : 'Semaine précédente'}
              </Button>
              <Button variant="default" onClick={() => refine({ date: undefined })} disabled={date === today}>
                Aujourd’hui
              </Button>
              <Button variant="default" onClick={() => move(view === 'jour' ? 1 : 7)}>
                {view === 'jour' ? 'Jour suivant' : 'Semaine suivante'}
              </Button>
            </Group>
          </Group>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" verticalSpacing="xs">
            <TextInput
              type="date"
              label="Aller au"
              value={date}
              onChange={(event) => {
                const value = event.currentTarget.value;
                if (isIsoDate(value)) refine({ date: value === today ? undefined : value });
              }}
            />
            <NativeSelect
              label="Animatrice ou animateur"
              value={search.animatrice ?? ''}
              onChange={(event) => refine({ animatrice: event.currentTarget.value || undefined })}
              data={[
                { value: '', label: 'Toute l’équipe' },
                ...(animators.data ?? []).map((a) => ({
                  value: a.id,
                  label: a.id === gestion.user.id ? `${a.name} (moi)` : a.name,
                })),
              ]}
            />
            <NativeSelect
              label="Lieu"
              value={search.lieu ?? ''}
              onChange={(event) => refine({ lieu: event.currentTarget.value || undefined })}
              data={[
                { value: '', label: 'Tous les lieux, téléphone et visio' },
                ...(sites.data ?? []).map((s) => ({ value: s.id, label: s.name })),
              ]}
            />
          </SimpleGrid>
          <Checkbox
            label={`Afficher les rendez-vous annulés ou déplacés${cancelled > 0 ? ` (${cancelled})` : ''}`}
            checked={showCancelled}
            onChange={(event) => setShowCancelled(event.currentTarget.checked)}
          />
        </Stack>
      </Card>

      <Stack gap={2}>
        <Title order={2} size="h3" id={PERIOD_ID} tabIndex={-1}>
          {title}
        </Title>
        <Text role="status" size="sm" c="dimmed">
          {list.data ? plural(shown.length, 'rendez-vous', 'rendez-vous') : '\u00a0'}
          {list.data && shown.some((a) => toMark(a))
            ? `, dont ${plural(shown.filter((a) => toMark(a)).length, 'à marquer honoré ou non', 'à marquer honorés ou non')}`
            : ''}
        </Text>
      </Stack>

      {list.isPending ? (
        <Loading />
      ) : list.isError ? (
        <ErrorAlert error={list.error} />
      ) : view === 'semaine' && wide ? (
        <SimpleGrid cols={weekDays.length} spacing="xs" aria-busy={list.isFetching}>
          {weekDays.map((d) => (
            <DayColumn
              key={d}
              date={d}
              today={today}
              appointments={shown.filter((a) => a.date === d)}
              compact
              onOpen={setOpened}
            />
          ))}
        </SimpleGrid>
      ) : (
        <Stack gap="lg" aria-busy={list.isFetching}>
          {(view === 'jour' ? days : weekDays).map((d) => (
            <DayColumn
              key={d}
              date={d}
              today={today}
              appointments={shown.filter((a) => a.date === d)}
              hideTitle={view === 'jour'}
              onOpen={setOpened}
            />
          ))}
        </Stack>
      )}

      <Waitlist relaisId={relaisId} />

      <AppointmentDialog
        relaisId={relaisId}
        appointment={opened}
        onClose={() => setOpened(null)}
        onChanged={(message) => {
          setOpened(null);
          setNotice(message);
        }}
      />
      {canBook && (
        <StaffBookingDialog
          relaisId={relaisId}
          opened={booking}
          startDate={date}
          onClose={() => setBooking(false)}
          onBooked={(a) => {
            setBooking(false);
            setNotice(
              `Rendez-vous réservé pour ${a.person.name} le ${formatLongDate(a.date)} à ${formatTime(a.startTime)}.${a.person.email ? ' Une confirmation lui a été envoyée par e-mail.' : ''}`,
            );
            refine({ date: a.date === today ? undefined : a.date });
          }}
        />
      )}
      <CalendarFeedDialog opened={feed} onClose={() => setFeed(false)} />
    </Stack>
  );
}

function DayColumn(props: {
  date: string;
  today: string;
  appointments: Appointment[];
  compact?: boolean;
  hideTitle?: boolean;
  onOpen(a: Appointment): void;
}) {
  const isToday = props.date === props.today;
  const label = capitalize(props.compact ? formatShortDay(props.date) : formatDayMonth(props.date));
  const headingId = `jour-${props.date}`;
  return (
    <Stack gap="xs" component="section" aria-labelledby={props.hideTitle ? PERIOD_ID : headingId} miw={0}>
      {!props.hideTitle && (
        <Title
          order={3}
          size="h5"
          id={headingId}
          c={isToday ? 'relais.8' : undefined}
          style={
            props.compact ? { borderBottom: '2px solid var(--mantine-color-gray-3)', paddingBottom: 4 } : undefined
          }
        >
          {label}
          {isToday && <span className="visually-hidden"> (aujourd’hui)</span>}
          {isToday && !props.compact && ' · aujourd’hui'}
        </Title>
      )}
      {props.appointments.length === 0 ? (
        <Text size="sm" c="dimmed">
          Aucun rendez-vous.
        </Text>
      ) : (
        <Stack component="ul" gap="xs" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {props.appointments.map((a) => (
            <AppointmentCard key={a.id} appointment={a} compact={props.compact} onOpen={props.onOpen} />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

function AppointmentCard(props: { appointment: Appointment; compact?: boolean; onOpen(a: Appointment): void }) {
  const a = props.appointment;
  const cancelled = a.status === 'cancelled';
  const pending = toMark(a);
  return (
    <Card
      component="li"
      withBorder
      padding={props.compact ? 'xs' : 'sm'}
      style={{
        borderLeft: `4px solid ${STATUS_COLORS[a.status] ?? STATUS_COLORS.cancelled}`,
        opacity: cancelled ? 0.75 : 1,
      }}
    >
      <Stack gap={4}>
        <Text fw={700} size={props.compact ? 'sm' : 'md'} td={cancelled ? 'line-through' : undefined}>
          {props.compact ? formatTime(a.startTime) : capitalize(formatHours(a.startTime, a.endTime))}
        </Text>
        <Text size="sm" fw={600} style={{ overflowWrap: 'anywhere' }}>
          {a.person.name}
        </Text>
        <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
          {a.reason.label}
        </Text>
        <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
          {shortPlace(a)} · {a.animator.name}
        </Text>
        {!props.compact && a.person.phone && (
          <Text size="xs" c="dimmed">
            Tél. {a.person.phone}
          </Text>
        )}
        <Group gap={4} wrap="wrap">
          <Badge variant="outline" color={STATUS_COLORS[a.status] ?? STATUS_COLORS.cancelled} tt="none" size="sm">
            {a.statusLabel}
          </Badge>
          {pending && (
            <Badge variant="filled" color={TO_MARK_COLOR} tt="none" size="sm">
              À marquer
            </Badge>
          )}
        </Group>
        <Button
          size="compact-sm"
          variant={pending ? 'filled' : 'light'}
          mt={2}
          aria-label={`Ouvrir le rendez-vous de ${formatTime(a.startTime)}, ${a.person.name}`}
          onClick={() => props.onOpen(a)}
        >
          Ouvrir
        </Button>
      </Stack>
    </Card>
  );
}

/** People waiting for a slot of a reason: they are told by e-mail when one frees up in their period. */
function Waitlist({ relaisId }: { relaisId: string }) {
  const list = useQuery(waitlistQuery(relaisId));
  if (list.isPending || list.isError || list.data.length === 0) return null;
  return (
    <Stack gap="xs" component="section" aria-labelledby="liste-attente-titre">
      <Title order={2} size="h4" id="liste-attente-titre">
        Liste d’attente ({list.data.length})
      </Title>
      <Text size="sm" c="dimmed">
        Ces personnes n’ont pas trouvé de créneau libre : elles reçoivent un e-mail dès qu’un créneau de leur période se
        libère.
      </Text>
      <Stack component="ul" gap={4} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
        {list.data.map((w) => (
          <Text component="li" key={w.id} size="sm">
            <strong>{w.name}</strong> ({w.email}) · {w.reason.label} · du {formatDate(w.wantedFrom)} au{' '}
            {formatDate(w.wantedTo)}
            {w.notifiedAt ? ` · prévenu·e le ${formatDateTime(w.notifiedAt)}` : ''}
          </Text>
        ))}
      </Stack>
    </Stack>
  );
}
