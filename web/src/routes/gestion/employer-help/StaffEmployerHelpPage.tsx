import { Alert, Card, Stack, Text, Title } from '@mantine/core';
import { useParams, useSearch } from '@tanstack/react-router';
import { topicBySlug } from '../../../api/employer-help.js';
import { AnchorLink } from '../../../components/links.js';
import { Calculator } from '../../public/employer-help/Calculator.js';
import { Disclaimer, TopicList } from '../../public/employer-help/TopicList.js';
import { ContactSimulations } from '../contacts/ContactSimulations.js';
import { StaffPage, useGestion } from '../context.js';
import type { SimulationSearch } from './search.js';

const TITLE = 'Aide employeur';

/**
 * "/gestion/aide-employeur": the calculator of the public pages inside the back office; with
 * `?contact=…` (from the contact log), each calculation can be saved in that contact's file.
 */
export function StaffEmployerHelpPage() {
  const search = useSearch({ from: '/gestion/aide-employeur' });
  return (
    <StaffPage
      title={TITLE}
      action="relais.read"
      lead="Les calculs du contrat d’un·e assistant·e maternel·le, pas à pas."
    >
      {(relaisId) => (
        <Stack gap="lg">
          <ForContact relaisId={relaisId} search={search} />
          <TopicList
            link={(topic) => (
              <AnchorLink to="/gestion/aide-employeur/$topic" params={{ topic: topic.slug }} search={search}>
                {topic.title}
              </AnchorLink>
            )}
          />
        </Stack>
      )}
    </StaffPage>
  );
}

/** "/gestion/aide-employeur/salaire?contact=…": one calculation, saved in the contact's file if asked. */
export function StaffTopicPage() {
  const { topic: slug } = useParams({ from: '/gestion/aide-employeur/$topic' });
  const search = useSearch({ from: '/gestion/aide-employeur/$topic' });
  const gestion = useGestion();
  const topic = topicBySlug(slug);
  return (
    <StaffPage title={topic ? topic.title : TITLE} action="relais.read" lead={topic?.summary}>
      {(relaisId) =>
        !topic ? (
          <Alert color="gray" variant="light" title="Calcul introuvable">
            Ce calcul n’existe pas. <AnchorLink to="/gestion/aide-employeur">Tous les calculs</AnchorLink>
          </Alert>
        ) : (
          <Stack gap="lg" maw={860}>
            <Text size="sm">
              <AnchorLink to="/gestion/aide-employeur" search={search}>
                ← Tous les calculs
              </AnchorLink>
            </Text>
            <ForContact relaisId={relaisId} search={search} />
            <Disclaimer />
            <Calculator
              key={topic.key}
              topic={topic}
              save={
                search.contact && gestion.can('contacts.record') ? { relaisId, contactId: search.contact } : undefined
              }
            />
            {search.contact && gestion.can('contacts.read') && (
              <section aria-labelledby="simulations-contact">
                <Title order={2} size="h3" id="simulations-contact" mb="sm">
                  Simulations enregistrées pour ce contact
                </Title>
                <ContactSimulations
                  relaisId={relaisId}
                  contactId={search.contact}
                  canRecord={gestion.can('contacts.record')}
                />
              </section>
            )}
          </Stack>
        )
      }
    </StaffPage>
  );
}

/** Which contact of the log the simulation is for, and the way back to the log. */
function ForContact({ search }: { relaisId: string; search: SimulationSearch }) {
  const gestion = useGestion();
  if (!search.contact) return null;
  return (
    <Card withBorder padding="sm" bg="gray.0">
      <Text size="sm">
        Simulation pour le contact : <strong>{search.libelle ?? 'contact du journal'}</strong>.{' '}
        {gestion.can('contacts.record')
          ? 'Après le calcul, « Enregistrer dans ce contact » la garde dans son dossier.'
          : 'Votre rôle ne permet pas d’enregistrer de simulation.'}
      </Text>
      <Text size="sm" mt={4}>
        <AnchorLink to="/gestion/contacts">Retour au journal des contacts</AnchorLink>
      </Text>
    </Card>
  );
}
