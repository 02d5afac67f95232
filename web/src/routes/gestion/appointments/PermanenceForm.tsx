import { Button, Checkbox, Group, NativeSelect, Radio, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '../../../api/client.js';
import {
  appointmentKeys,
  MODES,
  permanenceProblems,
  staleAfterAppointment,
  type Mode,
  type Permanence,
  type PermanenceInput,
  type Reason,
} from '../../../api/appointments.js';
import { isIsoDate } from '../../../lib/appointment-format.js';
import { parisMoment } from '../../../lib/paris-time.js';
import { ErrorSummary, inputId, useErrorSummary, type FormErrors } from '../childminders/shared.js';
import { byField } from './ReasonForm.js';

export const WEEKDAY_NAMES = ['Lundi', 'Mardi', 'Mercredi', 'Jeudi', 'Vendredi', 'Samedi', 'Dimanche'];

interface Values {
  animatorId: string;
  mode: Mode;
  siteId: string;
  weekday: string;
  startTime: string;
  endTime: string;
  validFrom: string;
  validTo: string;
  skipSchoolHolidays: boolean;
  label: string;
  reasonIds: string[];
}

const LABELS: Record<string, string> = {
  animatorId: 'Animatrice ou animateur',
  mode: 'Modalité',
  siteId: 'Lieu',
  weekday: 'Jour',
  startTime: 'Début',
  endTime: 'Fin',
  validFrom: 'À partir du',
  validTo: 'Jusqu’au',
  skipSchoolHolidays: 'Vacances scolaires',
  label: 'Nom',
  reasonIds: 'Motifs',
};

const PREFIX = 'permanence';
const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

function valuesOf(p: Permanence | null, defaults: { animatorId: string }): Values {
  return {
    animatorId: p?.animator.id ?? defaults.animatorId,
    mode: (p?.mode as Mode | undefined) ?? 'in_person',
    siteId: p?.site?.id ?? '',
    weekday: String(p?.weekday ?? 2),
    startTime: p?.startTime ?? '09:00',
    endTime: p?.endTime ?? '12:00',
    validFrom: p?.validFrom ?? parisMoment().date,
    validTo: p?.validTo ?? '',
    skipSchoolHolidays: p?.skipSchoolHolidays ?? false,
    label: p?.label ?? '',
    reasonIds: p?.reasons.map((r) => r.id) ?? [],
  };
}

function validate(v: Values, reasons: Reason[]): FormErrors {
  const errors: FormErrors = {};
  if (!v.animatorId) errors.animatorId = 'Choisissez qui tient la permanence.';
  if (!TIME.test(v.startTime)) errors.startTime = 'Indiquez l’heure de début (heures et minutes).';
  if (!TIME.test(v.endTime)) errors.endTime = 'Indiquez l’heure de fin (heures et minutes).';
  else if (TIME.test(v.startTime) && v.endTime <= v.startTime) errors.endTime = 'La fin doit suivre le début.';
  if (!isIsoDate(v.validFrom)) errors.validFrom = 'Indiquez la date de début (jour, mois, année).';
  if (v.validTo && !isIsoDate(v.validTo)) errors.validTo = 'Date de fin invalide.';
  const mismatched = reasons.filter((r) => v.reasonIds.includes(r.id) && !r.modes.some((m) => m.mode === v.mode));
  if (v.reasonIds.length === 0) errors.reasonIds = 'Choisissez au moins un motif.';
  else if (mismatched.length > 0) {
    errors.reasonIds = `${mismatched.map((r) => `« ${r.label} »`).join(', ')} ne se tien${mismatched.length > 1 ? 'nent' : 't'} pas « ${MODES[v.mode].toLocaleLowerCase('fr')} » : décochez-le${mismatched.length > 1 ? 's' : ''} ou ajoutez cette modalité au motif.`;
  }
  if (v.mode === 'in_person' && !v.siteId) errors.siteId = 'Choisissez le lieu de la permanence.';
  if (!errors.startTime && !errors.endTime && !errors.validFrom && !errors.validTo) {
    for (const p of permanenceProblems({
      startTime: v.startTime,
      endTime: v.endTime,
      validFrom: v.validFrom,
      validTo: v.validTo || null,
      mode: v.mode,
      siteId: v.mode === 'in_person' ? v.siteId || null : null,
    })) {
      errors[p.field] ??= p.message;
    }
  }
  return errors;
}

function toInput(v: Values): PermanenceInput {
  return {
    animatorId: v.animatorId,
    siteId: v.mode === 'in_person' ? v.siteId || null : null,
    mode: v.mode,
    weekday: Number(v.weekday),
    startTime: v.startTime,
    endTime: v.endTime,
    validFrom: v.validFrom,
    validTo: v.validTo || null,
    skipSchoolHolidays: v.skipSchoolHolidays,
    label: v.label.trim(),
    reasonIds: v.reasonIds,
  };
}

/**
 * A weekly permanence: who holds it, where (a venue of the relais) or how (phone, video), which
 * weekday and hours, from when to when, closed in the school holidays or not, and the reasons it offers.
 */
export function PermanenceForm(props: {
  relaisId: string;
  permanence: Permanence | null;
  animators: { id: string; name: string }[];
  sites: { id: string; name: string }[];
  reasons: Reason[];
  defaultAnimatorId: string;
  onSaved(permanence: Permanence): void;
  onCancel(): void;
}) {
  const { relaisId, permanence } = props;
  const queryClient = useQueryClient();
  const form = useForm<Values>({
    initialValues: valuesOf(permanence, { animatorId: props.defaultAnimatorId }),
  });
  const summary = useErrorSummary(form, `${PREFIX}-erreurs`);
  const save = useMutation({
    mutationFn: (v: Values) =>
      permanence
        ? unwrap(
            api.PUT('/api/relais/{relaisId}/permanences/{permanenceId}', {
              params: { path: { relaisId, permanenceId: permanence.id } },
              body: toInput(v),
            }),
          )
        : unwrap(api.POST('/api/relais/{relaisId}/permanences', { params: { path: { relaisId } }, body: toInput(v) })),
    onSuccess: async (saved) => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: appointmentKeys.permanences(relaisId) }),
        queryClient.invalidateQueries({ queryKey: appointmentKeys.reasons(relaisId) }),
        staleAfterAppointment(queryClient, relaisId),
      ]);
      props.onSaved(saved);
    },
    onError: (error) => summary.showServerErrors(byField(error)),
  });
  const field = (name: keyof Values) => ({ id: inputId(PREFIX, name), ...form.getInputProps(name) });
  const values = form.values;
  // The reasons to offer: the live ones, and those already linked even if archived since.
  const reasons = props.reasons.filter((r) => !r.archived || values.reasonIds.includes(r.id));
  const animators =
    props.animators.some((a) => a.id === values.animatorId) || !permanence
      ? props.animators
      : [...props.animators, permanence.animator];
  const sites =
    props.sites.some((s) => s.id === values.siteId) || !permanence?.site
      ? props.sites
      : [...props.sites, { id: permanence.site.id, name: permanence.site.name }];

  return (
    <form
      noValidate
      aria-label={permanence ? 'Modifier la permanence' : 'Nouvelle permanence'}
      onSubmit={(event) => {
        event.preventDefault();
        summary.clear();
        const errors = validate(form.getValues(), props.reasons);
        form.setErrors(errors);
        if (Object.keys(errors).length > 0) summary.show(errors);
        else save.mutate(form.getValues());
      }}
    >
      <Stack gap="md">
        <ErrorSummary
          id={`${PREFIX}-erreurs`}
          title="La permanence n’a pas été enregistrée"
          errors={summary.errors}
          labels={LABELS}
          prefix={PREFIX}
          error={save.error}
        />
        <NativeSelect
          label="Animatrice ou animateur"
          withAsterisk
          data={[{ value: '', label: 'Choisir…' }, ...animators.map((a) => ({ value: a.id, label: a.name }))]}
          {...field('animatorId')}
        />
        <Radio.Group label="Modalité" withAsterisk {...form.getInputProps('mode')}>
          <Group gap="md" mt={6}>
            {(Object.entries(MODES) as [Mode, string][]).map(([value, label], index) => (
              <Radio
                key={value}
                value={value}
                label={label}
                id={index === 0 ? inputId(PREFIX, 'mode') : `${inputId(PREFIX, 'mode')}-${value}`}
              />
            ))}
          </Group>
        </Radio.Group>
        {values.mode === 'in_person' && (
          <NativeSelect
            label="Lieu"
            withAsterisk
            description="Le siège ou un autre lieu du relais (voir « Lieux »)."
            data={[{ value: '', label: 'Choisir…' }, ...sites.map((s) => ({ value: s.id, label: s.name }))]}
            {...field('siteId')}
          />
        )}
        <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm">
          <NativeSelect
            label="Jour"
            withAsterisk
            data={WEEKDAY_NAMES.map((name, i) => ({ value: String(i + 1), label: name }))}
            {...field('weekday')}
          />
          <TextInput type="time" label="Début" withAsterisk step={300} {...field('startTime')} />
          <TextInput type="time" label="Fin" withAsterisk step={300} {...field('endTime')} />
        </SimpleGrid>
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput type="date" label="À partir du" withAsterisk {...field('validFrom')} />
          <TextInput
            type="date"
            label="Jusqu’au (facultatif)"
            description="Vide : sans date de fin."
            min={values.validFrom || undefined}
            {...field('validTo')}
          />
        </SimpleGrid>
        <Checkbox
          label="Fermée pendant les vacances scolaires (zone B)"
          description="Les jours fériés sont toujours fermés, sans rien avoir à faire. Pour un autre jour, ajoutez une fermeture ponctuelle."
          {...form.getInputProps('skipSchoolHolidays', { type: 'checkbox' })}
          id={inputId(PREFIX, 'skipSchoolHolidays')}
        />
        <Checkbox.Group
          label="Motifs proposés"
          withAsterisk
          {...form.getInputProps('reasonIds')}
          errorProps={{ id: `${PREFIX}-reasonIds-erreur` }}
        >
          <Stack gap={6} mt={6}>
            {reasons.length === 0 && <Text size="sm">Aucun motif : créez d’abord un motif.</Text>}
            {reasons.map((r, index) => (
              <Checkbox
                key={r.id}
                value={r.id}
                label={`${r.label}${r.archived ? ' (archivé)' : ''} — ${r.modes.map((m) => m.label.toLocaleLowerCase('fr')).join(', ')}`}
                id={index === 0 ? inputId(PREFIX, 'reasonIds') : `${inputId(PREFIX, 'reasonIds')}-${r.id}`}
                aria-describedby={form.errors.reasonIds ? `${PREFIX}-reasonIds-erreur` : undefined}
              />
            ))}
          </Stack>
        </Checkbox.Group>
        <TextInput
          label="Nom (facultatif)"
          description="Pour s’y retrouver, par exemple « Permanence du mardi à Aizenay »."
          maxLength={80}
          {...field('label')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onCancel}>
            Annuler
          </Button>
          <Button type="submit" loading={save.isPending}>
            {permanence ? 'Enregistrer la permanence' : 'Ajouter la permanence'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
