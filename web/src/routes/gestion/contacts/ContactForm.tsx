import {
  Button,
  Chip,
  Fieldset,
  Group,
  NativeSelect,
  SimpleGrid,
  Stack,
  Text,
  Textarea,
  TextInput,
} from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useCallback, useEffect, useState, type ChangeEvent, type ReactNode } from 'react';
import { api, ApiError, unwrap } from '../../../api/client.js';
import {
  CHANNELS,
  contactProblems,
  FAMILY_PUBLICS,
  OUTCOMES,
  PUBLIC_BUTTONS,
  PUBLICS,
  staleAfterContact,
  suggestedChannel,
  type Channel,
  type Contact,
  type ContactInput,
  type ContactSubject,
  type Outcome,
  type Public,
} from '../../../api/contacts.js';
import { parisIso, parisMoment, type ParisMoment } from '../../../lib/paris-time.js';
import { ErrorSummary, focusSoon, inputId, useErrorSummary, type FormErrors } from '../childminders/shared.js';
import { CommuneField, type CommuneChoice } from './CommuneField.js';
import { ChildminderLink, FamilyLink, type LinkedPerson } from './PersonLink.js';

interface Values {
  public: Public | '';
  channel: Channel;
  date: string;
  time: string;
  inseeCode: string;
  subjectIds: string[];
  outcome: Outcome;
  note: string;
  family: LinkedPerson | null;
  /** A new family is typed in the form, to be saved with the contact. */
  newFamily: boolean;
  familyName: string;
  familyPhone: string;
  familyEmail: string;
  childminder: LinkedPerson | null;
  /** The channel was picked by hand (or is the recorded one): it no longer follows the suggestion. */
  channelByHand: boolean;
  /** The date or time was typed (or is the recorded one): it no longer follows the clock. */
  timeByHand: boolean;
}

/** The label of each field, for the error summary. */
const LABELS: Record<string, string> = {
  public: 'Public',
  channel: 'Canal',
  date: 'Date',
  time: 'Heure',
  inseeCode: 'Commune',
  subjectIds: 'Thèmes',
  outcome: 'Suite donnée',
  family: 'Famille',
  familyName: 'Nom de la famille',
  familyPhone: 'Téléphone de la famille',
  familyEmail: 'E-mail de la famille',
  childminder: 'Assistant·e maternel·le',
  note: 'Note',
};

/** Where the server's field names (and the shared rules') show in this form. */
const CONTACT_FIELDS: Record<string, string> = { occurredAt: 'date', familyId: 'family', childminderId: 'childminder' };
const FAMILY_FIELDS: Record<string, string> = { name: 'familyName', phone: 'familyPhone', email: 'familyEmail' };

export const MAX_SUBJECTS = 5;
export const MAX_NOTE = 500;
const PHONE = /^[0-9 +().-]*$/;

const isPublic = (value: string): value is Public => value in PUBLICS;
const isChannel = (value: string): value is Channel => value in CHANNELS;
const isOutcome = (value: string): value is Outcome => value in OUTCOMES;
export const isFamilyPublic = (value: string) => FAMILY_PUBLICS.some((p) => p === value);

/** The weekday of a calendar date, 1 = Monday … 7 = Sunday. */
function weekdayOf(date: string): number {
  const day = new Date(`${date}T12:00:00Z`).getUTCDay();
  return Number.isNaN(day) ? 1 : day === 0 ? 7 : day;
}

/** The channel proposed for a contact at this date and time from this public (the AM permanence or the phone). */
function suggestionFor(v: Pick<Values, 'date' | 'time' | 'public'>): Channel {
  return suggestedChannel(weekdayOf(v.date), v.time, isPublic(v.public) ? v.public : undefined);
}

function blankValues(
  now: ParisMoment,
  keep?: { public: Public | ''; channel: Channel; channelByHand: boolean },
): Values {
  return {
    public: keep?.public ?? '',
    channel: keep?.channel ?? suggestionFor({ date: now.date, time: now.time, public: keep?.public ?? '' }),
    date: now.date,
    time: now.time,
    inseeCode: '',
    subjectIds: [],
    outcome: 'informed',
    note: '',
    family: null,
    newFamily: false,
    familyName: '',
    familyPhone: '',
    familyEmail: '',
    childminder: null,
    channelByHand: keep?.channelByHand ?? false,
    timeByHand: false,
  };
}

