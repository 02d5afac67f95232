import { Alert, Card, SimpleGrid, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { TOPIC_LIST, type TopicInfo } from '../../../api/employer-help.js';

/** The six calculations, each with its title (a link to its form) and one sentence. */
export function TopicList(props: { link(topic: TopicInfo): ReactNode }) {
  return (
    <SimpleGrid component="ul" cols={{ base: 1, sm: 2, md: 3 }} spacing="md" style={{ listStyle: 'none', padding: 0 }}>
      {TOPIC_LIST.map((topic) => (
        <Card component="li" key={topic.key} withBorder padding="lg">
          <Title order={2} size="h4" mb={4}>
            {props.link(topic)}
          </Title>
          <Text size="sm">{topic.summary}</Text>
        </Card>
      ))}
    </SimpleGrid>
  );
}

/** What the calculator is and is not: an information tool of the relais, not the payslip. */
export function Disclaimer() {
  return (
    <Alert color="gray" variant="light" title="Un outil d’information du relais">
      <Text size="sm">
        Ces calculs suivent la convention collective des particuliers employeurs et de l’emploi à domicile (IDCC 3239)
        et expliquent chaque étape. Ils ne remplacent pas le bulletin de salaire : la déclaration et la paie restent de
        la responsabilité du parent employeur. En cas de doute, le relais peut vous aider.
      </Text>
    </Alert>
  );
}
