import '../../../styles/mantine-request-form.css';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  Radio,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { api, ApiError, unwrap } from '../../../api/client.js';
import { PUBLICS } from '../../../api/contacts.js';
import {
  CHILD_PUBLICS,
  MAX_CHILD_AGE_MONTHS,
  MAX_NEEDS,
  MAX_REQUEST_SUBJECTS,
  REQUEST_PUBLICS,
  requestFormQuery,
  requestProblems,
  type AnswerChannel,
  type PublicRequestInput,
  type RequestForm,
  type RequestPublic,
} from '../../../api/requests.js';
import { ErrorAlert, Loading } from '../../../components/feedback.js';
import { Honeypot } from '../../../components/Honeypot.js';
import { PageHeader } from '../../../components/page.js';
import { parisToday, plural } from '../../../lib/format.js';
import { ErrorSummary, focusSoon, inputId } from '../../gestion/childminders/shared.js';
import { relaisHref } from '../../../door/hrefs.js';

const TITLE = 'Faire une demande au relais';
const PREFIX = 'demande';
const SUMMARY_ID = `${PREFIX}-erreurs`;
const DONE_ID = `${PREFIX}-envoyee`;
const PHONE = /^[0-9 +().-]*$/;

interface Values {
  public: RequestPublic | '';
  name: string;
  inseeCode: string;
  subjectIds: string[];
  childAgeMonths: string;
  expectedBirthOn: string;
  needs: string;
  answerChannel: AnswerChannel;
  email: string;
  phone: string;
  consent: boolean;
  /** A trap for robots: hidden from people, it stays empty. */
  website: string;
}

const BLANK: Values = {
  public: '',
  name: '',
  inseeCode: '',
  subjectIds: [],
  childAgeMonths: '',
  expectedBirthOn: '',
  needs: '',
  answerChannel: 'email',
  email: '',
  phone: '',
  consent: false,
  website: '',
};

/** The label of each field, for the error summary. */
const LABELS: Record<string, string> = {
  public: 'Vous êtes',
  name: 'Votre nom',
  inseeCode: 'Votre commune',
  subjectIds: 'Votre demande concerne',
  childAgeMonths: 'Âge de l’enfant',
  expectedBirthOn: 'Naissance prévue',
  needs: 'Vos besoins',
  answerChannel: 'Réponse souhaitée',
  email: 'Adresse e-mail',
  phone: 'Téléphone',
  consent: 'Accord',
};

const isPublic = (value: string): value is RequestPublic => (REQUEST_PUBLICS as string[]).includes(value);
const aboutChild = (v: Values) => v.public !== '' && CHILD_PUBLICS.includes(v.public);

function toInput(v: Values): PublicRequestInput {
  const child = aboutChild(v);
  return {
    public: v.public as RequestPublic,
    name: v.name.trim(),
    email: v.email.trim(),
    phone: v.phone.trim(),
    inseeCode: v.inseeCode,
    subjectIds: v.subjectIds,
    childAgeMonths: child && v.public === 'parent' && v.childAgeMonths !== '' ? Number(v.childAgeMonths) : null,
    expectedBirthOn: child && v.expectedBirthOn ? v.expectedBirthOn : null,
    needs: v.needs.trim(),
    answerChannel: v.answerChannel,
    consent: v.consent as true,
    ...(v.website ? { website: v.website } : {}),
  };
}

/** The checks of the browser: what is missing or malformed, then the shared rules of a request. */
function validate(v: Values): Record<string, string> {
  const errors: Record<string, string> = {};
  if (!v.public) errors.public = 'Précisez qui vous êtes.';
  if (v.name.trim().length < 2) errors.name = 'Indiquez votre nom (2 caractères au moins).';
  if (!v.inseeCode) errors.inseeCode = 'Choisissez votre commune.';
  if (v.subjectIds.length === 0) errors.subjectIds = 'Choisissez au moins un thème.';
  if (v.subjectIds.length > MAX_REQUEST_SUBJECTS) errors.subjectIds = `Au plus ${MAX_REQUEST_SUBJECTS} thèmes.`;
  const age = Number(v.childAgeMonths);
  if (
    v.public === 'parent' &&
    v.childAgeMonths !== '' &&
    !(Number.isInteger(age) && age >= 0 && age <= MAX_CHILD_AGE_MONTHS)
  ) {
    errors.childAgeMonths = `Indiquez un âge en mois, de 0 à ${MAX_CHILD_AGE_MONTHS}.`;
  }
  if (v.needs.trim().length > MAX_NEEDS) errors.needs = `Texte trop long (${MAX_NEEDS} caractères au plus).`;
  if (v.email.trim() && !/^\S+@\S+\.\S+$/.test(v.email.trim())) errors.email = 'Adresse e-mail invalide.';
  if (!PHONE.test(v.phone.trim())) errors.phone = 'Numéro de téléphone invalide.';
  if (isPublic(v.public)) {
    const input = toInput(v);
    const facts = {
      public: v.public,
      email: v.email,
      phone: v.phone,
      answerChannel: v.answerChannel,
      childAgeMonths: errors.childAgeMonths ? null : (input.childAgeMonths ?? null),
      expectedBirthOn: input.expectedBirthOn ?? null,
    };
    for (const problem of requestProblems(facts, parisToday())) {
      errors[problem.field] ??= problem.message;
    }
  }
  if (!v.consent) errors.consent = 'Votre accord est nécessaire pour que le relais traite votre demande.';
  return errors;
}