function valuesOf(contact: Contact): Values {
  const at = parisMoment(new Date(contact.occurredAt));
  return {
    ...blankValues(at),
    public: isPublic(contact.public) ? contact.public : '',
    channel: isChannel(contact.channel) ? contact.channel : 'phone',
    inseeCode: contact.inseeCode ?? '',
    subjectIds: contact.subjects.map((s) => s.id),
    outcome: isOutcome(contact.outcome) ? contact.outcome : 'informed',
    note: contact.note,
    family: contact.family,
    childminder: contact.childminder,
    channelByHand: true,
    timeByHand: true,
  };
}

function toInput(v: Values, family: LinkedPerson | null): ContactInput {
  return {
    occurredAt: parisIso(v.date, v.time) ?? '',
    channel: v.channel,
    public: v.public as Public,
    inseeCode: v.inseeCode || null,
    subjectIds: v.subjectIds,
    outcome: v.outcome,
    familyId: isFamilyPublic(v.public) ? (family?.id ?? null) : null,
    childminderId: v.public === 'childminder' ? (v.childminder?.id ?? null) : null,
    note: v.note.trim(),
  };
}

/** The checks of the browser: the shapes the server expects, then the shared rules of a contact. */
function validate(v: Values, today: string): FormErrors {
  const errors: FormErrors = {};
  if (!v.public) errors.public = 'Choisissez le public.';
  if (!/^\d{4}-\d{2}-\d{2}$/.test(v.date)) errors.date = 'Indiquez la date (jour, mois, année).';
  else if (!/^\d{2}:\d{2}$/.test(v.time)) errors.time = 'Indiquez l’heure (heures et minutes).';
  else if (!parisIso(v.date, v.time)) errors.date = 'Cette date n’existe pas.';
  if (v.subjectIds.length > MAX_SUBJECTS) errors.subjectIds = `Au plus ${MAX_SUBJECTS} thèmes.`;
  if (v.note.trim().length > MAX_NOTE) errors.note = `Note trop longue (${MAX_NOTE} caractères au plus).`;
  if (v.newFamily && isFamilyPublic(v.public)) {
    if (v.familyName.trim().length < 2) errors.familyName = 'Le nom doit compter au moins 2 caractères.';
    if (!PHONE.test(v.familyPhone.trim())) errors.familyPhone = 'Numéro de téléphone invalide.';
    if (v.familyEmail.trim() && !/^\S+@\S+\.\S+$/.test(v.familyEmail.trim())) {
      errors.familyEmail = 'Adresse e-mail invalide.';
    }
  }
  const problems = contactProblems(
    {
      occurredOn: errors.date || errors.time ? today : v.date,
      channel: v.channel,
      public: isPublic(v.public) ? v.public : 'childminder',
      subjectIds: v.subjectIds,
      familyId: isFamilyPublic(v.public) ? (v.family?.id ?? null) : null,
      childminderId: v.public === 'childminder' ? (v.childminder?.id ?? null) : null,
    },
    today,
  );
  for (const problem of problems) errors[CONTACT_FIELDS[problem.field] ?? problem.field] ??= problem.message;
  return errors;
}

