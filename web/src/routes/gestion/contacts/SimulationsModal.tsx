import { Group, Modal, NativeSelect, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import type { Contact } from '../../../api/contacts.js';
import { TOPIC_LIST } from '../../../api/employer-help.js';
import { ButtonLink } from '../../../components/links.js';
import { ContactSimulations } from './ContactSimulations.js';

/**
 * « Simulations » of a contact of the log: those saved during the call (employer-help calculator),
 * and, for those who may write the log, a new one opened with the contact preselected.
 */
export function SimulationsModal(props: {
  relaisId: string;
  contact: Contact | null;
  /** "Parent, téléphone, 29 nov. 2026 à 13:16". */
  label: string;
  canRecord: boolean;
  onClose(): void;
}) {
  const [slug, setSlug] = useState(TOPIC_LIST[0]!.slug);
  const c = props.contact;
  return (
    <Modal opened={c !== null} onClose={props.onClose} title={`Simulations du contact : ${props.label}`} size="lg">
      {c && (
        <Stack gap="lg">
          <ContactSimulations relaisId={props.relaisId} contactId={c.id} canRecord={props.canRecord} />
          {props.canRecord && (
            <Stack gap="xs" component="section" aria-labelledby="nouvelle-simulation">
              <Title order={3} size="h5" id="nouvelle-simulation">
                Nouvelle simulation
              </Title>
              <Text size="sm">
                Le calculateur s’ouvre pour ce contact ; après le calcul, « Enregistrer dans ce contact » la garde ici.
              </Text>
              <Group align="flex-end" gap="sm">
                <NativeSelect
                  label="Calcul"
                  value={slug}
                  onChange={(e) => setSlug(e.currentTarget.value)}
                  data={TOPIC_LIST.map((t) => ({ value: t.slug, label: t.title }))}
                />
                <ButtonLink
                  to="/gestion/aide-employeur/$topic"
                  params={{ topic: slug }}
                  search={{ contact: c.id, libelle: props.label }}
                >
                  Nouvelle simulation
                </ButtonLink>
              </Group>
            </Stack>
          )}
        </Stack>
      )}
    </Modal>
  );
}
