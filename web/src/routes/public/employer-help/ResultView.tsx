import { Alert, Card, List, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { formatFigure, frenchDecimal, MAIN_FIGURES, type CalcResult } from '../../../api/employer-help.js';
import { formatDate } from '../../../lib/format.js';

export const RESULT_ID = 'resultat-calcul';

/** Mantine's orange title fails the contrast on its light background: the text colour instead. */
const WARNING_STYLES = { title: { color: 'var(--mantine-color-text)' } };

/**
 * A result of the calculator: the main figures large, the others after them, the warnings, every
 * step of the calculation with its formula and articles, and the legal values it used.
 */
export function ResultView(props: { result: CalcResult; actions?: ReactNode }) {
  const r = props.result;
  const mainKeys = MAIN_FIGURES[r.topic] ?? [];
  const main = r.figures.filter((f) => mainKeys.includes(f.key));
  const others = r.figures.filter((f) => !mainKeys.includes(f.key));
  return (
    <Stack gap="lg" component="section" aria-labelledby={RESULT_ID}>
      <Title order={2} id={RESULT_ID} tabIndex={-1}>
        Résultat : {r.title}
      </Title>
      <SimpleGrid component="dl" cols={{ base: 1, xs: 2 }} spacing="sm" m={0}>
        {main.map((f) => (
          <Card key={f.key} withBorder padding="md">
            <Text component="dt" fw={600} size="sm">
              {f.label}
            </Text>
            <Text component="dd" m={0} fz={30} fw={700} c="relais.8" lh={1.2}>
              {formatFigure(f)}
            </Text>
          </Card>
        ))}
      </SimpleGrid>
      {others.length > 0 && (
        <Stack gap={4} component="dl" m={0}>
          {others.map((f) => (
            <Text key={f.key} component="div" size="sm">
              <Text component="dt" display="inline" fw={600} size="sm">
                {f.label} :
              </Text>{' '}
              <Text component="dd" display="inline" m={0} size="sm">
                {formatFigure(f)}
              </Text>
            </Text>
          ))}
        </Stack>
      )}
      {r.warnings.length > 0 && (
        <Alert color="orange" variant="light" title="À savoir" styles={WARNING_STYLES}>
          <List size="sm" spacing={4}>
            {r.warnings.map((w) => (
              <List.Item key={w}>{w}</List.Item>
            ))}
          </List>
        </Alert>
      )}
      {props.actions}
      <section aria-labelledby="detail-calcul">
        <Title order={3} id="detail-calcul" mb="sm">
          Le détail du calcul
        </Title>
        <Stack component="ol" gap="sm" style={{ listStyle: 'none', padding: 0, margin: 0 }}>
          {r.steps.map((step, i) => (
            <Card key={i} component="li" withBorder padding="sm">
              <Text fw={600}>
                {i + 1}. {step.label}
              </Text>
              <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                {step.formula}
              </Text>
              <Text fw={700} c="relais.8">
                = {step.result}
              </Text>
              {step.articles.length > 0 && (
                <Text size="xs" c="dimmed" mt={4}>
                  {step.articles.join(' ; ')}
                </Text>
              )}
            </Card>
          ))}
        </Stack>
      </section>
      {r.legalValues.length > 0 && (
        <section aria-labelledby="valeurs-legales">
          <Title order={3} id="valeurs-legales" mb="sm">
            Les valeurs légales utilisées
          </Title>
          <List size="sm" spacing={4}>
            {r.legalValues.map((v) => (
              <List.Item key={`${v.label}-${v.validFrom}`}>
                <strong>{v.label}</strong> : {frenchDecimal(v.value)} (en vigueur depuis le {formatDate(v.validFrom)}) —{' '}
                {v.source}
              </List.Item>
            ))}
          </List>
        </section>
      )}
    </Stack>
  );
}
