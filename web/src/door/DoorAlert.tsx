import { Alert, List, Text } from '@mantine/core';

/** An error message of the public door: the API's French message and, if any, one line per field. */
export function DoorAlert(props: { title: string; message: string; details?: string[] }) {
  return (
    <Alert color="red" variant="light" title={props.title} mb="md" role="alert">
      <Text size="sm">{props.message}</Text>
      {props.details && props.details.length > 0 && (
        <List size="sm" mt="xs">
          {props.details.map((line) => (
            <List.Item key={line}>{line}</List.Item>
          ))}
        </List>
      )}
    </Alert>
  );
}
