import { Button, Card, Checkbox, Group, NativeSelect, SimpleGrid, Stack, Text } from '@mantine/core';
import type { AbsenceReason } from '../../../../../../src/modules/employer-help/employer-help.schemas.js';
import { MonthField, monthOf, num, MoneyField, NumField, WeeksField, type Num, type TopicForm } from '../fields.js';

/** The reasons of an absence, in the words of a parent. */
export const ABSENCE_REASON_LABELS: Record<AbsenceReason, string> = {
  'child-illness': 'L’enfant était malade',
  'child-other': 'L’enfant n’est pas venu pour une autre raison (choix des parents)',
  'childminder-illness': 'L’assistant·e maternel·le était en arrêt maladie',
  'childminder-unpaid-leave': 'L’assistant·e maternel·le a pris un congé sans solde',
  'childminder-unacquired-leave': 'Congés payés pas encore acquis (contrat de 52 semaines)',
  'public-holiday-may-1': '1er mai non travaillé',
  'public-holiday-other': 'Autre jour férié non travaillé',
};

interface AbsenceRow {
  reason: AbsenceReason;
  units: Num;
  days: Num;
  medicalCertificate: boolean;
  hospitalisation: boolean;
  consecutiveCalendarDays: Num;
  workedDayBeforeAndAfter: boolean;
}

export interface AbsencesValues {
  today: string;
  month: string;
  weeksPerYear: Num;
  monthlyGrossSalary: Num;
  unitsScheduledInMonth: Num;
  absences: AbsenceRow[];
  childIllnessDaysInPrevious12Months: Num;
}

const newRow = (): AbsenceRow => ({
  reason: 'child-illness',
  units: '',
  days: '',
  medicalCertificate: true,
  hospitalisation: false,
  consecutiveCalendarDays: '',
  workedDayBeforeAndAfter: true,
});

export const absencesForm: TopicForm<AbsencesValues> = {
  initial: (today) => ({
    today,
    month: monthOf(today),
    weeksPerYear: 52,
    monthlyGrossSalary: '',
    unitsScheduledInMonth: '',
    absences: [newRow()],
    childIllnessDaysInPrevious12Months: 0,
  }),
  toInput: (v) => ({
    month: v.month,
    weeksPerYear: num(v.weeksPerYear),
    monthlyGrossSalary: num(v.monthlyGrossSalary),
    unitsScheduledInMonth: num(v.unitsScheduledInMonth),
    absences: v.absences.map((a) => ({
      reason: a.reason,
      units: num(a.units),
      ...(a.reason === 'child-illness' || a.days !== '' ? { days: num(a.days) } : {}),
      medicalCertificate: a.medicalCertificate,
      hospitalisation: a.hospitalisation,
      ...(a.consecutiveCalendarDays !== '' ? { consecutiveCalendarDays: a.consecutiveCalendarDays } : {}),
      workedDayBeforeAndAfter: a.workedDayBeforeAndAfter,
    })),
    childIllnessDaysInPrevious12Months: num(v.childIllnessDaysInPrevious12Months) ?? 0,
  }),
  Fields: AbsencesFields,
};