/** The same error with its field names as this form knows them ("subjectIds.0" → "subjectIds"). */
function renamed(error: unknown, names: Record<string, string>): unknown {
  if (!(error instanceof ApiError) || error.fields.length === 0) return error;
  const fields = error.fields.map((f) => {
    const name = f.field.split(/[.[/]/)[0] ?? f.field;
    return { field: names[name] ?? name, message: f.message };
  });
  return new ApiError(error.status, error.code, error.message, fields);
}

export interface SavedContact {
  contact: Contact;
  /** The name of the family registered with the contact, if one was. */
  newFamily: string | null;
}

/**
 * The form of a contact: the quick entry at the top of the log (`contact` null: it resets after
 * each save, keeping the public and the channel) and the correction of a recorded one.
 */
export function ContactForm(props: {
  relaisId: string;
  /** Distinguishes the ids of two forms on the same page (the quick entry, the correction). */
  prefix: string;
  contact: Contact | null;
  subjects: ContactSubject[];
  territory: CommuneChoice[];
  onSaved(saved: SavedContact): void;
  onCancel?(): void;
  /** Above the form's fields, after the error summary (the confirmation of the last save). */
  notice?: ReactNode;
}) {
  const { relaisId, contact, prefix } = props;
  const queryClient = useQueryClient();
  const summaryId = `${prefix}-erreurs`;
  const [today, setToday] = useState(() => parisMoment().date);
  const [round, setRound] = useState(0);
  const [others, setOthers] = useState<CommuneChoice[]>(() =>
    contact?.inseeCode && !props.territory.some((c) => c.inseeCode === contact.inseeCode)
      ? [{ inseeCode: contact.inseeCode, name: contact.communeName ?? contact.inseeCode }]
      : [],
  );
  const form = useForm<Values>({
    initialValues: contact ? valuesOf(contact) : blankValues(parisMoment()),
    validate: (values) => validate(values, today),
  });
  const summary = useErrorSummary(form, summaryId);
  const { setFieldValue, getValues } = form;

  /**
   * Changes some values field by field: unlike `setValues`, which clears every error of the form,
   * only the errors of the changed fields go.
   */
  const patch = useCallback(
    (changes: Partial<Values>) => {
      const current = getValues();
      for (const [key, value] of Object.entries(changes) as [keyof Values, never][]) {
        if (current[key] !== value) setFieldValue(key, value);
      }
    },
    [getValues, setFieldValue],
  );

  /** Changes some values; the channel follows, unless it was picked by hand. */
  const change = (changes: Partial<Values>) => {
    const next = { ...getValues(), ...changes };
    const channel = next.channelByHand ? next.channel : suggestionFor(next);
    patch({ ...changes, channel });
  };

  // A new contact is "now" until its date or time is typed: the clock moves while the form waits.
  useEffect(() => {
    if (contact) return;
    const timer = window.setInterval(() => {
      const now = parisMoment();
      setToday(now.date);
      const values = getValues();
      if (values.timeByHand || (values.date === now.date && values.time === now.time)) return;
      const next = { ...values, date: now.date, time: now.time };
      const channel = values.channelByHand ? values.channel : suggestionFor(next);
      patch({ date: now.date, time: now.time, channel });
    }, 15_000);
    return () => window.clearInterval(timer);
  }, [contact, getValues, patch]);

  const focusFirstField = () =>
    requestAnimationFrame(() => {
      const checked = document.querySelector<HTMLInputElement>(`input[name="${prefix}-public"]:checked`);
      (checked ?? document.getElementById(inputId(prefix, 'public')))?.focus();
    });

  const save = useMutation({
    mutationFn: async (values: Values): Promise<SavedContact> => {
      let family = values.family;
      let newFamily: string | null = null;
      if (values.newFamily && isFamilyPublic(values.public)) {
        const created = await unwrap(
          api.POST('/api/relais/{relaisId}/families', {
            params: { path: { relaisId } },
            body: {
              name: values.familyName.trim(),
              phone: values.familyPhone.trim(),
              email: values.familyEmail.trim(),
              inseeCode: values.inseeCode || null,
            },
          }),
        ).catch((error: unknown) => {
          throw renamed(error, FAMILY_FIELDS);
        });
        family = { id: created.id, name: created.name };
        newFamily = created.name;
        // Saved now: if the contact is refused, sending again does not register the family twice.
        patch({ family, newFamily: false, familyName: '', familyPhone: '', familyEmail: '' });
      }
      const body = toInput(values, family);
      const saved = contact
        ? await unwrap(
            api.PUT('/api/relais/{relaisId}/contacts/{contactId}', {
              params: { path: { relaisId, contactId: contact.id } },
              body,
            }),
          )
        : await unwrap(api.POST('/api/relais/{relaisId}/contacts', { params: { path: { relaisId } }, body }));
      return { contact: saved, newFamily };
    },
    onSuccess: async (saved, values) => {
      await Promise.all(staleAfterContact(relaisId).map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      if (!contact) {
        form.setValues(
          blankValues(parisMoment(), {
            public: values.public,
            channel: values.channel,
            channelByHand: values.channelByHand,
          }),
        );
        form.clearErrors();
        summary.clear();
        setRound((r) => r + 1);
        focusFirstField();
      }
      props.onSaved(saved);
    },
    onError: (error) => summary.showServerErrors(renamed(error, CONTACT_FIELDS)),
  });

  const field = (name: keyof Values) => ({ id: inputId(prefix, name), ...form.getInputProps(name) });
  const timeField = (name: 'date' | 'time') => ({
    ...field(name),
    onChange: (event: ChangeEvent<HTMLInputElement>) => change({ [name]: event.currentTarget.value, timeByHand: true }),
  });
  const channelField = {
    ...field('channel'),
    onChange: (event: ChangeEvent<HTMLSelectElement>) =>
      patch({ channel: event.currentTarget.value as Channel, channelByHand: true }),
  };
  const values = form.values;
  const familyPublic = isFamilyPublic(values.public);
  const shownSubjects = props.subjects.filter((s) => !s.archived || values.subjectIds.includes(s.id));

  return (
    <form
      noValidate
      aria-label={contact ? 'Correction du contact' : 'Nouveau contact'}
      onSubmit={form.onSubmit((v) => {
        summary.clear();
        save.mutate(v);
      }, summary.show)}
    >
      <Stack gap="md">
        <ErrorSummary
          id={summaryId}
          title={contact ? 'La correction n’a pas été enregistrée' : 'Le contact n’a pas été enregistré'}
          errors={summary.errors}
          labels={LABELS}
          prefix={prefix}
          error={save.error}
        />
        {props.notice}

        <ChoiceFieldset legend="Public" required error={form.errors.public} errorId={`${prefix}-public-erreur`}>
          <Chip.Group
            value={values.public}
            onChange={(value) => {
              const next = typeof value === 'string' && isPublic(value) ? value : '';
              change({
                public: next,
                ...(isFamilyPublic(next) ? {} : { family: null, newFamily: false }),
                ...(next === 'childminder' ? {} : { childminder: null }),
              });
            }}
          >
            <SimpleGrid cols={{ base: 2, sm: 3 }} spacing="xs">
              {(Object.keys(PUBLICS) as Public[]).map((key, index) => (
                <Chip
                  key={key}
                  value={key}
                  id={index === 0 ? inputId(prefix, 'public') : `${inputId(prefix, 'public')}-${key}`}
                  name={`${prefix}-public`}
                  size="md"
                  aria-invalid={form.errors.public ? true : undefined}
                  aria-describedby={form.errors.public ? `${prefix}-public-erreur` : undefined}
                  styles={BIG_CHIP}
                >
                  {PUBLIC_BUTTONS[key]}
                </Chip>
              ))}
            </SimpleGrid>
          </Chip.Group>
        </ChoiceFieldset>

        <SimpleGrid cols={{ base: 2, sm: 4 }} spacing="sm">
          <NativeSelect
            label="Canal"
            required
            data={Object.entries(CHANNELS).map(([value, label]) => ({ value, label }))}
            {...channelField}
            style={{ gridColumn: 'span 2' }}
          />
          <TextInput type="date" label="Date" required max={today} {...timeField('date')} />
          <TextInput type="time" label="Heure" required {...timeField('time')} />
        </SimpleGrid>

        <CommuneField
          id={inputId(prefix, 'inseeCode')}
          value={values.inseeCode}
          error={form.errors.inseeCode}
          onChange={(inseeCode) => form.setFieldValue('inseeCode', inseeCode)}
          territory={props.territory}
          others={others}
          onPickOther={(commune) =>
            setOthers((list) => (list.some((c) => c.inseeCode === commune.inseeCode) ? list : [...list, commune]))
          }
        />

        <ChoiceFieldset
          legend="Thèmes"
          required
          description={`Au moins un, ${MAX_SUBJECTS} au plus.`}
          error={form.errors.subjectIds}
          errorId={`${prefix}-subjectIds-erreur`}
        >
          <Chip.Group multiple value={values.subjectIds} onChange={(ids) => form.setFieldValue('subjectIds', ids)}>
            <Group gap="xs">
              {shownSubjects.map((s, index) => (
                <Chip
                  key={s.id}
                  value={s.id}
                  id={index === 0 ? inputId(prefix, 'subjectIds') : `${inputId(prefix, 'subjectIds')}-${s.id}`}
                  variant="outline"
                  aria-invalid={form.errors.subjectIds ? true : undefined}
                  aria-describedby={form.errors.subjectIds ? `${prefix}-subjectIds-erreur` : undefined}
                  styles={WRAPPING_CHIP}
                >
                  {s.archived ? `${s.label} (archivé)` : s.label}
                </Chip>
              ))}
            </Group>
          </Chip.Group>
        </ChoiceFieldset>

        <NativeSelect
          label="Suite donnée"
          required
          data={Object.entries(OUTCOMES).map(([value, label]) => ({ value, label }))}
          {...field('outcome')}
        />

        {familyPublic && (
          <FamilyLink
            key={`famille-${round}`}
            relaisId={relaisId}
            id={inputId(prefix, 'family')}
            family={values.family}
            creating={values.newFamily}
            error={form.errors.family}
            fields={{
              name: field('familyName'),
              phone: field('familyPhone'),
              email: field('familyEmail'),
            }}
            onChoose={(f) => patch({ family: { id: f.id, name: f.name }, newFamily: false })}
            onRemove={() => {
              form.setFieldValue('family', null);
              focusSoon(inputId(prefix, 'family'));
            }}
            onCreate={(guess) => {
              patch({
                newFamily: true,
                familyName: guess.name,
                familyPhone: guess.phone,
                familyEmail: guess.email,
              });
              focusSoon(inputId(prefix, 'familyName'));
            }}
            onCancelCreate={() => {
              patch({ newFamily: false, familyName: '', familyPhone: '', familyEmail: '' });
              focusSoon(inputId(prefix, 'family'));
            }}
          />
        )}
        {values.public === 'childminder' && (
          <ChildminderLink
            key={`am-${round}`}
            relaisId={relaisId}
            id={inputId(prefix, 'childminder')}
            childminder={values.childminder}
            error={form.errors.childminder}
            onChoose={(person) => form.setFieldValue('childminder', person)}
            onRemove={() => {
              form.setFieldValue('childminder', null);
              focusSoon(inputId(prefix, 'childminder'));
            }}
          />
        )}

        <Textarea
          label="Note (facultatif)"
          description={`Quelques mots utiles pour la suite, ${MAX_NOTE} caractères au plus.`}
          autosize
          minRows={2}
          maxLength={MAX_NOTE}
          {...field('note')}
        />

        <Group justify="flex-end" gap="sm">
          {props.onCancel && (
            <Button variant="default" onClick={props.onCancel}>
              Annuler
            </Button>
          )}
          <Button type="submit" loading={save.isPending} fullWidth={!props.onCancel}>
            {contact ? 'Enregistrer la correction' : 'Enregistrer le contact'}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

const BIG_CHIP = {
  root: { width: '100%' },
  label: {
    width: '100%',
    height: 'auto',
    minHeight: 44,
    justifyContent: 'center',
    whiteSpace: 'normal',
    lineHeight: 1.25,
    textAlign: 'center',
    paddingBlock: 8,
  },
} as const;

const WRAPPING_CHIP = {
  label: { height: 'auto', minHeight: 36, whiteSpace: 'normal', lineHeight: 1.25, paddingBlock: 6 },
} as const;

/** A group of chips (radio buttons or checkboxes) with its legend, description and error. */
function ChoiceFieldset(props: {
  legend: string;
  required?: boolean;
  description?: string;
  error?: ReactNode;
  errorId: string;
  children: ReactNode;
}) {
  return (
    <Fieldset
      variant="unstyled"
      legend={
        <>
          {props.legend}
          {props.required && (
            <Text span c="red.7" aria-hidden>
              {' '}
              *
            </Text>
          )}
        </>
      }
      styles={{ legend: { fontWeight: 500, fontSize: 'var(--mantine-font-size-sm)', marginBottom: 4 } }}
    >
      {props.description && (
        <Text size="xs" c="dimmed" mb={6}>
          {props.description}
        </Text>
      )}
      {props.children}
      {props.error && (
        <Text id={props.errorId} size="sm" c="red.7" mt={6}>
          {props.error}
        </Text>
      )}
    </Fieldset>
  );
}
