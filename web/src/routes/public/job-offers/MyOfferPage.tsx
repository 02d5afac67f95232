import '../../../styles/mantine-request-form.css';
import { Alert, Badge, Button, Card, Group, List, Radio, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { ApiError, api, unwrap } from '../../../api/client.js';
import {
  JOB_OFFER_OUTCOMES,
  offerFormQuery,
  PARENT_OUTCOMES,
  parentOfferKey,
  parentOfferQuery,
  type ParentOffer,
} from '../../../api/job-offers.js';
import { ErrorAlert, Loading, Notice } from '../../../components/feedback.js';
import { PageHeader, usePageTitle } from '../../../components/page.js';
import { formatDate } from '../../../lib/format.js';
import { focusSoon } from '../../gestion/childminders/shared.js';
import { OfferFields, toEditInput, valuesOf } from './OfferFields.js';

const TITLE = 'Mon offre d’emploi';
const NOTICE_ID = 'offre-avis';

/** "/offre-emploi/{token}": the parent's page, from the link of her e-mail. */
export function MyOfferPage() {
  const { token } = useParams({ from: '/public/offre-emploi/$token' });
  const query = useQuery(parentOfferQuery(token));
  if (query.isPending) return <Pending />;
  if (query.isError) return <Unknown error={query.error} />;
  return <MyOffer token={token} offer={query.data} />;
}

function Pending() {
  usePageTitle(TITLE);
  return <Loading />;
}

function Unknown({ error }: { error: unknown }) {
  const notFound = error instanceof ApiError && (error.status === 404 || error.status === 400);
  return (
    <Stack gap="md" maw={760}>
      <PageHeader title={TITLE} />
      {notFound ? (
        <Alert color="gray" variant="light" title="Ce lien ne mène à aucune offre">
          <Text>
            Le lien est peut-être incomplet : ouvrez-le directement depuis l’e-mail reçu, ou copiez-le en entier. Une
            offre close depuis longtemps est effacée.
          </Text>
        </Alert>
      ) : (
        <ErrorAlert error={error} title="L’offre ne peut pas être affichée" />
      )}
    </Stack>
  );
}

function MyOffer({ token, offer }: { token: string; offer: ParentOffer }) {
  const queryClient = useQueryClient();
  const [editing, setEditing] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const done = (next: ParentOffer, message: string) => {
    queryClient.setQueryData(parentOfferKey(token), next);
    setEditing(false);
    setNotice(message);
    focusSoon(NOTICE_ID);
  };
  const action = (path: 'verify' | 'renew', message: string) => ({
    mutationFn: () => unwrap(api.POST(`/api/public/job-offers/{token}/${path}`, { params: { path: { token } } })),
    onSuccess: (next: ParentOffer) => done(next, message),
  });
  const verify = useMutation(
    action('verify', 'Adresse confirmée : le relais va vérifier votre offre avant de la diffuser.'),
  );
  const renew = useMutation(action('renew', 'Votre offre est renouvelée.'));

  if (editing) {
    return (
      <Stack gap="lg" maw={720}>
        <PageHeader title="Modifier mon offre" />
        {offer.status === 'published' && (
          <Alert color="relais" variant="light">
            Votre offre modifiée sera vérifiée à nouveau par le relais avant d’être diffusée.
          </Alert>
        )}
        <EditForm
          token={token}
          offer={offer}
          onSaved={(next) => done(next, 'Vos modifications sont enregistrées.')}
          onCancel={() => setEditing(false)}
        />
      </Stack>
    );
  }

  return (
    <Stack gap="lg" maw={760}>
      <PageHeader title={TITLE} lead={`Accueil à ${offer.communeName} à partir du ${formatDate(offer.startOn)}.`} />
      <div id={NOTICE_ID} tabIndex={-1}>
        <Notice message={notice} onClose={() => setNotice(null)} />
      </div>
      <Card withBorder padding="lg" component="section" aria-labelledby="etat-titre">
        <Group justify="space-between" align="flex-start">
          <Title order={2} size="h3" id="etat-titre">
            État de l’offre
          </Title>
          <Badge variant="light" size="lg" tt="none">
            {offer.statusLabel}
          </Badge>
        </Group>
        <Text mt="sm">{offer.stateText}</Text>
        {offer.status === 'refused' && offer.refusalReason && (
          <Text mt="xs">
            Raison donnée par le relais : <em>{offer.refusalReason}</em>
          </Text>
        )}
        {offer.expiresOn && offer.status === 'published' && (
          <Text size="sm" c="dimmed" mt="xs">
            Diffusée jusqu’au {formatDate(offer.expiresOn)} ; vous pourrez la renouveler.
          </Text>
        )}
        <ErrorAlert error={verify.error ?? renew.error} />
        <Group gap="sm" mt="md">
          {offer.status === 'email_pending' && (
            <Button onClick={() => verify.mutate()} loading={verify.isPending}>
              Confirmer mon adresse e-mail
            </Button>
          )}
          {offer.canEdit && (
            <Button variant="outline" onClick={() => setEditing(true)}>
              Modifier mon offre
            </Button>
          )}
          {offer.canRenew && (
            <Button variant="outline" onClick={() => renew.mutate()} loading={renew.isPending}>
              Renouveler mon offre
            </Button>
          )}
        </Group>
      </Card>

      <Card withBorder padding="lg" component="section" aria-labelledby="besoin-titre">
        <Title order={2} size="h3" id="besoin-titre" mb="sm">
          Votre besoin
        </Title>
        <List spacing={4}>
          <List.Item>
            Où :{' '}
            {[
              offer.communeName,
              ...offer.communes.filter((c) => c.inseeCode !== offer.inseeCode).map((c) => c.name),
            ].join(', ')}
            {offer.radiusKm !== null && `, ou à ${offer.radiusKm} km au plus`}
          </List.Item>
          <List.Item>
            Quand : à partir du {formatDate(offer.startOn)}
            {offer.endOn && ` jusqu’au ${formatDate(offer.endOn)}`} — {offer.scheduleText} ({offer.weeklyHours} h par
            semaine{offer.atypicalHours && ', horaires atypiques'})
          </List.Item>
          <List.Item>
            {offer.childrenCount > 1 ? `${offer.childrenCount} enfants` : '1 enfant'}, {offer.childAgeMonths} mois au
            début de l’accueil
            {offer.disability && ', handicap ou maladie à prendre en compte'}
            {offer.emergency && ', urgent'}
          </List.Item>
          {offer.details && <List.Item>Précisions : {offer.details}</List.Item>}
          <List.Item>
            Votre téléphone {offer.showPhone ? 'est affiché' : 'n’est pas affiché'} aux assistant·es maternel·les.
          </List.Item>
        </List>
      </Card>

      {offer.canWithdraw && (
        <Withdraw
          token={token}
          onDone={(next) => done(next, 'Votre offre est retirée. Merci de nous avoir dit ce qu’il en est.')}
        />
      )}
    </Stack>
  );
}

function EditForm(props: { token: string; offer: ParentOffer; onSaved(next: ParentOffer): void; onCancel(): void }) {
  const form = useQuery(offerFormQuery(props.offer.relaisSlug));
  if (form.isPending) return <Loading />;
  if (form.isError) return <ErrorAlert error={form.error} />;
  return (
    <OfferFields
      form={form.data}
      initial={valuesOf(props.offer)}
      creating={false}
      submitLabel="Enregistrer les modifications"
      save={(values) =>
        unwrap(
          api.PUT('/api/public/job-offers/{token}', {
            params: { path: { token: props.token } },
            body: toEditInput(values),
          }),
        )
      }
      onSaved={(next) => props.onSaved(next)}
      onCancel={props.onCancel}
    />
  );
}

function Withdraw(props: { token: string; onDone(next: ParentOffer): void }) {
  const [outcome, setOutcome] = useState<(typeof PARENT_OUTCOMES)[number]>('filled_childminder');
  const withdraw = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/public/job-offers/{token}/withdraw', {
          params: { path: { token: props.token } },
          body: { outcome },
        }),
      ),
    onSuccess: props.onDone,
  });
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="retrait-titre">
      <Title order={2} size="h3" id="retrait-titre" mb="xs">
        Retirer mon offre
      </Title>
      <Text size="sm" mb="sm">
        Vous avez trouvé un mode d’accueil, ou vous n’en cherchez plus ? Dites-le au relais : cela l’aide à connaître
        les besoins du territoire.
      </Text>
      <Radio.Group
        label="Que s’est-il passé ?"
        value={outcome}
        onChange={(value) => setOutcome(value as (typeof PARENT_OUTCOMES)[number])}
      >
        <Stack gap="xs" mt={6}>
          {PARENT_OUTCOMES.map((key) => (
            <Radio key={key} value={key} label={JOB_OFFER_OUTCOMES[key]} />
          ))}
        </Stack>
      </Radio.Group>
      <ErrorAlert error={withdraw.error} />
      <Button color="red" variant="outline" mt="md" onClick={() => withdraw.mutate()} loading={withdraw.isPending}>
        Retirer mon offre
      </Button>
    </Card>
  );
}
