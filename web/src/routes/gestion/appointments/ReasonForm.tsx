import {
  Button,
  Checkbox,
  Group,
  NativeSelect,
  NumberInput,
  SimpleGrid,
  Stack,
  Switch,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, api, unwrap } from '../../../api/client.js';
import {
  appointmentKeys,
  AUDIENCES,
  MAX_DURATION_MINUTES,
  MIN_DURATION_MINUTES,
  MODES,
  reasonProblems,
  staleAfterAppointment,
  type Audience,
  type Mode,
  type Reason,
  type ReasonInput,
} from '../../../api/appointments.js';
import { DEFAULT_SUBJECTS } from '../../../../../src/modules/contacts/contacts.rules.js';
import { ErrorSummary, inputId, useErrorSummary, type FormErrors } from '../childminders/shared.js';

interface Values {
  label: string;
  description: string;
  durationMinutes: number | string;
  modes: string[];
  audience: Audience;
  defaultSubjectCode: string;
  minNoticeHours: number | string;
  maxNoticeDays: number | string;
  bookableOnline: boolean;
}

const LABELS: Record<string, string> = {
  label: 'Libellé',
  description: 'Description',
  durationMinutes: 'Durée',
  modes: 'Modalités',
  audience: 'Public',
  defaultSubjectCode: 'Thème du journal',
  minNoticeHours: 'Délai minimal',
  maxNoticeDays: 'Délai maximal',
  bookableOnline: 'Réservable en ligne',
};

const PREFIX = 'motif';

function valuesOf(reason: Reason | null): Values {
  return {
    label: reason?.label ?? '',
    description: reason?.description ?? '',
    durationMinutes: reason?.durationMinutes ?? 30,
    modes: reason?.modes.map((m) => m.mode) ?? ['in_person'],
    audience: (reason?.audience as Audience | undefined) ?? 'families',
    defaultSubjectCode: reason?.defaultSubjectCode ?? '',
    minNoticeHours: reason?.minNoticeHours ?? 24,
    maxNoticeDays: reason?.maxNoticeDays ?? 60,
    bookableOnline: reason?.bookableOnline ?? true,
  };
}

const whole = (value: number | string) => (typeof value === 'number' ? value : Number.NaN);

function validate(v: Values): FormErrors {
  const errors: FormErrors = {};
  if (v.label.trim().length < 2) errors.label = 'Le libellé doit compter au moins 2 caractères.';
  else if (v.label.trim().length > 80) errors.label = 'Libellé trop long (80 caractères au plus).';
  if (v.description.trim().length > 500) errors.description = 'Description trop longue (500 caractères au plus).';
  const duration = whole(v.durationMinutes);
  if (!Number.isInteger(duration) || duration < MIN_DURATION_MINUTES || duration > MAX_DURATION_MINUTES) {
    errors.durationMinutes = `Entre ${MIN_DURATION_MINUTES} et ${MAX_DURATION_MINUTES} minutes.`;
  }
  if (v.modes.length === 0) errors.modes = 'Choisissez au moins une modalité.';
  const min = whole(v.minNoticeHours);
  const max = whole(v.maxNoticeDays);
  if (!Number.isInteger(min) || min < 0 || min > 720) errors.minNoticeHours = 'Entre 0 et 720 heures.';
  if (!Number.isInteger(max) || max < 1 || max > 365) errors.maxNoticeDays = 'Entre 1 et 365 jours.';
  if (Object.keys(errors).length === 0) {
    for (const p of reasonProblems({
      durationMinutes: duration,
      modes: v.modes as Mode[],
      minNoticeHours: min,
      maxNoticeDays: max,
    })) {
      errors[p.field] ??= p.message;
    }
  }
  return errors;
}

function toInput(v: Values): ReasonInput {
  return {
    label: v.label.trim(),
    description: v.description.trim(),
    durationMinutes: whole(v.durationMinutes),
    modes: v.modes as ReasonInput['modes'],
    audience: v.audience,
    defaultSubjectCode: (v.defaultSubjectCode || null) as ReasonInput['defaultSubjectCode'],
    minNoticeHours: whole(v.minNoticeHours),
    maxNoticeDays: whole(v.maxNoticeDays),
    bookableOnline: v.bookableOnline,
  };
}

