import { Alert, Button, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { ApiError, api, unwrap } from '../../../api/client.js';
import { ErrorAlert } from '../../../components/feedback.js';
import { PageHeader } from '../../../components/page.js';
import { focusSoon } from '../../gestion/childminders/shared.js';

/** "/rendez-vous/liste-attente/{token}": the link of the waiting list's e-mail, to stop being told. */
export function LeaveWaitlistPage() {
  const { token } = useParams({ from: '/public/rendez-vous/liste-attente/$token' });
  const leave = useMutation({
    mutationFn: () => unwrap(api.DELETE('/api/public/appointment-waitlist/{token}', { params: { path: { token } } })),
    onSettled: () => focusSoon('attente-resultat'),
  });
  const unknown = leave.error instanceof ApiError && (leave.error.status === 404 || leave.error.status === 400);
  return (
    <Stack gap="lg" maw={760}>
      <PageHeader title="Liste d’attente des rendez-vous" />
      {leave.isSuccess ? (
        <Alert id="attente-resultat" tabIndex={-1} color="relais" variant="light" title="C’est fait">
          Vous êtes retiré·e de la liste d’attente : vous ne recevrez plus d’e-mail pour ce motif.
        </Alert>
      ) : unknown ? (
        <Alert id="attente-resultat" tabIndex={-1} color="gray" variant="light" title="Inscription introuvable">
          Ce lien ne correspond à aucune inscription : il est peut-être incomplet. Ouvrez-le directement depuis l’e-mail
          reçu.
        </Alert>
      ) : (
        <>
          <Text>
            Vous êtes inscrit·e sur la liste d’attente d’un relais petite enfance, pour être prévenu·e par e-mail quand
            un créneau de rendez-vous se libère. Vous ne le souhaitez plus ?
          </Text>
          <div id="attente-resultat" tabIndex={-1}>
            <ErrorAlert error={leave.error} title="Le retrait n’a pas été enregistré" />
          </div>
          <div>
            <Button size="md" loading={leave.isPending} onClick={() => leave.mutate()}>
              Me retirer de la liste d’attente
            </Button>
          </div>
        </>
      )}
    </Stack>
  );
}
