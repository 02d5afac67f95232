import '../../../styles/mantine-request-form.css';
import { Alert, Button, Card, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client.js';
import { offerFormQuery, type PublicOfferInput } from '../../../api/job-offers.js';
import { ErrorAlert, Loading } from '../../../components/feedback.js';
import { PageHeader } from '../../../components/page.js';
import { relaisHref } from '../../../door/hrefs.js';
import { focusSoon } from '../../gestion/childminders/shared.js';
import { BLANK_OFFER, OfferFields, toEditInput, type OfferValues } from './OfferFields.js';

const TITLE = 'Déposer une offre d’emploi';
const DONE_ID = 'offre-envoyee';

function toInput(v: OfferValues): PublicOfferInput {
  return {
    ...toEditInput(v),
    email: v.email.trim(),
    consent: v.consent as true,
    ...(v.website ? { website: v.website } : {}),
  };
}

/**
 * "/r/{slug}/offre-emploi": a parent describes the care she needs; once her e-mail is confirmed and
 * the relais has checked it, the offer goes to the childminders it fits.
 */
export function JobOfferFormPage() {
  const { slug } = useParams({ from: '/public/r/$slug/offre-emploi' });
  const form = useQuery(offerFormQuery(slug));
  const [sent, setSent] = useState<{ email: string; message: string } | null>(null);

  if (form.isPending) {
    return (
      <>
        <PageHeader title={TITLE} />
        <Loading />
      </>
    );
  }
  if (form.isError) {
    return (
      <>
        <PageHeader title={TITLE} />
        <ErrorAlert error={form.error} title="Le formulaire ne peut pas être affiché" />
      </>
    );
  }
  if (sent) {
    return (
      <Stack gap="lg" maw={720}>
        <PageHeader title="Offre enregistrée" />
        <Card withBorder padding="lg">
          <Stack gap="sm">
            <Title order={2} size="h3" id={DONE_ID} tabIndex={-1}>
              Encore une étape : confirmez votre adresse e-mail
            </Title>
            <Text>{sent.message}</Text>
            <Text style={{ overflowWrap: 'anywhere' }}>
              Ouvrez l’e-mail envoyé à <strong>{sent.email}</strong> et suivez son lien. Sans cette confirmation, le
              relais ne diffuse pas votre offre.
            </Text>
            <Alert color="relais" variant="light">
              <Text size="sm">
                Une question ? {form.data.relais.name} : {form.data.relais.phone}.
              </Text>
            </Alert>
          </Stack>
        </Card>
        <div>
          <Button component="a" href={relaisHref(slug)}>
            Retour à la page du relais
          </Button>
        </div>
      </Stack>
    );
  }
  return (
    <Stack gap="lg" maw={720}>
      <PageHeader
        title={TITLE}
        lead={`${form.data.relais.name} : décrivez l’accueil dont vous avez besoin. Après vérification, le relais l’envoie aux assistant·es maternel·les qui ont une place qui y correspond ; elles vous répondent par e-mail.`}
      />
      <OfferFields
        form={form.data}
        initial={BLANK_OFFER}
        creating
        submitLabel="Déposer mon offre"
        save={(values) =>
          unwrap(
            api.POST('/api/public/relais/{slug}/job-offers', { params: { path: { slug } }, body: toInput(values) }),
          )
        }
        onSaved={(result, values) => {
          setSent({ email: values.email.trim(), message: result.message });
          focusSoon(DONE_ID);
        }}
      />
    </Stack>
  );
}
