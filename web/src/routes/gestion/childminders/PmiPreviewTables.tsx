/**
 * The tables of the PMI import's preview, one per outcome: what will be created, updated,
 * reactivated, archived, left as it is, and the refused rows with their reasons.
 */
import { Button, Group, List, Stack, Table, Text } from '@mantine/core';
import { useState, type ReactNode } from 'react';
import { formatMonths } from '../../../api/childminders.js';
import type { PmiChange, PmiPreview } from '../../../api/pmi-import.js';
import { TableScroll } from '../../../components/layout.js';
import { formatNumber, formatShortDate } from '../../../lib/format.js';

const NO_WRAP = { whiteSpace: 'nowrap' } as const;

/** Rows shown at first in a table of the preview; the rest on demand (a département lists thousands). */
const FIRST_ROWS = 100;

function OutcomeTable<T>(props: {
  label: string;
  caption: string;
  empty: string;
  headers: string[];
  rows: T[];
  rowKey: (row: T) => string;
  render: (row: T) => ReactNode;
  before?: ReactNode;
}) {
  const [all, setAll] = useState(false);
  if (props.rows.length === 0) {
    return (
      <Stack gap="sm">
        {props.before}
        <Text size="sm">{props.empty}</Text>
      </Stack>
    );
  }
  const shown = all ? props.rows : props.rows.slice(0, FIRST_ROWS);
  return (
    <Stack gap="sm">
      {props.before}
      <TableScroll label={props.label}>
        <Table striped verticalSpacing="xs" miw={720} bg="white">
          <Table.Caption>
            {props.caption}
            {shown.length < props.rows.length
              ? ` — ${formatNumber(shown.length)} premières lignes sur ${formatNumber(props.rows.length)}`
              : ''}
          </Table.Caption>
          <Table.Thead>
            <Table.Tr>
              {props.headers.map((header) => (
                <Table.Th key={header} scope="col">
                  {header}
                </Table.Th>
              ))}
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {shown.map((row) => (
              <Table.Tr key={props.rowKey(row)}>{props.render(row)}</Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      </TableScroll>
      {shown.length < props.rows.length && (
        <Group>
          <Button variant="default" size="sm" onClick={() => setAll(true)}>
            Afficher les {formatNumber(props.rows.length)} lignes
          </Button>
        </Group>
      )}
    </Stack>
  );
}

function Who(props: { lastName: string | null; firstName: string | null; approvalNumber: string | null }) {
  const name = [props.lastName, props.firstName].filter(Boolean).join(' ');
  return (
    <Table.Th scope="row" fw={600}>
      {name || '—'}
      {props.approvalNumber && (
        <Text size="xs" c="dimmed" fw={400}>
          Agrément n°{'\u00a0'}
          {props.approvalNumber}
        </Text>
      )}
    </Table.Th>
  );
}

function RowNumber({ row }: { row: number }) {
  return <Table.Td style={NO_WRAP}>{formatNumber(row)}</Table.Td>;
}

export function CreateTable({ rows }: { rows: PmiPreview['create'] }) {
  return (
    <OutcomeTable
      label="Fiches à créer"
      caption="Nouveaux agréments : une fiche sera créée pour chacun"
      empty="Aucune fiche à créer : tous les agréments valides du fichier sont déjà au registre."
      headers={['Ligne', 'Assistant·e maternel·le', 'Commune', 'Places agréées', 'Remarque']}
      rows={rows}
      rowKey={(r) => String(r.row)}
      render={(r) => (
        <>
          <RowNumber row={r.row} />
          <Who {...r} />
          <Table.Td>{r.communeName}</Table.Td>
          <Table.Td>{r.approvalPlaces}</Table.Td>
          <Table.Td>{r.warnings.length > 0 ? r.warnings.join(' ') : '—'}</Table.Td>
        </>
      )}
    />
  );
}

export function UpdateTable({ rows }: { rows: PmiPreview['update'] }) {
  return (
    <OutcomeTable
      label="Fiches à mettre à jour"
      caption="Fiches du registre que le fichier modifie, avec chaque changement"
      empty="Aucune fiche à mettre à jour."
      headers={['Ligne', 'Assistant·e maternel·le', 'Commune', 'Changements']}
      rows={rows}
      rowKey={(r) => String(r.row)}
      render={(r) => (
        <>
          <RowNumber row={r.row} />
          <Who {...r} />
          <Table.Td>{r.communeName}</Table.Td>
          <Table.Td>
            <Changes changes={r.changes} />
          </Table.Td>
        </>
      )}
    />
  );
}

export function ReactivateTable({ rows }: { rows: PmiPreview['reactivate'] }) {
  return (
    <OutcomeTable
      label="Fiches à réactiver"
      caption="Fiches archivées que le fichier remet en activité"
      empty="Aucune fiche à réactiver."
      headers={['Ligne', 'Assistant·e maternel·le', 'Commune', 'Archivée', 'Changements']}
      rows={rows}
      rowKey={(r) => String(r.row)}
      render={(r) => (
        <>
          <RowNumber row={r.row} />
          <Who {...r} />
          <Table.Td>{r.communeName}</Table.Td>
          <Table.Td>
            depuis le {formatDay(r.archivedSince)}
            {r.archiveReasonLabel ? ` (${r.archiveReasonLabel})` : ''}
          </Table.Td>
          <Table.Td>{r.changes.length > 0 ? <Changes changes={r.changes} /> : 'Aucun'}</Table.Td>
        </>
      )}
    />
  );
}

export function ArchiveTable({ rows, archiveMissing }: { rows: PmiPreview['archive']; archiveMissing: boolean }) {
  return (
    <OutcomeTable
      label="Fiches absentes du fichier"
      caption="Fiches actives du registre dont le numéro d’agrément n’est pas dans le fichier"
      empty="Aucune fiche active n’est absente du fichier."
      headers={['Assistant·e maternel·le', 'Commune', 'Motif', 'Date']}
      rows={rows}
      rowKey={(r) => r.childminderId}
      before={
        rows.length > 0 && (
          <Text size="sm" fw={600}>
            {archiveMissing
              ? 'Ces fiches seront archivées quand vous appliquerez l’import.'
              : 'Ces fiches resteront actives : elles ne seront archivées que si vous cochez la case « Archiver les fiches actives absentes du fichier ».'}
          </Text>
        )
      }
      render={(r) => (
        <>
          <Who {...r} />
          <Table.Td>{r.communeName}</Table.Td>
          <Table.Td>{r.reasonLabel}</Table.Td>
          <Table.Td style={NO_WRAP}>{formatDay(r.effectiveOn)}</Table.Td>
        </>
      )}
    />
  );
}

export function UnchangedTable({ rows }: { rows: PmiPreview['unchanged'] }) {
  return (
    <OutcomeTable
      label="Fiches sans changement"
      caption="Fiches du registre déjà à jour"
      empty="Aucune fiche déjà à jour."
      headers={['Ligne', 'Assistant·e maternel·le', 'Commune']}
      rows={rows}
      rowKey={(r) => String(r.row)}
      render={(r) => (
        <>
          <RowNumber row={r.row} />
          <Who {...r} />
          <Table.Td>{r.communeName}</Table.Td>
        </>
      )}
    />
  );
}

export function RejectedTable({ rows }: { rows: PmiPreview['rejected'] }) {
  return (
    <OutcomeTable
      label="Lignes refusées"
      caption="Lignes laissées de côté, avec le motif : corrigez-les dans le fichier puis importez-le à nouveau"
      empty="Aucune ligne refusée."
      headers={['Ligne', 'Assistant·e maternel·le', 'Motif']}
      rows={rows}
      rowKey={(r) => String(r.row)}
      render={(r) => (
        <>
          <RowNumber row={r.row} />
          <Who {...r} />
          <Table.Td>
            {r.reasons.length === 1 ? (
              <Reason reason={r.reasons[0]!} />
            ) : (
              <List size="sm" spacing={2}>
                {r.reasons.map((reason, i) => (
                  <List.Item key={i}>
                    <Reason reason={reason} />
                  </List.Item>
                ))}
              </List>
            )}
          </Table.Td>
        </>
      )}
    />
  );
}

function Reason({ reason }: { reason: PmiPreview['rejected'][number]['reasons'][number] }) {
  return (
    <>
      {reason.message}
      {reason.column && (
        <Text span size="xs" c="dimmed">
          {' '}
          (colonne « {reason.column} »)
        </Text>
      )}
    </>
  );
}

function Changes({ changes }: { changes: PmiChange[] }) {
  return (
    <List size="sm" spacing={2}>
      {changes.map((change) => (
        <List.Item key={change.column}>
          {capitalise(change.label)} : {shownValue(change, change.before)} <span aria-hidden="true">→</span>
          <span className="visually-hidden">devient</span> <strong>{shownValue(change, change.after)}</strong>
        </List.Item>
      ))}
    </List>
  );
}

/** "2026-03-02" → "02/03/2026"; any other value as it is. */
function formatDay(value: string): string {
  return /^\d{4}-\d{2}-\d{2}$/.test(value) ? formatShortDate(value) : value;
}

function shownValue(change: PmiChange, value: string | null): string {
  if (value === null || value === '') return '(vide)';
  if (change.column === 'approval_min_age_months' || change.column === 'approval_max_age_months') {
    return Number.isInteger(Number(value)) ? formatMonths(Number(value)) : value;
  }
  return formatDay(value);
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
