import { Button, Checkbox, Group, Modal, NativeSelect, SimpleGrid, Stack, Textarea, TextInput } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, ApiError, unwrap } from '../../../api/client.js';
import { contactSubjectsQuery, PUBLICS } from '../../../api/contacts.js';
import { communesQuery } from '../../../api/gestion.js';
import {
  MAX_NEEDS,
  MAX_REQUEST_SUBJECTS,
  REQUEST_PUBLICS,
  REQUEST_SOURCES,
  requestProblems,
  staleAfterRequest,
  STAFF_SOURCES,
  type RequestDetail,
  type RequestPublic,
  type StaffRequestInput,
  type StaffSource,
} from '../../../api/requests.js';
import { ErrorAlert, Loading } from '../../../components/feedback.js';
import { parisToday } from '../../../lib/format.js';
import { ErrorSummary, focusSoon, inputId } from '../childminders/shared.js';
import { CommuneField, type CommuneChoice } from '../contacts/CommuneField.js';

const PREFIX = 'saisie';
const SUMMARY_ID = `${PREFIX}-erreurs`;
const PHONE = /^[0-9 +().-]*$/;
const collator = new Intl.Collator('fr');

interface Values {
  source: StaffSource;
  public: RequestPublic;
  name: string;
  email: string;
  phone: string;
  inseeCode: string;
  subjectIds: string[];
  needs: string;
}

const BLANK: Values = {
  source: 'monenfant',
  public: 'parent',
  name: '',
  email: '',
  phone: '',
  inseeCode: '',
  subjectIds: [],
  needs: '',
};

const LABELS: Record<string, string> = {
  source: 'Reçue par',
  public: 'Public',
  name: 'Nom',
  email: 'E-mail',
  phone: 'Téléphone',
  inseeCode: 'Commune',
  subjectIds: 'Thèmes',
  needs: 'Demande',
};

function toInput(v: Values): StaffRequestInput {
  return {
    source: v.source,
    public: v.public,
    name: v.name.trim(),
    email: v.email.trim(),
    phone: v.phone.trim(),
    inseeCode: v.inseeCode || null,
    subjectIds: v.subjectIds,
    needs: v.needs.trim(),
  };
}

function validate(v: Values): Record<string, string> {
  const errors: Record<string, string> = {};
  if (v.subjectIds.length === 0) errors.subjectIds = 'Choisissez au moins un thème.';
  if (v.subjectIds.length > MAX_REQUEST_SUBJECTS) errors.subjectIds = `Au plus ${MAX_REQUEST_SUBJECTS} thèmes.`;
  if (v.email.trim() && !/^\S+@\S+\.\S+$/.test(v.email.trim())) errors.email = 'Adresse e-mail invalide.';
  if (!PHONE.test(v.phone.trim())) errors.phone = 'Numéro de téléphone invalide.';
  const facts = {
    public: v.public,
    email: v.email,
    phone: v.phone,
    answerChannel: v.email.trim() ? ('email' as const) : ('phone' as const),
    childAgeMonths: null,
    expectedBirthOn: null,
  };
  for (const problem of requestProblems(facts, parisToday())) {
    errors[problem.field] ??= problem.message;
  }
  return errors;
}

/**
 * A request received elsewhere (monenfant.fr, e-mail, phone, at the desk), typed in a few fields:
 * where from, who, how to answer, what about. Blank each time it opens.
 */
export function QuickEntryModal(props: {
  relaisId: string;
  opened: boolean;
  onClose(): void;
  onSaved(request: RequestDetail): void;
}) {
  return (
    <Modal opened={props.opened} onClose={props.onClose} title="Saisir une demande" size="lg">
      {props.opened && <QuickEntryForm {...props} />}
    </Modal>
  );
}

