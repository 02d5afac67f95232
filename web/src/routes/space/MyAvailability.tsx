import { Alert, Button, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, ApiError, unwrap } from '../../api/client.js';
import { ErrorAlert, Loading } from '../../components/feedback.js';
import {
  MY_AVAILABILITY_KEY as KEY,
  SlotFields,
  slotsOf,
  slotText,
  useMyAvailability,
  type Slot,
} from './SlotFields.js';

const frDateTime = (iso: string) =>
  new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'long' }).format(new Date(iso));

/** A childminder's free places: confirm in one click that they are still true, or update them. */
export function MyAvailability() {
  const queryClient = useQueryClient();
  const query = useMyAvailability();
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
                  <Text>{slotText(s)}</Text>
                </li>
              ))}
            </Stack>
          )}
          <ErrorAlert error={confirm.error} />
          <Group gap="sm">
            <Button onClick={() => confirm.mutate()} loading={confirm.isPending}>
              C’est toujours vrai
            </Button>
            <Button variant="default" onClick={() => setEditing(slotsOf(query.data))}>
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
  return (
    <Stack
      component="form"
      gap="md"
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        save.mutate(slots);
      }}
    >
      <SlotFields slots={slots} onChange={onChange} error={save.error} />
      <ErrorAlert error={save.error} />
      <Group gap="sm">
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
