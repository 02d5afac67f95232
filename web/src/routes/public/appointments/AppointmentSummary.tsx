import { Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { capitalize, formatDuration, formatHours, formatLongDate } from '../../../lib/appointment-format.js';

/** One line of a summary: the term in bold, then its value. */
export function SummaryLine(props: { term: string; children: ReactNode }) {
  return (
    <Text component="div">
      <Text component="dt" fw={700} display="inline">
        {props.term} :
      </Text>{' '}
      <Text component="dd" display="inline" m={0}>
        {props.children}
      </Text>
    </Text>
  );
}

/** What, when, where and with whom: the summary of an appointment or of a slot about to be booked. */
export function AppointmentSummary(props: {
  reasonLabel: string;
  date: string;
  startTime: string;
  endTime: string;
  mode: string;
  modeLabel: string;
  placeLabel: string;
  animatorFirstName: string;
  durationMinutes?: number;
  extra?: ReactNode;
}) {
  return (
    <Stack component="dl" gap={6} m={0}>
      <SummaryLine term="Motif">{props.reasonLabel}</SummaryLine>
      <SummaryLine term="Date">{capitalize(formatLongDate(props.date))}</SummaryLine>
      <SummaryLine term="Heure">
        {formatHours(props.startTime, props.endTime)}
        {props.durationMinutes ? ` (${formatDuration(props.durationMinutes)})` : ''}
      </SummaryLine>
      <SummaryLine term={props.mode === 'in_person' ? 'Lieu' : 'Modalité'}>
        {props.mode === 'in_person' ? props.placeLabel : modeSentence(props.mode, props.modeLabel)}
      </SummaryLine>
      {props.animatorFirstName && <SummaryLine term="Avec">{props.animatorFirstName}, du relais</SummaryLine>}
      {props.extra}
    </Stack>
  );
}

/** How a remote appointment happens, in plain words. */
export function modeSentence(mode: string, label: string): string {
  if (mode === 'phone') return 'Par téléphone : le relais vous appellera au numéro indiqué.';
  if (mode === 'video') return 'En visio : le lien de connexion vous sera envoyé avant le rendez-vous.';
  return label;
}
