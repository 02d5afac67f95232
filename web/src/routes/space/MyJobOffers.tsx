import {
  Alert,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  List,
  Radio,
  Stack,
  Switch,
  Text,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, unwrap } from '../../api/client.js';
import { MAX_MESSAGE, myOffersKey, myOffersQuery, type MyOffer } from '../../api/job-offers.js';
import { ErrorAlert, Loading } from '../../components/feedback.js';
import { formatDate, plural } from '../../lib/format.js';
import { MY_AVAILABILITY_KEY, SlotFields, slotsOf, slotText, useMyAvailability, type Slot } from './SlotFields.js';

/**
 * The parents' job offers that the relais sent to the childminder (or, if she wishes, all the
 * published offers of her relais): she answers « intéressée » with a message, or hides one.
 */
export function MyJobOffers() {
  const [all, setAll] = useState(false);
  const query = useQuery(myOffersQuery(all ? 'all' : 'fit'));
  const offers = (query.data?.offers ?? []).filter((o) => !o.hidden);
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="offers-title">
      <Group justify="space-between" align="flex-start" mb="sm">
        <Title order={2} size="h3" id="offers-title">
          Offres d’emploi des parents
        </Title>
        <Switch
          label="Voir toutes les offres du relais"
          checked={all}
          onChange={(event) => setAll(event.currentTarget.checked)}
        />
      </Group>
      <Text size="sm" c="dimmed" mb="md">
        {all
          ? 'Toutes les offres publiées par le relais, même celles qui ne correspondent pas à vos places libres.'
          : 'Les offres que le relais vous a transmises parce qu’elles correspondent à vos places libres.'}
      </Text>
      {query.isPending ? (
        <Loading />
      ) : query.isError ? (
        <ErrorAlert error={query.error} />
      ) : offers.length === 0 ? (
        <Text>
          Aucune offre pour le moment. Tenez vos disponibilités à jour : le relais vous transmet les offres qui y
          correspondent.
        </Text>
      ) : (
        <Stack gap="md">
          {offers.map((offer) => (
            <OfferCard key={offer.id} offer={offer} scope={all ? 'all' : 'fit'} />
          ))}
        </Stack>
      )}
    </Card>
  );
}

function OfferCard({ offer, scope }: { offer: MyOffer; scope: 'fit' | 'all' }) {
  const queryClient = useQueryClient();
  const [answering, setAnswering] = useState(false);
  const refresh = () => queryClient.invalidateQueries({ queryKey: myOffersKey });
  const hide = useMutation({
    mutationFn: () =>
      unwrap(api.POST('/api/me/job-offers/{offerId}/hide', { params: { path: { offerId: offer.id } } })),
    onSuccess: refresh,
  });
  const titleId = `offre-${offer.id}`;
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={titleId}>
      <Group justify="space-between" align="flex-start" gap="xs">
        <Title order={3} size="h4" id={titleId}>
          {offer.communeName}, à partir du {formatDate(offer.startOn)}
        </Title>
        {offer.answered && (
          <Badge variant="light" tt="none">
            Vous avez répondu
          </Badge>
        )}
      </Group>
      <List spacing={2} size="sm" mt="xs">
        <List.Item>
          {offer.scheduleText} ({offer.weeklyHours} h par semaine{offer.atypicalHours && ', horaires atypiques'})
        </List.Item>
        <List.Item>
          {plural(offer.childrenCount, 'enfant')}, {offer.childAgeMonths} mois au début de l’accueil
          {offer.endOn && `, jusqu’au ${formatDate(offer.endOn)}`}
        </List.Item>
        {offer.disability && <List.Item>Handicap ou maladie à prendre en compte</List.Item>}
        {offer.emergency && <List.Item>Urgent</List.Item>}
        {offer.details && <List.Item>Précisions du parent : {offer.details}</List.Item>}
        {offer.phone && <List.Item>Téléphone du parent : {offer.phone}</List.Item>}
      </List>
      {offer.reasons.length > 0 && (
        <Text size="sm" mt="xs">
          Pourquoi vous : {offer.reasons.join(' ; ')}
        </Text>
      )}
      {scope === 'all' && !offer.sentToMe && (
        <Text size="sm" c="dimmed" mt="xs">
          Cette offre ne correspond pas à vos places libres déclarées.
        </Text>
      )}
      {answering ? (
        <AnswerForm offer={offer} onDone={() => setAnswering(false)} />
      ) : (
        <Group gap="sm" mt="sm">
          {!offer.answered && <Button onClick={() => setAnswering(true)}>Je suis intéressée</Button>}
          <Button variant="subtle" onClick={() => hide.mutate()} loading={hide.isPending}>
            Masquer
          </Button>
        </Group>
      )}
      <ErrorAlert error={hide.error} />
    </Card>
  );
}

