import '../../../styles/mantine-request-form.css';
import {
  Alert,
  Anchor,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { audienceBringsChildren, hoursText, placesLeftText } from '../../../api/activities.js';
import { api, fieldErrors, unwrap } from '../../../api/client.js';
import type { paths } from '../../../api/schema.js';
import { ErrorAlert, Loading } from '../../../components/feedback.js';
import { Honeypot } from '../../../components/Honeypot.js';
import { PageHeader } from '../../../components/page.js';
import { relaisHref } from '../../../door/hrefs.js';
import { formatDate } from '../../../lib/format.js';

type Programme = paths['/api/public/relais/{slug}/activities']['get']['responses'][200]['content']['application/json'];
type PublicActivity = Programme['activities'][number];

const TITLE = 'Animations ouvertes aux parents';

/**
 * "/r/{slug}/animations": the relais's sessions open to parents (co-education evenings…); a parent
 * registers on her phone and gets an e-mail with the date for her calendar and a link to cancel.
 */
export function ProgrammePage() {
  const { slug } = useParams({ from: '/public/r/$slug/animations' });
  const programme = useQuery({
    queryKey: ['public', 'relais', slug, 'activities'],
    queryFn: () => unwrap(api.GET('/api/public/relais/{slug}/activities', { params: { path: { slug } } })),
  });
  const open = (programme.data?.activities ?? []).filter((a) => a.openToParents);
  return (
    <Stack gap="lg" maw={760}>
      <PageHeader title={TITLE} />
      {programme.isPending ? (
        <Loading />
      ) : programme.isError ? (
        <ErrorAlert error={programme.error} />
      ) : open.length === 0 ? (
        <Text>Aucune animation ouverte aux parents n’est prévue pour le moment.</Text>
      ) : (
        <Stack component="ul" gap="md" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {open.map((a) => (
            <Session key={a.id} slug={slug} activity={a} />
          ))}
        </Stack>
      )}
      <Text size="sm">
        <Anchor href={`/api/public/relais/${slug}/activities.ics`}>
          Toutes les animations du relais dans votre agenda (iCalendar)
        </Anchor>
      </Text>
      <div>
        <Button component="a" variant="default" href={relaisHref(slug)}>
          Retour à la page du relais
        </Button>
      </div>
    </Stack>
  );
}

function Session({ slug, activity: a }: { slug: string; activity: PublicActivity }) {
  const [registering, setRegistering] = useState(false);
  const titleId = `animation-${a.id}`;
  return (
    <Card component="li" withBorder padding="md" aria-labelledby={titleId}>
      <Title order={2} size="h4" id={titleId}>
        {a.title}
      </Title>
      <Text>
        {formatDate(a.date)}, {hoursText(a)}
      </Text>
      <Text size="sm">
        {a.siteName}
        {a.siteAddress && `, ${a.siteAddress}`}, {a.communeName}
      </Text>
      {a.description && (
        <Text size="sm" mt="xs">
          {a.description}
        </Text>
      )}
      <Text size="sm" c="dimmed" mt="xs">
        {placesLeftText(a)}
      </Text>
      {a.registration !== 'open' ? (
        <Text size="sm" mt="xs">
          {a.registration === 'not_yet' ? 'Les inscriptions ne sont pas encore ouvertes.' : 'Inscriptions closes.'}
        </Text>
      ) : registering ? (
        <RegistrationForm slug={slug} activity={a} onCancel={() => setRegistering(false)} />
      ) : (
        <Button mt="sm" onClick={() => setRegistering(true)}>
          M’inscrire
        </Button>
      )}
    </Card>
  );
}

function RegistrationForm(props: { slug: string; activity: PublicActivity; onCancel(): void }) {
  const a = props.activity;
  const withChildren = audienceBringsChildren(a.audience);
  const [values, setValues] = useState({
    name: '',
    email: '',
    phone: '',
    children: withChildren ? 1 : 0,
    consent: false,
  });
  const [website, setWebsite] = useState('');
  const send = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/public/relais/{slug}/activities/{activityId}/registrations', {
          params: { path: { slug: props.slug, activityId: a.id } },
          body: {
            name: values.name.trim(),
            email: values.email.trim(),
            phone: values.phone.trim(),
            children: values.children,
            consent: values.consent as true,
            ...(website ? { website } : {}),
          },
        }),
      ),
  });
  const fieldError = (field: string) => fieldErrors(send.error)[field];
  if (send.isSuccess) {
    return (
      <Alert color="relais" variant="light" mt="sm" role="status">
        {send.data.message}
      </Alert>
    );
  }
  const prefix = `inscription-${a.id}`;
  return (
    <Stack
      component="form"
      gap="sm"
      mt="sm"
      aria-label={`S’inscrire : ${a.title}`}
      onSubmit={(event) => {
        event.preventDefault();
        send.mutate();
      }}
    >
      <TextInput
        label="Votre nom"
        required
        autoComplete="name"
        value={values.name}
        onChange={(e) => setValues({ ...values, name: e.currentTarget.value })}
        error={fieldError('name')}
      />
      <TextInput
        label="Votre e-mail"
        type="email"
        required
        autoComplete="email"
        description="Pour la confirmation et le lien d’annulation."
        value={values.email}
        onChange={(e) => setValues({ ...values, email: e.currentTarget.value })}
        error={fieldError('email')}
      />
      <TextInput
        label="Votre téléphone (facultatif)"
        type="tel"
        autoComplete="tel"
        value={values.phone}
        onChange={(e) => setValues({ ...values, phone: e.currentTarget.value })}
        error={fieldError('phone')}
      />
      {withChildren && (
        <NumberInput
          label="Enfants qui vous accompagnent"
          min={0}
          max={8}
          value={values.children}
          onChange={(v) => setValues({ ...values, children: typeof v === 'number' ? v : 0 })}
          error={fieldError('children')}
        />
      )}
      <Checkbox
        label="J’accepte que le relais garde mon nom et mes coordonnées pour cette inscription."
        required
        checked={values.consent}
        onChange={(e) => setValues({ ...values, consent: e.currentTarget.checked })}
        error={fieldError('consent')}
      />
      <Honeypot id={`${prefix}-site`} value={website} onChange={setWebsite} />
      <ErrorAlert error={send.error} />
      <Group gap="sm">
        <Button type="submit" loading={send.isPending}>
          Confirmer mon inscription
        </Button>
        <Button variant="subtle" onClick={props.onCancel}>
          Annuler
        </Button>
      </Group>
    </Stack>
  );
}
