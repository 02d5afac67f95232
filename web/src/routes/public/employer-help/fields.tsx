import { Group, NativeSelect, NumberInput, Radio, Stack, type NumberInputProps } from '@mantine/core';
import type { ReactNode } from 'react';

/** A number the user types, or nothing yet. */
export type Num = number | '';

/** `undefined` for an empty field: the server then says, in French, what is missing. */
export const num = (value: Num): number | undefined => (value === '' ? undefined : value);

/** The values of one topic's form, what the form sends, and its fields. */
export interface TopicForm<V> {
  initial(today: string): V;
  toInput(values: V): unknown;
  Fields(props: FieldsProps<V>): ReactNode;
}

export interface FieldsProps<V> {
  values: V;
  set(patch: Partial<V>): void;
  /** The French error of a field of the input ("schedule.hoursPerWeek"), if the server reported one. */
  error(path: string): string | undefined;
  /** The id and the error of the input of a field, spread on it: the summary of errors links to the id. */
  field(path: string): { id: string; error: string | undefined };
}

/** The id of the input of a field of the input ("schedule.rhythms.0.weeks" → "calcul-schedule-rhythms-0-weeks"). */
export const fieldId = (path: string) => `calcul-${path.replace(/[^A-Za-z0-9]+/g, '-')}`;

/** A French number field: comma decimals, a numeric keyboard on phones, no spinner. */
export function NumField(
  props: Omit<NumberInputProps, 'value' | 'onChange'> & { value: Num; onChange(value: Num): void },
) {
  const { value, onChange, ...rest } = props;
  return (
    <NumberInput
      decimalSeparator=","
      allowNegative={false}
      hideControls
      inputMode="decimal"
      {...rest}
      value={value}
      onChange={(v) => onChange(v === '' ? '' : typeof v === 'number' ? v : Number(String(v).replace(',', '.')))}
    />
  );
}

/** An amount in euros: two decimals once typed (« 4,1 » reads back « 4,10 »). */
export function MoneyField(props: Parameters<typeof NumField>[0]) {
  return <NumField decimalScale={2} fixedDecimalScale {...props} />;
}

const MONTH_NAMES = [
  'janvier',
  'février',
  'mars',
  'avril',
  'mai',
  'juin',
  'juillet',
  'août',
  'septembre',
  'octobre',
  'novembre',
  'décembre',
];

/** "2026-11" → "novembre 2026". */
export const monthLabel = (month: string) => `${MONTH_NAMES[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;

/** The months one may compute for: from January 2022 (the agreement in force) to next December, recent first. */
function monthChoices(today: string): string[] {
  const last = Number(today.slice(0, 4)) + 1;
  const months: string[] = [];
  for (let year = last; year >= 2022; year--)
    for (let m = 12; m >= 1; m--) months.push(`${year}-${String(m).padStart(2, '0')}`);
  return months;
}

/** One select of "novembre 2026"-like months: a phone shows its own list, no calendar to learn. */
export function MonthField(props: {
  id?: string;
  label: string;
  description?: string;
  value: string;
  today: string;
  onChange(value: string): void;
  error?: string;
  withNone?: string;
}) {
  const choices = monthChoices(props.today);
  return (
    <NativeSelect
      id={props.id}
      label={props.label}
      description={props.description}
      value={props.value}
      error={props.error}
      onChange={(e) => props.onChange(e.currentTarget.value)}
      data={[
        ...(props.withNone !== undefined ? [{ value: '', label: props.withNone }] : []),
        ...choices.map((m) => ({ value: m, label: monthLabel(m) })),
      ]}
    />
  );
}

/** 52 weeks (the whole year) or 46 weeks or fewer, in plain words, then the number of weeks. */
export function WeeksField(props: {
  id?: string;
  value: Num;
  onChange(value: Num): void;
  error?: string;
  /** Remembered when one goes back and forth between the two choices. */
  partialDefault?: number;
}) {
  const full = props.value === 52;
  return (
    <Stack gap="xs">
      <Radio.Group
        label="Durée de l’accueil dans l’année"
        description="Regardez le contrat : accueil toute l’année, ou seulement certaines semaines (vacances scolaires…)."
        value={full ? 'full' : 'partial'}
        onChange={(v) => props.onChange(v === 'full' ? 52 : (props.partialDefault ?? 46))}
        error={full ? props.error : undefined}
      >
        <Stack gap={6} mt={6}>
          <Radio
            value="full"
            id={full ? props.id : undefined}
            label="Toute l’année (52 semaines, dont 5 semaines de congés payés)"
          />
          <Radio value="partial" label="46 semaines ou moins (année incomplète)" />
        </Stack>
      </Radio.Group>
      {!full && (
        <NumField
          id={props.id}
          label="Nombre de semaines d’accueil prévues sur 12 mois"
          description="Les semaines où l’enfant est accueilli, sans les congés payés de l’assistant·e maternel·le (46 au plus)."
          value={props.value}
          onChange={props.onChange}
          allowDecimal={false}
          inputMode="numeric"
          error={props.error}
          maw={320}
        />
      )}
    </Stack>
  );
}

/** A yes/no question with two large radio buttons (easier to hit on a phone than a switch). */
export function YesNoField(props: {
  label: string;
  description?: string;
  value: boolean;
  onChange(value: boolean): void;
  error?: string;
}) {
  return (
    <Radio.Group
      label={props.label}
      description={props.description}
      value={props.value ? 'yes' : 'no'}
      onChange={(v) => props.onChange(v === 'yes')}
      error={props.error}
    >
      <Group gap="lg" mt={6}>
        <Radio value="yes" label="Oui" />
        <Radio value="no" label="Non" />
      </Group>
    </Radio.Group>
  );
}

/** "2026-11-30" → "2026-11". */
export const monthOf = (day: string) => day.slice(0, 7);
