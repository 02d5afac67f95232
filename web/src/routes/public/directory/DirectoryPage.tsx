import '../../../styles/mantine-directory.css';
import {
  Alert,
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  NumberInput,
  Select,
  SimpleGrid,
  Stack,
  Text,
  TextInput,
  Textarea,
  Title,
} from '@mantine/core';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useParams } from '@tanstack/react-router';
import { useState, type FormEvent } from 'react';
import { DirectoryMapSection } from './DirectoryMapSection.js';
import { api, ApiError, unwrap } from '../../../api/client.js';
import { publicRelaisQuery } from '../../../api/public.js';
import type { paths } from '../../../api/schema.js';
import { ErrorAlert, Loading } from '../../../components/feedback.js';
import { PageHeader } from '../../../components/page.js';

type Directory = paths['/api/public/relais/{slug}/directory']['get']['responses'][200]['content']['application/json'];
type Childminder = Directory['childminders'][number];

const DAYS: [number, string][] = [
  [1, 'Lundi'],
  [2, 'Mardi'],
  [3, 'Mercredi'],
  [4, 'Jeudi'],
  [5, 'Vendredi'],
  [6, 'Samedi'],
];
const dayNames = (days: number[]) =>
  days.map((d) => DAYS.find(([n]) => n === d)?.[1].toLowerCase() ?? 'dimanche').join(', ');
const frDate = (iso: string) =>
  new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'long' }).format(
    new Date(`${iso}T12:00:00Z`),
  );
const ageLabel = (months: number | null) =>
  months === null ? null : months < 24 ? `${months} mois` : `${Math.floor(months / 12)} ans`;

interface Criteria {
  commune: string | null;
  radiusKm: number;
  ageMonths: number | '';
  days: string[];
  from: string;
  to: string;
  startDate: string;
}

function toQuery(c: Criteria) {
  return {
    commune: c.commune ?? undefined,
    radiusKm: c.radiusKm,
    ageMonths: c.ageMonths === '' ? undefined : c.ageMonths,
    days: c.days.length > 0 ? [...c.days].sort().join(',') : undefined,
    from: c.from || undefined,
    to: c.to || undefined,
    startDate: c.startDate || undefined,
  };
}

/** "/r/{slug}/annuaire": families look for a childminder, a MAM or a crèche near them. */
export function DirectoryPage() {
  const { slug } = useParams({ from: '/public/r/$slug/annuaire' });
  const relais = useQuery(publicRelaisQuery(slug));
  const [criteria, setCriteria] = useState<Criteria>({
    commune: null,
    radiusKm: 15,
    ageMonths: '',
    days: [],
    from: '',
    to: '',
    startDate: '',
  });
  const [submitted, setSubmitted] = useState<Criteria | null>(null);
  const results = useQuery({
    queryKey: ['public', 'directory', slug, submitted],
    enabled: submitted !== null,
    queryFn: () =>
      unwrap(
        api.GET('/api/public/relais/{slug}/directory', {
          params: { path: { slug }, query: toQuery(submitted as Criteria) },
        }),
      ),
  });
  const communes = (relais.data?.communes ?? [])
    .map((c) => ({ value: c.inseeCode, label: c.name }))
    .sort((a, b) => a.label.localeCompare(b.label, 'fr'));

  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    setSubmitted({ ...criteria });
  };

  return (
    <Stack gap="lg">
      <PageHeader
        title="Trouver un mode d’accueil"
        documentTitle={`Annuaire — ${relais.data?.name ?? 'Relais Petite Enfance'}`}
        lead="Assistant·es maternel·les ayant une place libre, maisons d’assistants maternels et crèches du territoire."
      />
      <Card withBorder padding="lg" component="form" onSubmit={onSubmit} aria-labelledby="criteria-title">
        <Title order={2} size="h3" id="criteria-title" mb="sm">
          Votre besoin
        </Title>
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
          <Select
            label="Commune"
            placeholder="Toutes les communes"
            data={communes}
            value={criteria.commune}
            onChange={(commune) => setCriteria({ ...criteria, commune })}
            clearable
            searchable
          />
          <NumberInput
            label="Distance maximale (km)"
            min={1}
            max={100}
            value={criteria.radiusKm}
            onChange={(v) => setCriteria({ ...criteria, radiusKm: typeof v === 'number' ? v : 15 })}
          />
          <NumberInput
            label="Âge de l’enfant à l’entrée (mois)"
            description="Par exemple 4 pour un bébé de 4 mois"
            min={0}
            max={216}
            value={criteria.ageMonths}
            onChange={(v) => setCriteria({ ...criteria, ageMonths: typeof v === 'number' ? v : '' })}
          />
          <TextInput
            type="date"
            label="À partir du"
            value={criteria.startDate}
            onChange={(e) => setCriteria({ ...criteria, startDate: e.currentTarget.value })}
          />
          <TextInput
            type="time"
            label="Arrivée de l’enfant"
            value={criteria.from}
            onChange={(e) => setCriteria({ ...criteria, from: e.currentTarget.value })}
          />
          <TextInput
            type="time"
            label="Départ de l’enfant"
            value={criteria.to}
            onChange={(e) => setCriteria({ ...criteria, to: e.currentTarget.value })}
          />
        </SimpleGrid>
        <Checkbox.Group
          mt="md"
          label="Jours d’accueil"
          value={criteria.days}
          onChange={(days) => setCriteria({ ...criteria, days })}
        >
          <Group mt="xs">
            {DAYS.map(([n, label]) => (
              <Checkbox key={n} value={String(n)} label={label} />
            ))}
          </Group>
        </Checkbox.Group>
        <Group mt="lg">
          <Button type="submit">Rechercher</Button>
        </Group>
      </Card>

      <DirectoryMapSection slug={slug} />

      {results.isFetching && <Loading />}
      <ErrorAlert error={results.error} />
      {results.data && <Results data={results.data} slug={slug} />}
    </Stack>
  );
}

