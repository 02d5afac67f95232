import { Anchor, Button, Card, Group, Stack, Text } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import {
  deleteSimulation,
  formatFigure,
  simulationKeys,
  simulationPdfHref,
  simulationsQuery,
  topicByKey,
  type SavedSimulation,
} from '../../../api/employer-help.js';
import { ErrorAlert, Loading, Notice } from '../../../components/feedback.js';
import { formatDateTime } from '../../../lib/format.js';

/** The simulations of the employer-help calculator saved in a contact's file: figure, date, who, PDF. */
export function ContactSimulations(props: { relaisId: string; contactId: string; canRecord: boolean }) {
  const list = useQuery(simulationsQuery(props.relaisId, props.contactId));
  const [notice, setNotice] = useState<string | null>(null);
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorAlert error={list.error} />;
  return (
    <Stack gap="sm">
      <Notice message={notice} onClose={() => setNotice(null)} />
      {list.data.length === 0 ? (
        <Text size="sm">Aucune simulation enregistrée pour ce contact.</Text>
      ) : (
        <Stack
          component="ul"
          gap="sm"
          aria-label="Simulations enregistrées"
          style={{ listStyle: 'none', padding: 0, margin: 0 }}
        >
          {list.data.map((s) => (
            <SimulationItem
              key={s.id}
              simulation={s}
              {...props}
              onRemoved={() => setNotice(`La simulation « ${simulationTitle(s)} » a été supprimée.`)}
            />
          ))}
        </Stack>
      )}
    </Stack>
  );
}

const simulationTitle = (s: SavedSimulation) => s.title || s.topicTitle || topicByKey(s.topic)?.title || s.topic;

function SimulationItem(props: {
  relaisId: string;
  contactId: string;
  canRecord: boolean;
  simulation: SavedSimulation;
  onRemoved(): void;
}) {
  const s = props.simulation;
  const queryClient = useQueryClient();
  const [confirming, setConfirming] = useState(false);
  const remove = useMutation({
    mutationFn: () => deleteSimulation(props.relaisId, props.contactId, s.id),
    onSuccess: async () => {
      props.onRemoved();
      await queryClient.invalidateQueries({ queryKey: simulationKeys.contact(props.relaisId, props.contactId) });
    },
  });
  const figure = s.mainFigure;
  const title = simulationTitle(s);
  return (
    <Card component="li" withBorder padding="sm">
      <Text fw={600}>{title}</Text>
      {figure && (
        <Text>
          {figure.label} : <strong>{formatFigure(figure)}</strong>
        </Text>
      )}
      <Text size="xs" c="dimmed">
        Enregistrée le {formatDateTime(s.createdAt)}
        {s.createdBy ? ` par ${s.createdBy.name}` : ''}
      </Text>
      <Group gap="sm" mt="xs">
        <Anchor size="sm" href={simulationPdfHref(props.relaisId, props.contactId, s.id)}>
          Récapitulatif (PDF) : {title}
        </Anchor>
        {props.canRecord &&
          (confirming ? (
            <>
              <Button size="compact-sm" color="red" loading={remove.isPending} onClick={() => remove.mutate()}>
                Confirmer la suppression
              </Button>
              <Button size="compact-sm" variant="default" onClick={() => setConfirming(false)}>
                Annuler
              </Button>
            </>
          ) : (
            <Button
              size="compact-sm"
              variant="subtle"
              color="red"
              aria-label={`Supprimer la simulation ${title}`}
              onClick={() => setConfirming(true)}
            >
              Supprimer
            </Button>
          ))}
      </Group>
      <ErrorAlert error={remove.error} title="Suppression impossible" />
    </Card>
  );
}
