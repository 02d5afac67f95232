import '../../../styles/mantine-request-form.css';
import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { api, unwrap } from '../../../api/client.js';
import {
  JOB_OFFER_OUTCOMES,
  jobOfferKeys,
  offerFormQuery,
  OPEN_STATUSES,
  staffOfferQuery,
  type JobOfferOutcome,
  type StaffOffer,
} from '../../../api/job-offers.js';
import { ErrorAlert, Loading, Notice } from '../../../components/feedback.js';
import { InlineDetail } from '../../../components/InlineDetail.js';
import { TableScroll } from '../../../components/layout.js';
import { AnchorLink } from '../../../components/links.js';
import { PageHeader } from '../../../components/page.js';
import { formatDate, formatDateTime, plural, telHref } from '../../../lib/format.js';
import { OfferFields, toEditInput, valuesOf } from '../../public/job-offers/OfferFields.js';
import { RegisterPage } from '../childminders/shared.js';
import { useGestion } from '../context.js';
import { needText, OfferStatusBadge } from './JobOffersPage.js';

const DEFAULT_TITLE = 'Offre d’emploi';
const RADII = [5, 10, 15, 20, 30, 50];

/** "/gestion/offres-emploi/{id}": an offer, who it reaches, its answers and history; check and publish it. */
export function JobOfferPage() {
  return (
    <RegisterPage action="jobOffers.read" title={DEFAULT_TITLE}>
      {(relaisId) => <Detail relaisId={relaisId} />}
    </RegisterPage>
  );
}

function Detail({ relaisId }: { relaisId: string }) {
  const { offerId } = useParams({ from: '/gestion/offres-emploi/$offerId' });
  const detail = useQuery(staffOfferQuery(relaisId, offerId));
  const [notice, setNotice] = useState<string | null>(null);
  const o = detail.data;
  return (
    <>
      <PageHeader
        title={o ? `Offre de ${o.name || 'parent (effacé)'}` : DEFAULT_TITLE}
        lead={
          o ? (
            <Group component="span" gap="xs">
              <OfferStatusBadge status={o.status} label={o.statusLabel} />
              <span>
                {o.communeName} · déposée le {formatDateTime(o.createdAt)}
              </span>
            </Group>
          ) : undefined
        }
      />
      <Stack gap="md">
        <div>
          <AnchorLink to="/gestion/offres-emploi">← Toutes les offres</AnchorLink>
        </div>
        <Notice message={notice} onClose={() => setNotice(null)} />
        {detail.isPending ? (
          <Loading />
        ) : detail.isError ? (
          <ErrorAlert error={detail.error} title="Offre introuvable" />
        ) : (
          <OfferView relaisId={relaisId} offer={detail.data} onDone={setNotice} />
        )}
      </Stack>
    </>
  );
}

