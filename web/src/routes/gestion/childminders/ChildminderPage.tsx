import {
  Alert,
  Anchor,
  Button,
  Card,
  Group,
  Modal,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams, useRouterState } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import {
  ageRange,
  ARCHIVE_REASON_LABELS,
  ARCHIVE_REASONS,
  childminderKeys,
  childminderQuery,
  CONTACT_PREFERENCE_LABELS,
  EVENT_KIND_LABELS,
  fullName,
  sourceLabel,
  type ArchiveReason,
  type ChildminderDetail,
  type ChildminderEvent,
} from '../../../api/childminders.js';
import { api, fieldErrors, unwrap } from '../../../api/client.js';
import { ErrorAlert, Loading } from '../../../components/feedback.js';
import { AnchorLink, ButtonLink } from '../../../components/links.js';
import { PageHeader } from '../../../components/page.js';
import { formatDate, formatDateTime, lines, parisToday, telHref } from '../../../lib/format.js';
import { useGestion } from '../context.js';
import { StatusBadge } from './ChildmindersPage.js';
import classes from './history.module.css';
import { rememberedSearch } from './search.js';
import { RegisterPage } from './shared.js';

const DEFAULT_TITLE = 'Fiche d’assistant·e maternel·le';

/** "/gestion/assistants-maternels/{id}": a childminder's file, its history, and what can be done with it. */
export function ChildminderPage() {
  return (
    <RegisterPage action="childminders.read" title={DEFAULT_TITLE}>
      {(relaisId) => <Detail relaisId={relaisId} />}
    </RegisterPage>
  );
}

type Dialog = 'archive' | 'reactivate' | null;

function Detail({ relaisId }: { relaisId: string }) {
  const gestion = useGestion();
  const { childminderId } = useParams({ from: '/gestion/assistants-maternels/$childminderId' });
  // The confirmation of the form that led here ("La fiche … a été créée."), if any.
  const savedNotice = useRouterState({ select: (state) => state.location.state.notice });
  const detail = useQuery(childminderQuery(relaisId, childminderId));
  const [dialog, setDialog] = useState<Dialog>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [savedNoticeClosed, setSavedNoticeClosed] = useState(false);
  const canManage = gestion.can('childminders.manage');
  const c = detail.data;
  const shownNotice = notice ?? (savedNoticeClosed ? null : (savedNotice ?? null));
  const done = (message: string) => {
    setDialog(null);
    setNotice(message);
  };

  return (
    <>
      <PageHeader
        title={c ? fullName(c) : DEFAULT_TITLE}
        documentTitle={c ? `${fullName(c)} — assistant·e maternel·le` : DEFAULT_TITLE}
        lead={c ? <StatusLine childminder={c} /> : undefined}
        actions={
          c && canManage ? (
            <>
              <ButtonLink
                variant="default"
                to="/gestion/assistants-maternels/$childminderId/modifier"
                params={{ childminderId: c.id }}
              >
                Modifier
              </ButtonLink>
              {c.status === 'active' ? (
                <Button variant="outline" color="red" onClick={() => setDialog('archive')}>
                  Archiver
                </Button>
              ) : (
                <Button onClick={() => setDialog('reactivate')}>Réactiver</Button>
              )}
            </>
          ) : undefined
        }
      />
      <Stack gap="md">
        <div>
          <AnchorLink to="/gestion/assistants-maternels" search={rememberedSearch()}>
            ← Retour au registre
          </AnchorLink>
        </div>
        {shownNotice && (
          <Alert
            color="relais"
            variant="light"
            role="status"
            withCloseButton
            closeButtonLabel="Fermer"
            onClose={() => {
              setNotice(null);
              setSavedNoticeClosed(true);
            }}
          >
            {shownNotice}
          </Alert>
        )}
        {detail.isPending ? (
          <Loading />
        ) : detail.isError ? (
          <ErrorAlert error={detail.error} title="Fiche introuvable" />
        ) : (
          <FileView childminder={detail.data} />
        )}
      </Stack>
      {c && canManage && (
        <>
          <Modal opened={dialog === 'archive'} onClose={() => setDialog(null)} title="Archiver la fiche">
            {dialog === 'archive' && (
              <ArchiveForm relaisId={relaisId} childminder={c} onCancel={() => setDialog(null)} onDone={done} />
            )}
          </Modal>
          <Modal opened={dialog === 'reactivate'} onClose={() => setDialog(null)} title="Réactiver la fiche">
            {dialog === 'reactivate' && (
              <ReactivateForm relaisId={relaisId} childminder={c} onCancel={() => setDialog(null)} onDone={done} />
            )}
          </Modal>
        </>
      )}
    </>
  );
}

