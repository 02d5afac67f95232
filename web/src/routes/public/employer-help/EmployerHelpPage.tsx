import '../../../styles/mantine-all.css';
import { Stack } from '@mantine/core';
import { AnchorLink } from '../../../components/links.js';
import { PageHeader } from '../../../components/page.js';
import { Disclaimer, TopicList } from './TopicList.js';

export const EMPLOYER_HELP_TITLE = 'Aide aux parents employeurs';

/** "/aide-employeur": the six calculations of a childminder's contract, for parents and childminders. */
export function EmployerHelpPage() {
  return (
    <Stack gap="lg">
      <PageHeader
        title={EMPLOYER_HELP_TITLE}
        lead="Salaire, heures en plus, absences, congés, indemnités, fin de contrat : les calculs du contrat d’un·e assistant·e maternel·le, expliqués pas à pas."
      />
      <Disclaimer />
      <TopicList
        link={(topic) => (
          <AnchorLink to="/aide-employeur/$topic" params={{ topic: topic.slug }}>
            {topic.title}
          </AnchorLink>
        )}
      />
    </Stack>
  );
}
