import { Button, Group, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { referenceCommunesQuery } from '../../../api/gestion.js';
import { ErrorAlert } from '../../../components/feedback.js';
import { plural } from '../../../lib/format.js';

export interface CommuneChoice {
  inseeCode: string;
  name: string;
}

const OTHER = '__autre';

/**
 * The commune of a contact: the communes of the territory first, "not given", or any French commune
 * found in the national reference ("Autre commune de France…" opens a search).
 */
export function CommuneField(props: {
  id: string;
  value: string;
  onChange(inseeCode: string): void;
  territory: CommuneChoice[];
  /** Communes outside the territory already chosen (the contact's, those picked in the search). */
  others: CommuneChoice[];
  onPickOther(commune: CommuneChoice): void;
  error?: ReactNode;
}) {
  const [searching, setSearching] = useState(false);
  const searchId = `${props.id}-recherche`;
  return (
    <Stack gap="xs">
      <NativeSelect
        id={props.id}
        label="Commune de la personne"
        description="Celles du territoire d’abord ; « Autre commune de France… » pour chercher ailleurs."
        value={props.value}
        error={props.error}
        onChange={(event) => {
          const value = event.currentTarget.value;
          if (value === OTHER) {
            setSearching(true);
            requestAnimationFrame(() => document.getElementById(searchId)?.focus());
            return;
          }
          setSearching(false);
          props.onChange(value);
        }}
        data={[
          { value: '', label: 'Non renseignée' },
          {
            group: 'Communes du territoire',
            items: props.territory.map((c) => ({ value: c.inseeCode, label: c.name })),
          },
          ...(props.others.length > 0
            ? [
                {
                  group: 'Hors territoire',
                  items: props.others.map((c) => ({ value: c.inseeCode, label: `${c.name} (${c.inseeCode})` })),
                },
              ]
            : []),
          { group: 'Ailleurs', items: [{ value: OTHER, label: 'Autre commune de France…' }] },
        ]}
      />
      {searching && (
        <OtherCommuneSearch
          id={searchId}
          onPick={(commune) => {
            props.onPickOther(commune);
            props.onChange(commune.inseeCode);
            setSearching(false);
            requestAnimationFrame(() => document.getElementById(props.id)?.focus());
          }}
          onCancel={() => {
            setSearching(false);
            requestAnimationFrame(() => document.getElementById(props.id)?.focus());
          }}
        />
      )}
    </Stack>
  );
}

function OtherCommuneSearch(props: { id: string; onPick(commune: CommuneChoice): void; onCancel(): void }) {
  const [text, setText] = useState('');
  const [debounced] = useDebouncedValue(text.trim(), 300);
  const results = useQuery({ ...referenceCommunesQuery(debounced), enabled: debounced.length >= 2 });
  const found = debounced.length >= 2 ? (results.data ?? []).slice(0, 8) : [];
  return (
    <Stack gap="xs" p="sm" bg="gray.0" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
      <TextInput
        id={props.id}
        type="search"
        label="Rechercher une autre commune"
        description="Nom, code INSEE ou code postal (2 caractères au moins)"
        value={text}
        autoComplete="off"
        onChange={(event) => setText(event.currentTarget.value)}
        onKeyDown={(event) => {
          // Enter in the search must not send the whole contact form.
          if (event.key === 'Enter') event.preventDefault();
          if (event.key === 'Escape') props.onCancel();
        }}
      />
      <Text size="sm" role="status">
        {debounced.length < 2
          ? ''
          : results.isFetching && !results.data
            ? 'Recherche…'
            : found.length === 0
              ? results.isError
                ? ''
                : 'Aucune commune ne correspond à cette recherche.'
              : plural(found.length, 'commune trouvée', 'communes trouvées')}
      </Text>
      <ErrorAlert error={results.error} title="Recherche impossible" />
      {found.length > 0 && (
        <Stack component="ul" gap={4} style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {found.map((c) => (
            <Group component="li" key={c.inseeCode} justify="space-between" wrap="nowrap" gap="xs">
              <Text size="sm">
                <strong>{c.name}</strong> · {c.postcodes[0] ?? c.inseeCode} · département {c.departement}
              </Text>
              <Button
                size="compact-sm"
                variant="light"
                style={{ flexShrink: 0 }}
                aria-label={`Choisir ${c.name} (${c.inseeCode})`}
                onClick={() => props.onPick({ inseeCode: c.inseeCode, name: c.name })}
              >
                Choisir
              </Button>
            </Group>
          ))}
        </Stack>
      )}
      <div>
        <Button variant="subtle" size="compact-sm" onClick={props.onCancel}>
          Annuler la recherche
        </Button>
      </div>
    </Stack>
  );
}
