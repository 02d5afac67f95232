import { Alert, Anchor, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { ApiError, errorMessage, fieldErrors } from '../../../api/client.js';
import type { Action } from '../../../auth/policy.js';
import { StaffPage, useGestion } from '../context.js';

/**
 * A page of the register whose title depends on its data: the children render their own header
 * once the account may see the page and a relais is chosen; otherwise the usual notices show.
 */
export function RegisterPage(props: { action: Action; title: string; children: (relaisId: string) => ReactNode }) {
  const gestion = useGestion();
  if (gestion.can(props.action) && !gestion.relaisPending && gestion.relaisId !== null) {
    return <>{props.children(gestion.relaisId)}</>;
  }
  return (
    <StaffPage title={props.title} action={props.action}>
      {() => null}
    </StaffPage>
  );
}

/** The id of the input of a field, for the links of an error summary. */
export const inputId = (prefix: string, field: string) => `${prefix}-${field}`;

/** Moves the focus to an element once it is rendered (an error summary, a field). */
export function focusSoon(id: string): void {
  requestAnimationFrame(() => document.getElementById(id)?.focus());
}

/** Messages by field name, from the checks of the browser or the server. */
export type FormErrors = Record<string, ReactNode>;

/**
 * What the error summary of a form shows, wherever the errors come from: the checks of the browser
 * when submitting (`show`), or the server refusing the save (`showServerErrors`). The focus moves to
 * the summary each time.
 */
export function useErrorSummary(
  form: { errors: FormErrors; setErrors: (errors: FormErrors) => void },
  summaryId: string,
) {
  const [given, setGiven] = useState<FormErrors>({});
  const show = (errors: FormErrors) => {
    setGiven(errors);
    focusSoon(summaryId);
  };
  return {
    /** The fields it was given that are still wrong (an error clears when its field changes). */
    errors: Object.fromEntries(Object.keys(given).map((key) => [key, form.errors[key]])),
    clear: () => setGiven({}),
    show,
    showServerErrors: (error: unknown) => {
      const errors = fieldErrors(error);
      form.setErrors(errors);
      show(errors);
    },
  };
}

/**
 * The errors of a form, listed above it with links to their fields (WCAG 3.3.1), whether they come
 * from the checks of the browser or from the server. Other server errors show their message.
 */
export function ErrorSummary(props: {
  id: string;
  title: string;
  errors: Record<string, ReactNode>;
  labels: Record<string, string>;
  prefix: string;
  error?: unknown;
}) {
  const entries = Object.entries(props.errors).filter(([, message]) => Boolean(message));
  const serverMessage =
    props.error && !(props.error instanceof ApiError && props.error.fields.length > 0)
      ? errorMessage(props.error)
      : null;
  if (entries.length === 0 && !serverMessage) return null;
  return (
    <Alert id={props.id} tabIndex={-1} color="red" variant="light" title={props.title}>
      {serverMessage && <Text size="sm">{serverMessage}</Text>}
      {entries.length > 0 && (
        <>
          <Text size="sm">
            {entries.length > 1
              ? `${entries.length} informations sont à corriger :`
              : 'Une information est à corriger :'}
          </Text>
          <ul style={{ margin: '4px 0 0', paddingLeft: '1.25rem' }}>
            {entries.map(([field, message]) => (
              <li key={field}>
                <Anchor
                  href={`#${inputId(props.prefix, field)}`}
                  size="sm"
                  c="red.7"
                  onClick={(event) => {
                    event.preventDefault();
                    document.getElementById(inputId(props.prefix, field))?.focus();
                  }}
                >
                  {props.labels[field] ?? field} : {message}
                </Anchor>
              </li>
            ))}
          </ul>
        </>
      )}
    </Alert>
  );
}
