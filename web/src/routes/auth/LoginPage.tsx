import '../../styles/mantine-all.css';
import { Alert, Button, Card, PasswordInput, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { api, fieldErrors, unwrap } from '../../api/client.js';
import { isMagicLinkRole } from '../../auth/policy.js';
import { applySession } from '../../auth/session.js';
import { ErrorAlert } from '../../components/feedback.js';
import { PageHeader } from '../../components/page.js';

const SIGNED_OUT: Record<string, string> = {
  ici: 'Vous êtes déconnecté·e.',
  partout: 'Vous êtes déconnecté·e de tous vos appareils.',
};

/** "/connexion": staff sign in with a password; childminders and parents ask for a link. */
export function LoginPage() {
  const search = useSearch({ from: '/public/connexion' });
  return (
    <Stack gap="lg">
      <PageHeader title="Se connecter" documentTitle="Connexion" />
      {search.sortie && (
        <Alert color="relais" variant="light" title="Déconnexion">
          {SIGNED_OUT[search.sortie]}
        </Alert>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <MagicLinkCard />
        <StaffCard redirect={search.redirect} />
      </SimpleGrid>
    </Stack>
  );
}

function StaffCard({ redirect }: { redirect?: string }) {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const form = useForm({
    initialValues: { email: '', password: '' },
    validate: {
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : 'Saisissez une adresse e-mail valide.'),
      password: (v) => (v ? null : 'Saisissez votre mot de passe.'),
    },
  });
  const login = useMutation({
    mutationFn: (values: typeof form.values) =>
      unwrap(api.POST('/api/auth/login', { body: { email: values.email.trim(), password: values.password } })),
    onSuccess: async (info) => {
      const user = applySession(queryClient, info);
      if (isMagicLinkRole(user.role)) await navigate({ to: '/espace' });
      else if (redirect?.startsWith('/gestion')) await navigate({ to: redirect });
      else await navigate({ to: '/gestion' });
    },
    onError: (error) => form.setErrors(fieldErrors(error)),
  });
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="staff-title">
      <Title order={2} size="h3" id="staff-title" mb={4}>
        Équipe du relais
      </Title>
      <Text c="dimmed" mb="md">
        Responsable, animatrices et animateurs, assistante administrative, élu·es et partenaires.
      </Text>
      <form noValidate onSubmit={form.onSubmit((values) => login.mutate(values))}>
        <Stack>
          <ErrorAlert error={login.error} title="Connexion impossible" />
          <TextInput
            label="Adresse e-mail professionnelle"
            type="email"
            autoComplete="username"
            required
            {...form.getInputProps('email')}
          />
          <PasswordInput
            label="Mot de passe"
            autoComplete="current-password"
            required
            {...form.getInputProps('password')}
          />
          <div>
            <Button type="submit" loading={login.isPending}>
              Se connecter
            </Button>
          </div>
        </Stack>
      </form>
    </Card>
  );
}

function MagicLinkCard() {
  const form = useForm({
    initialValues: { email: '' },
    validate: { email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : 'Saisissez une adresse e-mail valide.') },
  });
  const request = useMutation({
    mutationFn: (email: string) => unwrap(api.POST('/api/auth/magic-link', { body: { email } })),
    onError: (error) => form.setErrors(fieldErrors(error)),
  });
  return (
    <Card withBorder padding="lg" component="section" aria-labelledby="magic-title">
      <Title order={2} size="h3" id="magic-title" mb={4}>
        Assistant·e maternel·le ou parent
      </Title>
      <Text c="dimmed" mb="md">
        Recevez un lien de connexion par e-mail : pas de mot de passe à retenir.
      </Text>
      {request.isSuccess ? (
        <Alert color="relais" variant="light" title="Lien envoyé" role="status">
          {request.data.message}
        </Alert>
      ) : (
        <form noValidate onSubmit={form.onSubmit((values) => request.mutate(values.email.trim()))}>
          <Stack>
            <ErrorAlert error={request.error} title="Envoi impossible" />
            <TextInput
              label="Votre adresse e-mail"
              type="email"
              autoComplete="email"
              required
              {...form.getInputProps('email')}
            />
            <div>
              <Button type="submit" loading={request.isPending}>
                Recevoir un lien de connexion
              </Button>
            </div>
          </Stack>
        </form>
      )}
    </Card>
  );
}
