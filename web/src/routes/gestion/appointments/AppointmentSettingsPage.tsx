import { Alert, Badge, Button, Card, Checkbox, Group, Modal, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client.js';
import {
  animatorsQuery,
  appointmentKeys,
  permanencesQuery,
  reasonsQuery,
  staleAfterAppointment,
  type Permanence,
  type Reason,
} from '../../../api/appointments.js';
import { sitesQuery } from '../../../api/gestion.js';
import { ErrorAlert, Loading } from '../../../components/feedback.js';
import { ButtonLink } from '../../../components/links.js';
import { formatDate } from '../../../lib/format.js';
import {
  capitalize,
  formatDuration,
  formatHours,
  formatLongDate,
  isIsoDate,
  isoWeekday,
} from '../../../lib/appointment-format.js';
import { parisMoment } from '../../../lib/paris-time.js';
import { focusSoon } from '../childminders/shared.js';
import { StaffPage, useGestion } from '../context.js';
import { PermanenceForm, WEEKDAY_NAMES } from './PermanenceForm.js';
import { ReasonForm } from './ReasonForm.js';

/** "/gestion/rendez-vous/permanences": the reasons people book for, and the weekly permanences that offer slots. */
export function AppointmentSettingsPage() {
  return (
    <StaffPage
      title="Permanences et motifs"
      action="appointments.configure"
      lead="Les motifs de rendez-vous et les permanences qui les proposent. Les jours fériés sont toujours fermés."
    >
      {(relaisId) => <Settings relaisId={relaisId} />}
    </StaffPage>
  );
}

type Editing<T> = { item: T | null } | null;
type Removal = { kind: 'reason'; reason: Reason } | { kind: 'permanence'; permanence: Permanence } | null;

function Settings({ relaisId }: { relaisId: string }) {
  const gestion = useGestion();
  const queryClient = useQueryClient();
  const reasons = useQuery(reasonsQuery(relaisId));
  const permanences = useQuery(permanencesQuery(relaisId));
  const animators = useQuery(animatorsQuery(relaisId));
  const sites = useQuery(sitesQuery(relaisId, false));
  const [notice, setNotice] = useState<string | null>(null);
  const [editingReason, setEditingReason] = useState<Editing<Reason>>(null);
  const [editingPermanence, setEditingPermanence] = useState<Editing<Permanence>>(null);
  const [removal, setRemoval] = useState<Removal>(null);
  const [showArchived, setShowArchived] = useState(false);

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: appointmentKeys.reasons(relaisId) }),
      queryClient.invalidateQueries({ queryKey: appointmentKeys.permanences(relaisId) }),
      staleAfterAppointment(queryClient, relaisId),
    ]);
  const say = (message: string) => {
    setNotice(message);
    focusSoon('reglages-avis');
  };

  const toggleReason = useMutation({
    mutationFn: (r: Reason) =>
      unwrap(
        r.archived
          ? api.POST('/api/relais/{relaisId}/appointment-reasons/{reasonId}/restore', {
              params: { path: { relaisId, reasonId: r.id } },
            })
          : api.POST('/api/relais/{relaisId}/appointment-reasons/{reasonId}/archive', {
              params: { path: { relaisId, reasonId: r.id } },
            }),
      ),
    onSuccess: async (r) => {
      await refresh();
      say(
        r.archived
          ? `Le motif « ${r.label} » est archivé : il n’est plus proposé.`
          : `Le motif « ${r.label} » est rétabli.`,
      );
    },
  });
  const togglePermanence = useMutation({
    mutationFn: (p: Permanence) =>
      unwrap(
        p.archived
          ? api.POST('/api/relais/{relaisId}/permanences/{permanenceId}/restore', {
              params: { path: { relaisId, permanenceId: p.id } },
            })
          : api.POST('/api/relais/{relaisId}/permanences/{permanenceId}/archive', {
              params: { path: { relaisId, permanenceId: p.id } },
            }),
      ),
    onSuccess: async (p) => {
      await refresh();
      say(
        p.archived
          ? `La permanence du ${p.weekdayLabel} ${formatHours(p.startTime, p.endTime)} est archivée : plus aucun créneau.`
          : `La permanence du ${p.weekdayLabel} ${formatHours(p.startTime, p.endTime)} est rétablie.`,
      );
    },
  });

  if (reasons.isPending || permanences.isPending) return <Loading />;
  if (reasons.isError) return <ErrorAlert error={reasons.error} />;
  if (permanences.isError) return <ErrorAlert error={permanences.error} />;

  const shownReasons = reasons.data.filter((r) => showArchived || !r.archived);
  const shownPermanences = permanences.data
    .filter((p) => showArchived || !p.archived)
    .sort((a, b) => a.weekday - b.weekday || a.startTime.localeCompare(b.startTime));
  const archivedCount =
    reasons.data.filter((r) => r.archived).length + permanences.data.filter((p) => p.archived).length;

  return (
    <Stack gap="xl">
      <Group gap="sm">
        <ButtonLink to="/gestion/rendez-vous" variant="subtle" search={{}}>
          Voir l’agenda des rendez-vous
        </ButtonLink>
        {archivedCount > 0 && (
          <Checkbox
            label={`Afficher les éléments archivés (${archivedCount})`}
            checked={showArchived}
            onChange={(event) => setShowArchived(event.currentTarget.checked)}
          />
        )}
      </Group>
      {notice && (
        <Alert
          id="reglages-avis"
          tabIndex={-1}
          color="relais"
          variant="light"
          role="status"
          withCloseButton
          closeButtonLabel="Fermer"
          onClose={() => setNotice(null)}
        >
          {notice}
        </Alert>
      )}
      <ErrorAlert error={toggleReason.error ?? togglePermanence.error} />

      <Stack gap="sm" component="section" aria-labelledby="motifs-titre">
        <Group justify="space-between" gap="sm">
          <Title order={2} size="h3" id="motifs-titre">
            Motifs de rendez-vous
          </Title>
          <Button onClick={() => setEditingReason({ item: null })}>Nouveau motif</Button>
        </Group>
        {shownReasons.length === 0 ? (
          <Text>Aucun motif pour le moment. Commencez par en créer un : le public choisit d’abord un motif.</Text>
        ) : (
          <Stack component="ul" gap="sm" style={LIST}>
            {shownReasons.map((r) => (
              <Card component="li" key={r.id} withBorder padding="md" style={{ opacity: r.archived ? 0.75 : 1 }}>
                <Group justify="space-between" align="flex-start" gap="sm">
                  <Stack gap={4} style={{ flex: 1, minWidth: 220 }}>
                    <Group gap="xs">
                      <Title order={3} size="h4">
                        {r.label}
                      </Title>
                      {r.archived && (
                        <Badge color="gray" variant="light" tt="none">
                          Archivé
                        </Badge>
                      )}
                    </Group>
                    {r.description && <Text size="sm">{r.description}</Text>}
                    <Text size="sm">
                      {formatDuration(r.durationMinutes)} · {r.modes.map((m) => m.label).join(', ')} · {r.audienceLabel}
                    </Text>
                    <Text size="sm" c="dimmed">
                      {r.bookableOnline
                        ? `En ligne, de ${r.minNoticeHours} h à ${r.maxNoticeDays} jours à l’avance.`
                        : 'Réservé par l’équipe seulement (pas en ligne).'}
                    </Text>
                  </Stack>
                  <Group gap={4}>
                    <Button
                      size="compact-sm"
                      variant="light"
                      aria-label={`Modifier le motif ${r.label}`}
                      onClick={() => setEditingReason({ item: r })}
                    >
                      Modifier
                    </Button>
                    <Button
                      size="compact-sm"
                      variant="subtle"
                      aria-label={`${r.archived ? 'Rétablir' : 'Archiver'} le motif ${r.label}`}
                      loading={toggleReason.isPending && toggleReason.variables?.id === r.id}
                      onClick={() => toggleReason.mutate(r)}
                    >
                      {r.archived ? 'Rétablir' : 'Archiver'}
                    </Button>
                    {!r.used && (
                      <Button
                        size="compact-sm"
                        variant="subtle"
                        color="red"
                        aria-label={`Supprimer le motif ${r.label}`}
                        onClick={() => setRemoval({ kind: 'reason', reason: r })}
                      >
                        Supprimer
                      </Button>
                    )}
                  </Group>
                </Group>
              </Card>
            ))}
          </Stack>
        )}
      </Stack>

      <Stack gap="sm" component="section" aria-labelledby="permanences-titre">
        <Group justify="space-between" gap="sm">
          <Title order={2} size="h3" id="permanences-titre">
            Permanences
          </Title>
          <Button onClick={() => setEditingPermanence({ item: null })} disabled={reasons.data.every((r) => r.archived)}>
            Nouvelle permanence
          </Button>
        </Group>
        <Text size="sm" c="dimmed">
          Chaque semaine, le jour et les heures où une personne de l’équipe reçoit, au relais, par téléphone ou en
          visio. Les créneaux se suivent depuis l’heure de début, de la durée du motif. Jours fériés toujours fermés ;
          vacances scolaires (zone B) au choix ; un jour précis se ferme par une fermeture ponctuelle.
        </Text>
        {shownPermanences.length === 0 ? (
          <Text>Aucune permanence pour le moment : sans permanence, aucun créneau n’est proposé.</Text>
        ) : (
          <Stack component="ul" gap="sm" style={LIST}>
            {shownPermanences.map((p) => (
              <PermanenceCard
                key={p.id}
                relaisId={relaisId}
                permanence={p}
                toggling={togglePermanence.isPending && togglePermanence.variables?.id === p.id}
                onEdit={() => setEditingPermanence({ item: p })}
                onToggle={() => togglePermanence.mutate(p)}
                onRemove={() => setRemoval({ kind: 'permanence', permanence: p })}
                onChanged={say}
              />
            ))}
          </Stack>
        )}
      </Stack>

      <Modal
        opened={editingReason !== null}
        onClose={() => setEditingReason(null)}
        size="lg"
        title={editingReason?.item ? `Modifier le motif « ${editingReason.item.label} »` : 'Nouveau motif'}
      >
        {editingReason && (
          <ReasonForm
            key={editingReason.item?.id ?? 'nouveau'}
            relaisId={relaisId}
            reason={editingReason.item}
            onCancel={() => setEditingReason(null)}
            onSaved={(r) => {
              const created = editingReason.item === null;
              setEditingReason(null);
              say(
                created
                  ? `Le motif « ${r.label} » est ajouté. Proposez-le dans une permanence.`
                  : `Le motif « ${r.label} » est enregistré.`,
              );
            }}
          />
        )}
      </Modal>

      <Modal
        opened={editingPermanence !== null}
        onClose={() => setEditingPermanence(null)}
        size="lg"
        title={editingPermanence?.item ? 'Modifier la permanence' : 'Nouvelle permanence'}
      >
        {editingPermanence &&
          (animators.isError ? (
            <ErrorAlert error={animators.error} />
          ) : sites.isError ? (
            <ErrorAlert error={sites.error} />
          ) : !animators.data || !sites.data ? (
            <Loading />
          ) : (
            <PermanenceForm
              key={editingPermanence.item?.id ?? 'nouvelle'}
              relaisId={relaisId}
              permanence={editingPermanence.item}
              animators={animators.data}
              sites={sites.data.map((s) => ({ id: s.id, name: s.name }))}
              reasons={reasons.data}
              defaultAnimatorId={animators.data.some((a) => a.id === gestion.user.id) ? gestion.user.id : ''}
              onCancel={() => setEditingPermanence(null)}
              onSaved={(p) => {
                const created = editingPermanence.item === null;
                setEditingPermanence(null);
                say(
                  `La permanence du ${p.weekdayLabel} ${formatHours(p.startTime, p.endTime)} est ${created ? 'ajoutée' : 'enregistrée'}. Les rendez-vous déjà pris ne changent pas.`,
                );
              }}
            />
          ))}
      </Modal>

      <RemoveModal
        relaisId={relaisId}
        removal={removal}
        onClose={() => setRemoval(null)}
        onRemoved={async (message) => {
          setRemoval(null);
          await refresh();
          say(message);
        }}
      />
    </Stack>
  );
}

