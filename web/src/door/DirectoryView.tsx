import {
  Anchor,
  Badge,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Textarea,
  Title,
  VisuallyHidden,
} from '@mantine/core';
import type { FieldError } from '../api/client.js';
import type { PublicDirectory, PublicRelais } from '../api/types.js';
import { PageHeader } from '../components/page.js';
import { telHref } from '../lib/format.js';
import { DoorAlert } from './DoorAlert.js';
import { CRITERIA_LABELS, type DirectoryCriteria } from './directory-criteria.js';
import { directoryHref, relaisHref } from './hrefs.js';
import { CONTACT_ATTRIBUTE, CONTACT_STATUS_ATTRIBUTE, MAP_ATTRIBUTE, MAP_HEIGHT } from './attributes.js';
import { WEEK_DAYS } from '../lib/weekdays.js';
import { WEEKDAY_NAMES } from '../../../src/app/calendar.js';

type Childminder = PublicDirectory['childminders'][number];

/** What the page shows under the form: nothing yet, the answer of a search, or why it failed. */
export type DirectoryOutcome =
  | { kind: 'form' }
  | { kind: 'results'; data: PublicDirectory }
  | { kind: 'error'; status: number; message: string; fields: FieldError[] };

export interface CommuneFreePlaces {
  code: string;
  name: string;
  freePlaces: number;
}

/** The days a family can ask for in the directory: Monday to Saturday. */
const DAYS = WEEK_DAYS.slice(0, 6);
const RESULTS_ID = 'resultats';
const dayNames = (days: number[]) => days.map((d) => WEEKDAY_NAMES[d - 1]).join(', ');
const frDate = (iso: string) =>
  new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'long' }).format(
    new Date(`${iso}T12:00:00Z`),
  );
const ageLabel = (months: number | null) =>
  months === null ? null : months < 24 ? `${months} mois` : `${Math.floor(months / 12)} ans`;
const distanceLabel = (km: number | null) => (km === null ? null : km === 0 ? 'dans la commune' : `à ${km} km`);
const collator = new Intl.Collator('fr');

/** "/r/{slug}/annuaire": families look for a childminder, a MAM or a crèche near them. */
export function DirectoryView(props: {
  relais: PublicRelais;
  criteria: DirectoryCriteria;
  outcome: DirectoryOutcome;
  freePlaces: CommuneFreePlaces[];
}) {
  const { relais, outcome } = props;
  return (
    <Stack gap="lg">
      <PageHeader
        title="Trouver un mode d’accueil"
        lead="Assistant·es maternel·les ayant une place libre, maisons d’assistants maternels et crèches du territoire."
      />
      {outcome.kind === 'error' && (
        <DoorAlert
          title="La recherche n’a pas pu être faite"
          // The API's own message names its parameters; the page names the form's fields instead.
          message={outcome.fields.length > 0 ? 'Vérifiez ces critères :' : outcome.message}
          details={outcome.fields.map((f) => `${CRITERIA_LABELS[f.field] ?? f.field} : ${f.message}`)}
        />
      )}
      <SearchForm relais={relais} criteria={props.criteria} errors={outcome.kind === 'error' ? outcome.fields : []} />
      {outcome.kind === 'results' && <Results data={outcome.data} slug={relais.slug} />}
      <MapSection slug={relais.slug} freePlaces={props.freePlaces} />
    </Stack>
  );
}

function SearchForm(props: { relais: PublicRelais; criteria: DirectoryCriteria; errors: FieldError[] }) {
  const { criteria } = props;
  const error = (field: string) => props.errors.find((e) => e.field === field)?.message;
  const communes = [...props.relais.communes].sort((a, b) => collator.compare(a.name, b.name));
  return (
    <Card
      withBorder
      padding="lg"
      component="form"
      method="get"
      action={`${directoryHref(props.relais.slug)}#${RESULTS_ID}`}
      aria-labelledby="criteria-title"
    >
      <Title order={2} size="h3" id="criteria-title" mb="sm">
        Votre besoin
      </Title>
      <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="md">
        <NativeSelect
          label="Commune"
          name="commune"
          defaultValue={criteria.commune}
          error={error('commune')}
          data={[
            { value: '', label: 'Toutes les communes' },
            ...communes.map((c) => ({ value: c.inseeCode, label: c.name })),
          ]}
        />
        <TextInput
          type="number"
          label="Distance maximale (km)"
          name="radiusKm"
          min={1}
          max={100}
          inputMode="numeric"
          defaultValue={criteria.radiusKm}
          error={error('radiusKm')}
        />
        <TextInput
          type="number"
          label="Âge de l’enfant à l’entrée (mois)"
          description="Par exemple 4 pour un bébé de 4 mois"
          name="ageMonths"
          min={0}
          max={216}
          inputMode="numeric"
          defaultValue={criteria.ageMonths}
          error={error('ageMonths')}
        />
        <TextInput
          type="date"
          label="À partir du"
          name="startDate"
          defaultValue={criteria.startDate}
          error={error('startDate')}
        />
        <TextInput
          type="time"
          label="Arrivée de l’enfant"
          name="from"
          defaultValue={criteria.from}
          error={error('from')}
        />
        <TextInput type="time" label="Départ de l’enfant" name="to" defaultValue={criteria.to} error={error('to')} />
      </SimpleGrid>
      <Checkbox.Group mt="md" label="Jours d’accueil" defaultValue={criteria.days} error={error('days')}>
        <Group mt="xs">
          {DAYS.map(([n, label]) => (
            <Checkbox key={n} name="days" value={String(n)} label={label} />
          ))}
        </Group>
      </Checkbox.Group>
      <Group mt="lg">
        <Button type="submit">Rechercher</Button>
      </Group>
    </Card>
  );
}