function OfferView(props: { relaisId: string; offer: StaffOffer; onDone(message: string): void }) {
  const { offer } = props;
  const gestion = useGestion();
  const queryClient = useQueryClient();
  const [correcting, setCorrecting] = useState(false);
  const moderate = gestion.can('jobOffers.moderate');
  const saved = (next: StaffOffer, message: string) => {
    queryClient.setQueryData(jobOfferKeys.one(props.relaisId, offer.id), next);
    void queryClient.invalidateQueries({ queryKey: jobOfferKeys.all(props.relaisId) });
    setCorrecting(false);
    props.onDone(message);
  };
  const open = (OPEN_STATUSES as readonly string[]).includes(offer.status);

  return (
    <Stack gap="md">
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        <Card withBorder padding="lg" component="section" aria-labelledby="besoin-titre">
          <Title order={2} size="h3" id="besoin-titre" mb="sm">
            Le besoin
          </Title>
          <Stack gap={2} component="dl" my={0}>
            <InlineDetail term="Où">
              {[
                offer.communeName,
                ...offer.communes.filter((c) => c.inseeCode !== offer.inseeCode).map((c) => c.name),
              ].join(', ')}
              {offer.radiusKm !== null && `, ou à ${offer.radiusKm} km`}
            </InlineDetail>
            <InlineDetail term="Quand">
              à partir du {formatDate(offer.startOn)}
              {offer.endOn && ` jusqu’au ${formatDate(offer.endOn)}`}
            </InlineDetail>
            <InlineDetail term="Horaires">{offer.scheduleText}</InlineDetail>
            <InlineDetail term="En bref">{needText(offer)}</InlineDetail>
            {offer.details && <InlineDetail term="Précisions">{offer.details}</InlineDetail>}
            {offer.expiresOn && <InlineDetail term="Expire le">{formatDate(offer.expiresOn)}</InlineDetail>}
            {offer.refusalReason && <InlineDetail term="Refusée car">{offer.refusalReason}</InlineDetail>}
            {offer.outcomeLabel && (
              <InlineDetail term="Suite">
                {offer.outcomeLabel}
                {offer.outcomeNote && ` — ${offer.outcomeNote}`}
              </InlineDetail>
            )}
          </Stack>
          {moderate && offer.status === 'pending' && !correcting && (
            <Button variant="outline" mt="md" onClick={() => setCorrecting(true)}>
              Corriger le besoin
            </Button>
          )}
        </Card>
        <Card withBorder padding="lg" component="section" aria-labelledby="parent-titre">
          <Title order={2} size="h3" id="parent-titre" mb="sm">
            Le parent
          </Title>
          {offer.anonymised ? (
            <Text>Les coordonnées du parent ont été effacées (durée de conservation dépassée).</Text>
          ) : (
            <Stack gap={2} component="dl" my={0}>
              <InlineDetail term="Nom">{offer.name}</InlineDetail>
              <InlineDetail term="E-mail">{offer.email}</InlineDetail>
              {offer.parentPhone && (
                <InlineDetail term="Téléphone">
                  <a href={telHref(offer.parentPhone)}>{offer.parentPhone}</a>
                  {offer.showPhone ? ' (affiché aux assistant·es maternel·les)' : ' (non affiché)'}
                </InlineDetail>
              )}
              <InlineDetail term="Adresse confirmée">
                {offer.emailVerifiedAt ? formatDateTime(offer.emailVerifiedAt) : 'pas encore'}
              </InlineDetail>
            </Stack>
          )}
        </Card>
      </SimpleGrid>

      {correcting && (
        <Correct
          relaisId={props.relaisId}
          offer={offer}
          onSaved={(next) => saved(next, 'Offre corrigée.')}
          onCancel={() => setCorrecting(false)}
        />
      )}
      {moderate && offer.status === 'pending' && !correcting && (
        <>
          <AudienceAndPublish relaisId={props.relaisId} offer={offer} onSaved={saved} />
          <Refuse relaisId={props.relaisId} offer={offer} onSaved={saved} />
        </>
      )}
      {offer.recipients.length > 0 && <Recipients offer={offer} />}
      <Answers offer={offer} />
      {moderate && (open || offer.outcome === null) && offer.status !== 'email_pending' && (
        <Outcome relaisId={props.relaisId} offer={offer} onSaved={saved} />
      )}
      <History offer={offer} />
    </Stack>
  );
}

function Correct(props: { relaisId: string; offer: StaffOffer; onSaved(next: StaffOffer): void; onCancel(): void }) {
  const form = useQuery(offerFormQuery(props.offer.relaisSlug));
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="corriger-titre">
      <Title order={2} size="h3" id="corriger-titre" mb="sm">
        Corriger le besoin
      </Title>
      {form.isPending ? (
        <Loading />
      ) : form.isError ? (
        <ErrorAlert error={form.error} />
      ) : (
        <OfferFields
          form={form.data}
          initial={valuesOf(props.offer)}
          creating={false}
          submitLabel="Enregistrer la correction"
          save={(values) =>
            unwrap(
              api.PUT('/api/relais/{relaisId}/job-offers/{offerId}', {
                params: { path: { relaisId: props.relaisId, offerId: props.offer.id } },
                body: toEditInput(values),
              }),
            )
          }
          onSaved={props.onSaved}
          onCancel={props.onCancel}
        />
      )}
    </Card>
  );
}

