import { Button, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { MonthField, monthOf, num, MoneyField, NumField, type Num, type TopicForm } from '../fields.js';

export interface ExtraHoursValues {
  today: string;
  month: string;
  hourlyRate: Num;
  contractHoursPerWeek: Num;
  majorationPercent: Num;
  weeks: Num[];
}

export const extraHoursForm: TopicForm<ExtraHoursValues> = {
  initial: (today) => ({
    today,
    month: monthOf(today),
    hourlyRate: '',
    contractHoursPerWeek: '',
    majorationPercent: 10,
    weeks: ['', '', '', ''],
  }),
  toInput: (v) => ({
    month: v.month,
    hourlyRate: num(v.hourlyRate),
    contractHoursPerWeek: num(v.contractHoursPerWeek),
    majorationPercent: num(v.majorationPercent),
    weeks: v.weeks.map((hours, i) => ({ label: `Semaine ${i + 1}`, hoursWorked: num(hours) })),
  }),
  Fields: ExtraHoursFields,
};

function ExtraHoursFields({ values: v, set, error, field }: Parameters<TopicForm<ExtraHoursValues>['Fields']>[0]) {
  return (
    <Stack gap="md">
      <MonthField
        label="Mois"
        value={v.month}
        today={v.today}
        onChange={(month) => set({ month })}
        {...field('month')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <MoneyField
          label="Salaire horaire brut (en euros)"
          description="Celui du contrat, par exemple 4,10."
          value={v.hourlyRate}
          onChange={(hourlyRate) => set({ hourlyRate })}
          {...field('hourlyRate')}
        />
        <NumField
          label="Heures par semaine prévues au contrat"
          description="Par exemple 40."
          value={v.contractHoursPerWeek}
          onChange={(contractHoursPerWeek) => set({ contractHoursPerWeek })}
          {...field('contractHoursPerWeek')}
        />
      </SimpleGrid>
      <NumField
        label="Majoration des heures au-delà de 45 h (en %)"
        description="Le taux écrit au contrat : 10 % au moins."
        value={v.majorationPercent}
        onChange={(majorationPercent) => set({ majorationPercent })}
        {...field('majorationPercent')}
        maw={320}
      />
      <Stack gap="xs" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
        <Text component="legend" fw={500} size="sm">
          Heures réellement faites, semaine par semaine
        </Text>
        <Text size="sm" c="dimmed">
          Une case par semaine du mois où l’accueil a dépassé le contrat (les heures de toute la semaine).
        </Text>
        {error('weeks') && (
          <Text size="sm" c="red.8" role="alert" id={field('weeks').id} tabIndex={-1}>
            {error('weeks')}
          </Text>
        )}
        <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="sm">
          {v.weeks.map((hours, i) => (
            <NumField
              key={i}
              label={`Semaine ${i + 1} (heures)`}
              value={hours}
              onChange={(h) => set({ weeks: v.weeks.map((w, j) => (j === i ? h : w)) })}
              {...field(`weeks.${i}.hoursWorked`)}
            />
          ))}
        </SimpleGrid>
        <Group gap="sm">
          {v.weeks.length < 6 && (
            <Button variant="default" onClick={() => set({ weeks: [...v.weeks, ''] })}>
              Ajouter une semaine
            </Button>
          )}
          {v.weeks.length > 1 && (
            <Button variant="subtle" color="red" onClick={() => set({ weeks: v.weeks.slice(0, -1) })}>
              Retirer la dernière semaine
            </Button>
          )}
        </Group>
      </Stack>
    </Stack>
  );
}