function Results({ data, slug }: { data: PublicDirectory; slug: string }) {
  return (
    <Stack gap="lg" id={RESULTS_ID} tabIndex={-1}>
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
              <ChildminderCard key={c.id} c={c} slug={slug} />
            ))}
          </SimpleGrid>
        )}
      </section>
      <Text>
        Pas de place qui vous convienne ?{' '}
        <Anchor href={`${relaisHref(slug)}/offre-emploi`}>Déposez une offre d’emploi</Anchor> : le relais la transmet
        aux assistant·es maternel·les qui pourraient vous accueillir.
      </Text>
      <section aria-labelledby="mam-title">
        <Title order={2} id="mam-title" mb="sm">
          Maisons d’assistants maternels ({data.houses.length})
        </Title>
        <Stack gap="xs">
          {data.houses.map((h) => (
            <Text key={h.id}>
              <strong>{h.name}</strong> — {h.communeName}
              {h.distanceKm !== null && `, ${distanceLabel(h.distanceKm)}`}
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
              {f.distanceKm !== null && `, ${distanceLabel(f.distanceKm)}`}
              {f.phone && (
                <>
                  {' — '}
                  <Anchor href={telHref(f.phone)}>{f.phone}</Anchor>
                </>
              )}
            </Text>
          ))}
        </Stack>
      </section>
    </Stack>
  );
}

function ChildminderCard({ c, slug }: { c: Childminder; slug: string }) {
  const distance = distanceLabel(c.distanceKm);
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
          {c.phone && <Anchor href={telHref(c.phone)}>{c.phone}</Anchor>}
        </Text>
      )}
      {c.contactByForm && <ContactForm slug={slug} childminder={c} />}
    </Card>
  );
}

/**
 * "Lui écrire" opens a form (a <details>: no script needed to open it); the door's script sends it
 * to the API and shows the answer in its status line.
 */
function ContactForm({ slug, childminder }: { slug: string; childminder: Childminder }) {
  const url = `/api/public/relais/${encodeURIComponent(slug)}/directory/childminders/${childminder.id}/contact`;
  return (
    <details className="door-contact">
      <Button component="summary" variant="light" mt="sm">
        Lui écrire
      </Button>
      <Stack
        component="form"
        gap="xs"
        mt="sm"
        aria-label={`Écrire à ${childminder.name}`}
        {...{ [CONTACT_ATTRIBUTE]: url }}
      >
        <TextInput label="Votre nom" name="name" required autoComplete="name" />
        <TextInput label="Votre e-mail" name="email" type="email" required autoComplete="email" />
        <TextInput label="Votre téléphone (facultatif)" name="phone" type="tel" autoComplete="tel" />
        <Textarea label="Votre message" name="text" required minLength={10} maxLength={2000} rows={4} />
        <Text size="xs" c="dimmed">
          Votre message lui est transmis par e-mail par le relais ; son adresse ne vous est pas communiquée.
        </Text>
        <div role="status" aria-live="polite" {...{ [CONTACT_STATUS_ATTRIBUTE]: '' }} />
        <Group>
          <Button type="submit">Envoyer</Button>
        </Group>
      </Stack>
    </details>
  );
}

/**
 * Free places today per commune: a table for screen readers, and a map that the door's script
 * draws once the section comes near the screen (a phone that never scrolls there never downloads
 * MapLibre).
 */
function MapSection({ slug, freePlaces }: { slug: string; freePlaces: CommuneFreePlaces[] }) {
  if (freePlaces.length === 0) return null;
  const rows = [...freePlaces].sort((a, b) => collator.compare(a.name, b.name));
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="map-title">
      <Title order={2} size="h3" id="map-title" mb="xs">
        Places libres aujourd’hui par commune
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        Plus la commune est foncée, plus il y a de places libres chez les assistant·es maternel·les.
      </Text>
      <div
        style={{ minHeight: MAP_HEIGHT }}
        {...{ [MAP_ATTRIBUTE]: `/api/public/relais/${encodeURIComponent(slug)}/map` }}
      />
      <VisuallyHidden>
        <Table>
          <caption>Places libres aujourd’hui par commune</caption>
          <thead>
            <tr>
              <th scope="col">Commune</th>
              <th scope="col">Places libres</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((f) => (
              <tr key={f.code}>
                <td>{f.name}</td>
                <td>{f.freePlaces}</td>
              </tr>
            ))}
          </tbody>
        </Table>
      </VisuallyHidden>
    </Card>
  );
}