const LIST = { listStyle: 'none', padding: 0, margin: 0 } as const;

function PermanenceCard(props: {
  relaisId: string;
  permanence: Permanence;
  toggling: boolean;
  onEdit(): void;
  onToggle(): void;
  onRemove(): void;
  onChanged(message: string): void;
}) {
  const p = props.permanence;
  const title = `${WEEKDAY_NAMES[p.weekday - 1] ?? p.weekdayLabel} ${formatHours(p.startTime, p.endTime)}`;
  const place = p.mode === 'in_person' ? (p.site?.name ?? 'Sur place') : p.modeLabel;
  const [closing, setClosing] = useState(false);
  return (
    <Card component="li" withBorder padding="md" style={{ opacity: p.archived ? 0.75 : 1 }}>
      <Stack gap={6}>
        <Group justify="space-between" align="flex-start" gap="sm">
          <Stack gap={4} style={{ flex: 1, minWidth: 220 }}>
            <Group gap="xs">
              <Title order={3} size="h4">
                {title}
              </Title>
              {p.archived && (
                <Badge color="gray" variant="light" tt="none">
                  Archivée
                </Badge>
              )}
            </Group>
            {p.label && (
              <Text size="sm" fw={600}>
                {p.label}
              </Text>
            )}
            <Text size="sm">
              {place} · {p.animator.name}
            </Text>
            <Text size="sm" c="dimmed">
              {p.validTo
                ? `Du ${formatDate(p.validFrom)} au ${formatDate(p.validTo)}`
                : `Depuis le ${formatDate(p.validFrom)}, sans fin`}
              {p.skipSchoolHolidays ? ' · fermée pendant les vacances scolaires (zone B)' : ''}
            </Text>
            <Text size="sm">Motifs : {p.reasons.map((r) => r.label).join(', ') || '—'}</Text>
          </Stack>
          <Group gap={4}>
            <Button
              size="compact-sm"
              variant="light"
              aria-label={`Modifier la permanence ${title}`}
              onClick={props.onEdit}
            >
              Modifier
            </Button>
            <Button
              size="compact-sm"
              variant="subtle"
              aria-label={`${p.archived ? 'Rétablir' : 'Archiver'} la permanence ${title}`}
              loading={props.toggling}
              onClick={props.onToggle}
            >
              {p.archived ? 'Rétablir' : 'Archiver'}
            </Button>
            {!p.used && (
              <Button
                size="compact-sm"
                variant="subtle"
                color="red"
                aria-label={`Supprimer la permanence ${title}`}
                onClick={props.onRemove}
              >
                Supprimer
              </Button>
            )}
          </Group>
        </Group>
        {!p.archived && (
          <Closures
            relaisId={props.relaisId}
            permanence={p}
            title={title}
            closing={closing}
            setClosing={setClosing}
            onChanged={props.onChanged}
          />
        )}
      </Stack>
    </Card>
  );
}

