import '../../styles/mantine-all.css';
import { Button, Card, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { api, unwrap } from '../../api/client.js';
import { isMagicLinkRole } from '../../auth/policy.js';
import { applySession } from '../../auth/session.js';
import { ErrorAlert } from '../../components/feedback.js';
import { AnchorLink } from '../../components/links.js';
import { PageHeader } from '../../components/page.js';

/**
 * "/connexion/lien?jeton=…": the link received by e-mail. The token is used only when the person
 * presses the button, so that mail scanners opening the link do not consume it.
 */
export function MagicLinkPage() {
  const { jeton } = useSearch({ from: '/public/connexion/lien' });
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const consume = useMutation({
    mutationFn: (token: string) => unwrap(api.POST('/api/auth/magic-link/consume', { body: { token } })),
    onSuccess: async (info) => {
      const user = applySession(queryClient, info);
      await navigate({ to: isMagicLinkRole(user.role) ? '/espace' : '/gestion', replace: true });
    },
  });
  return (
    <Stack maw={560}>
      <PageHeader title="Connexion par lien" />
      <Card withBorder padding="lg">
        {jeton ? (
          <Stack>
            <Text>Vous avez reçu ce lien par e-mail. Appuyez sur le bouton pour ouvrir votre espace.</Text>
            <ErrorAlert error={consume.error} title="Ce lien ne fonctionne pas">
              <Text size="sm" mt="xs">
                <AnchorLink to="/connexion">Demander un nouveau lien de connexion</AnchorLink>
              </Text>
            </ErrorAlert>
            <div>
              <Button onClick={() => consume.mutate(jeton)} loading={consume.isPending} size="md">
                Me connecter
              </Button>
            </div>
          </Stack>
        ) : (
          <Stack>
            <Text>Ce lien est incomplet. Copiez l’adresse entière reçue par e-mail, ou demandez un nouveau lien.</Text>
            <div>
              <AnchorLink to="/connexion">Demander un lien de connexion</AnchorLink>
            </div>
          </Stack>
        )}
      </Card>
    </Stack>
  );
}