function StatusLine({ childminder: c }: { childminder: ChildminderDetail }) {
  const details =
    c.status === 'active'
      ? `depuis le ${formatDate(c.statusSince)} · ${c.communeName}`
      : `depuis le ${formatDate(c.statusSince)}${c.archiveReasonLabel ? ` · ${c.archiveReasonLabel}` : ''}`;
  return (
    <>
      <StatusBadge status={c.status} /> {details}
    </>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
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

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby={id}>
      <Title order={2} size="h3" id={id} mb="md">
        {title}
      </Title>
      {children}
    </Card>
  );
}

/** The MAM of a file: its name, which usually starts with "MAM" already. */
function houseLabel(name: string | null): string {
  if (!name) return 'En MAM';
  return /^mam\b/i.test(name) ? name : `MAM ${name}`;
}

const yes = (value: boolean) => (value ? 'Oui' : 'Non');
const orDash = (text: string) => text.trim() || '—';

function postalAddress(c: ChildminderDetail): string {
  const town = [c.postcode, c.communeName].filter(Boolean).join(' ');
  return c.address ? `${c.address}, ${town}` : c.postcode ? town : '—';
}

function FileView({ childminder: c }: { childminder: ChildminderDetail }) {
  const reduction = c.reducedPlaces !== null && c.reducedUntil !== null;
  const reducedToday = c.placesToday !== c.approvalPlaces;
  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Section id="identite" title="Identité et contact">
          <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} m={0}>
            <Field label="Nom">{c.lastName}</Field>
            <Field label="Prénom">{c.firstName}</Field>
            <Field label="Date de naissance">
              {c.birthDate ? `${formatDate(c.birthDate)}${c.age !== null ? ` (${c.age} ans)` : ''}` : '—'}
            </Field>
            <Field label="Commune">{c.communeName}</Field>
            <Field label="Adresse">{postalAddress(c)}</Field>
            <Field label="Téléphone">{c.phone ? <Anchor href={telHref(c.phone)}>{c.phone}</Anchor> : '—'}</Field>
            <Field label="Adresse e-mail">
              {c.email ? <Anchor href={`mailto:${c.email}`}>{c.email}</Anchor> : '—'}
            </Field>
          </SimpleGrid>
        </Section>

        <Section id="agrement" title="Agrément">
          <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} m={0}>
            <Field label="Numéro d’agrément">{orDash(c.approvalNumber)}</Field>
            <Field label="Date d’agrément">{formatDate(c.approvalDate)}</Field>
            <Field label="Échéance du renouvellement">{formatDate(c.approvalRenewalDate)}</Field>
            <Field label="Places agréées">{c.approvalPlaces}</Field>
            <Field label="Places aujourd’hui">
              {c.placesToday}
              {reducedToday && ` (réduction temporaire jusqu’au ${formatDate(c.reducedUntil)})`}
            </Field>
            <Field label="Âges des enfants accueillis">
              {ageRange(c.approvalMinAgeMonths, c.approvalMaxAgeMonths)}
            </Field>
            {reduction && !reducedToday && (
              <Field label="Réduction temporaire">
                {c.reducedPlaces} place(s), terminée le {formatDate(c.reducedUntil)}
              </Field>
            )}
          </SimpleGrid>
          <dl style={{ margin: 0, marginTop: 'var(--mantine-spacing-md)' }}>
            <Field label="Dérogations">
              {lines(c.derogations).length > 0 ? <span className="multiline">{c.derogations}</span> : 'Aucune'}
            </Field>
          </dl>
        </Section>

        <Section id="exercice" title="Exercice">
          <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} m={0}>
            <Field label="Lieu d’exercice">
              {c.practice === 'mam' ? houseLabel(c.childminderHouseName) : 'À son domicile'}
            </Field>
            <Field label="Inscrit·e sur monenfant.fr">{yes(c.monenfantRegistered)}</Field>
            <Field label="Horaires atypiques">{yes(c.atypicalHours)}</Field>
            <Field label="Accueil d’urgence">{yes(c.emergencyCare)}</Field>
            <Field label="Accueil d’enfants en situation de handicap">{yes(c.disabilityCare)}</Field>
            <Field label="Accueille des stagiaires">{yes(c.acceptsTrainees)}</Field>
          </SimpleGrid>
        </Section>

        <Section id="preferences" title="Préférences et publication">
          <SimpleGrid component="dl" cols={{ base: 1, sm: 2 }} m={0}>
            <Field label="Préférence de contact">{CONTACT_PREFERENCE_LABELS[c.contactPreference]}</Field>
            <Field label="Adresse publiée dans l’annuaire">{yes(c.publishAddress)}</Field>
            <Field label="Téléphone publié dans l’annuaire">{yes(c.publishPhone)}</Field>
          </SimpleGrid>
          <Text size="sm" c="dimmed" mt="md">
            L’adresse et le téléphone n’apparaissent dans l’annuaire public qu’avec l’accord de l’assistant·e
            maternel·le.
          </Text>
        </Section>
      </SimpleGrid>

      <Section id="historique" title="Historique">
        <History events={c.history} />
        <Text size="xs" c="dimmed" mt="md">
          Dernière modification de la fiche : {formatDateTime(c.updatedAt)}
        </Text>
      </Section>
    </Stack>
  );
}

