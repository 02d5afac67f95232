import { Button, Card, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { EndReason } from '../../../../../../src/modules/employer-help/employer-help.schemas.js';
import { num, MoneyField, NumField, WeeksField, type Num, type TopicForm } from '../fields.js';

/** Why the contract ends, in plain words. */
export const END_REASON_LABELS: Record<EndReason, string> = {
  'employer-withdrawal': 'Le parent arrête le contrat (retrait de l’enfant)',
  resignation: 'L’assistant·e maternel·le démissionne',
  'employer-gross-misconduct': 'Le parent arrête le contrat pour faute grave',
  'agrement-withdrawal': 'L’agrément est suspendu ou retiré',
  'trial-period': 'Fin pendant la période d’essai',
};

interface LeaveRow {
  label: string;
  daysAcquired: Num;
  daysTakenOrPaid: Num;
  grossPayOfPeriod: Num;
}

export interface EndOfContractValues {
  today: string;
  contractStart: string;
  notificationDate: string;
  reason: EndReason;
  weeksPerYear: Num;
  totalGrossSalaries: Num;
  hourlyRate: Num;
  hoursPerWeek: Num;
  withRegularisation: boolean;
  hoursPaid: Num;
  hoursWorked: Num;
  leavePeriods: LeaveRow[];
}

export const endOfContractForm: TopicForm<EndOfContractValues> = {
  initial: (today) => ({
    today,
    contractStart: '',
    notificationDate: today,
    reason: 'employer-withdrawal',
    weeksPerYear: 52,
    totalGrossSalaries: '',
    hourlyRate: '',
    hoursPerWeek: '',
    withRegularisation: false,
    hoursPaid: '',
    hoursWorked: '',
    leavePeriods: [],
  }),
  toInput: (v) => ({
    contractStart: v.contractStart,
    notificationDate: v.notificationDate,
    reason: v.reason,
    weeksPerYear: num(v.weeksPerYear),
    totalGrossSalaries: num(v.totalGrossSalaries),
    hourlyRate: num(v.hourlyRate),
    hoursPerWeek: num(v.hoursPerWeek),
    ...(v.withRegularisation && v.weeksPerYear !== 52
      ? { regularisation: { hoursPaid: num(v.hoursPaid), hoursWorked: num(v.hoursWorked) } }
      : {}),
    leavePeriods: v.leavePeriods.map((p) => ({
      ...(p.label.trim() ? { label: p.label.trim() } : {}),
      daysAcquired: num(p.daysAcquired),
      daysTakenOrPaid: num(p.daysTakenOrPaid),
      grossPayOfPeriod: num(p.grossPayOfPeriod),
    })),
  }),
  Fields: EndOfContractFields,
};

function EndOfContractFields({
  values: v,
  set,
  error,
  field,
}: Parameters<TopicForm<EndOfContractValues>['Fields']>[0]) {
  const setRow = (i: number, patch: Partial<LeaveRow>) =>
    set({ leavePeriods: v.leavePeriods.map((p, j) => (j === i ? { ...p, ...patch } : p)) });
  return (
    <Stack gap="md">
      <NativeSelect
        label="Pourquoi le contrat s’arrête"
        value={v.reason}
        onChange={(e) => set({ reason: e.currentTarget.value as EndReason })}
        {...field('reason')}
        data={Object.entries(END_REASON_LABELS).map(([value, label]) => ({ value, label }))}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <TextInput
          type="date"
          label="Début du contrat"
          description="Le premier jour d’accueil, période d’adaptation comprise."
          value={v.contractStart}
          onChange={(e) => set({ contractStart: e.currentTarget.value })}
          {...field('contractStart')}
        />
        <TextInput
          type="date"
          label="Date de la lettre de fin de contrat"
          description="Le jour où elle est remise en main propre ou présentée par la poste : le préavis commence ce jour-là."
          value={v.notificationDate}
          onChange={(e) => set({ notificationDate: e.currentTarget.value })}
          {...field('notificationDate')}
        />
      </SimpleGrid>
      <WeeksField
        value={v.weeksPerYear}
        onChange={(weeksPerYear) => set({ weeksPerYear })}
        {...field('weeksPerYear')}
      />
      <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
        <MoneyField
          label="Total des salaires bruts depuis le début du contrat (en euros)"
          description="Sans les indemnités d’entretien, de repas ni de kilomètres. Pajemploi en donne le détail."
          value={v.totalGrossSalaries}
          onChange={(totalGrossSalaries) => set({ totalGrossSalaries })}
          {...field('totalGrossSalaries')}
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
        <Stack gap="sm">
          <Checkbox
            label="Calculer la régularisation (heures faites et heures payées depuis le début)"
            description="En année incomplète, on compare les heures réellement faites à celles payées par la mensualisation."
            checked={v.withRegularisation}
            onChange={(e) => set({ withRegularisation: e.currentTarget.checked })}
            {...field('regularisation')}
          />
          {v.withRegularisation && (
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="md">
              <NumField
                label="Heures payées par la mensualisation"
                value={v.hoursPaid}
                onChange={(hoursPaid) => set({ hoursPaid })}
                {...field('regularisation.hoursPaid')}
              />
              <NumField
                label="Heures réellement faites"
                value={v.hoursWorked}
                onChange={(hoursWorked) => set({ hoursWorked })}
                {...field('regularisation.hoursWorked')}
              />
            </SimpleGrid>
          )}
        </Stack>
      )}
      <Stack gap="sm" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
        <Text component="legend" fw={500} size="sm">
          Congés payés pas encore pris ni payés
        </Text>
        <Text size="sm" c="dimmed">
          Une ligne par période de référence (du 1er juin au 31 mai) : la période en cours et, si besoin, la précédente.
        </Text>
        {error('leavePeriods') && (
          <Text size="sm" c="red.8" role="alert" id={field('leavePeriods').id} tabIndex={-1}>
            {error('leavePeriods')}
          </Text>
        )}
        {v.leavePeriods.map((p, i) => (
          <Card key={i} withBorder padding="sm" component="section" aria-label={`Période de congés ${i + 1}`}>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              <TextInput
                label={`Nom de la période ${i + 1} (facultatif)`}
                description="Par exemple « juin 2025 – mai 2026 »."
                value={p.label}
                onChange={(e) => setRow(i, { label: e.currentTarget.value })}
                {...field(`leavePeriods.${i}.label`)}
              />
              <NumField
                label="Jours de congés acquis"
                allowDecimal={false}
                inputMode="numeric"
                value={p.daysAcquired}
                onChange={(daysAcquired) => setRow(i, { daysAcquired })}
                {...field(`leavePeriods.${i}.daysAcquired`)}
              />
              <NumField
                label="Jours déjà pris ou payés"
                allowDecimal={false}
                inputMode="numeric"
                value={p.daysTakenOrPaid}
                onChange={(daysTakenOrPaid) => setRow(i, { daysTakenOrPaid })}
                {...field(`leavePeriods.${i}.daysTakenOrPaid`)}
              />
              <MoneyField
                label="Salaires bruts de la période (en euros)"
                value={p.grossPayOfPeriod}
                onChange={(grossPayOfPeriod) => setRow(i, { grossPayOfPeriod })}
                {...field(`leavePeriods.${i}.grossPayOfPeriod`)}
              />
            </SimpleGrid>
            <Group justify="flex-end" mt="xs">
              <Button
                variant="subtle"
                color="red"
                size="compact-sm"
                onClick={() => set({ leavePeriods: v.leavePeriods.filter((_, j) => j !== i) })}
              >
                Retirer la période {i + 1}
              </Button>
            </Group>
          </Card>
        ))}
        {v.leavePeriods.length < 2 && (
          <div>
            <Button
              variant="default"
              onClick={() =>
                set({
                  leavePeriods: [
                    ...v.leavePeriods,
                    { label: '', daysAcquired: '', daysTakenOrPaid: 0, grossPayOfPeriod: '' },
                  ],
                })
              }
            >
              Ajouter une période de congés
            </Button>
          </div>
        )}
      </Stack>
    </Stack>
  );
}
