import '../../../styles/mantine-appointments.css';
import { Alert, Anchor, Button, Card, Group, Modal, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import {
  appointmentKeys,
  manageQuery,
  publicReasonsQuery,
  staleSlots,
  type PublicAppointment,
  type SlotSource,
} from '../../../api/appointments.js';
import { ApiError, api, errorMessage, unwrap } from '../../../api/client.js';
import { publicRelaisQuery } from '../../../api/public.js';
import { ErrorAlert, Loading } from '../../../components/feedback.js';
import { ButtonLink } from '../../../components/links.js';
import { PageHeader, usePageTitle } from '../../../components/page.js';
import { addDays, formatSlot } from '../../../lib/appointment-format.js';
import { telHref } from '../../../lib/format.js';
import { parisMoment } from '../../../lib/paris-time.js';
import { focusSoon } from '../../gestion/childminders/shared.js';
import { AppointmentSummary } from './AppointmentSummary.js';
import { SlotPicker, slotPlace, type ChosenSlot } from './SlotPicker.js';

const NOTICE_ID = 'rdv-avis';

/** "/rendez-vous/{token}": the person's page, from the link of her e-mail: see, cancel or move. */
export function ManagePage() {
  const { token } = useParams({ from: '/public/rendez-vous/$token' });
  const query = useQuery(manageQuery(token));
  if (query.isPending) return <Pending />;
  if (query.isError) return <Unknown error={query.error} />;
  return <Manage token={token} appointment={query.data} />;
}

function Pending() {
  usePageTitle('Mon rendez-vous');
  return <Loading />;
}

function Unknown({ error }: { error: unknown }) {
  const notFound = error instanceof ApiError && (error.status === 404 || error.status === 400);
  return (
    <Stack gap="md" maw={760}>
      <PageHeader title="Mon rendez-vous" />
      {notFound ? (
        <Alert color="gray" variant="light" title="Ce lien ne mène à aucun rendez-vous">
          <Text>
            Le lien est peut-être incomplet : ouvrez-le directement depuis l’e-mail reçu, ou copiez-le en entier.
          </Text>
          <Text mt="xs">En cas de doute, appelez le relais : l’équipe retrouvera votre rendez-vous.</Text>
        </Alert>
      ) : (
        <ErrorAlert error={error} title="Le rendez-vous ne peut pas être affiché" />
      )}
    </Stack>
  );
}

type Notice = { kind: 'cancelled' } | { kind: 'moved' } | null;

function Manage({ token, appointment }: { token: string; appointment: PublicAppointment }) {
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const [moving, setMoving] = useState(false);
  const [notice, setNotice] = useState<Notice>(null);
  const relais = useQuery(publicRelaisQuery(appointment.relaisSlug));
  const source: SlotSource = { kind: 'public', slug: appointment.relaisSlug };

  const updated = (next: PublicAppointment, kind: 'cancelled' | 'moved') => {
    queryClient.setQueryData(appointmentKeys.manage(token), next);
    void staleSlots(queryClient, source, next.reasonId);
    setNotice({ kind });
    setMoving(false);
    setConfirming(false);
    focusSoon(NOTICE_ID);
  };

  const cancel = useMutation({
    mutationFn: () => unwrap(api.POST('/api/public/appointments/{token}/cancel', { params: { path: { token } } })),
    onSuccess: (next) => updated(next, 'cancelled'),
  });

  const when = formatSlot(appointment.date, appointment.startTime);
  const status = appointment.status;
  const past = !appointment.canCancel && status === 'booked';

  return (
    <Stack gap="lg" maw={760}>
      <PageHeader title="Mon rendez-vous" lead={appointment.relaisName} />

      {notice?.kind === 'cancelled' && (
        <Alert id={NOTICE_ID} tabIndex={-1} color="relais" variant="light" title="Votre rendez-vous est annulé">
          Le créneau du {when} est libéré pour quelqu’un d’autre : merci d’avoir prévenu. Si vous avez indiqué une
          adresse e-mail, la confirmation de l’annulation vous y a été envoyée.
        </Alert>
      )}
      {notice?.kind === 'moved' && (
        <Alert id={NOTICE_ID} tabIndex={-1} color="relais" variant="light" title="Votre rendez-vous est déplacé">
          Il a lieu désormais le {when}. Si vous avez indiqué une adresse e-mail, une nouvelle confirmation vous y a été
          envoyée.
        </Alert>
      )}
      {!notice && status === 'cancelled' && (
        <Alert color="gray" variant="light" title="Ce rendez-vous a été annulé">
          Il n’aura pas lieu. Vous pouvez en prendre un autre quand vous le souhaitez.
        </Alert>
      )}
      {(status === 'honoured' || status === 'missed') && (
        <Alert color="gray" variant="light" title="Ce rendez-vous est passé">
          Il ne peut plus être modifié. Pour un nouveau rendez-vous, utilisez le bouton ci-dessous.
        </Alert>
      )}
      {past && (
        <Alert color="gray" variant="light" title="Ce rendez-vous a commencé ou est passé">
          Il ne peut plus être annulé ni déplacé en ligne. Si besoin, appelez le relais.
        </Alert>
      )}

      <Card withBorder padding="md" component="section" aria-labelledby="rdv-detail">
        <Group justify="space-between" align="flex-start" gap="xs" mb="sm">
          <Title order={2} size="h3" id="rdv-detail">
            {status === 'cancelled' ? 'Rendez-vous annulé' : 'Votre rendez-vous'}
          </Title>
          <Text fw={600} c={status === 'cancelled' ? 'red.7' : 'relais.8'}>
            {appointment.statusLabel}
          </Text>
        </Group>
        <AppointmentSummary {...appointment} />
        <Text mt="sm" size="sm">
          Au nom de : {appointment.personName}
        </Text>
      </Card>

      {appointment.canCancel && !moving && (
        <Stack gap="xs">
          {appointment.canMove && (
            <Button size="md" onClick={() => setMoving(true)}>
              Déplacer le rendez-vous
            </Button>
          )}
          <Button size="md" variant="default" color="red" onClick={() => setConfirming(true)}>
            Annuler le rendez-vous
          </Button>
        </Stack>
      )}

      {moving && appointment.canMove && (
        <MoveSection
          token={token}
          appointment={appointment}
          source={source}
          onMoved={(next) => updated(next, 'moved')}
          onClose={() => {
            setMoving(false);
            focusSoon('rdv-detail');
          }}
        />
      )}

      {(status !== 'booked' || notice?.kind === 'cancelled') && (
        <div>
          <ButtonLink to="/r/$slug/rendez-vous" params={{ slug: appointment.relaisSlug }} search={{}}>
            Prendre un nouveau rendez-vous
          </ButtonLink>
        </div>
      )}

      {relais.data?.phone && (
        <Text size="sm">
          Une question ? Appelez le relais au <Anchor href={telHref(relais.data.phone)}>{relais.data.phone}</Anchor>.
        </Text>
      )}

      <Modal
        opened={confirming}
        onClose={() => {
          cancel.reset();
          setConfirming(false);
        }}
        title="Annuler ce rendez-vous ?"
      >
        <Stack>
          <Text>
            Le rendez-vous « {appointment.reasonLabel} » du <strong>{when}</strong> sera annulé et le créneau proposé à
            d’autres personnes.
          </Text>
          <ErrorAlert error={cancel.error} title="Annulation impossible" />
          <Stack gap="xs">
            <Button color="red" loading={cancel.isPending} onClick={() => cancel.mutate()}>
              Oui, annuler le rendez-vous
            </Button>
            <Button variant="default" onClick={() => setConfirming(false)}>
              Non, garder le rendez-vous
            </Button>
          </Stack>
        </Stack>
      </Modal>
    </Stack>
  );
}

/** Another slot of the same reason: the picker, then a confirmation of the new date. */
function MoveSection(props: {
  token: string;
  appointment: PublicAppointment;
  source: SlotSource;
  onMoved(next: PublicAppointment): void;
  onClose(): void;
}) {
  const { appointment, source } = props;
  const queryClient = useQueryClient();
  const reasons = useQuery(publicReasonsQuery(appointment.relaisSlug));
  const reason = reasons.data?.reasons.find((r) => r.id === appointment.reasonId);
  const [chosen, setChosen] = useState<ChosenSlot | null>(null);
  const [taken, setTaken] = useState<string | null>(null);
  const move = useMutation({
    mutationFn: (choice: ChosenSlot) =>
      unwrap(
        api.POST('/api/public/appointments/{token}/move', {
          params: { path: { token: props.token } },
          body: { permanenceId: choice.slot.permanenceId, start: choice.slot.start },
        }),
      ),
    onSuccess: props.onMoved,
    onError: async (error) => {
      if (error instanceof ApiError && error.status === 409 && error.code.startsWith('slot_')) {
        await staleSlots(queryClient, source, appointment.reasonId);
        setTaken(error.message);
        setChosen(null);
        focusSoon('rdv-deplacement-conflit');
      }
    },
  });

  return (
    <Card withBorder padding="md" component="section" aria-labelledby="rdv-deplacement">
      <Stack gap="md">
        <Group justify="space-between" gap="xs">
          <Title order={2} size="h3" id="rdv-deplacement" tabIndex={-1}>
            Choisir un autre créneau
          </Title>
          <Button variant="subtle" size="compact-sm" onClick={props.onClose}>
            Ne pas déplacer
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          Le rendez-vous garde sa forme ({appointment.modeLabel.toLowerCase()}) : pour en changer, annulez-le puis
          prenez-en un autre.
        </Text>
        {taken && (
          <Alert
            id="rdv-deplacement-conflit"
            tabIndex={-1}
            color="red"
            variant="light"
            title="Ce créneau n’est plus libre"
          >
            {taken} Votre rendez-vous actuel est gardé.
          </Alert>
        )}
        {reasons.isPending ? (
          <Loading />
        ) : reasons.isError ? (
          <ErrorAlert error={reasons.error} />
        ) : !reason ? (
          <Text>Ce motif n’est plus proposé en ligne : pour changer de créneau, appelez le relais.</Text>
        ) : chosen ? (
          <Stack gap="sm">
            <Text>
              Nouveau créneau : <strong>{formatSlot(chosen.date, chosen.slot.time)}</strong>, {slotPlace(chosen.slot)}.
            </Text>
            <Text size="sm">L’ancien créneau ({formatSlot(appointment.date, appointment.startTime)}) sera libéré.</Text>
            {move.error && !(move.error instanceof ApiError && move.error.code.startsWith('slot_')) && (
              <Alert color="red" variant="light" title="Déplacement impossible">
                {errorMessage(move.error)}
              </Alert>
            )}
            <Stack gap="xs">
              <Button size="md" loading={move.isPending} onClick={() => move.mutate(chosen)}>
                Confirmer le déplacement
              </Button>
              <Button variant="default" onClick={() => setChosen(null)}>
                Choisir un autre créneau
              </Button>
            </Stack>
          </Stack>
        ) : (
          <SlotPicker
            source={source}
            reasonId={reason.id}
            modes={reason.modes.filter((m) => m.mode === appointment.mode)}
            lastDate={addDays(parisMoment().date, reason.maxNoticeDays)}
            headingOrder={3}
            idPrefix="deplacer"
            excludeStart={appointment.startsAt}
            onChoose={(choice) => {
              setTaken(null);
              move.reset();
              setChosen(choice);
            }}
            nothingFree={
              <Text>Aucun autre créneau n’est libre pour le moment. Votre rendez-vous actuel est gardé.</Text>
            }
          />
        )}
      </Stack>
    </Card>
  );
}