function History({ events }: { events: ChildminderEvent[] }) {
  if (events.length === 0) return <Text>Aucun évènement enregistré.</Text>;
  return (
    <ol className={classes.timeline} aria-label="Évènements, du plus récent au plus ancien">
      {events.map((event) => (
        <li key={event.id} className={classes.event} data-kind={event.kind}>
          <Text fw={700} size="sm">
            <time dateTime={event.effectiveOn}>{formatDate(event.effectiveOn)}</time> — {EVENT_KIND_LABELS[event.kind]}
          </Text>
          <Text size="sm">{event.summary}</Text>
          <Text size="xs" c="dimmed">
            Enregistré le {formatDateTime(event.at)}, {sourceLabel(event.source)}
          </Text>
        </li>
      ))}
    </ol>
  );
}

function dateProblem(value: string, since: string, today: string, what: string): string | null {
  if (!value) return `${what} est obligatoire.`;
  if (value < since || value > today) {
    return `${what} doit être comprise entre le ${formatDate(since)} et aujourd’hui.`;
  }
  return null;
}

/**
 * A failed status change: the field errors show on the fields, so the alert only names them; any
 * other error (already archived, no right…) shows its message.
 */
function FormError({ error, labels }: { error: unknown; labels: Record<string, string> }) {
  if (!error) return null;
  const fields = Object.keys(fieldErrors(error));
  if (fields.length > 0) {
    return (
      <Alert color="red" variant="light" title="Action impossible">
        Vérifiez : {fields.map((f) => labels[f] ?? f).join(', ')}.
      </Alert>
    );
  }
  return <ErrorAlert error={error} title="Action impossible" />;
}

interface StatusFormProps {
  relaisId: string;
  childminder: ChildminderDetail;
  onCancel(): void;
  onDone(message: string): void;
}

