import { Alert, Anchor, Button, Card, Group, List, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { errorMessage, fieldErrors } from '../../../api/client.js';
import {
  calculate,
  downloadSummaryPdf,
  plainMessage,
  saveSimulation,
  simulationKeys,
  type CalcResult,
  type TopicInfo,
} from '../../../api/employer-help.js';
import { ErrorAlert, Notice } from '../../../components/feedback.js';
import { parisToday } from '../../../lib/format.js';
import { fieldId } from './fields.js';
import { TOPIC_FORMS } from './forms/index.js';
import { RESULT_ID, ResultView } from './ResultView.js';

/** Where a staff member saves the simulation: a contact of the log of a relais. */
export interface SaveTarget {
  relaisId: string;
  contactId: string;
}

/**
 * The form of one topic, its result and the PDF summary; for staff helping a family, the button
 * that saves the simulation in the contact's file. The values stay as typed when the calculation
 * fails; the server's French messages appear under their fields and in a summary above the button.
 */
export function Calculator(props: { topic: TopicInfo; save?: SaveTarget }) {
  const form = TOPIC_FORMS[props.topic.key];
  const [values, setValues] = useState<unknown>(() => form.initial(parisToday()));
  const calc = useMutation({
    mutationFn: (input: unknown) => calculate(props.topic.key, input),
    onSuccess: () => requestAnimationFrame(() => document.getElementById(RESULT_ID)?.focus()),
  });
  const errors = fieldErrors(calc.error);
  const error = (path: string) => (errors[path] ? plainMessage(errors[path]) : undefined);
  const field = (path: string) => ({ id: fieldId(path), error: error(path) });
  const Fields = form.Fields;

  return (
    <Stack gap="xl">
      <Card
        withBorder
        padding="md"
        component="form"
        noValidate
        aria-label={`Calcul : ${props.topic.title}`}
        onSubmit={(event) => {
          event.preventDefault();
          calc.mutate(form.toInput(values));
        }}
      >
        <Stack gap="md">
          <Fields
            values={values}
            set={(patch: object) => setValues((previous: object) => ({ ...previous, ...patch }))}
            error={error}
            field={field}
          />
          {calc.isError && <CalcErrors error={calc.error} fields={errors} />}
          <div>
            <Button type="submit" size="md" loading={calc.isPending}>
              Calculer
            </Button>
          </div>
        </Stack>
      </Card>
      {calc.isSuccess && calc.variables !== undefined && (
        <ResultView
          result={calc.data}
          actions={<ResultActions topic={props.topic} input={calc.variables} result={calc.data} save={props.save} />}
        />
      )}
    </Stack>
  );
}

/** The summary of what to correct, each line a link to its field; the other answers stay as typed. */
function CalcErrors(props: { error: unknown; fields: Record<string, string> }) {
  const entries = Object.entries(props.fields);
  return (
    <Alert color="red" variant="light" role="alert" title="Le calcul n’a pas pu être fait">
      {entries.length === 0 ? (
        <Text size="sm">{errorMessage(props.error)}</Text>
      ) : (
        <>
          <Text size="sm">Corrigez ce qui est signalé ; vos autres réponses sont gardées.</Text>
          <List size="sm" mt={4}>
            {entries.map(([path, message]) => (
              <List.Item key={path}>
                <Anchor
                  href={`#${fieldId(path)}`}
                  size="sm"
                  c="red.8"
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(fieldId(path))?.focus();
                  }}
                >
                  {plainMessage(message)}
                </Anchor>
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
}

function ResultActions(props: { topic: TopicInfo; input: unknown; result: CalcResult; save?: SaveTarget }) {
  const queryClient = useQueryClient();
  const pdf = useMutation({ mutationFn: () => downloadSummaryPdf(props.topic.key, props.input) });
  const [savedResult, setSavedResult] = useState<CalcResult | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (target: SaveTarget) => saveSimulation(target.relaisId, target.contactId, props.topic.key, props.input),
    onSuccess: async (_data, target) => {
      setSavedResult(props.result);
      setNotice('La simulation est enregistrée dans le contact, avec son récapitulatif.');
      await queryClient.invalidateQueries({ queryKey: simulationKeys.contact(target.relaisId, target.contactId) });
    },
  });
  const saved = savedResult === props.result;
  return (
    <Stack gap="sm">
      <Group gap="sm">
        <Button variant="outline" loading={pdf.isPending} onClick={() => pdf.mutate()}>
          Télécharger le récapitulatif (PDF)
        </Button>
        {props.save && (
          <Button loading={save.isPending} disabled={saved} onClick={() => props.save && save.mutate(props.save)}>
            {saved ? 'Enregistrée dans ce contact' : 'Enregistrer dans ce contact'}
          </Button>
        )}
      </Group>
      <ErrorAlert error={pdf.error} title="Le récapitulatif n’a pas pu être créé" />
      <ErrorAlert error={save.error} title="La simulation n’a pas pu être enregistrée" />
      <Notice message={saved ? notice : null} onClose={() => setNotice(null)} />
    </Stack>
  );
}
