import { Alert, Anchor, Button, Card, Checkbox, Group, Radio, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent, type ReactNode } from 'react';
import { ageRange } from '../../api/childminders.js';
import { api, ApiError, unwrap, type paths } from '../../api/client.js';
import { publicRelaisQuery } from '../../api/public.js';
import type { SessionUser } from '../../api/types.js';
import { ErrorAlert, Loading } from '../../components/feedback.js';
import { formatDate, telHref } from '../../lib/format.js';

type MyFileData = paths['/api/me/childminder']['get']['responses'][200]['content']['application/json'];
type Editable = Pick<
  MyFileData,
  | 'phone'
  | 'email'
  | 'contactPreference'
  | 'publishPhone'
  | 'publishAddress'
  | 'atypicalHours'
  | 'emergencyCare'
  | 'disabilityCare'
  | 'acceptsTrainees'
  | 'monenfantRegistered'
>;

const KEY = ['me', 'childminder'];
const FORM_ID = 'ma-fiche';
const inputId = (field: string) => `${FORM_ID}-${field}`;

function editableOf(f: MyFileData): Editable {
  return {
    phone: f.phone,
    email: f.email,
    contactPreference: f.contactPreference,
    publishPhone: f.publishPhone,
    publishAddress: f.publishAddress,
    atypicalHours: f.atypicalHours,
    emergencyCare: f.emergencyCare,
    disabilityCare: f.disabilityCare,
    acceptsTrainees: f.acceptsTrainees,
    monenfantRegistered: f.monenfantRegistered,
  };
}

/** Labels of her fields, as the error summary names them. */
const LABELS: Record<keyof Editable, string> = {
  phone: 'Mon numéro de téléphone',
  email: 'Mon adresse e-mail',
  contactPreference: 'Comment le relais me contacte',
  publishPhone: 'Téléphone dans l’annuaire',
  publishAddress: 'Adresse dans l’annuaire',
  atypicalHours: 'Horaires atypiques',
  emergencyCare: 'Accueil d’urgence',
  disabilityCare: 'Accueil d’enfants en situation de handicap',
  acceptsTrainees: 'Accueil de stagiaires',
  monenfantRegistered: 'monenfant.fr',
};

/**
 * « Ma fiche »: what the relais knows about a childminder. She corrects her contact details and her
 * choices herself; what the PMI (or the relais) keeps she reads, with whom to ask to correct it.
 */
export function MyFile({ user }: { user: SessionUser }) {
  const query = useQuery({ queryKey: KEY, queryFn: () => unwrap(api.GET('/api/me/childminder')), retry: false });
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="my-file-title">
      <Title order={2} size="h3" id="my-file-title" mb="xs">
        Ma fiche
      </Title>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        query.error instanceof ApiError && query.error.status === 404 ? (
          <Text>{query.error.message}</Text>
        ) : (
          <ErrorAlert error={query.error} title="Votre fiche n’a pas pu être affichée" />
        )
      ) : (
        <Stack gap="lg">
          <Text>
            Voici ce que le relais sait de vous. Vous pouvez corriger vous-même vos coordonnées et vos choix. Le reste
            vient de la PMI.
          </Text>
          <EditablePart file={query.data} loginEmail={user.email} />
          <PmiPart file={query.data} relaisSlug={user.relais?.slug} />
        </Stack>
      )}
    </Card>
  );
}

