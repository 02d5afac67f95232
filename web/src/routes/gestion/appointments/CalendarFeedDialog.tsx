import { Alert, Button, CopyButton, Group, List, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client.js';
import { appointmentKeys, feedQuery } from '../../../api/appointments.js';
import { ErrorAlert, Loading } from '../../../components/feedback.js';
import { formatDateTime } from '../../../lib/format.js';
import { focusSoon } from '../childminders/shared.js';

const URL_ID = 'agenda-adresse';

/**
 * "S'abonner dans mon agenda": the secret address of the signed-in member's appointments as an
 * iCalendar feed, for a phone or a mail client. The server shows an address once: a lost one is
 * replaced by a new one (the old one stops working).
 */
export function CalendarFeedDialog(props: { opened: boolean; onClose(): void }) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} size="lg" title="S’abonner à mes rendez-vous dans mon agenda">
      {props.opened && <Feed />}
    </Modal>
  );
}

function Feed() {
  const queryClient = useQueryClient();
  const state = useQuery(feedQuery);
  const [url, setUrl] = useState<string | null>(null);
  const [revoked, setRevoked] = useState(false);
  const create = useMutation({
    mutationFn: () => unwrap(api.POST('/api/me/calendar-feed')),
    onSuccess: async (feed) => {
      setUrl(feed.url);
      setRevoked(false);
      await queryClient.invalidateQueries({ queryKey: appointmentKeys.feed });
      focusSoon(URL_ID);
    },
  });
  const revoke = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/me/calendar-feed')),
    onSuccess: async () => {
      setUrl(null);
      setRevoked(true);
      await queryClient.invalidateQueries({ queryKey: appointmentKeys.feed });
    },
  });

  if (state.isPending) return <Loading />;
  if (state.isError) return <ErrorAlert error={state.error} />;
  const active = state.data.active;

  return (
    <Stack gap="md">
      <Text>
        Vos rendez-vous (ceux que vous tenez) s’affichent dans l’agenda de votre téléphone ou de votre messagerie, et se
        mettent à jour tout seuls (en général en quelques heures, selon l’agenda). Seuls le prénom et l’initiale du nom
        des personnes y figurent.
      </Text>

      {url ? (
        <Stack gap="xs">
          <TextInput
            id={URL_ID}
            label="Adresse d’abonnement (secrète)"
            description="Copiez-la dans votre agenda. Elle ne sera plus affichée : gardez-la pour vous, ne la partagez pas."
            value={url}
            readOnly
            onFocus={(event) => event.currentTarget.select()}
          />
          <Group gap="xs">
            <CopyButton value={url}>
              {({ copied, copy }) => (
                <Button onClick={copy} color={copied ? 'teal' : undefined}>
                  {copied ? 'Adresse copiée' : 'Copier l’adresse'}
                </Button>
              )}
            </CopyButton>
            <Button component="a" href={url.replace(/^https?:/, 'webcal:')} variant="default">
              Ouvrir dans mon agenda
            </Button>
          </Group>
          <Text size="sm" fw={600} mt="xs">
            Où la coller :
          </Text>
          <List size="sm" spacing={2}>
            <List.Item>
              iPhone : Réglages › Calendrier › Comptes › Ajouter un compte › Autre › Calendrier avec abonnement.
            </List.Item>
            <List.Item>Google Agenda (depuis un ordinateur) : Autres agendas › + › À partir de l’URL.</List.Item>
            <List.Item>Outlook : Ajouter un calendrier › S’abonner à partir du web.</List.Item>
          </List>
        </Stack>
      ) : active ? (
        <Alert color="relais" variant="light" title="Un abonnement est actif">
          Son adresse a été créée le {formatDateTime(state.data.createdAt)}. Pour des raisons de sécurité, elle n’est
          affichée qu’une fois : si vous l’avez perdue, créez-en une nouvelle. L’ancienne cessera aussitôt de
          fonctionner (à remplacer dans vos agendas).
        </Alert>
      ) : (
        <Text>
          {revoked
            ? 'L’abonnement est désactivé : l’ancienne adresse ne fonctionne plus.'
            : 'Aucun abonnement pour le moment.'}
        </Text>
      )}

      <ErrorAlert error={create.error ?? revoke.error} />
      <Group gap="xs">
        <Button onClick={() => create.mutate()} loading={create.isPending} variant={url ? 'default' : 'filled'}>
          {active || url ? 'Créer une nouvelle adresse' : 'Créer mon adresse d’abonnement'}
        </Button>
        {(active || url) && (
          <Button variant="subtle" color="red" onClick={() => revoke.mutate()} loading={revoke.isPending}>
            Désactiver l’abonnement
          </Button>
        )}
      </Group>
    </Stack>
  );
}