function Results({ data, slug }: { data: Directory; slug: string }) {
  const distance = (km: number | null) => (km === null ? null : km === 0 ? 'dans la commune' : `à ${km} km`);
  return (
    <Stack gap="lg" aria-live="polite">
      <section aria-labelledby="am-title">
        <Title order={2} id="am-title" mb="sm">
          Assistant·es maternel·les avec une place libre ({data.childminderTotal})
        </Title>
        {data.childminderTotal > data.childminders.length && (
          <Text mb="sm">
            Les {data.childminders.length} plus proches sont affichées : précisez la commune, la distance ou les
            horaires pour affiner.
          </Text>
        )}
        {data.childminders.length === 0 ? (
          <Text>Aucune place ne correspond : élargissez la distance ou les horaires, ou contactez le relais.</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
            {data.childminders.map((c) => (
              <ChildminderCard key={c.id} c={c} slug={slug} distance={distance(c.distanceKm)} />
            ))}
          </SimpleGrid>
        )}
      </section>
      <section aria-labelledby="mam-title">
        <Title order={2} id="mam-title" mb="sm">
          Maisons d’assistants maternels ({data.houses.length})
        </Title>
        <Stack gap="xs">
          {data.houses.map((h) => (
            <Text key={h.id}>
              <strong>{h.name}</strong> — {h.communeName}
              {h.distanceKm !== null && `, ${distance(h.distanceKm)}`}
            </Text>
          ))}
        </Stack>
      </section>
      <section aria-labelledby="facility-title">
        <Title order={2} id="facility-title" mb="sm">
          Crèches et micro-crèches ({data.facilities.length})
        </Title>
        <Stack gap="xs">
          {data.facilities.map((f) => (
            <Text key={f.id}>
              <strong>{f.name}</strong> — {f.kindLabel}, {f.communeName}
              {f.places !== null && `, ${f.places} places`}
              {f.distanceKm !== null && `, ${distance(f.distanceKm)}`}
              {f.phone && (
                <>
                  {' — '}
                  <Anchor href={`tel:${f.phone.replaceAll(' ', '')}`}>{f.phone}</Anchor>
                </>
              )}
            </Text>
          ))}
        </Stack>
      </section>
    </Stack>
  );
}

