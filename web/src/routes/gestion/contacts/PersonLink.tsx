import { Button, Fieldset, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import type { useForm } from '@mantine/form';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { childminderSearchQuery, familiesQuery, type Family } from '../../../api/contacts.js';
import { ErrorAlert } from '../../../components/feedback.js';
import { formatShortDate, plural } from '../../../lib/format.js';

export interface LinkedPerson {
  id: string;
  name: string;
}

/** The props of the new family's inputs, from the contact form. */
export type FieldProps = ReturnType<ReturnType<typeof useForm>['getInputProps']> & { id: string };

export interface NewFamilyFields {
  name: FieldProps;
  phone: FieldProps;
  email: FieldProps;
}

/** The text of a search, as a first guess of the new family's name or phone. */
export function newFamilyGuess(text: string): { name: string; phone: string; email: string } {
  const t = text.trim();
  if (/^[0-9 +().-]{4,}$/.test(t)) return { name: '', phone: t, email: '' };
  if (t.includes('@')) return { name: '', phone: '', email: t };
  return { name: t, phone: '', email: '' };
}

function Status(props: { text: string; pending: boolean; count: number; empty: string; what: [string, string] }) {
  return (
    <Text size="sm" role="status">
      {props.text.length < 2
        ? ''
        : props.pending
          ? 'Recherche…'
          : props.count === 0
            ? props.empty
            : plural(props.count, props.what[0], props.what[1])}
    </Text>
  );
}

function Chosen(props: { id: string; label: string; person: LinkedPerson; onRemove(): void; error?: ReactNode }) {
  return (
    <Stack gap={4}>
      <Group gap="sm" wrap="wrap" justify="space-between">
        <Text size="sm">
          {props.label} : <strong>{props.person.name}</strong>
        </Text>
        <Button
          id={props.id}
          size="compact-sm"
          variant="subtle"
          aria-label={`Ne plus rattacher ${props.person.name}`}
          onClick={props.onRemove}
        >
          Retirer
        </Button>
      </Group>
      {props.error && (
        <Text size="sm" c="red.7">
          {props.error}
        </Text>
      )}
    </Stack>
  );
}

interface Candidate {
  id: string;
  name: string;
  /** What tells two namesakes apart (phone, commune, agrément…). */
  detail: string;
  /** The accessible name of its "Rattacher" button. */
  chooseLabel: string;
  onChoose(): void;
}

/** A search field, how many were found, and the people to choose from. */
function SearchList(props: {
  id: string;
  label: string;
  description: string;
  error?: ReactNode;
  text: string;
  onText(text: string): void;
  /** The debounced text the results answer. */
  searched: string;
  pending: boolean;
  failure: unknown;
  empty: string;
  what: [string, string];
  candidates: Candidate[];
  children?: ReactNode;
}) {
  return (
    <Stack gap="xs">
      <TextInput
        id={props.id}
        type="search"
        label={props.label}
        description={props.description}
        autoComplete="off"
        value={props.text}
        error={props.error}
        onChange={(event) => props.onText(event.currentTarget.value)}
        onKeyDown={(event) => {
          if (event.key === 'Enter') event.preventDefault();
        }}
      />
      <Status
        text={props.searched}
        pending={props.pending}
        count={props.candidates.length}
        empty={props.empty}
        what={props.what}
      />
      <ErrorAlert error={props.failure} title="Recherche impossible" />
      {props.candidates.length > 0 && (
        <Stack component="ul" gap={4} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {props.candidates.map((c) => (
            <Group component="li" key={c.id} justify="space-between" wrap="nowrap" gap="xs">
              <div>
                <Text size="sm" fw={600}>
                  {c.name}
                </Text>
                <Text size="xs" c="dimmed">
                  {c.detail}
                </Text>
              </div>
              <Button
                size="compact-sm"
                variant="light"
                style={{ flexShrink: 0 }}
                aria-label={c.chooseLabel}
                onClick={c.onChoose}
              >
                Rattacher
              </Button>
            </Group>
          ))}
        </Stack>
      )}
      {props.children}
    </Stack>
  );
}

/** The text typed in a search, and the same 300 ms later: what is searched. */
function useSearchText() {
  const [text, setText] = useState('');
  const [searched] = useDebouncedValue(text.trim(), 300);
  return { text, setText, searched };
}

/**
 * The family a contact is about (optional): a known family found by name, e-mail or phone, or a new
 * one whose name, phone and e-mail are typed here and saved with the contact.
 */
export function FamilyLink(props: {
  relaisId: string;
  id: string;
  family: LinkedPerson | null;
  creating: boolean;
  /** The new family's inputs, when it is typed here (without them, « Nouvelle famille » only calls onCreate). */
  fields?: NewFamilyFields;
  error?: ReactNode;
  onChoose(family: Family): void;
  onRemove(): void;
  onCreate(guess: { name: string; phone: string; email: string }): void;
  onCancelCreate(): void;
}) {
  const search = useSearchText();
  const results = useQuery(familiesQuery(props.relaisId, search.searched));
  const found = search.searched.length >= 2 ? (results.data ?? []) : [];

  if (props.family) {
    return (
      <Chosen
        id={props.id}
        label="Famille rattachée"
        person={props.family}
        onRemove={props.onRemove}
        error={props.error}
      />
    );
  }
  if (props.creating && props.fields) {
    return (
      <Fieldset legend="Nouvelle famille" p="sm" styles={{ legend: { fontWeight: 600 } }}>
        <Stack gap="xs">
          <Text size="sm">Elle sera enregistrée avec le contact, dans la commune choisie plus haut.</Text>
          <TextInput label="Nom de la famille" required autoComplete="off" {...props.fields.name} />
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
            <TextInput type="tel" label="Téléphone" autoComplete="off" {...props.fields.phone} />
            <TextInput type="email" label="Adresse e-mail" autoComplete="off" {...props.fields.email} />
          </SimpleGrid>
          <div>
            <Button variant="subtle" size="compact-sm" onClick={props.onCancelCreate}>
              Chercher plutôt une famille connue
            </Button>
          </div>
        </Stack>
      </Fieldset>
    );
  }
  return (
    <SearchList
      id={props.id}
      label="Rattacher à une famille (facultatif)"
      description="Nom, téléphone ou e-mail d’une famille connue (2 caractères au moins)"
      error={props.error}
      text={search.text}
      onText={search.setText}
      searched={search.searched}
      pending={results.isFetching && results.data === undefined}
      failure={results.error}
      empty="Aucune famille connue ne correspond."
      what={['famille trouvée', 'familles trouvées']}
      candidates={found.map((f) => ({
        id: f.id,
        name: f.name,
        detail: [
          f.phone,
          f.email,
          f.communeName,
          f.lastContactOn && `dernier contact le ${formatShortDate(f.lastContactOn)}`,
        ]
          .filter(Boolean)
          .join(' · '),
        chooseLabel: `Rattacher la famille ${f.name}`,
        onChoose: () => props.onChoose(f),
      }))}
    >
      <div>
        <Button variant="default" size="sm" onClick={() => props.onCreate(newFamilyGuess(search.text))}>
          Nouvelle famille
        </Button>
      </div>
    </SearchList>
  );
}

/** The childminder a contact is about (optional), among those of the relais. */
export function ChildminderLink(props: {
  relaisId: string;
  id: string;
  childminder: LinkedPerson | null;
  error?: ReactNode;
  onChoose(person: LinkedPerson): void;
  onRemove(): void;
}) {
  const search = useSearchText();
  const results = useQuery(childminderSearchQuery(props.relaisId, search.searched));
  const found = search.searched.length >= 2 ? (results.data ?? []) : [];

  if (props.childminder) {
    return (
      <Chosen
        id={props.id}
        label="Assistant·e maternel·le rattaché·e"
        person={props.childminder}
        onRemove={props.onRemove}
        error={props.error}
      />
    );
  }
  return (
    <SearchList
      id={props.id}
      label="Rattacher à un·e assistant·e maternel·le (facultatif)"
      description="Nom, prénom ou numéro d’agrément (2 caractères au moins)"
      error={props.error}
      text={search.text}
      onText={search.setText}
      searched={search.searched}
      pending={results.isFetching && results.data === undefined}
      failure={results.error}
      empty="Aucun·e assistant·e maternel·le du relais ne correspond."
      what={['assistant·e maternel·le trouvé·e', 'assistant·es maternel·les trouvé·es']}
      candidates={found.map((c) => {
        const name = `${c.firstName} ${c.lastName}`;
        return {
          id: c.id,
          name,
          detail: [
            c.communeName,
            c.approvalNumber && `agrément n° ${c.approvalNumber}`,
            c.status === 'archived' && 'fiche archivée',
          ]
            .filter(Boolean)
            .join(' · '),
          chooseLabel: `Rattacher ${name}`,
          onChoose: () => props.onChoose({ id: c.id, name }),
        };
      })}
    />
  );
}
