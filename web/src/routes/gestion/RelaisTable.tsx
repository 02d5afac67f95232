import { Anchor, Button, Group, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { relaisListQuery } from '../../api/gestion.js';
import { ErrorAlert, Loading } from '../../components/feedback.js';
import { TableScroll } from '../../components/layout.js';
import { useGestion } from './context.js';
import { relaisHref } from '../../door/hrefs.js';

/** Every relais of the platform, with "Gérer" to make it the relais being managed (operator). */
export function RelaisTable() {
  const gestion = useGestion();
  const navigate = useNavigate();
  const list = useQuery(relaisListQuery);
  if (list.isPending) return <Loading />;
  if (list.isError) return <ErrorAlert error={list.error} />;
  if (list.data.length === 0) return <Text>Aucun relais n’est encore créé sur cette plateforme.</Text>;
  return (
    <TableScroll label="Relais de la plateforme">
      <Table striped highlightOnHover verticalSpacing="sm" miw={640} bg="white">
        <Table.Caption>{list.data.length} relais hébergé(s) sur la plateforme</Table.Caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Nom</Table.Th>
            <Table.Th scope="col">Identifiant</Table.Th>
            <Table.Th scope="col">Commune du siège</Table.Th>
            <Table.Th scope="col">Actions</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {list.data.map((relais) => (
            <Table.Tr key={relais.id}>
              <Table.Th scope="row" fw={600}>
                {relais.name}
              </Table.Th>
              <Table.Td>
                <Anchor href={relaisHref(relais.slug)}>
                  {relais.slug}
                  <span className="visually-hidden"> (page publique)</span>
                </Anchor>
              </Table.Td>
              <Table.Td>{relais.city || '—'}</Table.Td>
              <Table.Td>
                <Group gap="xs">
                  {gestion.relaisId === relais.id ? (
                    <Text size="sm" fw={600}>
                      Relais géré
                    </Text>
                  ) : (
                    <Button
                      size="xs"
                      variant="light"
                      aria-label={`Gérer ${relais.name}`}
                      onClick={() => {
                        gestion.chooseRelais(relais.id);
                        void navigate({ to: '/gestion' });
                      }}
                    >
                      Gérer
                    </Button>
                  )}
                  {relais.email && (
                    <Anchor href={`mailto:${relais.email}`} size="sm">
                      Écrire
                      <span className="visually-hidden"> à {relais.name}</span>
                    </Anchor>
                  )}
                </Group>
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </TableScroll>
  );
}
