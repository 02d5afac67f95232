import { Alert, Button, Stack, Text } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { ApiError, api, unwrap } from '../../../api/client.js';
import { ErrorAlert } from '../../../components/feedback.js';
import { PageHeader } from '../../../components/page.js';
import { focusSoon } from '../../gestion/childminders/shared.js';

const RESULT_ID = 'annulation-resultat';

/** "/animations/annulation/{token}": the link of a parent's confirmation e-mail, to give her place back. */
export function CancelRegistrationPage() {
  const { token } = useParams({ from: '/public/animations/annulation/$token' });
  const cancel = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/public/activity-registrations/{token}/cancel', { params: { path: { token } } })),
    onSettled: () => focusSoon(RESULT_ID),
  });
  const unknown = cancel.error instanceof ApiError && (cancel.error.status === 404 || cancel.error.status === 400);
  return (
    <Stack gap="lg" maw={760}>
      <PageHeader title="Annuler mon inscription" />
      {cancel.isSuccess ? (
        <Alert id={RESULT_ID} tabIndex={-1} color="relais" variant="light" title="C’est fait">
          {cancel.data.message}
        </Alert>
      ) : unknown ? (
        <Alert id={RESULT_ID} tabIndex={-1} color="gray" variant="light" title="Inscription introuvable">
          Ce lien ne correspond à aucune inscription en cours : elle est peut-être déjà annulée, ou le lien est
          incomplet. Ouvrez-le directement depuis l’e-mail reçu.
        </Alert>
      ) : (
        <>
          <Text>
            Vous êtes inscrit·e à une animation d’un relais petite enfance. Vous ne pourrez pas venir ? Annulez : votre
            place ira à la personne suivante sur la liste d’attente.
          </Text>
          <div id={RESULT_ID} tabIndex={-1}>
            <ErrorAlert error={cancel.error} title="L’annulation n’a pas été enregistrée" />
          </div>
          <div>
            <Button size="md" loading={cancel.isPending} onClick={() => cancel.mutate()}>
              Annuler mon inscription
            </Button>
          </div>
        </>
      )}
    </Stack>
  );
}
