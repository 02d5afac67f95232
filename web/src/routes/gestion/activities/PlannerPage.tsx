import {
  Alert,
  Button,
  Card,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Table,
  Text,
  TextInput,
  Title,
} from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  ACTIVITY_THEMES,
  activityKeys,
  activityKindsQuery,
  animatorsQuery,
  type ActivityTheme,
} from '../../../api/activities.js';
import { api, unwrap } from '../../../api/client.js';
import { sitesQuery } from '../../../api/gestion.js';
import type { paths } from '../../../api/schema.js';
import { ErrorAlert, Loading, Notice } from '../../../components/feedback.js';
import { TableScroll } from '../../../components/layout.js';
import { AnchorLink } from '../../../components/links.js';
import { addDays } from '../../../lib/appointment-format.js';
import { formatDate, parisToday, plural } from '../../../lib/format.js';
import { WEEK_DAYS } from '../../../lib/weekdays.js';
import { StaffPage } from '../context.js';

type ProposeBody = NonNullable<
  paths['/api/relais/{relaisId}/activity-plans/propose']['post']['requestBody']
>['content']['application/json'];
type Plan =
  paths['/api/relais/{relaisId}/activity-plans/propose']['post']['responses'][200]['content']['application/json'];
type Proposal = Plan['proposals'][number];

const WORKING_DAYS = WEEK_DAYS.filter(([n]) => n <= 5);
const PLAY_THEMES: ActivityTheme[] = ['free_play', 'motor', 'sensory', 'music', 'books', 'art'];

/** "/gestion/animations/planifier": the planner proposes a rotation over the communes; staff adjust, then create. */
export function PlannerPage() {
  return (
    <StaffPage title="Planifier des animations" action="activities.configure">
      {(relaisId) => <Planner relaisId={relaisId} />}
    </StaffPage>
  );
}

function Planner({ relaisId }: { relaisId: string }) {
  const kinds = useQuery(activityKindsQuery(relaisId));
  const animators = useQuery(animatorsQuery(relaisId));
  const sites = useQuery(sitesQuery(relaisId, false));
  if (kinds.isPending || animators.isPending || sites.isPending) return <Loading />;
  if (kinds.isError || animators.isError || sites.isError) {
    return <ErrorAlert error={kinds.error ?? animators.error ?? sites.error} />;
  }
  return (
    <PlannerForm
      relaisId={relaisId}
      kinds={kinds.data.filter((k) => !k.archived)}
      animators={animators.data}
      sites={sites.data.filter((s) => s.forActivities)}
    />
  );
}