/** Who the offer would reach, ranked with the reasons; staff leave some out or change the radius, then publish. */
function AudienceAndPublish(props: {
  relaisId: string;
  offer: StaffOffer;
  onSaved(next: StaffOffer, message: string): void;
}) {
  const [radius, setRadius] = useState<string>(props.offer.radiusKm === null ? '' : String(props.offer.radiusKm));
  const [excluded, setExcluded] = useState<string[]>([]);
  const radiusKm = radius === '' ? undefined : Number(radius);
  const audience = useQuery({
    queryKey: [...jobOfferKeys.one(props.relaisId, props.offer.id), 'audience', radiusKm ?? null],
    queryFn: () =>
      unwrap(
        api.GET('/api/relais/{relaisId}/job-offers/{offerId}/audience', {
          params: {
            path: { relaisId: props.relaisId, offerId: props.offer.id },
            query: radiusKm === undefined ? {} : { radiusKm },
          },
        }),
      ),
  });
  const chosen = (audience.data?.childminders ?? []).filter((c) => !excluded.includes(c.childminderId));
  const publish = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/relais/{relaisId}/job-offers/{offerId}/publish', {
          params: { path: { relaisId: props.relaisId, offerId: props.offer.id } },
          body: { ...(radiusKm === undefined ? {} : { radiusKm }), exclude: excluded },
        }),
      ),
    onSuccess: (next) =>
      props.onSaved(
        next,
        `Offre publiée : envoyée à ${plural(next.recipients.length, 'assistant·e maternel·le', 'assistant·es maternel·les')}.`,
      ),
  });
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="audience-titre">
      <Title order={2} size="h3" id="audience-titre" mb="xs">
        Destinataires et publication
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Les assistant·es maternel·les actives dont l’agrément, les âges, la commune et les places libres déclarées
        correspondent, des plus proches du besoin aux moins proches. Décochez celles à qui l’offre ne doit pas partir.
      </Text>
      <NativeSelect
        label="Zone"
        maw={360}
        value={radius}
        onChange={(event) => setRadius(event.currentTarget.value)}
        data={[
          {
            value: '',
            label:
              props.offer.radiusKm === null
                ? 'Communes choisies par le parent'
                : `${props.offer.radiusKm} km (choix du parent)`,
          },
          ...RADII.filter((km) => km !== props.offer.radiusKm).map((km) => ({
            value: String(km),
            label: `Élargir ou réduire à ${km} km`,
          })),
        ]}
      />
      {audience.isPending ? (
        <Loading />
      ) : audience.isError ? (
        <ErrorAlert error={audience.error} />
      ) : audience.data.childminders.length === 0 ? (
        <Alert color="gray" variant="light" mt="sm">
          Aucune assistante maternelle ne correspond : élargissez la zone, ou publiez tout de même (l’offre sera visible
          de toutes dans leur espace).
        </Alert>
      ) : (
        <TableScroll label="Destinataires possibles">
          <Table mt="sm" verticalSpacing="xs" miw={640}>
            <Table.Caption>
              {plural(
                audience.data.total,
                'assistant·e maternel·le correspond',
                'assistant·es maternel·les correspondent',
              )}
            </Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Envoyer</Table.Th>
                <Table.Th scope="col">Assistant·e maternel·le</Table.Th>
                <Table.Th scope="col">Pourquoi</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {audience.data.childminders.map((c) => (
                <Table.Tr key={c.childminderId}>
                  <Table.Td>
                    <Checkbox
                      aria-label={`Envoyer à ${c.name}`}
                      checked={!excluded.includes(c.childminderId)}
                      onChange={(event) => {
                        const keep = event.currentTarget.checked;
                        setExcluded((list) =>
                          keep ? list.filter((id) => id !== c.childminderId) : [...list, c.childminderId],
                        );
                      }}
                    />
                  </Table.Td>
                  <Table.Th scope="row" fw={500}>
                    {c.rank}. {c.name}
                    <Text size="xs" c="dimmed">
                      {c.communeName}
                      {!c.hasEmail && ' — pas d’e-mail : à prévenir par téléphone'}
                    </Text>
                  </Table.Th>
                  <Table.Td>
                    <List size="sm" spacing={2}>
                      {c.reasons.map((r) => (
                        <List.Item key={r}>{r}</List.Item>
                      ))}
                    </List>
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <ErrorAlert error={publish.error} />
      <Button mt="md" onClick={() => publish.mutate()} loading={publish.isPending} disabled={audience.isPending}>
        Publier et envoyer à {plural(chosen.length, 'assistant·e maternel·le', 'assistant·es maternel·les')}
      </Button>
    </Card>
  );
}

function Refuse(props: { relaisId: string; offer: StaffOffer; onSaved(next: StaffOffer, message: string): void }) {
  const [reason, setReason] = useState('');
  const refuse = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/relais/{relaisId}/job-offers/{offerId}/refuse', {
          params: { path: { relaisId: props.relaisId, offerId: props.offer.id } },
          body: { reason: reason.trim() },
        }),
      ),
    onSuccess: (next) => props.onSaved(next, 'Offre refusée : le parent en est informé par e-mail.'),
  });
  return (
    <Card
      withBorder
      padding="lg"
      component="form"
      aria-labelledby="refus-titre"
      onSubmit={(event) => {
        event.preventDefault();
        refuse.mutate();
      }}
    >
      <Title order={2} size="h3" id="refus-titre" mb="sm">
        Refuser l’offre
      </Title>
      <Textarea
        label="Raison, envoyée au parent"
        description="Par exemple : besoin hors du territoire, offre d’un professionnel, contenu inapproprié."
        autosize
        minRows={2}
        value={reason}
        onChange={(event) => setReason(event.currentTarget.value)}
      />
      <ErrorAlert error={refuse.error} />
      <Button type="submit" color="red" variant="outline" mt="sm" loading={refuse.isPending}>
        Refuser l’offre
      </Button>
    </Card>
  );
}