function EditablePart({ file, loginEmail }: { file: MyFileData; loginEmail: string }) {
  const queryClient = useQueryClient();
  // What she types stays here until it is saved: an error never erases it.
  const [values, setValues] = useState<Editable>(() => editableOf(file));
  const [notice, setNotice] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (body: Editable) => unwrap(api.PATCH('/api/me/childminder', { body })),
    onSuccess: (data) => {
      queryClient.setQueryData(KEY, data);
      setValues(editableOf(data));
      setNotice('C’est enregistré. Merci, votre fiche est à jour.');
    },
    onError: () => requestAnimationFrame(() => document.getElementById(`${FORM_ID}-erreurs`)?.focus()),
  });
  const set = <K extends keyof Editable>(field: K, value: Editable[K]) => {
    setValues((v) => ({ ...v, [field]: value }));
    setNotice(null);
  };
  const errorOf = (field: keyof Editable) =>
    save.error instanceof ApiError ? save.error.fields.find((f) => f.field === field)?.message : undefined;
  const fieldErrors = save.error instanceof ApiError ? save.error.fields.filter((f) => f.field in LABELS) : [];
  const unchanged = (Object.keys(values) as (keyof Editable)[]).every((k) => values[k] === editableOf(file)[k]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (unchanged) {
      save.reset();
      setNotice('Vous n’avez rien changé : il n’y a rien à enregistrer.');
      return;
    }
    setNotice(null);
    save.mutate(values);
  };

  return (
    <form onSubmit={submit} noValidate aria-labelledby="my-file-editable-title">
      <Stack gap="md">
        <Title order={3} size="h4" id="my-file-editable-title">
          Mes coordonnées et mes choix
        </Title>
        {save.isError && (
          <Alert
            id={`${FORM_ID}-erreurs`}
            tabIndex={-1}
            color="red"
            variant="light"
            title="Vos changements ne sont pas encore enregistrés"
          >
            {fieldErrors.length > 0 ? (
              <>
                <Text size="sm">Une information est à corriger :</Text>
                <ul style={{ margin: '4px 0 0', paddingLeft: '1.25rem' }}>
                  {fieldErrors.map((f) => (
                    <li key={f.field}>
                      <Anchor
                        href={`#${inputId(f.field)}`}
                        size="sm"
                        c="red.7"
                        onClick={(e) => {
                          e.preventDefault();
                          document.getElementById(inputId(f.field))?.focus();
                        }}
                      >
                        {LABELS[f.field as keyof Editable]} : {f.message}
                      </Anchor>
                    </li>
                  ))}
                </ul>
              </>
            ) : (
              <Text size="sm">{save.error.message}</Text>
            )}
            <Text size="sm" mt={4}>
              Ce que vous avez écrit est conservé : corrigez puis enregistrez à nouveau.
            </Text>
          </Alert>
        )}

        <Fieldset id="joindre" legend="Pour me joindre">
          <TextInput
            id={inputId('phone')}
            type="tel"
            autoComplete="tel"
            label="Mon numéro de téléphone"
            description="Par exemple : 06 12 34 56 78"
            value={values.phone}
            error={errorOf('phone')}
            onChange={(e) => set('phone', e.currentTarget.value)}
          />
          <TextInput
            id={inputId('email')}
            type="email"
            autoComplete="email"
            label="Mon adresse e-mail"
            description={`Le relais vous écrit à cette adresse et vous transmet les messages des familles. Pour vous connecter à Relais, continuez d’utiliser ${loginEmail}.`}
            value={values.email}
            error={errorOf('email')}
            onChange={(e) => set('email', e.currentTarget.value)}
            styles={{ description: { overflowWrap: 'anywhere' } }}
          />
          <Radio.Group
            id={inputId('contactPreference')}
            label="Comment préférez-vous que le relais vous contacte ?"
            value={values.contactPreference}
            error={errorOf('contactPreference')}
            onChange={(v) => set('contactPreference', v as Editable['contactPreference'])}
          >
            <Stack gap="xs" mt={6}>
              <Radio value="email" label="Par e-mail" />
              <Radio value="phone" label="Par téléphone" />
              <Radio value="sms" label="Par SMS" />
            </Stack>
          </Radio.Group>
        </Fieldset>

        <Fieldset
          id="annuaire"
          legend="Dans l’annuaire des familles"
          help="Les familles voient toujours votre nom, votre commune et vos places libres. Sans votre accord, elles ne voient ni votre téléphone ni votre adresse : elles vous écrivent par le relais."
        >
          <Checkbox
            id={inputId('publishPhone')}
            label="Montrer mon numéro de téléphone aux familles"
            checked={values.publishPhone}
            error={errorOf('publishPhone')}
            onChange={(e) => set('publishPhone', e.currentTarget.checked)}
          />
          <Checkbox
            id={inputId('publishAddress')}
            label="Montrer mon adresse aux familles"
            checked={values.publishAddress}
            error={errorOf('publishAddress')}
            onChange={(e) => set('publishAddress', e.currentTarget.checked)}
          />
        </Fieldset>

        <Fieldset id="accueils" legend="Ce que je propose">
          <Checkbox
            id={inputId('atypicalHours')}
            label="J’accueille des enfants en horaires atypiques (tôt le matin, tard le soir, la nuit ou le week-end)"
            checked={values.atypicalHours}
            onChange={(e) => set('atypicalHours', e.currentTarget.checked)}
          />
          <Checkbox
            id={inputId('emergencyCare')}
            label="J’accepte les accueils d’urgence"
            checked={values.emergencyCare}
            onChange={(e) => set('emergencyCare', e.currentTarget.checked)}
          />
          <Checkbox
            id={inputId('disabilityCare')}
            label="J’accueille des enfants en situation de handicap"
            checked={values.disabilityCare}
            onChange={(e) => set('disabilityCare', e.currentTarget.checked)}
          />
          <Checkbox
            id={inputId('acceptsTrainees')}
            label="J’accueille des stagiaires (futures assistantes maternelles, élèves)"
            checked={values.acceptsTrainees}
            onChange={(e) => set('acceptsTrainees', e.currentTarget.checked)}
          />
          <Checkbox
            id={inputId('monenfantRegistered')}
            label="Je suis inscrit·e sur le site monenfant.fr"
            checked={values.monenfantRegistered}
            onChange={(e) => set('monenfantRegistered', e.currentTarget.checked)}
          />
        </Fieldset>

        <Group gap="sm">
          <Button type="submit" loading={save.isPending} w={{ base: '100%', xs: 'auto' }}>
            Enregistrer mes changements
          </Button>
        </Group>
        <Text role="status" fw={600} c="relais.7">
          {notice}
        </Text>
      </Stack>
    </form>
  );
}

