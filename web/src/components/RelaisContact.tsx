import { Anchor, List, Stack, Text } from '@mantine/core';
import { displayUrl, lines, telHref } from '../lib/format.js';

export interface ContactCard {
  name: string;
  address: string;
  postcode: string;
  city: string;
  phone: string;
  email: string;
  website: string | null;
}

/** Postal address, phone (tel: link), e-mail (mailto:) and website of a relais. */
export function RelaisContact({ relais }: { relais: ContactCard }) {
  const town = [relais.postcode, relais.city].filter(Boolean).join(' ');
  return (
    <Stack gap="xs">
      {(relais.address || town) && (
        <Text component="address" style={{ fontStyle: 'normal' }}>
          {relais.address}
          {relais.address && town && <br />}
          {town}
        </Text>
      )}
      {relais.phone && (
        <Text>
          Téléphone : <Anchor href={telHref(relais.phone)}>{relais.phone}</Anchor>
        </Text>
      )}
      {relais.email && (
        <Text style={{ overflowWrap: 'anywhere' }}>
          E-mail : <Anchor href={`mailto:${relais.email}`}>{relais.email}</Anchor>
        </Text>
      )}
      {relais.website && (
        <Text style={{ overflowWrap: 'anywhere' }}>
          Site web :{' '}
          <Anchor href={relais.website} target="_blank" rel="noopener noreferrer">
            {displayUrl(relais.website)}
            <span className="visually-hidden"> (nouvelle fenêtre)</span>
          </Anchor>
        </Text>
      )}
    </Stack>
  );
}

/** A multi-line text field: one paragraph, or a list when it has several lines. */
export function MultilineText({ text, empty }: { text: string; empty?: string }) {
  const items = lines(text);
  if (items.length === 0) return <Text c="dimmed">{empty ?? 'Non renseigné.'}</Text>;
  if (items.length === 1) return <Text>{items[0]}</Text>;
  return (
    <List spacing="xs">
      {items.map((line, index) => (
        <List.Item key={index}>{line}</List.Item>
      ))}
    </List>
  );
}