/** Archives the file on a date (today by default) with a reason; the file and its history are kept. */
function ArchiveForm(props: StatusFormProps) {
  const { childminder: c } = props;
  const queryClient = useQueryClient();
  const [today] = useState(() => parisToday());
  const form = useForm<{ effectiveOn: string; reason: ArchiveReason | '' }>({
    initialValues: { effectiveOn: today, reason: '' },
    validate: {
      effectiveOn: (v) => dateProblem(v, c.statusSince, today, 'La date de départ'),
      reason: (v) => (v ? null : 'Choisissez le motif de l’archivage.'),
    },
  });
  const archive = useMutation({
    mutationFn: (body: { effectiveOn: string; reason: ArchiveReason }) =>
      unwrap(
        api.POST('/api/relais/{relaisId}/childminders/{childminderId}/archive', {
          params: { path: { relaisId: props.relaisId, childminderId: c.id } },
          body,
        }),
      ),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: childminderKeys.all(props.relaisId) });
      props.onDone(
        `La fiche de ${fullName(saved)} est archivée depuis le ${formatDate(saved.statusSince)}` +
          (saved.archiveReasonLabel ? ` (${saved.archiveReasonLabel}).` : '.'),
      );
    },
    onError: (error) => form.setErrors(fieldErrors(error)),
  });
  return (
    <form
      noValidate
      onSubmit={form.onSubmit((values) => {
        if (values.reason) archive.mutate({ effectiveOn: values.effectiveOn, reason: values.reason });
      })}
    >
      <Stack>
        <Text size="sm">
          {fullName(c)} quitte le registre actif (retraite, déménagement…). La fiche et son historique sont conservés :
          elle pourra être réactivée en cas de reprise d’activité.
        </Text>
        <FormError error={archive.error} labels={{ effectiveOn: 'Date de départ', reason: 'Motif' }} />
        <TextInput
          type="date"
          label="Date de départ"
          required
          description={`Entre le ${formatDate(c.statusSince)} et aujourd’hui.`}
          min={c.statusSince}
          max={today}
          data-autofocus
          {...form.getInputProps('effectiveOn')}
        />
        <NativeSelect
          label="Motif"
          required
          data={[
            { value: '', label: '— Choisir un motif —' },
            ...ARCHIVE_REASONS.map((reason) => ({ value: reason, label: ARCHIVE_REASON_LABELS[reason] })),
          ]}
          {...form.getInputProps('reason')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            Annuler
          </Button>
          <Button type="submit" color="red" loading={archive.isPending}>
            Archiver la fiche
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** Reactivates an archived file (back to work) from a date. */
function ReactivateForm(props: StatusFormProps) {
  const { childminder: c } = props;
  const queryClient = useQueryClient();
  const [today] = useState(() => parisToday());
  const form = useForm<{ effectiveOn: string }>({
    initialValues: { effectiveOn: today },
    validate: { effectiveOn: (v) => dateProblem(v, c.statusSince, today, 'La date de reprise') },
  });
  const reactivate = useMutation({
    mutationFn: (body: { effectiveOn: string }) =>
      unwrap(
        api.POST('/api/relais/{relaisId}/childminders/{childminderId}/reactivate', {
          params: { path: { relaisId: props.relaisId, childminderId: c.id } },
          body,
        }),
      ),
    onSuccess: async (saved) => {
      await queryClient.invalidateQueries({ queryKey: childminderKeys.all(props.relaisId) });
      props.onDone(`La fiche de ${fullName(saved)} est de nouveau active depuis le ${formatDate(saved.statusSince)}.`);
    },
    onError: (error) => form.setErrors(fieldErrors(error)),
  });
  return (
    <form noValidate onSubmit={form.onSubmit((values) => reactivate.mutate(values))}>
      <Stack>
        <Text size="sm">
          {fullName(c)} reprend son activité sur le territoire : la fiche revient dans le registre actif.
        </Text>
        <FormError error={reactivate.error} labels={{ effectiveOn: 'Date de reprise d’activité' }} />
        <TextInput
          type="date"
          label="Date de reprise d’activité"
          required
          description={`Entre le ${formatDate(c.statusSince)} et aujourd’hui.`}
          min={c.statusSince}
          max={today}
          data-autofocus
          {...form.getInputProps('effectiveOn')}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            Annuler
          </Button>
          <Button type="submit" loading={reactivate.isPending}>
            Réactiver la fiche
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
