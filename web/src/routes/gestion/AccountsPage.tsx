import { Button, Group, Modal, NativeSelect, PasswordInput, Stack, Table, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { api, fieldErrors, unwrap } from '../../api/client.js';
import { accountsQuery, keys } from '../../api/gestion.js';
import type { Account, Role } from '../../api/types.js';
import { assignableRoles, isMagicLinkRole, ROLE_LABELS } from '../../auth/policy.js';
import { ErrorAlert, Loading, Notice } from '../../components/feedback.js';
import { TableScroll } from '../../components/layout.js';
import { formatDateTime, plural } from '../../lib/format.js';
import { StaffPage, useGestion } from './context.js';

const MIN_PASSWORD = 12;

/** "/gestion/comptes": accounts of the relais; create, disable and enable. */
export function AccountsPage() {
  return (
    <StaffPage title="Comptes" action="accounts.manage">
      {(relaisId) => <Accounts relaisId={relaisId} />}
    </StaffPage>
  );
}

function Accounts({ relaisId }: { relaisId: string }) {
  const gestion = useGestion();
  const queryClient = useQueryClient();
  const accounts = useQuery(accountsQuery(relaisId));
  const [creating, setCreating] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const toggle = useMutation({
    mutationFn: (account: Account) =>
      unwrap(
        api.PATCH('/api/relais/{relaisId}/accounts/{accountId}', {
          params: { path: { relaisId, accountId: account.id } },
          body: { disabled: !account.disabled },
        }),
      ),
    onSuccess: async (account) => {
      setNotice(
        account.disabled
          ? `Le compte de ${account.displayName} est désactivé : ses sessions ont été fermées.`
          : `Le compte de ${account.displayName} est réactivé.`,
      );
      await queryClient.invalidateQueries({ queryKey: keys.accounts(relaisId) });
    },
  });
  const roles = assignableRoles(gestion.user.role);

  return (
    <Stack gap="md">
      <Group justify="space-between" wrap="wrap">
        <Text>
          Les comptes du personnel se connectent avec un mot de passe ; parents et assistant·es maternel·les avec un
          lien reçu par e-mail.
        </Text>
        {roles.length > 0 && (
          <Button
            onClick={() => {
              setNotice(null);
              setCreating(true);
            }}
          >
            Nouveau compte
          </Button>
        )}
      </Group>
      <Notice message={notice} onClose={() => setNotice(null)} />
      <ErrorAlert error={toggle.error} title="Action impossible" />
      {accounts.isPending ? (
        <Loading />
      ) : accounts.isError ? (
        <ErrorAlert error={accounts.error} />
      ) : (
        <TableScroll label="Comptes du relais">
          <Table striped verticalSpacing="sm" miw={860} bg="white">
            <Table.Caption>{plural(accounts.data.length, 'compte')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Nom</Table.Th>
                <Table.Th scope="col">Adresse e-mail</Table.Th>
                <Table.Th scope="col">Rôle</Table.Th>
                <Table.Th scope="col">État</Table.Th>
                <Table.Th scope="col">Dernière connexion</Table.Th>
                <Table.Th scope="col">Actions</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {accounts.data.map((account) => {
                const self = account.id === gestion.user.id;
                return (
                  <Table.Tr key={account.id}>
                    <Table.Th scope="row" fw={600}>
                      {account.displayName}
                      {self && <Text size="xs">(vous)</Text>}
                    </Table.Th>
                    <Table.Td style={{ overflowWrap: 'anywhere' }}>{account.email}</Table.Td>
                    <Table.Td>{account.roleLabel}</Table.Td>
                    <Table.Td>
                      <Text size="sm" fw={600} c={account.disabled ? 'red.7' : 'relais.7'}>
                        {account.disabled ? 'Désactivé' : 'Actif'}
                      </Text>
                    </Table.Td>
                    <Table.Td>{account.lastLoginAt ? formatDateTime(account.lastLoginAt) : 'Jamais'}</Table.Td>
                    <Table.Td>
                      {!self && (
                        <Button
                          size="compact-sm"
                          variant="subtle"
                          color={account.disabled ? 'relais' : 'red'}
                          aria-label={`${account.disabled ? 'Réactiver' : 'Désactiver'} le compte de ${account.displayName}`}
                          loading={toggle.isPending && toggle.variables.id === account.id}
                          onClick={() => toggle.mutate(account)}
                        >
                          {account.disabled ? 'Réactiver' : 'Désactiver'}
                        </Button>
                      )}
                    </Table.Td>
                  </Table.Tr>
                );
              })}
            </Table.Tbody>
          </Table>
        </TableScroll>
      )}
      <Modal opened={creating} onClose={() => setCreating(false)} title="Nouveau compte" size="lg">
        {creating && (
          <AccountForm
            relaisId={relaisId}
            roles={roles}
            onCancel={() => setCreating(false)}
            onCreated={(account) => {
              setCreating(false);
              setNotice(
                isMagicLinkRole(account.role)
                  ? `Le compte de ${account.displayName} est créé : la personne se connectera avec un lien reçu par e-mail.`
                  : `Le compte de ${account.displayName} est créé. Communiquez-lui son mot de passe par un moyen sûr.`,
              );
            }}
          />
        )}
      </Modal>
    </Stack>
  );
}

interface AccountValues {
  displayName: string;
  email: string;
  role: Role;
  password: string;
}

function AccountForm(props: { relaisId: string; roles: Role[]; onCancel(): void; onCreated(account: Account): void }) {
  const queryClient = useQueryClient();
  const form = useForm<AccountValues>({
    initialValues: { displayName: '', email: '', role: props.roles[0] ?? 'viewer', password: '' },
    validate: {
      displayName: (v) => (v.trim().length >= 2 ? null : 'Le nom doit compter au moins 2 caractères.'),
      email: (v) => (/^\S+@\S+\.\S+$/.test(v.trim()) ? null : 'Adresse e-mail invalide.'),
      password: (v, values) =>
        isMagicLinkRole(values.role) || v.length >= MIN_PASSWORD
          ? null
          : `Le mot de passe doit compter au moins ${MIN_PASSWORD} caractères.`,
    },
  });
  const create = useMutation({
    mutationFn: (values: AccountValues) =>
      unwrap(
        api.POST('/api/relais/{relaisId}/accounts', {
          params: { path: { relaisId: props.relaisId } },
          body: {
            displayName: values.displayName.trim(),
            email: values.email.trim(),
            role: values.role,
            ...(isMagicLinkRole(values.role) ? {} : { password: values.password }),
          },
        }),
      ),
    onSuccess: async (account) => {
      await queryClient.invalidateQueries({ queryKey: keys.accounts(props.relaisId) });
      await queryClient.invalidateQueries({ queryKey: keys.audit(props.relaisId) });
      props.onCreated(account);
    },
    onError: (error) => form.setErrors(fieldErrors(error)),
  });
  const magic = isMagicLinkRole(form.values.role);
  return (
    <form noValidate onSubmit={form.onSubmit((values) => create.mutate(values))}>
      <Stack>
        <ErrorAlert error={create.error} title="Création impossible" />
        <TextInput label="Nom affiché" required data-autofocus {...form.getInputProps('displayName')} />
        <TextInput label="Adresse e-mail" type="email" required autoComplete="off" {...form.getInputProps('email')} />
        <NativeSelect
          label="Rôle"
          required
          data={props.roles.map((role) => ({ value: role, label: ROLE_LABELS[role] }))}
          {...form.getInputProps('role')}
        />
        {magic ? (
          <Text size="sm">Pas de mot de passe : la personne se connectera avec un lien reçu par e-mail.</Text>
        ) : (
          <PasswordInput
            label="Mot de passe initial"
            description={`Au moins ${MIN_PASSWORD} caractères. Communiquez-le à la personne par un moyen sûr.`}
            required
            autoComplete="new-password"
            {...form.getInputProps('password')}
          />
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={props.onCancel}>
            Annuler
          </Button>
          <Button type="submit" loading={create.isPending}>
            Créer le compte
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
