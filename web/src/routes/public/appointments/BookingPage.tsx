import '../../../styles/mantine-appointments.css';
import { Alert, Anchor, Badge, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { useEffect, useRef, useState, type ReactNode } from 'react';
import {
  publicReasonsQuery,
  slotsQuery,
  staleSlots,
  type BookingInput,
  type BookingResult,
  type PublicReason,
  type SlotSource,
} from '../../../api/appointments.js';
import { ApiError, api, unwrap } from '../../../api/client.js';
import { publicRelaisQuery } from '../../../api/public.js';
import type { PublicRelais } from '../../../api/types.js';
import { ErrorAlert, Loading } from '../../../components/feedback.js';
import { AnchorLink } from '../../../components/links.js';
import { PageHeader, usePageTitle } from '../../../components/page.js';
import { RelaisContact } from '../../../components/RelaisContact.js';
import { addDays, formatDuration } from '../../../lib/appointment-format.js';
import { parisMoment } from '../../../lib/paris-time.js';
import { focusSoon } from '../../gestion/childminders/shared.js';
import { AppointmentSummary } from './AppointmentSummary.js';
import { blankPerson, PersonForm, type PersonValues } from './PersonForm.js';
import { SlotPicker, type ChosenSlot } from './SlotPicker.js';
import { WaitlistForm } from './WaitlistForm.js';
import { relaisHref } from '../../../door/hrefs.js';

const ROUTE = '/public/r/$slug/rendez-vous';
const STEP_ID = 'rdv-etape';
const PREFIX = 'rdv';

/** The path of the person's page in the link the server gives ("https://…/rendez-vous/abc" → "abc"). */
export function tokenOf(manageUrl: string): string {
  return decodeURIComponent(manageUrl.split('/rendez-vous/')[1]?.split(/[?#]/)[0] ?? '');
}

/**
 * "/r/{slug}/rendez-vous": anyone books an appointment in three steps (the reason, a free slot, who
 * they are), phone first. Each step is in the address; what was typed stays when going back.
 */
export function BookingPage() {
  const { slug } = useParams({ from: ROUTE });
  const reasons = useQuery(publicReasonsQuery(slug));
  const relais = useQuery(publicRelaisQuery(slug));
  const [booked, setBooked] = useState<{ result: BookingResult; email: string } | null>(null);

  if (booked) return <Confirmation slug={slug} booked={booked} onAgain={() => setBooked(null)} />;
  if (reasons.isPending) return <Pending />;
  if (reasons.isError) return <Failed error={reasons.error} />;
  return (
    <Booking
      slug={slug}
      relaisName={reasons.data.relaisName}
      reasons={reasons.data.reasons}
      relais={relais.data}
      onBooked={(result, email) => {
        setBooked({ result, email });
        window.scrollTo({ top: 0 });
      }}
    />
  );
}

function Pending() {
  usePageTitle('Prendre rendez-vous');
  return <Loading />;
}

function Failed({ error }: { error: unknown }) {
  return (
    <>
      <PageHeader title="Prendre rendez-vous" />
      <ErrorAlert error={error} title="La prise de rendez-vous n’est pas disponible" />
    </>
  );
}

type RelaisData = PublicRelais;

function Booking(props: {
  slug: string;
  relaisName: string;
  reasons: PublicReason[];
  relais: RelaisData | undefined;
  onBooked(result: BookingResult, email: string): void;
}) {
  const { slug, reasons } = props;
  const search = useSearch({ from: ROUTE });
  const navigate = useNavigate({ from: '/r/$slug/rendez-vous' });
  const queryClient = useQueryClient();
  const source: SlotSource = { kind: 'public', slug };
  const reason = reasons.find((r) => r.id === search.motif) ?? null;
  const [chosen, setChosen] = useState<ChosenSlot | null>(null);
  /** Why the person is back at the slots (the one chosen was taken meanwhile). */
  const [conflict, setConflict] = useState<string | null>(null);
  const form = useForm<PersonValues>({ initialValues: blankPerson() });
  const step = !reason ? 1 : search.creneau ? 3 : 2;

  // A new step (not the first one shown): its heading takes the focus, as a new page would.
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    if (!conflict) focusSoon(STEP_ID);
  }, [step, conflict]);

  const chooseReason = (r: PublicReason) => {
    setConflict(null);
    setChosen(null);
    void navigate({ search: { motif: r.id } });
  };
  const chooseSlot = (choice: ChosenSlot) => {
    setConflict(null);
    setChosen(choice);
    void navigate({
      search: { motif: reason?.id, creneau: choice.slot.start, permanence: choice.slot.permanenceId },
    });
  };
  const backToSlots = (message: string | null) => {
    setConflict(message);
    void navigate({ search: { motif: reason?.id, date: chosen?.date } });
    if (message) focusSoon(`${PREFIX}-conflit`);
  };

  const communes = [...(props.relais?.communes ?? [])]
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
    .map((c) => ({ inseeCode: c.inseeCode, name: c.name }));

  return (
    <Stack gap="lg" maw={760}>
      <PageHeader title="Prendre rendez-vous" lead={props.relaisName} />
      <Text fw={600} c="relais.8" id={`${PREFIX}-progression`}>
        Étape {step} sur 3
      </Text>

      {step === 1 && (
        <Stack gap="md">
          <Title order={2} size="h3" id={STEP_ID} tabIndex={-1}>
            Pour quel motif ?
          </Title>
          {reasons.length === 0 ? (
            <NoReason relais={props.relais} />
          ) : (
            <Stack component="ul" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
              {reasons.map((r) => (
                <Card component="li" key={r.id} withBorder padding="md">
                  <Stack gap={6}>
                    <Title order={3} size="h4">
                      {r.label}
                    </Title>
                    {r.description && <Text size="sm">{r.description}</Text>}
                    <Group gap={6}>
                      <Badge variant="light" tt="none" size="lg" fw={600}>
                        {formatDuration(r.durationMinutes)}
                      </Badge>
                      {r.modes.map((m) => (
                        <Badge key={m.mode} variant="outline" color="gray.7" tt="none" size="lg" fw={500}>
                          {m.label}
                        </Badge>
                      ))}
                    </Group>
                    <Text size="sm" c="dimmed">
                      Pour : {r.audienceLabel.toLocaleLowerCase('fr')}
                    </Text>
                    <Group mt={4}>
                      <Button onClick={() => chooseReason(r)} aria-label={`Choisir : ${r.label}`}>
                        Choisir ce motif
                      </Button>
                    </Group>
                  </Stack>
                </Card>
              ))}
            </Stack>
          )}
        </Stack>
      )}

      {step === 2 && reason && (
        <Stack gap="md">
          <ChosenReason reason={reason} onChange={() => void navigate({ search: {} })} />
          <Title order={2} size="h3" id={STEP_ID} tabIndex={-1}>
            Choisissez un créneau
          </Title>
          {conflict && (
            <Alert
              id={`${PREFIX}-conflit`}
              tabIndex={-1}
              color="red"
              variant="light"
              title="Ce créneau n’est plus libre"
            >
              {conflict} Vos informations sont gardées : choisissez un autre créneau.
            </Alert>
          )}
          <SlotPicker
            key={reason.id}
            source={source}
            reasonId={reason.id}
            modes={reason.modes}
            lastDate={addDays(parisMoment().date, reason.maxNoticeDays)}
            startDate={search.date ?? chosen?.date}
            headingOrder={3}
            idPrefix={PREFIX}
            chosen={chosen ? { start: chosen.slot.start, permanenceId: chosen.slot.permanenceId } : null}
            onChoose={chooseSlot}
            nothingFree={<WaitlistForm slug={slug} reason={reason} />}
          />
        </Stack>
      )}

      {step === 3 && reason && search.creneau && search.permanence && (
        <SlotStep
          key={search.creneau}
          source={source}
          reason={reason}
          start={search.creneau}
          permanenceId={search.permanence}
          chosen={chosen}
          onFound={setChosen}
          onGone={() => backToSlots('Ce créneau n’est pas ou plus disponible.')}
          onChangeSlot={() => backToSlots(null)}
          onChangeReason={() => void navigate({ search: {} })}
        >
          {(slot) => (
            <PersonForm
              prefix={PREFIX}
              form={form}
              reason={reason}
              mode={slot.slot.mode}
              communes={communes}
              submitLabel="Confirmer le rendez-vous"
              withConsent
              onSubmit={async (values) => {
                try {
                  const result = await unwrap(
                    api.POST('/api/public/relais/{slug}/appointments', {
                      params: { path: { slug } },
                      body: {
                        reasonId: reason.id,
                        permanenceId: slot.slot.permanenceId,
                        start: slot.slot.start,
                        name: values.name.trim(),
                        email: values.email.trim(),
                        phone: values.phone.trim(),
                        note: values.note.trim(),
                        public: values.public as BookingInput['public'],
                        inseeCode: values.inseeCode || null,
                        consent: true,
                      },
                    }),
                  );
                  void staleSlots(queryClient, source, reason.id);
                  void navigate({ search: {}, replace: true });
                  props.onBooked(result, values.email.trim());
                } catch (error) {
                  if (error instanceof ApiError && error.status === 409 && error.code.startsWith('slot_')) {
                    await staleSlots(queryClient, source, reason.id);
                    backToSlots(error.message);
                    return;
                  }
                  throw error;
                }
              }}
            />
          )}
        </SlotStep>
      )}
    </Stack>
  );
}

function ChosenReason(props: { reason: PublicReason; onChange(): void }) {
  return (
    <Card withBorder padding="sm" bg="gray.0">
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Text>
          Motif : <strong>{props.reason.label}</strong> ({formatDuration(props.reason.durationMinutes)})
        </Text>
        <Button variant="subtle" size="compact-sm" onClick={props.onChange}>
          Changer de motif
        </Button>
      </Group>
    </Card>
  );
}

/**
 * Step 3: the slot chosen (found again among the free slots of its day after a reload), and the
 * form of the person.
 */
function SlotStep(props: {
  source: SlotSource;
  reason: PublicReason;
  start: string;
  permanenceId: string;
  chosen: ChosenSlot | null;
  onFound(choice: ChosenSlot): void;
  onGone(): void;
  onChangeSlot(): void;
  onChangeReason(): void;
  children(slot: ChosenSlot): ReactNode;
}) {
  const known =
    props.chosen && props.chosen.slot.start === props.start && props.chosen.slot.permanenceId === props.permanenceId
      ? props.chosen
      : null;
  const date = parisMoment(new Date(props.start)).date;
  const day = useQuery({ ...slotsQuery(props.source, props.reason.id, date, date), enabled: known === null });
  const found = known
    ? null
    : day.data
        ?.flatMap((d) => d.slots.map((slot) => ({ date: d.date, slot })))
        .find((c) => c.slot.start === props.start && c.slot.permanenceId === props.permanenceId);
  const { onFound, onGone } = props;
  useEffect(() => {
    if (known) return;
    if (found) onFound(found);
    else if (day.isSuccess) onGone();
  }, [known, found, day.isSuccess, onFound, onGone]);

  if (!known) {
    if (day.isError) return <ErrorAlert error={day.error} title="Créneau indisponible" />;
    return <Loading />;
  }
  return (
    <Stack gap="md">
      <Title order={2} size="h3" id={STEP_ID} tabIndex={-1}>
        Vos coordonnées
      </Title>
      <Card withBorder padding="md" bg="relais.0" component="section" aria-label="Le rendez-vous choisi">
        <AppointmentSummary
          reasonLabel={props.reason.label}
          date={known.date}
          startTime={known.slot.time}
          endTime={known.slot.endTime}
          mode={known.slot.mode}
          modeLabel={known.slot.modeLabel}
          placeLabel={known.slot.placeLabel}
          animatorFirstName={known.slot.animatorFirstName}
          durationMinutes={props.reason.durationMinutes}
        />
        <Group gap="xs" mt="sm">
          <Button variant="default" size="sm" onClick={props.onChangeSlot}>
            Changer de créneau
          </Button>
          <Button variant="subtle" size="sm" onClick={props.onChangeReason}>
            Changer de motif
          </Button>
        </Group>
      </Card>
      {props.children(known)}
    </Stack>
  );
}

function NoReason({ relais }: { relais: RelaisData | undefined }) {
  return (
    <Stack gap="sm">
      <Text>Ce relais ne propose pas encore de rendez-vous en ligne. Contactez-le directement :</Text>
      {relais && <RelaisContact relais={relais} />}
    </Stack>
  );
}

function Confirmation(props: { slug: string; booked: { result: BookingResult; email: string }; onAgain(): void }) {
  const { appointment, manageUrl } = props.booked.result;
  const token = tokenOf(manageUrl);
  useEffect(() => focusSoon('rdv-confirmation'), []);
  return (
    <Stack gap="lg" maw={760}>
      <PageHeader title="Votre rendez-vous est réservé" lead={appointment.relaisName} />
      <Alert id="rdv-confirmation" tabIndex={-1} color="relais" variant="light" title="C’est noté, merci !">
        {props.booked.email ? (
          <Text>
            Un e-mail de confirmation vous a été envoyé à <strong>{props.booked.email}</strong>. Il contient le
            rendez-vous à ajouter à votre agenda et un lien pour l’annuler ou le déplacer. Vous recevrez aussi un rappel
            deux jours avant.
          </Text>
        ) : (
          <Text>
            Vous n’avez pas indiqué d’adresse e-mail : notez bien ce rendez-vous. Pour l’annuler ou le déplacer, gardez
            le lien ci-dessous ou appelez le relais.
          </Text>
        )}
      </Alert>
      <Card withBorder padding="md" component="section" aria-labelledby="rdv-recapitulatif">
        <Title order={2} size="h3" id="rdv-recapitulatif" mb="sm">
          Récapitulatif
        </Title>
        <AppointmentSummary {...appointment} />
        <Text mt="sm" size="sm">
          Au nom de : {appointment.personName}
        </Text>
      </Card>
      <Stack gap="xs" align="flex-start">
        {token && (
          <AnchorLink to="/rendez-vous/$token" params={{ token }}>
            Annuler ou déplacer ce rendez-vous
          </AnchorLink>
        )}
        <Anchor
          component="button"
          type="button"
          onClick={() => {
            props.onAgain();
            window.scrollTo({ top: 0 });
          }}
        >
          Prendre un autre rendez-vous
        </Anchor>
        <Button component="a" href={relaisHref(props.slug)} variant="default" mt="sm">
          Retour à la page du relais
        </Button>
      </Stack>
    </Stack>
  );
}
