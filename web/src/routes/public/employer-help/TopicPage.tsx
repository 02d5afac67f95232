import '../../../styles/mantine-all.css';
import { Alert, Stack, Text } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { topicBySlug } from '../../../api/employer-help.js';
import { AnchorLink } from '../../../components/links.js';
import { PageHeader } from '../../../components/page.js';
import { Calculator } from './Calculator.js';
import { EMPLOYER_HELP_TITLE } from './EmployerHelpPage.js';
import { Disclaimer } from './TopicList.js';

/** "/aide-employeur/salaire" and the others: the form of one calculation and its detailed result. */
export function TopicPage() {
  const { topic: slug } = useParams({ from: '/public/aide-employeur/$topic' });
  const topic = topicBySlug(slug);
  const back = (
    <Text size="sm">
      <AnchorLink to="/aide-employeur">← Tous les calculs</AnchorLink>
    </Text>
  );
  if (!topic) {
    return (
      <Stack gap="lg" maw={860}>
        <PageHeader title={EMPLOYER_HELP_TITLE} />
        <Alert color="gray" variant="light" title="Calcul introuvable">
          Ce calcul n’existe pas. Choisissez-en un dans la liste.
        </Alert>
        {back}
      </Stack>
    );
  }
  return (
    <Stack gap="lg" maw={860}>
      {back}
      <PageHeader title={topic.title} documentTitle={`${topic.title} — ${EMPLOYER_HELP_TITLE}`} lead={topic.summary} />
      <Disclaimer />
      <Calculator key={topic.key} topic={topic} />
    </Stack>
  );
}
