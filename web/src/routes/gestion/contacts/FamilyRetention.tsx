import { Alert, Button, Card, NumberInput, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { api, errorMessage, unwrap } from '../../../api/client.js';
import { relaisQuery } from '../../../api/gestion.js';
import { ErrorAlert, Loading } from '../../../components/feedback.js';
import { focusSoon } from '../childminders/shared.js';

const FIELD_ID = 'conservation-mois';
const MIN_MONTHS = 6;
const MAX_MONTHS = 120;

/**
 * How long the relais keeps a family's name, e-mail and phone after its latest contact; a daily
 * job anonymises them afterwards (the contacts stay, as anonymous facts, for the statistics).
 */
export function FamilyRetention({ relaisId }: { relaisId: string }) {
  const relais = useQuery(relaisQuery(relaisId));
  if (relais.isPending) return <Loading />;
  if (relais.isError) return <ErrorAlert error={relais.error} />;
  return <RetentionForm relaisId={relaisId} months={relais.data.familyRetentionMonths} />;
}

function RetentionForm(props: { relaisId: string; months: number }) {
  const queryClient = useQueryClient();
  const [months, setMonths] = useState<number | string>(props.months);
  const [problem, setProblem] = useState<string | null>(null);
  const [saved, setSaved] = useState<number | null>(null);
  const save = useMutation({
    mutationFn: (familyRetentionMonths: number) =>
      unwrap(
        api.PATCH('/api/relais/{relaisId}', {
          params: { path: { relaisId: props.relaisId } },
          body: { familyRetentionMonths },
        }),
      ),
    onSuccess: (updated) => {
      queryClient.setQueryData(relaisQuery(props.relaisId).queryKey, updated);
      setSaved(updated.familyRetentionMonths);
    },
    onError: (error) => {
      setProblem(errorMessage(error));
      focusSoon(FIELD_ID);
    },
  });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    setSaved(null);
    const value = typeof months === 'number' ? months : Number.NaN;
    if (!Number.isInteger(value) || value < MIN_MONTHS || value > MAX_MONTHS) {
      setProblem(`Indiquez un nombre de mois entre ${MIN_MONTHS} et ${MAX_MONTHS}.`);
      focusSoon(FIELD_ID);
      return;
    }
    setProblem(null);
    save.mutate(value);
  };
  return (
    <Stack gap="sm" component="section" aria-labelledby="conservation-titre">
      <Title order={2} size="h3" id="conservation-titre">
        Conservation des données des familles
      </Title>
      <Card withBorder padding="md" maw={820}>
        <form noValidate onSubmit={submit}>
          <Stack gap="sm" align="flex-start">
            <Text size="sm">
              Après ce délai sans nouveau contact, le nom, l’adresse e-mail et le téléphone d’une famille sont effacés
              chaque nuit, ainsi que les notes des contacts plus anciens. Les contacts restent, anonymes, dans les
              statistiques.
            </Text>
            <NumberInput
              id={FIELD_ID}
              label="Durée de conservation après le dernier contact (en mois)"
              description={`De ${MIN_MONTHS} à ${MAX_MONTHS} mois ; 36 mois (3 ans) par défaut.`}
              min={MIN_MONTHS}
              max={MAX_MONTHS}
              allowDecimal={false}
              allowNegative={false}
              // Out of range is said, not silently corrected.
              clampBehavior="none"
              value={months}
              error={problem}
              onChange={(value) => {
                setMonths(value);
                setProblem(null);
                setSaved(null);
              }}
              maw={360}
            />
            <Button type="submit" loading={save.isPending}>
              Enregistrer la durée
            </Button>
            {saved !== null && (
              <Alert color="relais" variant="light" role="status">
                Les données des familles sont conservées {saved} mois après leur dernier contact.
              </Alert>
            )}
          </Stack>
        </form>
      </Card>
    </Stack>
  );
}