/** The one-off closures of a permanence to come, and a short form to add one. */
function Closures(props: {
  relaisId: string;
  permanence: Permanence;
  title: string;
  closing: boolean;
  setClosing(value: boolean): void;
  onChanged(message: string): void;
}) {
  const { relaisId, permanence: p } = props;
  const queryClient = useQueryClient();
  const [date, setDate] = useState('');
  const [why, setWhy] = useState('');
  const [error, setError] = useState<string | null>(null);
  const prefix = `fermeture-${p.id}`;
  const after = async (message: string) => {
    await Promise.all([
      queryClient.invalidateQueries({ queryKey: appointmentKeys.permanences(relaisId) }),
      staleAfterAppointment(queryClient, relaisId),
    ]);
    props.onChanged(message);
  };
  const add = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/relais/{relaisId}/permanences/{permanenceId}/closures', {
          params: { path: { relaisId, permanenceId: p.id } },
          body: { date, reason: why.trim() },
        }),
      ),
    onSuccess: async (c) => {
      setDate('');
      setWhy('');
      props.setClosing(false);
      const booked =
        c.bookedAppointments === 0
          ? ''
          : c.bookedAppointments === 1
            ? ' Attention : un rendez-vous déjà pris ce jour-là n’est pas annulé ; annulez-le depuis l’agenda, la personne sera prévenue.'
            : ` Attention : ${c.bookedAppointments} rendez-vous déjà pris ce jour-là ne sont pas annulés ; annulez-les depuis l’agenda, les personnes seront prévenues.`;
      await after(`La permanence ${props.title} est fermée le ${formatLongDate(c.date)}.${booked}`);
    },
  });
  const remove = useMutation({
    mutationFn: (closureId: string) =>
      unwrap(
        api.DELETE('/api/relais/{relaisId}/permanences/{permanenceId}/closures/{closureId}', {
          params: { path: { relaisId, permanenceId: p.id, closureId } },
        }),
      ),
    onSuccess: async (_data, closureId) => {
      const c = p.closures.find((x) => x.id === closureId);
      await after(`La permanence ${props.title} est rouverte${c ? ` le ${formatLongDate(c.date)}` : ''}.`);
    },
  });
  const today = parisMoment().date;

  return (
    <Stack gap={6}>
      {p.closures.length > 0 && (
        <div>
          <Text size="sm" fw={600}>
            Fermetures ponctuelles à venir :
          </Text>
          <Stack component="ul" gap={4} style={{ ...LIST, marginTop: 4 }}>
            {p.closures.map((c) => (
              <Group component="li" key={c.id} gap="xs">
                <Text size="sm">
                  {capitalize(formatLongDate(c.date))}
                  {c.reason ? ` (${c.reason})` : ''}
                </Text>
                <Button
                  size="compact-xs"
                  variant="subtle"
                  aria-label={`Rouvrir le ${formatLongDate(c.date)}`}
                  loading={remove.isPending && remove.variables === c.id}
                  onClick={() => remove.mutate(c.id)}
                >
                  Rouvrir
                </Button>
              </Group>
            ))}
          </Stack>
        </div>
      )}
      <ErrorAlert error={remove.error} />
      {props.closing ? (
        <form
          noValidate
          aria-label={`Fermer la permanence ${props.title} un jour`}
          onSubmit={(event) => {
            event.preventDefault();
            if (!isIsoDate(date)) setError('Indiquez le jour à fermer.');
            else if (date < today) setError('Ce jour est déjà passé.');
            else if (isoWeekday(date) !== p.weekday) {
              setError(
                `Le ${formatLongDate(date)} n’est pas un ${p.weekdayLabel} : la permanence n’a pas lieu ce jour-là.`,
              );
            } else {
              setError(null);
              add.mutate();
            }
          }}
        >
          <Stack gap="xs" p="sm" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
            <Group gap="sm" align="flex-start" wrap="wrap">
              <TextInput
                type="date"
                label={`Jour (un ${p.weekdayLabel})`}
                min={today}
                value={date}
                id={`${prefix}-date`}
                error={error}
                onChange={(event) => setDate(event.currentTarget.value)}
              />
              <TextInput
                label="Motif (facultatif)"
                placeholder="Formation, congé…"
                maxLength={200}
                value={why}
                onChange={(event) => setWhy(event.currentTarget.value)}
              />
            </Group>
            <Text size="xs" c="dimmed">
              Les rendez-vous déjà pris ce jour-là restent : prévenez les personnes ou annulez-les depuis l’agenda.
            </Text>
            <ErrorAlert error={add.error} title="La fermeture n’a pas été enregistrée" />
            <Group gap="xs">
              <Button type="submit" size="xs" loading={add.isPending}>
                Fermer ce jour
              </Button>
              <Button size="xs" variant="default" onClick={() => props.setClosing(false)}>
                Annuler
              </Button>
            </Group>
          </Stack>
        </form>
      ) : (
        <div>
          <Button
            size="compact-sm"
            variant="subtle"
            aria-label={`Fermer la permanence ${props.title} un jour précis`}
            onClick={() => {
              props.setClosing(true);
              focusSoon(`${prefix}-date`);
            }}
          >
            Fermer un jour…
          </Button>
        </div>
      )}
    </Stack>
  );
}

