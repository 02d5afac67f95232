import { Text } from '@mantine/core';
import type { ReactNode } from 'react';

/** One "term : value" line of a description list (`<dl>`) on a card, the value keeping its line breaks. */
export function InlineDetail(props: { term: string; children: ReactNode }) {
  return (
    <Text size="sm" component="div">
      <Text component="dt" fw={600} size="sm" display="inline">
        {props.term} :
      </Text>{' '}
      <Text component="dd" size="sm" display="inline" m={0} className="multiline">
        {props.children}
      </Text>
    </Text>
  );
}