type AvailabilityChoice = 'keep' | 'confirm' | 'replace';

function AnswerForm({ offer, onDone }: { offer: MyOffer; onDone(): void }) {
  const queryClient = useQueryClient();
  const [message, setMessage] = useState('');
  const [shareContact, setShareContact] = useState(true);
  const [choice, setChoice] = useState<AvailabilityChoice>('keep');
  const current = useMyAvailability();
  const [slots, setSlots] = useState<Slot[] | null>(null);
  const answer = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/me/job-offers/{offerId}/answer', {
          params: { path: { offerId: offer.id } },
          body: {
            message: message.trim(),
            shareContact,
            ...(choice === 'confirm' ? { availability: { action: 'confirm' as const } } : {}),
            ...(choice === 'replace' ? { availability: { action: 'replace' as const, slots: slots ?? [] } } : {}),
          },
        }),
      ),
    onSuccess: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: myOffersKey }),
        queryClient.invalidateQueries({ queryKey: MY_AVAILABILITY_KEY }),
      ]),
  });
  const choose = (value: string) => {
    setChoice(value as AvailabilityChoice);
    if (value === 'replace' && slots === null && current.data) setSlots(slotsOf(current.data));
  };
  if (answer.isSuccess) {
    return (
      <Alert
        color="relais"
        variant="light"
        mt="sm"
        role="status"
        withCloseButton
        closeButtonLabel="Fermer"
        onClose={onDone}
      >
        Votre réponse a été transmise au parent par e-mail.
        {shareContact ? ' Il a vos coordonnées pour vous joindre.' : ' Il vous répondra par le relais.'}
        {choice === 'keep'
          ? ' Pensez à mettre à jour vos disponibilités si cette place est prise.'
          : choice === 'confirm'
            ? ' Vos disponibilités sont confirmées.'
            : ' Vos disponibilités sont mises à jour.'}
      </Alert>
    );
  }
  return (
    <Stack
      component="form"
      gap="xs"
      mt="sm"
      aria-label={`Répondre à l’offre de ${offer.communeName}`}
      onSubmit={(event) => {
        event.preventDefault();
        answer.mutate();
      }}
    >
      <Textarea
        label="Votre message au parent"
        description="Par exemple : vos horaires, votre quartier, quand vous joindre."
        required
        autosize
        minRows={3}
        maxLength={MAX_MESSAGE}
        value={message}
        onChange={(event) => setMessage(event.currentTarget.value)}
      />
      <Checkbox
        label="Transmettre mon téléphone et mon e-mail au parent"
        checked={shareContact}
        onChange={(event) => setShareContact(event.currentTarget.checked)}
      />
      {current.data && (
        <Radio.Group
          label="Vos places libres"
          description={
            current.data.slots.length === 0
              ? 'Vous n’avez déclaré aucune place libre.'
              : current.data.slots.map(slotText).join(' ; ')
          }
          value={choice}
          onChange={choose}
        >
          <Stack gap={6} mt={6}>
            <Radio value="keep" label="Ne rien changer" />
            <Radio value="confirm" label="Elles sont toujours exactes" />
            <Radio value="replace" label="Les mettre à jour en même temps" />
          </Stack>
        </Radio.Group>
      )}
      {choice === 'replace' && slots !== null && (
        <SlotFields slots={slots} onChange={setSlots} error={answer.error} prefix="availability" />
      )}
      <ErrorAlert error={answer.error} />
      <Group gap="sm">
        <Button type="submit" loading={answer.isPending}>
          Envoyer ma réponse
        </Button>
        <Button variant="subtle" onClick={onDone}>
          Annuler
        </Button>
      </Group>
    </Stack>
  );
}