/** The server's field names, first segment only ("modes.0" → "modes"). */
export function byField(error: unknown): unknown {
  if (!(error instanceof ApiError) || error.fields.length === 0) return error;
  return new ApiError(
    error.status,
    error.code,
    error.message,
    error.fields.map((f) => ({ field: f.field.split(/[.[/]/)[0] ?? f.field, message: f.message })),
  );
}

/** A reason (motif) of appointments: what it is, how long, how, for whom, how far ahead, online or not. */
export function ReasonForm(props: {
  relaisId: string;
  reason: Reason | null;
  onSaved(reason: Reason): void;
  onCancel(): void;
}) {
  const { relaisId, reason } = props;
  const queryClient = useQueryClient();
  const form = useForm<Values>({ initialValues: valuesOf(reason) });
  const summary = useErrorSummary(form, `${PREFIX}-erreurs`);
  const save = useMutation({
    mutationFn: (v: Values) =>
      reason
        ? unwrap(
            api.PUT('/api/relais/{relaisId}/appointment-reasons/{reasonId}', {
              params: { path: { relaisId, reasonId: reason.id } },
              body: toInput(v),
            }),
          )
        : unwrap(
            api.POST('/api/relais/{relaisId}/appointment-reasons', {
              params: { path: { relaisId } },
              body: toInput(v),
            }),
          ),
    onSuccess: async (saved) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: appointmentKeys.reasons(relaisId) }),
        queryClient.invalidateQueries({ queryKey: appointmentKeys.permanences(relaisId) }),
        staleAfterAppointment(queryClient, relaisId),
      ]);
      props.onSaved(saved);
    },
    onError: (error) => summary.showServerErrors(byField(error)),
  });
  const field = (name: keyof Values) => ({ id: inputId(PREFIX, name), ...form.getInputProps(name) });

  return (
    <form
      noValidate
      aria-label={reason ? `Modifier le motif ${reason.label}` : 'Nouveau motif'}
      onSubmit={(event) => {
        event.preventDefault();
        summary.clear();
        const errors = validate(form.getValues());
        form.setErrors(errors);
        if (Object.keys(errors).length > 0) summary.show(errors);
        else save.mutate(form.getValues());
      }}
    >
      <Stack gap="md">
        <ErrorSummary
          id={`${PREFIX}-erreurs`}
          title="Le motif n’a pas été enregistré"
          errors={summary.errors}
          labels={LABELS}
          prefix={PREFIX}
          error={save.error}
        />
        <TextInput label="Libellé" withAsterisk maxLength={80} {...field('label')} />
        <Textarea
          label="Description (facultatif)"
          description="Affichée au public sous le libellé : à qui s’adresse ce rendez-vous, quoi apporter."
          autosize
          minRows={2}
          maxLength={500}
          {...field('description')}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NumberInput
            label="Durée (minutes)"
            withAsterisk
            min={MIN_DURATION_MINUTES}
            max={MAX_DURATION_MINUTES}
            step={5}
            allowDecimal={false}
            description="Un multiple de 5 minutes."
            {...field('durationMinutes')}
          />
          <NativeSelect
            label="Public"
            withAsterisk
            data={Object.entries(AUDIENCES).map(([value, label]) => ({ value, label }))}
            {...field('audience')}
          />
        </SimpleGrid>
        <Checkbox.Group
          label="Modalités proposées"
          withAsterisk
          description="Une permanence n’offre ce motif que si sa modalité en fait partie."
          {...form.getInputProps('modes')}
          errorProps={{ id: `${PREFIX}-modes-erreur` }}
        >
          <Group gap="md" mt={6}>
            {(Object.entries(MODES) as [Mode, string][]).map(([value, label], index) => (
              <Checkbox
                key={value}
                value={value}
                label={label}
                id={index === 0 ? inputId(PREFIX, 'modes') : `${inputId(PREFIX, 'modes')}-${value}`}
                aria-describedby={form.errors.modes ? `${PREFIX}-modes-erreur` : undefined}
              />
            ))}
          </Group>
        </Checkbox.Group>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NumberInput
            label="Délai minimal (heures)"
            description="Pas de réservation en ligne moins de … heures avant."
            min={0}
            max={720}
            allowDecimal={false}
            {...field('minNoticeHours')}
          />
          <NumberInput
            label="Délai maximal (jours)"
            description="Pas de réservation en ligne plus de … jours à l’avance."
            min={1}
            max={365}
            allowDecimal={false}
            {...field('maxNoticeDays')}
          />
        </SimpleGrid>
        <NativeSelect
          label="Thème noté au journal des contacts"
          description="Quand le rendez-vous est honoré, il compte comme un contact sur ce thème."
          data={[
            { value: '', label: 'Autre (par défaut)' },
            ...DEFAULT_SUBJECTS.filter((s) => s.code !== 'other').map((s) => ({ value: s.code, label: s.label })),
          ]}
          {...field('defaultSubjectCode')}
        />
        <Switch
          label="Réservable en ligne par le public"
          description="Sinon, seule l’équipe peut le réserver (au téléphone)."
          {...form.getInputProps('bookableOnline', { type: 'checkbox' })}
          id={inputId(PREFIX, 'bookableOnline')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onCancel}>
            Annuler
          </Button>
          <Button type="submit" loading={save.isPending}>
            {reason ? 'Enregistrer le motif' : 'Ajouter le motif'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