/** The server's field names as this form knows them ("subjectIds.0" → "subjectIds"). */
function serverErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  return Object.fromEntries(error.fields.map((f) => [f.field.split(/[.[/]/)[0] ?? f.field, f.message]));
}

/** "/r/{slug}/demande": a family, a childminder, a candidate or a project carrier writes to the relais. */
export function RequestFormPage() {
  const { slug } = useParams({ from: '/public/r/$slug/demande' });
  const query = useQuery(requestFormQuery(slug));
  const [sent, setSent] = useState<Values | null>(null);

  if (query.isPending) {
    return (
      <>
        <PageHeader title={TITLE} />
        <Loading />
      </>
    );
  }
  if (query.isError) {
    return (
      <>
        <PageHeader title={TITLE} />
        <ErrorAlert error={query.error} title="Le formulaire ne peut pas être affiché" />
      </>
    );
  }
  if (sent) {
    return (
      <Confirmation
        slug={slug}
        form={query.data}
        sent={sent}
        onAgain={() => {
          setSent(null);
          focusSoon(inputId(PREFIX, 'public'));
        }}
      />
    );
  }
  return (
    <Stack gap="lg" maw={720}>
      <PageHeader
        title={TITLE}
        lead={`${query.data.relais.name} : une question sur l’accueil d’un enfant, un contrat, l’agrément, un projet de MAM ? Écrivez-nous, nous vous répondons.`}
      />
      <RequestFormFields
        slug={slug}
        form={query.data}
        onSent={(values) => {
          setSent(values);
          focusSoon(DONE_ID);
        }}
      />
    </Stack>
  );
}

