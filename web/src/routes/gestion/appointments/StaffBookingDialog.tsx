import { Alert, Button, Card, Group, Modal, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  reasonsQuery,
  staleAfterAppointment,
  type Appointment,
  type Reason,
  type SlotSource,
  type StaffBookingInput,
} from '../../../api/appointments.js';
import { ApiError, api, unwrap } from '../../../api/client.js';
import { communesQuery } from '../../../api/gestion.js';
import { ErrorAlert, Loading } from '../../../components/feedback.js';
import { addDays, formatDuration, formatSlot } from '../../../lib/appointment-format.js';
import { parisMoment } from '../../../lib/paris-time.js';
import { focusSoon } from '../childminders/shared.js';
import { blankPerson, PersonForm, type PersonValues } from '../../public/appointments/PersonForm.js';
import { SlotPicker, slotPlace, type ChosenSlot } from '../../public/appointments/SlotPicker.js';

/** How far ahead the staff may book for someone (no notice applies to them). */
const STAFF_HORIZON_DAYS = 180;
const PREFIX = 'pour-quelquun';

/**
 * "Book for someone": on the phone, the staff member picks the reason (even one not offered online),
 * a free slot, and types the person's details. The person gets the same confirmation by e-mail.
 */
export function StaffBookingDialog(props: {
  relaisId: string;
  opened: boolean;
  startDate: string;
  onClose(): void;
  onBooked(appointment: Appointment): void;
}) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} size="lg" title="Réserver un rendez-vous pour quelqu’un">
      {props.opened && <Booking {...props} />}
    </Modal>
  );
}

function Booking(props: { relaisId: string; startDate: string; onClose(): void; onBooked(a: Appointment): void }) {
  const { relaisId } = props;
  const queryClient = useQueryClient();
  const reasons = useQuery(reasonsQuery(relaisId));
  const communes = useQuery(communesQuery(relaisId));
  const [reasonId, setReasonId] = useState('');
  const [chosen, setChosen] = useState<ChosenSlot | null>(null);
  const [taken, setTaken] = useState<string | null>(null);
  const form = useForm<PersonValues>({ initialValues: blankPerson() });
  const source: SlotSource = { kind: 'staff', relaisId };
  const live = (reasons.data ?? []).filter((r) => !r.archived);
  const reason: Reason | undefined = live.find((r) => r.id === reasonId);
  const today = parisMoment().date;
  const territory = [...(communes.data ?? [])]
    .sort((a, b) => a.name.localeCompare(b.name, 'fr'))
    .map((c) => ({ inseeCode: c.inseeCode, name: c.name }));

  if (reasons.isPending) return <Loading />;
  if (reasons.isError) return <ErrorAlert error={reasons.error} />;
  if (live.length === 0) {
    return <Text>Aucun motif de rendez-vous n’est défini : créez-en un dans « Permanences et motifs ».</Text>;
  }

  return (
    <Stack gap="md">
      <NativeSelect
        label="Motif"
        value={reasonId}
        onChange={(event) => {
          setReasonId(event.currentTarget.value);
          setChosen(null);
          setTaken(null);
        }}
        data={[
          { value: '', label: 'Choisir le motif…' },
          ...live.map((r) => ({
            value: r.id,
            label: `${r.label} (${formatDuration(r.durationMinutes)})${r.bookableOnline ? '' : ' — hors ligne'}`,
          })),
        ]}
      />
      {taken && (
        <Alert id={`${PREFIX}-conflit`} tabIndex={-1} color="red" variant="light" title="Ce créneau n’est plus libre">
          {taken} Ce qui a été saisi est gardé.
        </Alert>
      )}
      {reason && !chosen && (
        <SlotPicker
          key={reason.id}
          source={source}
          reasonId={reason.id}
          modes={reason.modes}
          lastDate={addDays(today, STAFF_HORIZON_DAYS)}
          startDate={props.startDate}
          headingOrder={2}
          idPrefix={PREFIX}
          onChoose={(choice) => {
            setTaken(null);
            setChosen(choice);
            focusSoon(`${PREFIX}-creneau`);
          }}
          nothingFree={
            <Text>
              Aucun créneau libre pour ce motif dans les {STAFF_HORIZON_DAYS} prochains jours : ajoutez une permanence
              ou choisissez un autre motif.
            </Text>
          }
        />
      )}
      {reason && chosen && (
        <>
          <Card withBorder padding="sm" bg="relais.0">
            <Title order={2} size="h5" id={`${PREFIX}-creneau`} tabIndex={-1}>
              {formatSlot(chosen.date, chosen.slot.time)}
            </Title>
            <Text size="sm">{slotPlace(chosen.slot)}</Text>
            <Group mt={6}>
              <Button variant="default" size="compact-sm" onClick={() => setChosen(null)}>
                Changer de créneau
              </Button>
            </Group>
          </Card>
          <PersonForm
            prefix={PREFIX}
            form={form}
            reason={reason}
            mode={chosen.slot.mode}
            communes={territory}
            submitLabel="Réserver le rendez-vous"
            withConsent={false}
            staff
            onCancel={props.onClose}
            onSubmit={async (values) => {
              try {
                const booked = await unwrap(
                  api.POST('/api/relais/{relaisId}/appointments', {
                    params: { path: { relaisId } },
                    body: {
                      reasonId: reason.id,
                      permanenceId: chosen.slot.permanenceId,
                      start: chosen.slot.start,
                      name: values.name.trim(),
                      email: values.email.trim(),
                      phone: values.phone.trim(),
                      note: values.note.trim(),
                      public: values.public as StaffBookingInput['public'],
                      inseeCode: values.inseeCode || null,
                      familyId: null,
                    },
                  }),
                );
                await staleAfterAppointment(queryClient, relaisId);
                props.onBooked(booked);
              } catch (error) {
                if (error instanceof ApiError && error.status === 409 && error.code.startsWith('slot_')) {
                  await staleAfterAppointment(queryClient, relaisId);
                  setTaken(error.message);
                  setChosen(null);
                  focusSoon(`${PREFIX}-conflit`);
                  return;
                }
                throw error;
              }
            }}
          />
        </>
      )}
    </Stack>
  );
}
