import { Button, Card, Checkbox, Group, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { MonthField, monthOf, num, MoneyField, NumField, WeeksField, type Num, type TopicForm } from '../fields.js';

interface RhythmRow {
  label: string;
  hoursPerWeek: Num;
  daysPerWeek: Num;
  weeks: Num;
}

export interface SalaryValues {
  today: string;
  month: string;
  hourlyRate: Num;
  weeksPerYear: Num;
  kind: 'regular' | 'rhythms';
  hoursPerWeek: Num;
  daysPerWeek: Num;
  rhythms: RhythmRow[];
  majorationPercent: Num;
  qualified: boolean;
  employeePercent: Num;
}

/** The weeks of care the rhythms must add up to: 47 for the whole year (52 less 5 of leave). */
export const careWeeks = (weeksPerYear: Num) => (weeksPerYear === 52 ? 47 : weeksPerYear === '' ? 0 : weeksPerYear);

export const salaryForm: TopicForm<SalaryValues> = {
  initial: (today) => ({
    today,
    month: monthOf(today),
    hourlyRate: '',
    weeksPerYear: 52,
    kind: 'regular',
    hoursPerWeek: '',
    daysPerWeek: 5,
    rhythms: [
      { label: 'Semaines d’école', hoursPerWeek: '', daysPerWeek: 4, weeks: 36 },
      { label: 'Vacances scolaires', hoursPerWeek: '', daysPerWeek: 5, weeks: 11 },
    ],
    majorationPercent: '',
    qualified: false,
    employeePercent: '',
  }),
  toInput: (v) => ({
    month: v.month,
    hourlyRate: num(v.hourlyRate),
    weeksPerYear: num(v.weeksPerYear),
    schedule:
      v.kind === 'regular'
        ? { kind: 'regular', hoursPerWeek: num(v.hoursPerWeek), daysPerWeek: num(v.daysPerWeek) }
        : {
            kind: 'rhythms',
            rhythms: v.rhythms.map((r) => ({
              label: r.label,
              hoursPerWeek: num(r.hoursPerWeek),
              daysPerWeek: num(r.daysPerWeek),
              weeks: num(r.weeks),
            })),
          },
    ...(v.majorationPercent !== '' ? { majorationPercent: v.majorationPercent } : {}),
    qualified: v.qualified,
    ...(v.employeePercent !== '' ? { contributionRates: { employeePercent: v.employeePercent } } : {}),
  }),
  Fields: SalaryFields,
};

function SalaryFields({ values: v, set, error, field }: Parameters<TopicForm<SalaryValues>['Fields']>[0]) {
  const setRow = (i: number, patch: Partial<RhythmRow>) =>
    set({ rhythms: v.rhythms.map((r, j) => (j === i ? { ...r, ...patch } : r)) });
  const totalWeeks = v.rhythms.reduce((sum, r) => sum + (r.weeks === '' ? 0 : r.weeks), 0);
  const expected = careWeeks(v.weeksPerYear);
  return (
    <Stack gap="md">
      <MonthField
        label="Mois du salaire"
        description="Les valeurs légales (salaire minimum, cotisations) sont celles de ce mois."
        value={v.month}
        today={v.today}
        onChange={(month) => set({ month })}
        {...field('month')}
      />
      <MoneyField
        label="Salaire horaire brut (en euros)"
        description="Le montant d’une heure inscrit au contrat, avant cotisations. Par exemple 4,10."
        value={v.hourlyRate}
        onChange={(hourlyRate) => set({ hourlyRate })}
        {...field('hourlyRate')}
        maw={320}
      />
      <WeeksField
        value={v.weeksPerYear}
        onChange={(weeksPerYear) => set({ weeksPerYear })}
        {...field('weeksPerYear')}
      />
      <Radio.Group
        label="Le rythme de l’accueil"
        value={v.kind}
        onChange={(kind) => set({ kind: kind === 'rhythms' ? 'rhythms' : 'regular' })}
        {...field('schedule.kind')}
      >
        <Stack gap={6} mt={6}>
          <Radio value="regular" label="Le même chaque semaine" />
          <Radio value="rhythms" label="Plusieurs rythmes (semaines d’école, vacances scolaires…)" />
        </Stack>
      </Radio.Group>
      {v.kind === 'regular' ? (
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
          <NumField
            label="Heures d’accueil par semaine"
            description="Par exemple 40 ou 37,5."
            value={v.hoursPerWeek}
            onChange={(hoursPerWeek) => set({ hoursPerWeek })}
            {...field('schedule.hoursPerWeek')}
          />
          <NumField
            label="Jours d’accueil par semaine"
            description="Par exemple 4 ou 5."
            value={v.daysPerWeek}
            onChange={(daysPerWeek) => set({ daysPerWeek })}
            {...field('schedule.daysPerWeek')}
          />
        </SimpleGrid>
      ) : (
        <Stack gap="sm" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
          <Text component="legend" fw={500} size="sm">
            Les rythmes de la semaine
          </Text>
          <Text size="sm" c="dimmed">
            Une ligne par rythme, avec le nombre de semaines où il s’applique. Ensemble, les semaines doivent faire{' '}
            {expected} (
            {v.weeksPerYear === 52 ? '52 semaines moins les 5 semaines de congés payés' : 'les semaines d’accueil'}) ;
            elles font {totalWeeks} pour l’instant.
          </Text>
          {error('schedule.rhythms') && (
            <Text size="sm" c="red.8" role="alert" id={field('schedule.rhythms').id} tabIndex={-1}>
              {error('schedule.rhythms')}
            </Text>
          )}
          {v.rhythms.map((r, i) => (
            <Card key={i} withBorder padding="sm" component="section" aria-label={`Rythme ${i + 1}`}>
              <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="sm">
                <TextInput
                  label={`Nom du rythme ${i + 1}`}
                  value={r.label}
                  onChange={(e) => setRow(i, { label: e.currentTarget.value })}
                  {...field(`schedule.rhythms.${i}.label`)}
                />
                <NumField
                  label="Heures par semaine"
                  value={r.hoursPerWeek}
                  onChange={(hoursPerWeek) => setRow(i, { hoursPerWeek })}
                  {...field(`schedule.rhythms.${i}.hoursPerWeek`)}
                />
                <NumField
                  label="Jours par semaine"
                  value={r.daysPerWeek}
                  onChange={(daysPerWeek) => setRow(i, { daysPerWeek })}
                  {...field(`schedule.rhythms.${i}.daysPerWeek`)}
                />
                <NumField
                  label="Nombre de semaines"
                  allowDecimal={false}
                  inputMode="numeric"
                  value={r.weeks}
                  onChange={(weeks) => setRow(i, { weeks })}
                  {...field(`schedule.rhythms.${i}.weeks`)}
                />
              </SimpleGrid>
              {v.rhythms.length > 1 && (
                <Group justify="flex-end" mt="xs">
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-sm"
                    onClick={() => set({ rhythms: v.rhythms.filter((_, j) => j !== i) })}
                  >
                    Retirer le rythme {i + 1}
                  </Button>
                </Group>
              )}
            </Card>
          ))}
          {v.rhythms.length < 10 && (
            <div>
              <Button
                variant="default"
                onClick={() =>
                  set({ rhythms: [...v.rhythms, { label: '', hoursPerWeek: '', daysPerWeek: '', weeks: '' }] })
                }
              >
                Ajouter un rythme
              </Button>
            </div>
          )}
        </Stack>
      )}
      <NumField
        label="Majoration des heures au-delà de 45 h par semaine (en %)"
        description="Seulement si l’accueil dépasse 45 h dans une semaine : le taux écrit au contrat, 10 % au moins."
        value={v.majorationPercent}
        onChange={(majorationPercent) => set({ majorationPercent })}
        {...field('majorationPercent')}
        maw={320}
      />
      <Checkbox
        label="L’assistant·e maternel·le a le titre professionnel « assistant maternel – garde d’enfants »"
        description="Le salaire minimum est alors un peu plus élevé."
        checked={v.qualified}
        onChange={(e) => set({ qualified: e.currentTarget.checked })}
        {...field('qualified')}
      />
      <NumField
        label="Taux des cotisations salariales (en %, facultatif)"
        description="Pour passer du brut au net. Laissé vide : un taux indicatif est utilisé ; le net exact est celui de Pajemploi."
        value={v.employeePercent}
        onChange={(employeePercent) => set({ employeePercent })}
        {...field('contributionRates.employeePercent')}
        maw={320}
      />
    </Stack>
  );
}
