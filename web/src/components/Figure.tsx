import { Card, Text } from '@mantine/core';
import { formatNumber } from '../lib/format.js';

/** One key figure of a report, as a term and its value in a description list (`<dl>`). */
export function Figure(props: { label: string; value: number; detail?: string }) {
  return (
    <Card withBorder padding="md">
      <Text component="dt" fw={600} size="sm">
        {props.label}
      </Text>
      <Text component="dd" m={0} fz={30} fw={700} c="relais.8" lh={1.2}>
        {formatNumber(props.value)}
      </Text>
      {props.detail && (
        <Text component="dd" m={0} size="sm">
          {props.detail}
        </Text>
      )}
    </Card>
  );
}