function RemoveModal(props: { relaisId: string; removal: Removal; onClose(): void; onRemoved(message: string): void }) {
  const { relaisId, removal } = props;
  const remove = useMutation({
    mutationFn: async (r: NonNullable<Removal>) => {
      if (r.kind === 'reason') {
        await unwrap(
          api.DELETE('/api/relais/{relaisId}/appointment-reasons/{reasonId}', {
            params: { path: { relaisId, reasonId: r.reason.id } },
          }),
        );
        return `Le motif « ${r.reason.label} » est supprimé.`;
      }
      await unwrap(
        api.DELETE('/api/relais/{relaisId}/permanences/{permanenceId}', {
          params: { path: { relaisId, permanenceId: r.permanence.id } },
        }),
      );
      return `La permanence du ${r.permanence.weekdayLabel} ${formatHours(r.permanence.startTime, r.permanence.endTime)} est supprimée.`;
    },
    onSuccess: (message) => props.onRemoved(message),
  });
  const what =
    removal?.kind === 'reason'
      ? `le motif « ${removal.reason.label} »`
      : removal
        ? `la permanence du ${removal.permanence.weekdayLabel} ${formatHours(removal.permanence.startTime, removal.permanence.endTime)}`
        : '';
  return (
    <Modal
      opened={removal !== null}
      onClose={() => {
        remove.reset();
        props.onClose();
      }}
      title={removal?.kind === 'reason' ? 'Supprimer un motif' : 'Supprimer une permanence'}
    >
      {removal && (
        <Stack>
          <Text>Supprimer {what} ? Aucun rendez-vous n’y a encore été pris : rien d’autre ne change.</Text>
          <ErrorAlert error={remove.error} title="Suppression impossible" />
          <Group justify="flex-end">
            <Button variant="default" onClick={props.onClose}>
              Annuler
            </Button>
            <Button color="red" loading={remove.isPending} onClick={() => remove.mutate(removal)}>
              Supprimer
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