function QuickEntryForm(props: { relaisId: string; onClose(): void; onSaved(request: RequestDetail): void }) {
  const { relaisId } = props;
  const queryClient = useQueryClient();
  const subjects = useQuery(contactSubjectsQuery(relaisId));
  const communes = useQuery(communesQuery(relaisId));
  const [values, setValues] = useState<Values>(BLANK);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [summary, setSummary] = useState<Record<string, string>>({});
  const [others, setOthers] = useState<CommuneChoice[]>([]);

  const save = useMutation({
    mutationFn: (v: Values) =>
      unwrap(api.POST('/api/relais/{relaisId}/requests', { params: { path: { relaisId } }, body: toInput(v) })),
    onSuccess: async (saved) => {
      await Promise.all(staleAfterRequest(relaisId).map((queryKey) => queryClient.invalidateQueries({ queryKey })));
      props.onSaved(saved);
    },
    onError: (error) => {
      const fields =
        error instanceof ApiError
          ? Object.fromEntries(error.fields.map((f) => [f.field.split(/[.[/]/)[0] ?? f.field, f.message]))
          : {};
      setErrors(fields);
      setSummary(fields);
      focusSoon(SUMMARY_ID);
    },
  });

  if (subjects.isError) return <ErrorAlert error={subjects.error} />;
  if (communes.isError) return <ErrorAlert error={communes.error} />;
  if (!subjects.data || !communes.data) return <Loading />;

  const territory = [...communes.data]
    .sort((a, b) => collator.compare(a.name, b.name))
    .map((c) => ({ inseeCode: c.inseeCode, name: c.name }));
  const change = <K extends keyof Values>(key: K, value: Values[K]) => {
    setValues((v) => ({ ...v, [key]: value }));
    setErrors(({ [key]: _gone, ...rest }) => rest);
  };
  const text = (key: 'name' | 'email' | 'phone' | 'needs') => ({
    id: inputId(PREFIX, key),
    error: errors[key],
    value: values[key],
    onChange: (event: { currentTarget: { value: string } }) => change(key, event.currentTarget.value),
  });

  return (
    <form
      noValidate
      aria-label="Nouvelle demande"
      onSubmit={(event) => {
        event.preventDefault();
        save.reset();
        const found = validate(values);
        setErrors(found);
        setSummary(found);
        if (Object.keys(found).length > 0) focusSoon(SUMMARY_ID);
        else save.mutate(values);
      }}
    >
      <Stack gap="md">
        <ErrorSummary
          id={SUMMARY_ID}
          title="La demande n’a pas été enregistrée"
          errors={Object.fromEntries(Object.keys(summary).map((key) => [key, errors[key]]))}
          labels={LABELS}
          prefix={PREFIX}
          error={save.error}
        />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <NativeSelect
            id={inputId(PREFIX, 'source')}
            label="Reçue par"
            required
            data-autofocus
            value={values.source}
            onChange={(event) => change('source', event.currentTarget.value as StaffSource)}
            data={STAFF_SOURCES.map((s) => ({ value: s, label: REQUEST_SOURCES[s] }))}
          />
          <NativeSelect
            id={inputId(PREFIX, 'public')}
            label="Public"
            required
            value={values.public}
            onChange={(event) => change('public', event.currentTarget.value as RequestPublic)}
            data={REQUEST_PUBLICS.map((p) => ({ value: p, label: PUBLICS[p] }))}
          />
        </SimpleGrid>
        <TextInput label="Nom" autoComplete="off" maxLength={120} {...text('name')} />
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
          <TextInput type="email" label="E-mail" autoComplete="off" maxLength={254} {...text('email')} />
          <TextInput type="tel" label="Téléphone" autoComplete="off" maxLength={30} {...text('phone')} />
        </SimpleGrid>
        <CommuneField
          id={inputId(PREFIX, 'inseeCode')}
          value={values.inseeCode}
          error={errors.inseeCode}
          onChange={(inseeCode) => change('inseeCode', inseeCode)}
          territory={territory}
          others={others}
          onPickOther={(commune) =>
            setOthers((list) => (list.some((c) => c.inseeCode === commune.inseeCode) ? list : [...list, commune]))
          }
        />
        <Checkbox.Group
          label="Thèmes"
          description={`Au moins un, ${MAX_REQUEST_SUBJECTS} au plus.`}
          required
          value={values.subjectIds}
          error={errors.subjectIds}
          onChange={(ids) => change('subjectIds', ids)}
        >
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing={6} mt={6}>
            {subjects.data
              .filter((s) => !s.archived)
              .map((s, index) => (
                <Checkbox
                  key={s.id}
                  value={s.id}
                  id={index === 0 ? inputId(PREFIX, 'subjectIds') : `${inputId(PREFIX, 'subjectIds')}-${s.id}`}
                  label={s.label}
                />
              ))}
          </SimpleGrid>
        </Checkbox.Group>
        <Textarea
          label="Demande (facultatif)"
          description="Le message reçu, ou ce que la personne demande."
          autosize
          minRows={3}
          maxLength={MAX_NEEDS}
          {...text('needs')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={props.onClose}>
            Annuler
          </Button>
          <Button type="submit" loading={save.isPending}>
            Enregistrer la demande
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
