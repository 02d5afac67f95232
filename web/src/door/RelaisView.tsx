import { Badge, Button, Card, Group, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { PublicRelais } from '../api/types.js';
import { PageHeader } from '../components/page.js';
import { MultilineText, RelaisContact } from '../components/RelaisContact.js';
import { formatNumber, plural } from '../lib/format.js';
import { directoryHref, EMPLOYER_HELP_HREF, relaisHref } from './hrefs.js';

const collator = new Intl.Collator('fr');

function sitesByCommune(sites: PublicRelais['sites']) {
  const groups = new Map<string, PublicRelais['sites']>();
  for (const site of sites) groups.set(site.communeName, [...(groups.get(site.communeName) ?? []), site]);
  return [...groups.entries()].sort(([a], [b]) => collator.compare(a, b));
}

/** The public page of a relais: contact, hours, permanences, territory and venues. */
export function RelaisView({ relais }: { relais: PublicRelais }) {
  const population = relais.communes.reduce((sum, c) => sum + (c.population ?? 0), 0);
  const communes = [...relais.communes].sort((a, b) => collator.compare(a.name, b.name));
  const groups = sitesByCommune(relais.sites);
  return (
    <Stack gap="xl">
      <PageHeader
        title={relais.name}
        lead="Un service public gratuit et neutre : information des parents et futurs parents sur tous les modes d’accueil, accompagnement des assistant·es maternel·les et des familles employeuses."
        actions={
          <>
            <Button component="a" href={directoryHref(relais.slug)} size="md">
              Trouver un mode d’accueil
            </Button>
            <Button component="a" href={`${relaisHref(relais.slug)}/demande`} size="md" variant="outline">
              Faire une demande au relais
            </Button>
            <Button component="a" href={`${relaisHref(relais.slug)}/rendez-vous`} size="md" variant="outline">
              Prendre rendez-vous
            </Button>
            <Button component="a" href={`${relaisHref(relais.slug)}/offre-emploi`} size="md" variant="outline">
              Déposer une offre d’emploi
            </Button>
            <Button component="a" href={`${relaisHref(relais.slug)}/animations`} size="md" variant="outline">
              Animations ouvertes aux parents
            </Button>
            <Button component="a" href={EMPLOYER_HELP_HREF} size="md" variant="outline">
              Calculer salaire et congés
            </Button>
          </>
        }
      />

      <SimpleGrid cols={{ base: 1, md: 3 }} spacing="lg">
        <Card withBorder padding="lg" component="section" aria-labelledby="contact-title">
          <Title order={2} size="h3" id="contact-title" mb="sm">
            Nous contacter
          </Title>
          <RelaisContact relais={relais} />
        </Card>
        <Card withBorder padding="lg" component="section" aria-labelledby="hours-title">
          <Title order={2} size="h3" id="hours-title" mb="sm">
            Horaires d’accueil
          </Title>
          <MultilineText text={relais.openingHours} />
        </Card>
        <Card withBorder padding="lg" component="section" aria-labelledby="permanences-title">
          <Title order={2} size="h3" id="permanences-title" mb="sm">
            Permanences
          </Title>
          <MultilineText text={relais.permanences} />
        </Card>
      </SimpleGrid>

      <section aria-labelledby="communes-title">
        <Title order={2} id="communes-title" mb={4}>
          Communes couvertes
        </Title>
        <Text c="dimmed" mb="sm">
          {plural(communes.length, 'commune')}
          {population > 0 && `, ${formatNumber(population)} habitants`}
        </Text>
        {communes.length === 0 ? (
          <Text>Le territoire du relais n’est pas encore renseigné.</Text>
        ) : (
          <SimpleGrid
            component="ul"
            cols={{ base: 2, sm: 3, md: 5 }}
            spacing="xs"
            style={{ listStyle: 'none', padding: 0 }}
          >
            {communes.map((c) => (
              <li key={c.inseeCode}>
                <Text>{c.name}</Text>
              </li>
            ))}
          </SimpleGrid>
        )}
      </section>

      <section aria-labelledby="sites-title">
        <Title order={2} id="sites-title" mb="sm">
          Lieux d’accueil par commune
        </Title>
        {groups.length === 0 ? (
          <Text>Aucun lieu n’est encore publié.</Text>
        ) : (
          <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md">
            {groups.map(([commune, sites]) => (
              <Card key={commune} withBorder padding="md">
                <Title order={3} size="h4" mb="xs">
                  {commune}
                </Title>
                <List spacing="sm" listStyleType="none" styles={{ itemWrapper: { display: 'block' } }}>
                  {sites.map((site) => (
                    <List.Item key={`${site.name}-${site.address}`}>
                      <Text fw={600}>{site.name}</Text>
                      <Text size="sm">{site.kindLabel}</Text>
                      {site.address && <Text size="sm">{site.address}</Text>}
                      {site.accessible && (
                        <Group mt={4}>
                          <Badge variant="light" size="md" tt="none" fw={600} h="auto" py={2}>
                            Accessible aux personnes à mobilité réduite
                          </Badge>
                        </Group>
                      )}
                    </List.Item>
                  ))}
                </List>
              </Card>
            ))}
          </SimpleGrid>
        )}
      </section>

      <Card withBorder padding="lg" bg="relais.0" component="section" aria-labelledby="login-title">
        <Title order={2} size="h3" id="login-title" mb="xs">
          Professionnels et familles
        </Title>
        <Text mb="md">Assistant·es maternel·les, parents et équipe du relais : connectez-vous à votre espace.</Text>
        <div>
          <Button component="a" href="/connexion">
            Se connecter
          </Button>
        </div>
      </Card>
    </Stack>
  );
}