function AbsencesFields({ values: v, set, error, field }: Parameters<TopicForm<AbsencesValues>['Fields']>[0]) {
  const inHours = v.weeksPerYear === 52;
  const unit = inHours ? 'heures' : 'jours';
  const setRow = (i: number, patch: Partial<AbsenceRow>) =>
    set({ absences: v.absences.map((a, j) => (j === i ? { ...a, ...patch } : a)) });
  return (
    <Stack gap="md">
      <MonthField
        label="Mois des absences"
        value={v.month}
        today={v.today}
        onChange={(month) => set({ month })}
        {...field('month')}
      />
      <WeeksField
        value={v.weeksPerYear}
        onChange={(weeksPerYear) => set({ weeksPerYear })}
        {...field('weeksPerYear')}
      />
      <MoneyField
        label="Salaire mensualisé brut (en euros)"
        description="Le salaire brut de chaque mois, sans les heures en plus ni les indemnités."
        value={v.monthlyGrossSalary}
        onChange={(monthlyGrossSalary) => set({ monthlyGrossSalary })}
        {...field('monthlyGrossSalary')}
        maw={320}
      />
      <NumField
        label={`Nombre de ${unit} d’accueil prévus ce mois-ci`}
        description={
          inHours
            ? 'Les heures que l’enfant aurait passées chez l’assistant·e maternel·le ce mois-ci s’il n’y avait pas eu d’absence.'
            : 'Les jours où l’enfant aurait été accueilli ce mois-ci s’il n’y avait pas eu d’absence.'
        }
        value={v.unitsScheduledInMonth}
        onChange={(unitsScheduledInMonth) => set({ unitsScheduledInMonth })}
        {...field('unitsScheduledInMonth')}
        maw={320}
      />
      <Stack gap="sm" component="fieldset" style={{ border: 0, padding: 0, margin: 0 }}>
        <Text component="legend" fw={500} size="sm">
          Les absences du mois
        </Text>
        {error('absences') && (
          <Text size="sm" c="red.8" role="alert" id={field('absences').id} tabIndex={-1}>
            {error('absences')}
          </Text>
        )}
        {v.absences.map((a, i) => (
          <Card key={i} withBorder padding="sm" component="section" aria-label={`Absence ${i + 1}`}>
            <Stack gap="sm">
              <NativeSelect
                label={`Motif de l’absence ${i + 1}`}
                value={a.reason}
                onChange={(e) => setRow(i, { reason: e.currentTarget.value as AbsenceReason })}
                {...field(`absences.${i}.reason`)}
                data={Object.entries(ABSENCE_REASON_LABELS).map(([value, label]) => ({ value, label }))}
              />
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
                <NumField
                  label={`${inHours ? 'Heures' : 'Jours'} d’accueil manqués`}
                  value={a.units}
                  onChange={(units) => setRow(i, { units })}
                  {...field(`absences.${i}.units`)}
                />
                {a.reason === 'child-illness' && (
                  <NumField
                    label="Jours d’accueil concernés"
                    description="Pour compter la limite de 5 jours sur 12 mois."
                    allowDecimal={false}
                    inputMode="numeric"
                    value={a.days}
                    onChange={(days) => setRow(i, { days })}
                    {...field(`absences.${i}.days`)}
                  />
                )}
              </SimpleGrid>
              {(a.reason === 'child-illness' || a.reason === 'childminder-illness') && (
                <>
                  {a.reason === 'child-illness' && (
                    <>
                      <Checkbox
                        label="Avec un certificat médical"
                        checked={a.medicalCertificate}
                        onChange={(e) => setRow(i, { medicalCertificate: e.currentTarget.checked })}
                        {...field(`absences.${i}.medicalCertificate`)}
                      />
                      <Checkbox
                        label="L’enfant a été hospitalisé"
                        checked={a.hospitalisation}
                        onChange={(e) => setRow(i, { hospitalisation: e.currentTarget.checked })}
                        {...field(`absences.${i}.hospitalisation`)}
                      />
                    </>
                  )}
                  <NumField
                    label="Jours de maladie à la suite, week-ends compris (facultatif)"
                    description="14 jours ou plus : c’est une longue maladie."
                    allowDecimal={false}
                    inputMode="numeric"
                    value={a.consecutiveCalendarDays}
                    onChange={(consecutiveCalendarDays) => setRow(i, { consecutiveCalendarDays })}
                    {...field(`absences.${i}.consecutiveCalendarDays`)}
                    maw={320}
                  />
                </>
              )}
              {a.reason === 'public-holiday-other' && (
                <Checkbox
                  label="L’assistant·e maternel·le a travaillé le jour d’accueil d’avant et celui d’après"
                  checked={a.workedDayBeforeAndAfter}
                  onChange={(e) => setRow(i, { workedDayBeforeAndAfter: e.currentTarget.checked })}
                  {...field(`absences.${i}.workedDayBeforeAndAfter`)}
                />
              )}
              {v.absences.length > 1 && (
                <Group justify="flex-end">
                  <Button
                    variant="subtle"
                    color="red"
                    size="compact-sm"
                    onClick={() => set({ absences: v.absences.filter((_, j) => j !== i) })}
                  >
                    Retirer l’absence {i + 1}
                  </Button>
                </Group>
              )}
            </Stack>
          </Card>
        ))}
        {v.absences.length < 40 && (
          <div>
            <Button variant="default" onClick={() => set({ absences: [...v.absences, newRow()] })}>
              Ajouter une absence
            </Button>
          </div>
        )}
      </Stack>
      <NumField
        label="Jours de maladie de l’enfant déjà déduits sur les 12 derniers mois"
        description="Avant ce mois-ci. 0 si aucun."
        allowDecimal={false}
        inputMode="numeric"
        value={v.childIllnessDaysInPrevious12Months}
        onChange={(childIllnessDaysInPrevious12Months) => set({ childIllnessDaysInPrevious12Months })}
        {...field('childIllnessDaysInPrevious12Months')}
        maw={320}
      />
    </Stack>
  );
}