function RequestFormFields(props: { slug: string; form: RequestForm; onSent(values: Values): void }) {
  const [values, setValues] = useState<Values>(BLANK);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<Record<string, string>>({});

  const send = useMutation({
    mutationFn: (v: Values) =>
      unwrap(
        api.POST('/api/public/relais/{slug}/requests', { params: { path: { slug: props.slug } }, body: toInput(v) }),
      ),
    onSuccess: (_data, v) => props.onSent(v),
    onError: (error) => {
      const fields = serverErrors(error);
      setErrors(fields);
      setSummary(fields);
      focusSoon(SUMMARY_ID);
    },
  });

  /** Changes a field; its error goes (the others stay until sent again). */
  const change = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors(({ [key]: _gone, ...rest }) => rest);
  };
  const field = (key: keyof Values) => ({
    id: inputId(PREFIX, key),
    error: errors[key],
  });
  const text = (key: 'name' | 'email' | 'phone' | 'childAgeMonths' | 'expectedBirthOn' | 'needs') => ({
    ...field(key),
    value: values[key],
    onChange: (event: { currentTarget: { value: string } }) => change(key, event.currentTarget.value),
  });

  const submit = () => {
    send.reset();
    const found = validate(values);
    setErrors(found);
    setSummary(found);
    if (Object.keys(found).length > 0) {
      focusSoon(SUMMARY_ID);
      return;
    }
    send.mutate(values);
  };

  const retention = props.form.relais.retentionMonths;
  const retentionText = retention % 12 === 0 ? plural(retention / 12, 'an') : plural(retention, 'mois', 'mois');

  return (
    <form
      noValidate
      aria-label="Votre demande"
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="lg">
        <ErrorSummary
          id={SUMMARY_ID}
          title="Votre demande n’a pas été envoyée"
          errors={Object.fromEntries(Object.keys(summary).map((key) => [key, errors[key]]))}
          labels={LABELS}
          prefix={PREFIX}
          error={send.error}
        />

        <Radio.Group
          label="Vous êtes"
          required
          value={values.public}
          error={errors.public}
          onChange={(value) => change('public', isPublic(value) ? value : '')}
        >
          <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs" mt={6}>
            {REQUEST_PUBLICS.map((key, index) => (
              <Radio
                key={key}
                value={key}
                id={index === 0 ? inputId(PREFIX, 'public') : `${inputId(PREFIX, 'public')}-${key}`}
                label={PUBLICS[key]}
              />
            ))}
          </SimpleGrid>
        </Radio.Group>

        <TextInput label="Votre nom" required autoComplete="name" maxLength={120} {...text('name')} />

        <NativeSelect
          label="Votre commune"
          description="Le relais répond aux habitants des communes de son territoire."
          required
          {...field('inseeCode')}
          value={values.inseeCode}
          onChange={(event) => change('inseeCode', event.currentTarget.value)}
          data={[
            { value: '', label: 'Choisissez votre commune' },
            ...props.form.communes.map((c) => ({ value: c.inseeCode, label: c.name })),
          ]}
        />

        <Checkbox.Group
          label="Votre demande concerne"
          description={`Un ou plusieurs thèmes, ${MAX_REQUEST_SUBJECTS} au plus.`}
          required
          value={values.subjectIds}
          error={errors.subjectIds}
          onChange={(ids) => change('subjectIds', ids)}
        >
          <Stack gap="xs" mt={6}>
            {props.form.subjects.map((s, index) => (
              <Checkbox
                key={s.id}
                value={s.id}
                id={index === 0 ? inputId(PREFIX, 'subjectIds') : `${inputId(PREFIX, 'subjectIds')}-${s.id}`}
                label={s.label}
              />
            ))}
          </Stack>
        </Checkbox.Group>

        {values.public === 'parent' && (
          <TextInput
            type="number"
            inputMode="numeric"
            min={0}
            max={MAX_CHILD_AGE_MONTHS}
            label="Âge de l’enfant, en mois (facultatif)"
            description="Par exemple 4 pour un bébé de 4 mois."
            {...text('childAgeMonths')}
          />
        )}
        {aboutChild(values) && (
          <TextInput
            type="date"
            label="Naissance prévue (facultatif)"
            description="Si vous attendez un enfant."
            {...text('expectedBirthOn')}
          />
        )}

        <Textarea
          label="Vos besoins (facultatif)"
          description="Par exemple : jours et horaires d’accueil souhaités, date de reprise du travail, votre question."
          autosize
          minRows={4}
          maxLength={MAX_NEEDS}
          {...text('needs')}
        />

        <Radio.Group
          label="Comment souhaitez-vous que le relais vous réponde ?"
          required
          value={values.answerChannel}
          error={errors.answerChannel}
          onChange={(value) => change('answerChannel', value === 'phone' ? 'phone' : 'email')}
        >
          <Group gap="lg" mt={6}>
            <Radio value="email" id={inputId(PREFIX, 'answerChannel')} label="Par e-mail" />
            <Radio value="phone" id={`${inputId(PREFIX, 'answerChannel')}-phone`} label="Par téléphone" />
          </Group>
        </Radio.Group>

        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <TextInput
            type="email"
            label="Adresse e-mail"
            description={values.answerChannel === 'email' ? 'Pour la réponse et la confirmation.' : 'Facultatif.'}
            required={values.answerChannel === 'email'}
            autoComplete="email"
            maxLength={254}
            {...text('email')}
          />
          <TextInput
            type="tel"
            label="Téléphone"
            description={values.answerChannel === 'phone' ? 'Pour vous rappeler.' : 'Facultatif.'}
            required={values.answerChannel === 'phone'}
            autoComplete="tel"
            maxLength={30}
            {...text('phone')}
          />
        </SimpleGrid>

        <Honeypot
          id={inputId(PREFIX, 'website')}
          value={values.website}
          onChange={(value) => change('website', value)}
        />

        <Checkbox
          {...field('consent')}
          checked={values.consent}
          onChange={(event) => change('consent', event.currentTarget.checked)}
          label={`J’accepte que le relais enregistre ces informations pour répondre à ma demande et les conserve ${retentionText} après notre dernier échange, puis les efface.`}
          required
        />

        <Button type="submit" size="md" loading={send.isPending} fullWidth>
          Envoyer ma demande
        </Button>
        <Text size="sm" c="dimmed">
          Vous pouvez aussi joindre le relais au {props.form.relais.phone} ou à {props.form.relais.email}.
        </Text>
      </Stack>
    </form>
  );
}

function Confirmation(props: { slug: string; form: RequestForm; sent: Values; onAgain(): void }) {
  const { sent, form } = props;
  const how: ReactNode =
    sent.answerChannel === 'email'
      ? 'Une animatrice ou un animateur du relais vous répondra par e-mail dans les meilleurs délais.'
      : `Une animatrice ou un animateur du relais vous rappellera au ${sent.phone.trim()} dans les meilleurs délais.`;
  return (
    <Stack gap="lg" maw={720}>
      <PageHeader title="Demande envoyée" />
      <Card withBorder padding="lg">
        <Stack gap="sm">
          <Title order={2} size="h3" id={DONE_ID} tabIndex={-1}>
            Merci, le relais a bien reçu votre demande
          </Title>
          <Text>{how}</Text>
          {sent.email.trim() && (
            <Text style={{ overflowWrap: 'anywhere' }}>
              Un e-mail de confirmation vous a été envoyé à <strong>{sent.email.trim()}</strong>.
            </Text>
          )}
          <Alert color="relais" variant="light">
            <Text size="sm">
              Une question urgente ? {form.relais.name} : {form.relais.phone}.
            </Text>
          </Alert>
        </Stack>
      </Card>
      <Group gap="sm">
        <Button component="a" href={relaisHref(props.slug)}>
          Retour à la page du relais
        </Button>
        <Button variant="subtle" onClick={props.onAgain}>
          Faire une autre demande
        </Button>
      </Group>
    </Stack>
  );
}
