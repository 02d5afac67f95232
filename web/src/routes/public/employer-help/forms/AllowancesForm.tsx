import { Button, Card, Group, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { MonthField, monthOf, num, MoneyField, NumField, type Num, type TopicForm } from '../fields.js';

interface DayRow {
  date: string;
  hours: Num;
  meals: Num;
  km: Num;
}

export interface AllowancesValues {
  today: string;
  month: string;
  maintenanceAmount: Num;
  maintenancePer: 'day' | 'hour';
  mealPrice: Num;
  kmRate: Num;
  days: DayRow[];
}

/** The Monday-to-Friday dates of a month ("2026-11" → 2026-11-02, …). */
export function weekdaysOf(month: string): string[] {
  const [year, m] = month.split('-').map(Number) as [number, number];
  const days: string[] = [];
  for (let d = 1; d <= 31; d++) {
    const date = new Date(Date.UTC(year, m - 1, d));
    if (date.getUTCMonth() !== m - 1) break;
    const weekday = date.getUTCDay();
    if (weekday >= 1 && weekday <= 5) days.push(date.toISOString().slice(0, 10));
  }
  return days;
}

const firstWeekday = (month: string) => weekdaysOf(month)[0] ?? `${month}-01`;

export const allowancesForm: TopicForm<AllowancesValues> = {
  initial: (today) => ({
    today,
    month: monthOf(today),
    maintenanceAmount: '',
    maintenancePer: 'day',
    mealPrice: 0,
    kmRate: 0,
    days: [{ date: firstWeekday(monthOf(today)), hours: 9, meals: 0, km: 0 }],
  }),
  toInput: (v) => ({
    month: v.month,
    maintenance: { amount: num(v.maintenanceAmount), per: v.maintenancePer },
    mealPrice: num(v.mealPrice) ?? 0,
    kmRate: num(v.kmRate) ?? 0,
    days: v.days.map((d) => ({ date: d.date, hours: num(d.hours), meals: num(d.meals) ?? 0, km: num(d.km) ?? 0 })),
  }),
  Fields: AllowancesFields,
};

function AllowancesFields({ values: v, set, error, field }: Parameters<TopicForm<AllowancesValues>['Fields']>[0]) {
  const setRow = (i: number, patch: Partial<DayRow>) =>
    set({ days: v.days.map((d, j) => (j === i ? { ...d, ...patch } : d)) });
  const fillWeekdays = () => {
    const model = v.days[0] ?? { date: '', hours: 9, meals: 0, km: 0 };
    const taken = new Set(v.days.map((d) => d.date));
    const added = weekdaysOf(v.month)
      .filter((date) => !taken.has(date))
      .map((date) => ({ ...model, date }));
    set({ days: [...v.days, ...added].sort((a, b) => a.date.localeCompare(b.date)).slice(0, 31) });
  };
  return (
    <Stack gap="md">
      <MonthField
        label="Mois"
        value={v.month}
        today={v.today}
        onChange={(month) =>
          set({
            month,
            // Days of another month would be refused: move a single day along, keep a list as it is.
            days: v.days.length === 1 ? [{ ...v.days[0]!, date: firstWeekday(month) }] : v.days,
          })
        }
        {...field('month')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <MoneyField
          label="Indemnité d’entretien prévue au contrat (en euros)"
          description="Le montant convenu, par exemple 3,80."
          value={v.maintenanceAmount}
          onChange={(maintenanceAmount) => set({ maintenanceAmount })}
          {...field('maintenance.amount')}
        />
        <Radio.Group
          label="Ce montant est donné"
          value={v.maintenancePer}
          onChange={(per) => set({ maintenancePer: per === 'hour' ? 'hour' : 'day' })}
          {...field('maintenance.per')}
        >
          <Group gap="lg" mt={6}>
            <Radio value="day" label="par jour d’accueil" />
            <Radio value="hour" label="par heure d’accueil" />
          </Group>
        </Radio.Group>
        <MoneyField
          label="Prix d’un repas fourni (en euros)"
          description="0 si les parents fournissent les repas."
          value={v.mealPrice}
          onChange={(mealPrice) => set({ mealPrice })}
          {...field('mealPrice')}
        />
        <MoneyField
          label="Indemnité par kilomètre (en euros)"
          description="0 s’il n’y a pas de trajets en voiture pour l’enfant."
          value={v.kmRate}
          onChange={(kmRate) => set({ kmRate })}
          {...field('kmRate')}
        />
      </SimpleGrid>
      <Stack gap="sm" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
        <Text component="legend" fw={500} size="sm">
          Les jours d’accueil du mois
        </Text>
        <Text size="sm" c="dimmed">
          Une ligne par jour : les heures d’accueil, les repas fournis par l’assistant·e maternel·le et les kilomètres
          parcourus avec l’enfant.
        </Text>
        {error('days') && (
          <Text size="sm" c="red.8" role="alert" id={field('days').id} tabIndex={-1}>
            {error('days')}
          </Text>
        )}
        {v.days.map((d, i) => (
          <Card key={i} withBorder padding="sm" component="section" aria-label={`Jour ${i + 1}`}>
            <SimpleGrid cols={{ base: 2, md: 4 }} spacing="sm">
              <TextInput
                type="date"
                label={`Date du jour ${i + 1}`}
                value={d.date}
                onChange={(e) => setRow(i, { date: e.currentTarget.value })}
                {...field(`days.${i}.date`)}
              />
              <NumField
                label="Heures"
                value={d.hours}
                onChange={(hours) => setRow(i, { hours })}
                {...field(`days.${i}.hours`)}
              />
              <NumField
                label="Repas"
                allowDecimal={false}
                inputMode="numeric"
                value={d.meals}
                onChange={(meals) => setRow(i, { meals })}
                {...field(`days.${i}.meals`)}
              />
              <NumField
                label="Kilomètres"
                value={d.km}
                onChange={(km) => setRow(i, { km })}
                {...field(`days.${i}.km`)}
              />
            </SimpleGrid>
            {v.days.length > 1 && (
              <Group justify="flex-end" mt="xs">
                <Button
                  variant="subtle"
                  color="red"
                  size="compact-sm"
                  onClick={() => set({ days: v.days.filter((_, j) => j !== i) })}
                >
                  Retirer le jour {i + 1}
                </Button>
              </Group>
            )}
          </Card>
        ))}
        <Group gap="sm">
          {v.days.length < 31 && (
            <Button
              variant="default"
              onClick={() => {
                const last = v.days.at(-1);
                set({ days: [...v.days, { date: '', hours: last?.hours ?? '', meals: last?.meals ?? 0, km: 0 }] });
              }}
            >
              Ajouter un jour
            </Button>
          )}
          <Button variant="default" onClick={fillWeekdays}>
            Ajouter tous les jours du lundi au vendredi du mois
          </Button>
        </Group>
      </Stack>
    </Stack>
  );
}