function PlannerForm(props: {
  relaisId: string;
  kinds: { id: string; label: string; code: string | null }[];
  animators: { id: string; name: string }[];
  sites: { id: string; name: string; communeName: string }[];
}) {
  const queryClient = useQueryClient();
  const [today] = useState(() => parisToday());
  const [kindId, setKindId] = useState(
    () => (props.kinds.find((k) => k.code === 'play_morning') ?? props.kinds[0])?.id ?? '',
  );
  const [from, setFrom] = useState(() => addDays(today, 7));
  const [to, setTo] = useState(() => addDays(today, 97));
  const [count, setCount] = useState(60);
  const [startTime, setStartTime] = useState('09:30');
  const [endTime, setEndTime] = useState('11:30');
  const [avoidSchoolHolidays, setAvoidSchoolHolidays] = useState(true);
  const [themes, setThemes] = useState<string[]>(PLAY_THEMES);
  const [animatorDays, setAnimatorDays] = useState<Record<string, string[]>>(() =>
    Object.fromEntries(props.animators.map((a) => [a.id, ['1', '2', '4', '5']])),
  );
  const [siteIds, setSiteIds] = useState<string[]>(() => props.sites.map((s) => s.id));
  /** Days each venue is lent, when not every working day (the mairies' rooms). */
  const [siteDays, setSiteDays] = useState<Record<string, string[]>>({});
  const [plan, setPlan] = useState<Plan | null>(null);
  const [proposals, setProposals] = useState<Proposal[]>([]);
  const [notice, setNotice] = useState<string | null>(null);
  const chosenAnimators = Object.entries(animatorDays).filter(([, days]) => days.length > 0);

  const propose = useMutation({
    mutationFn: () => {
      const body: ProposeBody = {
        kindId,
        from,
        to,
        count,
        startTime,
        endTime,
        animatorIds: chosenAnimators.map(([id]) => id),
        animatorDays: Object.fromEntries(chosenAnimators.map(([id, days]) => [id, days.map(Number)])),
        siteIds,
        siteDays: Object.fromEntries(
          Object.entries(siteDays)
            .filter(([id, days]) => siteIds.includes(id) && days.length > 0)
            .map(([id, days]) => [id, days.map(Number)]),
        ),
        avoidSchoolHolidays,
        themes: themes as ActivityTheme[],
      };
      return unwrap(
        api.POST('/api/relais/{relaisId}/activity-plans/propose', {
          params: { path: { relaisId: props.relaisId } },
          body,
        }),
      );
    },
    onSuccess: (result) => {
      setPlan(result);
      setProposals(result.proposals);
    },
  });
  const apply = useMutation({
    mutationFn: () =>
      unwrap(
        api.POST('/api/relais/{relaisId}/activity-plans/apply', {
          params: { path: { relaisId: props.relaisId } },
          body: {
            planId: plan!.planId,
            kindId,
            proposals: proposals.map((p) => ({ ...p, theme: p.theme as ActivityTheme })),
          },
        }),
      ),
    onSuccess: (result) => {
      void queryClient.invalidateQueries({ queryKey: activityKeys.all(props.relaisId) });
      setPlan(null);
      setProposals([]);
      setNotice(`${plural(result.created, 'séance créée', 'séances créées')} : elles sont au programme.`);
    },
  });

  return (
    <Stack gap="lg">
      <div>
        <AnchorLink to="/gestion/animations">← Programme</AnchorLink>
      </div>
      <Notice message={notice} onClose={() => setNotice(null)} />
      <Card
        withBorder
        padding="lg"
        component="form"
        aria-labelledby="planner-title"
        onSubmit={(event) => {
          event.preventDefault();
          propose.mutate();
        }}
      >
        <Title order={2} size="h3" id="planner-title" mb="sm">
          Ce qu’il faut planifier
        </Title>
        <Stack gap="sm">
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} spacing="sm">
            <NativeSelect
              label="Type de séance"
              value={kindId}
              onChange={(e) => setKindId(e.currentTarget.value)}
              data={props.kinds.map((k) => ({ value: k.id, label: k.label }))}
            />
            <TextInput type="date" label="Du" value={from} onChange={(e) => setFrom(e.currentTarget.value)} />
            <TextInput type="date" label="Au" value={to} onChange={(e) => setTo(e.currentTarget.value)} />
            <NumberInput
              label="Nombre de séances"
              min={1}
              max={400}
              value={count}
              onChange={(v) => setCount(typeof v === 'number' ? v : 1)}
            />
            <TextInput
              type="time"
              label="Début"
              value={startTime}
              onChange={(e) => setStartTime(e.currentTarget.value)}
            />
            <TextInput type="time" label="Fin" value={endTime} onChange={(e) => setEndTime(e.currentTarget.value)} />
          </SimpleGrid>
          <Checkbox
            label="Éviter les vacances scolaires (zone B) ; les jours fériés sont toujours évités"
            checked={avoidSchoolHolidays}
            onChange={(e) => setAvoidSchoolHolidays(e.currentTarget.checked)}
          />
          <Checkbox.Group label="Thèmes, en alternance" value={themes} onChange={setThemes}>
            <Group mt={4} gap="sm">
              {Object.entries(ACTIVITY_THEMES).map(([value, label]) => (
                <Checkbox key={value} value={value} label={label} />
              ))}
            </Group>
          </Checkbox.Group>
          <Title order={3} size="h4" mt="sm">
            Jours de travail de l’équipe
          </Title>
          {props.animators.map((a) => (
            <Checkbox.Group
              key={a.id}
              label={a.name}
              value={animatorDays[a.id] ?? []}
              onChange={(days) => setAnimatorDays((d) => ({ ...d, [a.id]: days }))}
            >
              <Group mt={4} gap="sm">
                {WORKING_DAYS.map(([n, label]) => (
                  <Checkbox key={n} value={String(n)} label={label} />
                ))}
              </Group>
            </Checkbox.Group>
          ))}
          <Checkbox.Group label="Lieux possibles" value={siteIds} onChange={setSiteIds}>
            <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={4} mt={4}>
              {props.sites.map((s) => (
                <Checkbox key={s.id} value={s.id} label={`${s.name} — ${s.communeName}`} />
              ))}
            </SimpleGrid>
          </Checkbox.Group>
          <details>
            <summary>Jours où certains lieux sont prêtés (par défaut : tous les jours ouvrés)</summary>
            <Stack gap="xs" mt="xs">
              {props.sites
                .filter((s) => siteIds.includes(s.id))
                .map((s) => (
                  <Checkbox.Group
                    key={s.id}
                    label={`${s.name} — ${s.communeName}`}
                    value={siteDays[s.id] ?? []}
                    onChange={(days) => setSiteDays((d) => ({ ...d, [s.id]: days }))}
                  >
                    <Group mt={4} gap="sm">
                      {WORKING_DAYS.map(([n, label]) => (
                        <Checkbox key={n} value={String(n)} label={label} />
                      ))}
                    </Group>
                  </Checkbox.Group>
                ))}
            </Stack>
          </details>
          <ErrorAlert error={propose.error} />
          <Group>
            <Button type="submit" loading={propose.isPending}>
              Proposer un planning
            </Button>
          </Group>
        </Stack>
      </Card>

      {plan && (
        <Card withBorder padding="lg" component="section" aria-labelledby="proposal-title">
          <Title order={2} size="h3" id="proposal-title" mb="sm">
            Proposition : {plural(proposals.length, 'séance')}
          </Title>
          {plan.warnings.length > 0 && (
            <Alert color="orange.9" variant="outline" title="À vérifier" mb="sm">
              <Stack gap={2} component="ul" style={{ paddingLeft: 20, margin: 0 }}>
                {plan.warnings.map((w) => (
                  <li key={w}>{w}</li>
                ))}
              </Stack>
            </Alert>
          )}
          <Text size="sm" mb="sm">
            Répartition :{' '}
            {plan.byCommune.map((c) => `${c.communeName} ${c.sessions} (${c.childminders} AM)`).join(' · ')}
          </Text>
          <TableScroll label="Séances proposées">
            <Table striped verticalSpacing={4} miw={720}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">Date</Table.Th>
                  <Table.Th scope="col">Commune et lieu</Table.Th>
                  <Table.Th scope="col">Animation</Table.Th>
                  <Table.Th scope="col">Thème</Table.Th>
                  <Table.Th scope="col">Action</Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {proposals.map((p, i) => (
                  <ProposalRow
                    key={i}
                    proposal={p}
                    sites={props.sites}
                    animators={props.animators}
                    onChange={(next) => setProposals((ps) => ps.map((q, j) => (j === i ? next : q)))}
                    onRemove={() => setProposals((ps) => ps.filter((_, j) => j !== i))}
                  />
                ))}
              </Table.Tbody>
            </Table>
          </TableScroll>
          <ErrorAlert error={apply.error} />
          <Group mt="md">
            <Button onClick={() => apply.mutate()} loading={apply.isPending} disabled={proposals.length === 0}>
              Créer ces {proposals.length} séances
            </Button>
          </Group>
        </Card>
      )}
    </Stack>
  );
}

