import '../../styles/mantine-all.css';
import {
  AppShell,
  Avatar,
  Box,
  Burger,
  Button,
  Divider,
  Group,
  Menu,
  NativeSelect,
  Stack,
  Text,
  UnstyledButton,
} from '@mantine/core';
import { useDisclosure, useLocalStorage, useMediaQuery } from '@mantine/hooks';
import { useQuery } from '@tanstack/react-query';
import { Outlet, useRouteContext, useRouterState } from '@tanstack/react-router';
import { useMemo } from 'react';
import { relaisListQuery } from '../../api/gestion.js';
import type { SessionUser } from '../../api/types.js';
import { useSession, useSignOut } from '../../auth/session.js';
import { ErrorAlert } from '../../components/feedback.js';
import { MAIN_ID } from '../../components/layout.js';
import { AnchorLink, NavLinkLink } from '../../components/links.js';
import { GestionContext, makeGestion } from './context.js';
import { isActive, visibleEntries } from './nav.js';

const OPERATOR_RELAIS_KEY = 'relais.gestion.relais';

function initials(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((part) => part[0]?.toUpperCase())
    .join('');
}

/** "/gestion": the staff back office shell (header, navigation from NAV_ENTRIES, content). */
export function GestionLayout() {
  const context = useRouteContext({ from: '/gestion' });
  const { data } = useSession();
  const user = data ?? context.user;
  const isOperator = user.role === 'operator';
  const [opened, { toggle, close }] = useDisclosure(false);
  const isMobile = useMediaQuery('(max-width: 47.99em)');
  const [storedRelais, setStoredRelais] = useLocalStorage<string>({
    key: OPERATOR_RELAIS_KEY,
    defaultValue: '',
    getInitialValueInEffect: false,
  });
  const relaisList = useQuery({ ...relaisListQuery, enabled: isOperator });
  const chosen = isOperator ? relaisList.data?.find((r) => r.id === storedRelais) : undefined;
  const relaisId = isOperator ? (chosen?.id ?? null) : (user.relais?.id ?? null);
  const relaisName = isOperator ? (chosen?.name ?? null) : (user.relais?.name ?? null);
  const relaisPending = isOperator && storedRelais !== '' && relaisList.isPending;
  const gestion = useMemo(
    () => makeGestion(user, relaisId, relaisName, relaisPending, (id) => setStoredRelais(id ?? '')),
    [user, relaisId, relaisName, relaisPending, setStoredRelais],
  );
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const entries = visibleEntries(gestion.can, relaisId);

  return (
    <GestionContext.Provider value={gestion}>
      <AppShell
        header={{ height: 64 }}
        navbar={{ width: 270, breakpoint: 'sm', collapsed: { mobile: !opened } }}
        padding="md"
      >
        <AppShell.Header>
          <Group h="100%" px="md" justify="space-between" wrap="nowrap">
            <Group gap="sm" wrap="nowrap" miw={0}>
              <Burger
                opened={opened}
                onClick={toggle}
                hiddenFrom="sm"
                size="sm"
                aria-label={opened ? 'Fermer le menu' : 'Ouvrir le menu'}
                aria-expanded={opened}
                aria-controls="menu-gestion"
              />
              <Stack gap={0} miw={0}>
                <AnchorLink to="/gestion" fw={700} c="relais.8" underline="hover" onClick={close}>
                  Relais · gestion
                </AnchorLink>
                {relaisName && (
                  <Text size="xs" truncate="end">
                    {relaisName}
                  </Text>
                )}
              </Stack>
            </Group>
            <Box visibleFrom="sm">
              <AccountMenu user={user} />
            </Box>
          </Group>
        </AppShell.Header>

        <AppShell.Navbar
          p="sm"
          id="menu-gestion"
          aria-label="Menu de la gestion"
          inert={isMobile && !opened ? true : undefined}
        >
          <AppShell.Section grow>
            {isOperator && (
              <Box mb="sm">
                <NativeSelect
                  label="Relais géré"
                  value={relaisId ?? ''}
                  onChange={(event) => setStoredRelais(event.currentTarget.value)}
                  data={[
                    { value: '', label: relaisList.isPending ? 'Chargement…' : '— Choisir un relais —' },
                    ...(relaisList.data ?? []).map((r) => ({ value: r.id, label: r.name })),
                  ]}
                />
                {relaisList.isError && <ErrorAlert error={relaisList.error} />}
              </Box>
            )}
            <Box component="ul" style={{ listStyle: 'none', margin: 0, padding: 0 }}>
              {entries.map((entry) => {
                const active = isActive(entry, pathname);
                return (
                  <li key={entry.to}>
                    <NavLinkLink
                      to={entry.to}
                      label={entry.label}
                      active={active}
                      activeOptions={{ exact: entry.exact ?? false }}
                      variant="light"
                      onClick={close}
                      fw={500}
                    />
                  </li>
                );
              })}
            </Box>
          </AppShell.Section>
          <AppShell.Section hiddenFrom="sm">
            <Divider my="sm" />
            <AccountPanel user={user} />
          </AppShell.Section>
        </AppShell.Navbar>

        <AppShell.Main id={MAIN_ID} tabIndex={-1} bg="gray.0">
          <Box maw={1200}>
            <Outlet />
          </Box>
        </AppShell.Main>
      </AppShell>
    </GestionContext.Provider>
  );
}

/** Desktop header: the account's name and role, with the sign-out actions in a menu. */
function AccountMenu({ user }: { user: SessionUser }) {
  const signOut = useSignOut();
  return (
    <Menu position="bottom-end" width={300} withinPortal>
      <Menu.Target>
        <UnstyledButton aria-label={`Mon compte : ${user.displayName}, ${user.roleLabel}`}>
          <Group gap="sm" wrap="nowrap">
            <Avatar color="relais" radius="xl" size="md" aria-hidden>
              {initials(user.displayName)}
            </Avatar>
            <Stack gap={0} align="flex-start">
              <Text size="sm" fw={600}>
                {user.displayName}
              </Text>
              <Text size="xs" c="dimmed">
                {user.roleLabel}
              </Text>
            </Stack>
          </Group>
        </UnstyledButton>
      </Menu.Target>
      <Menu.Dropdown>
        <Menu.Label>{user.email}</Menu.Label>
        <Menu.Item onClick={() => signOut.mutate('ici')}>Se déconnecter</Menu.Item>
        <Menu.Item onClick={() => signOut.mutate('partout')}>Se déconnecter de tous les appareils</Menu.Item>
      </Menu.Dropdown>
    </Menu>
  );
}

/** Mobile navigation drawer: the same account information and actions. */
function AccountPanel({ user }: { user: SessionUser }) {
  const signOut = useSignOut();
  return (
    <Stack gap="xs">
      <div>
        <Text size="sm" fw={600}>
          {user.displayName}
        </Text>
        <Text size="xs" c="dimmed">
          {user.roleLabel}
        </Text>
      </div>
      <ErrorAlert error={signOut.error} title="Déconnexion impossible" />
      <Button variant="default" size="xs" onClick={() => signOut.mutate('ici')}>
        Se déconnecter
      </Button>
      <Button variant="default" size="xs" onClick={() => signOut.mutate('partout')}>
        Se déconnecter de tous les appareils
      </Button>
    </Stack>
  );
}