function Outcome(props: { relaisId: string; offer: StaffOffer; onSaved(next: StaffOffer, message: string): void }) {
  const [outcome, setOutcome] = useState<JobOfferOutcome>(
    (props.offer.outcome as JobOfferOutcome | null) ?? 'filled_childminder',
  );
  const [note, setNote] = useState(props.offer.outcomeNote);
  const save = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/relais/{relaisId}/job-offers/{offerId}/outcome', {
          params: { path: { relaisId: props.relaisId, offerId: props.offer.id } },
          body: { outcome, note: note.trim() },
        }),
      ),
    onSuccess: (next) => props.onSaved(next, 'Suite enregistrée.'),
  });
  return (
    <Card
      withBorder
      padding="lg"
      component="form"
      aria-labelledby="suite-titre"
      onSubmit={(event) => {
        event.preventDefault();
        save.mutate();
      }}
    >
      <Title order={2} size="h3" id="suite-titre" mb="sm">
        Suite donnée
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
        <NativeSelect
          label="Suite"
          value={outcome}
          onChange={(event) => setOutcome(event.currentTarget.value as JobOfferOutcome)}
          data={Object.entries(JOB_OFFER_OUTCOMES).map(([value, label]) => ({ value, label }))}
        />
        <Textarea
          label="Note (facultatif)"
          autosize
          minRows={1}
          maxLength={500}
          value={note}
          onChange={(event) => setNote(event.currentTarget.value)}
        />
      </SimpleGrid>
      <ErrorAlert error={save.error} />
      <Button type="submit" variant="outline" mt="sm" loading={save.isPending}>
        Enregistrer la suite
      </Button>
    </Card>
  );
}

function Recipients({ offer }: { offer: StaffOffer }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="destinataires-titre">
      <Title order={2} size="h3" id="destinataires-titre" mb="sm">
        Envoyée à {plural(offer.recipients.length, 'assistant·e maternel·le', 'assistant·es maternel·les')}
      </Title>
      <List spacing={4} size="sm">
        {offer.recipients.map((r) => (
          <List.Item key={r.childminderId}>
            {r.rank}. <strong>{r.name}</strong> — {r.reasons[0] ?? ''}
            {r.addedByStaff && ' (ajoutée par le relais)'} — {formatDateTime(r.sentAt)}
          </List.Item>
        ))}
      </List>
    </Card>
  );
}

function Answers({ offer }: { offer: StaffOffer }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="reponses-titre">
      <Title order={2} size="h3" id="reponses-titre" mb="sm">
        Réponses ({offer.answerList.length})
      </Title>
      {offer.answerList.length === 0 ? (
        <Text>Aucune réponse pour le moment.</Text>
      ) : (
        <Stack gap="sm">
          {offer.answerList.map((a) => (
            <div key={a.id}>
              <Text fw={600}>
                {a.name} — {formatDateTime(a.at)}
                {a.shareContact ? ' (coordonnées transmises)' : ' (sans ses coordonnées)'}
              </Text>
              <Text className="multiline">{a.message}</Text>
            </div>
          ))}
        </Stack>
      )}
    </Card>
  );
}

function History({ offer }: { offer: StaffOffer }) {
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="historique-titre">
      <Title order={2} size="h3" id="historique-titre" mb="sm">
        Historique
      </Title>
      <List spacing={4} size="sm">
        {offer.events.map((e) => (
          <List.Item key={e.id}>
            {formatDateTime(e.at)} — {e.label}
            {e.actor && ` (${e.actor})`}
            {e.detail && ` : ${e.detail}`}
          </List.Item>
        ))}
      </List>
    </Card>
  );
}
