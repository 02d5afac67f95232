import { Group, Stack, Text, Title } from '@mantine/core';
import { useEffect, type ReactNode } from 'react';

const SITE_NAME = 'Relais';

/** Sets the browser tab's title: "<page> — Relais". */
export function usePageTitle(title: string): void {
  useEffect(() => {
    document.title = title ? `${title} — ${SITE_NAME}` : SITE_NAME;
  }, [title]);
}

/** The one h1 of a page, with the tab title, an optional lead text and actions. */
export function PageHeader(props: { title: string; documentTitle?: string; lead?: ReactNode; actions?: ReactNode }) {
  usePageTitle(props.documentTitle ?? props.title);
  return (
    <Group justify="space-between" align="flex-end" gap="md" mb="lg" wrap="wrap">
      <Stack gap={4}>
        <Title order={1} fz={{ base: 28, sm: 34 }}>
          {props.title}
        </Title>
        {props.lead && <Text c="dimmed">{props.lead}</Text>}
      </Stack>
      {props.actions && <Group gap="sm">{props.actions}</Group>}
    </Group>
  );
}