/** One proposed session: staff change its date, venue or animator before creating it, or remove it. */
function ProposalRow(props: {
  proposal: Proposal;
  sites: { id: string; name: string; communeName: string }[];
  animators: { id: string; name: string }[];
  onChange(next: Proposal): void;
  onRemove(): void;
}) {
  const p = props.proposal;
  const where = `${formatDate(p.date)} à ${p.communeName}`;
  return (
    <Table.Tr>
      <Table.Th scope="row">
        <TextInput
          type="date"
          size="xs"
          aria-label={`Date de la séance du ${where}`}
          value={p.date}
          onChange={(e) => props.onChange({ ...p, date: e.currentTarget.value })}
        />
        <Text size="xs">
          {p.startTime}–{p.endTime}
        </Text>
      </Table.Th>
      <Table.Td>
        <NativeSelect
          size="xs"
          aria-label={`Lieu de la séance du ${where}`}
          value={p.siteId}
          onChange={(e) => {
            const site = props.sites.find((s) => s.id === e.currentTarget.value);
            if (site) props.onChange({ ...p, siteId: site.id, siteName: site.name, communeName: site.communeName });
          }}
          data={props.sites.map((s) => ({ value: s.id, label: `${s.communeName} — ${s.name}` }))}
        />
      </Table.Td>
      <Table.Td>
        <NativeSelect
          size="xs"
          aria-label={`Animation de la séance du ${where}`}
          value={p.animatorIds[0] ?? ''}
          onChange={(e) => props.onChange({ ...p, animatorIds: e.currentTarget.value ? [e.currentTarget.value] : [] })}
          data={[{ value: '', label: 'À préciser' }, ...props.animators.map((a) => ({ value: a.id, label: a.name }))]}
        />
      </Table.Td>
      <Table.Td>{ACTIVITY_THEMES[p.theme as ActivityTheme] ?? p.theme}</Table.Td>
      <Table.Td>
        <Button
          size="xs"
          variant="subtle"
          color="red.9"
          aria-label={`Retirer la séance du ${where}`}
          onClick={props.onRemove}
        >
          Retirer
        </Button>
      </Table.Td>
    </Table.Tr>
  );
}
