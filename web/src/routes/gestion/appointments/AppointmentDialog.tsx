import { Alert, Anchor, Badge, Button, Group, List, Modal, Stack, Text, Textarea, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client.js';
import { staleAfterContact } from '../../../api/contacts.js';
import { appointmentKeys, staleAfterAppointment, type Appointment } from '../../../api/appointments.js';
import { ErrorAlert, Loading } from '../../../components/feedback.js';
import { AnchorLink } from '../../../components/links.js';
import { capitalize, formatHours, formatLongDate, formatTime } from '../../../lib/appointment-format.js';
import { formatDateTime, telHref } from '../../../lib/format.js';
import { SummaryLine } from '../../public/appointments/AppointmentSummary.js';
import { useGestion } from '../context.js';
import { STATUS_COLORS, TO_MARK_COLOR, toMark } from './agenda.js';

type Outcome = 'honoured' | 'missed' | 'cancelled';

const CONFIRM_LABELS: Record<Outcome, string> = {
  honoured: 'Oui, marquer honoré',
  missed: 'Oui, marquer non honoré',
  cancelled: 'Oui, annuler le rendez-vous',
};

/** An appointment of the agenda: who, what, where, its history; mark it honoured, missed or cancel it. */
export function AppointmentDialog(props: {
  relaisId: string;
  appointment: Appointment | null;
  onClose(): void;
  onChanged(message: string): void;
}) {
  const a = props.appointment;
  return (
    <Modal
      opened={a !== null}
      onClose={props.onClose}
      size="lg"
      title={a ? `Rendez-vous du ${formatLongDate(a.date)} à ${formatTime(a.startTime)}` : 'Rendez-vous'}
    >
      {a && <Details key={a.id} relaisId={props.relaisId} appointment={a} onChanged={props.onChanged} />}
    </Modal>
  );
}

function Details(props: { relaisId: string; appointment: Appointment; onChanged(message: string): void }) {
  const { relaisId, appointment: a } = props;
  const gestion = useGestion();
  const queryClient = useQueryClient();
  const [asked, setAsked] = useState<Outcome | null>(null);
  const [why, setWhy] = useState('');
  const detail = useQuery({
    queryKey: [...appointmentKeys.agenda(relaisId), 'detail', a.id],
    queryFn: () =>
      unwrap(
        api.GET('/api/relais/{relaisId}/appointments/{appointmentId}', {
          params: { path: { relaisId, appointmentId: a.id } },
        }),
      ),
  });
  const mark = useMutation({
    mutationFn: (status: Outcome) =>
      unwrap(
        api.POST('/api/relais/{relaisId}/appointments/{appointmentId}/status', {
          params: { path: { relaisId, appointmentId: a.id } },
          body: { status, reason: status === 'cancelled' ? why.trim() : '' },
        }),
      ),
    onSuccess: async (next, status) => {
      await Promise.all([
        staleAfterAppointment(queryClient, relaisId),
        ...staleAfterContact(relaisId).map((queryKey) => queryClient.invalidateQueries({ queryKey })),
      ]);
      const who = `${next.person.name}, ${formatLongDate(next.date)} à ${formatTime(next.startTime)}`;
      props.onChanged(
        status === 'honoured'
          ? `Rendez-vous marqué honoré (${who}) : il compte dans le journal des contacts.`
          : status === 'missed'
            ? `Rendez-vous marqué non honoré (${who}).`
            : `Rendez-vous annulé (${who}).${next.person.email ? ' La personne est prévenue par e-mail.' : ''}`,
      );
    },
  });
  const canBook = gestion.can('appointments.book');
  const [now] = useState(() => Date.now());
  const started = Date.parse(a.startsAt) <= now;
  const events = detail.data?.events ?? [];

  return (
    <Stack gap="md">
      <Group gap="xs">
        <Badge variant="outline" color={STATUS_COLORS[a.status] ?? STATUS_COLORS.cancelled} tt="none" size="lg">
          {a.statusLabel}
        </Badge>
        {toMark(a, now) && (
          <Text size="sm" c={TO_MARK_COLOR} fw={600}>
            Passé : à marquer honoré ou non.
          </Text>
        )}
      </Group>

      <Stack component="dl" gap={6} m={0}>
        <SummaryLine term="Motif">{a.reason.label}</SummaryLine>
        <SummaryLine term="Heure">{capitalize(formatHours(a.startTime, a.endTime))}</SummaryLine>
        <SummaryLine term={a.mode === 'in_person' ? 'Lieu' : 'Modalité'}>{a.placeLabel}</SummaryLine>
        <SummaryLine term="Avec">{a.animator.name}</SummaryLine>
        <SummaryLine term="Personne">
          {a.person.name} ({a.publicLabel.toLocaleLowerCase('fr')}
          {a.communeName ? `, ${a.communeName}` : ''})
        </SummaryLine>
        {a.person.phone && (
          <SummaryLine term="Téléphone">
            <Anchor href={telHref(a.person.phone)}>{a.person.phone}</Anchor>
          </SummaryLine>
        )}
        {a.person.email && (
          <SummaryLine term="E-mail">
            <Anchor href={`mailto:${a.person.email}`} style={{ overflowWrap: 'anywhere' }}>
              {a.person.email}
            </Anchor>
          </SummaryLine>
        )}
        {a.person.note && (
          <SummaryLine term="Message">
            <span className="multiline">{a.person.note}</span>
          </SummaryLine>
        )}
        {a.family && <SummaryLine term="Famille">{a.family.name}</SummaryLine>}
        <SummaryLine term="Réservé">
          {a.bookedVia === 'online' ? 'en ligne par la personne' : `par ${a.bookedBy ?? 'l’équipe'}`}, le{' '}
          {formatDateTime(a.createdAt)}
        </SummaryLine>
        {a.contactId && (
          <SummaryLine term="Journal">
            compté comme un contact (
            <AnchorLink to="/gestion/contacts" search={{ canal: 'appointment' }}>
              voir le journal
            </AnchorLink>
            )
          </SummaryLine>
        )}
      </Stack>

      <section aria-labelledby="rdv-historique">
        <Title order={3} size="h5" id="rdv-historique" mb={4}>
          Historique
        </Title>
        {detail.isPending ? (
          <Loading />
        ) : detail.isError ? (
          <ErrorAlert error={detail.error} />
        ) : (
          <List size="sm" spacing={2}>
            {events.map((e, i) => (
              <List.Item key={`${e.at}-${i}`}>
                {formatDateTime(e.at)} — {e.summary} ({e.actor})
              </List.Item>
            ))}
          </List>
        )}
      </section>

      {canBook && a.status === 'booked' && !asked && (
        <Stack gap="xs">
          {started ? (
            <Group gap="xs" grow>
              <Button onClick={() => setAsked('honoured')}>Marquer honoré</Button>
              <Button variant="default" onClick={() => setAsked('missed')}>
                Marquer non honoré (absence)
              </Button>
            </Group>
          ) : (
            <Text size="sm" c="dimmed">
              Une fois commencé, il pourra être marqué honoré ou non.
            </Text>
          )}
          <Button variant="default" color="red" onClick={() => setAsked('cancelled')}>
            Annuler le rendez-vous
          </Button>
        </Stack>
      )}

      {asked && (
        <Alert
          color={asked === 'cancelled' ? 'red' : 'relais'}
          variant="light"
          title={
            asked === 'honoured'
              ? 'Marquer ce rendez-vous honoré ?'
              : asked === 'missed'
                ? 'Marquer ce rendez-vous non honoré ?'
                : 'Annuler ce rendez-vous ?'
          }
        >
          <Stack gap="sm">
            {asked === 'honoured' && (
              <Text size="sm">
                La personne est venue (ou a été appelée). Le rendez-vous sera compté dans le journal des contacts.
              </Text>
            )}
            {asked === 'missed' && <Text size="sm">La personne ne s’est pas présentée et n’a pas prévenu.</Text>}
            {asked === 'cancelled' && (
              <>
                <Text size="sm">
                  {a.person.email
                    ? `La personne sera prévenue par e-mail (${a.person.email}), avec le motif ci-dessous s’il est donné. Le créneau redevient libre.`
                    : `La personne n’a pas donné d’adresse e-mail : prévenez-la vous-même${a.person.phone ? ` au ${a.person.phone}` : ''}. Le créneau redevient libre.`}
                </Text>
                <Textarea
                  label="Motif communiqué à la personne (facultatif)"
                  maxLength={200}
                  autosize
                  minRows={2}
                  value={why}
                  onChange={(event) => setWhy(event.currentTarget.value)}
                />
              </>
            )}
            <ErrorAlert error={mark.error} title="Le statut n’a pas changé" />
            <Group gap="xs">
              <Button
                color={asked === 'cancelled' ? 'red' : undefined}
                loading={mark.isPending}
                onClick={() => mark.mutate(asked)}
              >
                {CONFIRM_LABELS[asked]}
              </Button>
              <Button
                variant="default"
                onClick={() => {
                  mark.reset();
                  setAsked(null);
                }}
              >
                Retour
              </Button>
            </Group>
          </Stack>
        </Alert>
      )}
    </Stack>
  );
}
