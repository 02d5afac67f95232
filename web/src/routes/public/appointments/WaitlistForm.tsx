import { Alert, Button, Card, Checkbox, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client.js';
import type { PublicReason } from '../../../api/appointments.js';
import { addDays, formatLongDate, isIsoDate } from '../../../lib/appointment-format.js';
import { parisMoment } from '../../../lib/paris-time.js';
import {
  ErrorSummary,
  focusSoon,
  inputId,
  useErrorSummary,
  type FormErrors,
} from '../../gestion/childminders/shared.js';

/** The server keeps a wish for the coming 90 days at most. */
const MAX_WAIT_DAYS = 90;
const PREFIX = 'attente';

interface Values {
  name: string;
  email: string;
  from: string;
  to: string;
  consent: boolean;
}

const LABELS: Record<string, string> = {
  name: 'Nom et prénom',
  email: 'Adresse e-mail',
  from: 'Du',
  to: 'Au',
  consent: 'Accord',
};

function validate(v: Values, today: string): FormErrors {
  const errors: FormErrors = {};
  if (v.name.trim().length < 2) errors.name = 'Le nom doit compter au moins 2 caractères.';
  if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(v.email.trim())) {
    errors.email = 'Indiquez une adresse e-mail valide : c’est par elle que vous serez prévenu·e.';
  }
  if (!isIsoDate(v.from)) errors.from = 'Indiquez la date de début (jour, mois, année).';
  if (!isIsoDate(v.to)) errors.to = 'Indiquez la date de fin (jour, mois, année).';
  else if (v.to < today) errors.to = 'Cette date est déjà passée.';
  else if (isIsoDate(v.from) && v.to < v.from) errors.to = 'La date de fin précède la date de début.';
  else if (v.to > addDays(today, MAX_WAIT_DAYS)) errors.to = `Au plus ${MAX_WAIT_DAYS} jours à l’avance.`;
  if (!v.consent) errors.consent = 'Cochez la case pour que le relais puisse vous prévenir.';
  return errors;
}

/** Nothing free for a reason: the person leaves an e-mail address to be told when a slot frees up. */
export function WaitlistForm(props: { slug: string; reason: PublicReason }) {
  const today = parisMoment().date;
  const form = useForm<Values>({
    initialValues: { name: '', email: '', from: today, to: addDays(today, 30), consent: false },
  });
  const summary = useErrorSummary(form, `${PREFIX}-erreurs`);
  const join = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/api/public/relais/{slug}/appointment-waitlist', {
          params: { path: { slug: props.slug } },
          body: {
            reasonId: props.reason.id,
            name: v.name.trim(),
            email: v.email.trim(),
            from: v.from,
            to: v.to,
            consent: true,
          },
        }),
      ),
    onSuccess: () => focusSoon(`${PREFIX}-ok`),
    onError: (error) => summary.showServerErrors(error),
  });
  const field = (name: keyof Values) => ({ id: inputId(PREFIX, name), ...form.getInputProps(name) });

  return (
    <Card withBorder padding="md" component="section" aria-labelledby={`${PREFIX}-titre`}>
      <Stack gap="sm">
        <Title order={3} size="h4" id={`${PREFIX}-titre`}>
          Aucun créneau libre pour le moment
        </Title>
        {join.isSuccess ? (
          <Alert
            id={`${PREFIX}-ok`}
            tabIndex={-1}
            color="relais"
            variant="light"
            title="Vous êtes sur la liste d’attente"
          >
            {join.data.message} Période : du {formatLongDate(form.values.from)} au {formatLongDate(form.values.to)}.
          </Alert>
        ) : (
          <>
            <Text>
              Aucun créneau « {props.reason.label} » n’est libre en ce moment. Laissez votre adresse e-mail : dès qu’un
              créneau se libère dans la période choisie, un e-mail vous prévient. Vous pouvez aussi appeler le relais.
            </Text>
            <form
              noValidate
              aria-label="Liste d’attente"
              onSubmit={(event) => {
                event.preventDefault();
                summary.clear();
                const errors = validate(form.getValues(), today);
                form.setErrors(errors);
                if (Object.keys(errors).length > 0) summary.show(errors);
                else join.mutate(form.getValues());
              }}
            >
              <Stack gap="sm">
                <ErrorSummary
                  id={`${PREFIX}-erreurs`}
                  title="L’inscription n’a pas été enregistrée"
                  errors={summary.errors}
                  labels={LABELS}
                  prefix={PREFIX}
                  error={join.error}
                />
                <TextInput label="Nom et prénom" withAsterisk autoComplete="name" {...field('name')} />
                <TextInput
                  type="email"
                  label="Adresse e-mail"
                  withAsterisk
                  autoComplete="email"
                  inputMode="email"
                  {...field('email')}
                />
                <SimpleGrid cols={2} spacing="sm">
                  <TextInput type="date" label="Du" withAsterisk min={today} {...field('from')} />
                  <TextInput
                    type="date"
                    label="Au"
                    withAsterisk
                    min={today}
                    max={addDays(today, MAX_WAIT_DAYS)}
                    {...field('to')}
                  />
                </SimpleGrid>
                <Checkbox
                  label="J’accepte que le relais garde mon nom et mon adresse e-mail pour me prévenir, jusqu’à la fin de cette période."
                  {...form.getInputProps('consent', { type: 'checkbox' })}
                  id={inputId(PREFIX, 'consent')}
                />
                <Button type="submit" loading={join.isPending} fullWidth>
                  M’inscrire sur la liste d’attente
                </Button>
              </Stack>
            </form>
          </>
        )}
      </Stack>
    </Card>
  );
}