function ChildminderCard({ c, slug, distance }: { c: Childminder; slug: string; distance: string | null }) {
  const [writing, setWriting] = useState(false);
  const freshness =
    c.freshness === 'fresh' && c.confirmedAt
      ? {
          variant: 'light',
          color: undefined,
          label: `Disponibilités confirmées le ${frDate(c.confirmedAt.slice(0, 10))}`,
        }
      : // Darker than Mantine's orange.9, which gives white text only 4.3:1 (WCAG AA asks 4.5:1).
        { variant: 'filled', color: '#a84300', label: 'Disponibilités à confirmer auprès de l’assistante maternelle' };
  return (
    <Card withBorder padding="md" component="article" aria-labelledby={`am-${c.id}`}>
      <Title order={3} size="h4" id={`am-${c.id}`}>
        {c.name}
      </Title>
      <Text size="sm">
        {c.communeName}
        {distance && `, ${distance}`}
        {c.inMam && ' — en MAM'}
      </Text>
      <Badge variant={freshness.variant} color={freshness.color} tt="none" mt={6} h="auto" py={2}>
        {freshness.label}
      </Badge>
      <Stack gap={4} mt="sm">
        {c.places.map((p, i) => (
          <Text key={i} size="sm">
            Place libre à partir du {frDate(p.availableFrom)}, le {dayNames(p.days)}, de {p.startTime} à {p.endTime}
            {(p.minAgeMonths !== null || p.maxAgeMonths !== null) &&
              `, enfant de ${ageLabel(p.minAgeMonths) ?? '0 mois'} à ${ageLabel(p.maxAgeMonths) ?? '…'}`}
            {p.periscolaire && ', périscolaire'}
          </Text>
        ))}
      </Stack>
      {(c.address || c.phone) && (
        <Text size="sm" mt="sm">
          {c.address}
          {c.address && c.phone && ' — '}
          {c.phone && <Anchor href={`tel:${c.phone.replaceAll(' ', '')}`}>{c.phone}</Anchor>}
        </Text>
      )}
      {c.contactByForm && !writing && (
        <Button variant="light" mt="sm" onClick={() => setWriting(true)}>
          Lui écrire
        </Button>
      )}
      {writing && <ContactForm slug={slug} childminderId={c.id} name={c.name} />}
    </Card>
  );
}

function ContactForm({ slug, childminderId, name }: { slug: string; childminderId: string; name: string }) {
  const [form, setForm] = useState({ name: '', email: '', phone: '', text: '' });
  const send = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/public/relais/{slug}/directory/childminders/{childminderId}/contact', {
          params: { path: { slug, childminderId } },
          body: form,
        }),
      ),
  });
  if (send.isSuccess)
    return (
      <Alert color="green.9" mt="sm">
        {send.data.message}
      </Alert>
    );
  const fieldError = (field: string) =>
    send.error instanceof ApiError ? send.error.fields.find((f) => f.field === field)?.message : undefined;
  return (
    <Stack
      component="form"
      gap="xs"
      mt="sm"
      aria-label={`Écrire à ${name}`}
      onSubmit={(e: FormEvent) => {
        e.preventDefault();
        send.mutate();
      }}
    >
      <TextInput
        label="Votre nom"
        required
        value={form.name}
        error={fieldError('name')}
        onChange={(e) => setForm({ ...form, name: e.currentTarget.value })}
      />
      <TextInput
        label="Votre e-mail"
        type="email"
        required
        value={form.email}
        error={fieldError('email')}
        onChange={(e) => setForm({ ...form, email: e.currentTarget.value })}
      />
      <TextInput
        label="Votre téléphone (facultatif)"
        value={form.phone}
        onChange={(e) => setForm({ ...form, phone: e.currentTarget.value })}
      />
      <Textarea
        label="Votre message"
        required
        minRows={3}
        value={form.text}
        error={fieldError('text')}
        onChange={(e) => setForm({ ...form, text: e.currentTarget.value })}
      />
      <Text size="xs" c="dimmed">
        Votre message lui est transmis par e-mail par le relais ; son adresse ne vous est pas communiquée.
      </Text>
      {send.error && !fieldError('text') && !fieldError('email') && !fieldError('name') && (
        <ErrorAlert error={send.error} />
      )}
      <Group>
        <Button type="submit" loading={send.isPending}>
          Envoyer
        </Button>
      </Group>
    </Stack>
  );
}