function Fieldset(props: { id: string; legend: string; help?: string; children: ReactNode }) {
  const helpId = `${FORM_ID}-${props.id}-aide`;
  return (
    <Stack
      component="fieldset"
      gap="sm"
      m={0}
      p={0}
      style={{ border: 'none', minInlineSize: 0 }}
      aria-describedby={props.help ? helpId : undefined}
    >
      <Text component="legend" fw={700} p={0} mb={4}>
        {props.legend}
      </Text>
      {props.help && (
        <Text size="sm" id={helpId}>
          {props.help}
        </Text>
      )}
      {props.children}
    </Stack>
  );
}

function PmiPart({ file: f, relaisSlug }: { file: MyFileData; relaisSlug: string | undefined }) {
  const relais = useQuery({ ...publicRelaisQuery(relaisSlug ?? ''), enabled: Boolean(relaisSlug) });
  const place = [f.address, [f.postcode, f.communeName].filter(Boolean).join(' ')].filter(Boolean).join(', ');
  const phone = relais.data?.phone;
  return (
    <Stack component="section" gap="sm" aria-labelledby="my-file-pmi-title">
      <Title order={3} size="h4" id="my-file-pmi-title">
        Ce que la PMI a enregistré
      </Title>
      <Text>
        Ces renseignements viennent de la PMI, le service du Département qui délivre votre agrément. Vous ne pouvez pas
        les changer ici. Si l’un d’eux est faux, prévenez le relais
        {phone ? (
          <>
            {' '}
            au <Anchor href={telHref(phone)}>{phone}</Anchor>
          </>
        ) : null}
        {relais.data?.email ? (
          <>
            {' '}
            ou par e-mail à <Anchor href={`mailto:${relais.data.email}`}>{relais.data.email}</Anchor>
          </>
        ) : null}{' '}
        : il fera corriger votre fiche.
      </Text>
      <Stack component="dl" gap="xs" m={0}>
        <Fact label="Nom et prénom">
          {f.firstName} {f.lastName}
        </Fact>
        <Fact label="Date de naissance">{formatDate(f.birthDate)}</Fact>
        <Fact label="Adresse">{place || '—'}</Fact>
        <Fact label="Numéro d’agrément">{f.approvalNumber || '—'}</Fact>
        <Fact label="Agrément délivré le">{formatDate(f.approvalDate)}</Fact>
        <Fact label="À renouveler avant le">{formatDate(f.approvalRenewalDate)}</Fact>
        <Fact label="Nombre d’enfants accueillis en même temps">{f.approvalPlaces}</Fact>
        {f.placesToday !== f.approvalPlaces && f.reducedUntil && (
          <Fact label="Pour le moment">
            {f.placesToday} enfant{f.placesToday > 1 ? 's' : ''}, jusqu’au {formatDate(f.reducedUntil)} (noté par le
            relais)
          </Fact>
        )}
        <Fact label="Âge des enfants">{ageRange(f.approvalMinAgeMonths, f.approvalMaxAgeMonths)}</Fact>
        {f.derogations && <Fact label="Dérogations">{f.derogations}</Fact>}
        <Fact label="Lieu d’accueil">
          {f.practice === 'mam'
            ? `En maison d’assistants maternels${f.childminderHouseName ? ` (${f.childminderHouseName})` : ''}`
            : 'À mon domicile'}
        </Fact>
      </Stack>
    </Stack>
  );
}

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text component="dt" size="sm" fw={600}>
        {label}
      </Text>
      <Text component="dd" m={0} style={{ overflowWrap: 'anywhere' }}>
        {children}
      </Text>
    </div>
  );
}
