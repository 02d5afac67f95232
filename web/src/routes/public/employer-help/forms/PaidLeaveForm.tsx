import { NativeSelect, SimpleGrid, Stack } from '@mantine/core';
import { MonthField, num, MoneyField, NumField, WeeksField, type Num, type TopicForm } from '../fields.js';

export interface PaidLeaveValues {
  today: string;
  periodEndYear: string;
  weeksPerYear: Num;
  weeksWorked: Num;
  grossPayOfPeriod: Num;
  hourlyRate: Num;
  hoursPerWeek: Num;
  mainLeaveMonth: string;
}

/** The last reference period already over: it ends on 31 May of this year from June on. */
const lastClosedPeriodEnd = (today: string) => {
  const year = Number(today.slice(0, 4));
  return Number(today.slice(5, 7)) >= 6 ? year : year - 1;
};

export const paidLeaveForm: TopicForm<PaidLeaveValues> = {
  initial: (today) => ({
    today,
    periodEndYear: String(lastClosedPeriodEnd(today)),
    weeksPerYear: 52,
    weeksWorked: '',
    grossPayOfPeriod: '',
    hourlyRate: '',
    hoursPerWeek: '',
    mainLeaveMonth: '',
  }),
  toInput: (v) => ({
    periodEndYear: Number(v.periodEndYear),
    weeksPerYear: num(v.weeksPerYear),
    weeksWorked: num(v.weeksWorked),
    grossPayOfPeriod: num(v.grossPayOfPeriod),
    hourlyRate: num(v.hourlyRate),
    hoursPerWeek: num(v.hoursPerWeek),
    ...(v.mainLeaveMonth && v.weeksPerYear !== 52 ? { mainLeaveMonth: v.mainLeaveMonth } : {}),
  }),
  Fields: PaidLeaveFields,
};

function PaidLeaveFields({ values: v, set, field }: Parameters<TopicForm<PaidLeaveValues>['Fields']>[0]) {
  const last = lastClosedPeriodEnd(v.today) + 1;
  const years: string[] = [];
  for (let y = last; y >= 2022; y--) years.push(String(y));
  return (
    <Stack gap="md">
      <NativeSelect
        label="Période de référence"
        description="Les congés s’acquièrent du 1er juin au 31 mai suivant."
        value={v.periodEndYear}
        onChange={(e) => set({ periodEndYear: e.currentTarget.value })}
        {...field('periodEndYear')}
        data={years.map((y) => ({ value: y, label: `du 1er juin ${Number(y) - 1} au 31 mai ${y}` }))}
        maw={420}
      />
      <WeeksField
        value={v.weeksPerYear}
        onChange={(weeksPerYear) => set({ weeksPerYear })}
        {...field('weeksPerYear')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <NumField
          label="Semaines travaillées sur la période"
          description="Les semaines d’accueil, et celles qui comptent comme travaillées (congés payés pris, maternité…)."
          value={v.weeksWorked}
          onChange={(weeksWorked) => set({ weeksWorked })}
          {...field('weeksWorked')}
        />
        <MoneyField
          label="Salaires bruts de la période (en euros)"
          description="Le total des salaires bruts du 1er juin au 31 mai, heures en plus comprises, sans les indemnités d’entretien ni de repas."
          value={v.grossPayOfPeriod}
          onChange={(grossPayOfPeriod) => set({ grossPayOfPeriod })}
          {...field('grossPayOfPeriod')}
        />
        <MoneyField
          label="Salaire horaire brut (en euros)"
          description="Celui d’aujourd’hui, par exemple 4,10."
          value={v.hourlyRate}
          onChange={(hourlyRate) => set({ hourlyRate })}
          {...field('hourlyRate')}
        />
        <NumField
          label="Heures d’accueil par semaine"
          description="Celles du contrat, par exemple 40."
          value={v.hoursPerWeek}
          onChange={(hoursPerWeek) => set({ hoursPerWeek })}
          {...field('hoursPerWeek')}
        />
      </SimpleGrid>
      {v.weeksPerYear !== 52 && (
        <MonthField
          label="Mois des congés principaux (facultatif)"
          description="Pour proposer de payer les congés avec le salaire de ce mois-là."
          value={v.mainLeaveMonth}
          today={v.today}
          withNone="Je ne sais pas encore"
          onChange={(mainLeaveMonth) => set({ mainLeaveMonth })}
          {...field('mainLeaveMonth')}
        />
      )}
    </Stack>
  );
}
