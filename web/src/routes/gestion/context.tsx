import { Alert, Text } from '@mantine/core';
import { createContext, useContext, type ReactNode } from 'react';
import type { SessionUser } from '../../api/types.js';
import { can, type Action } from '../../auth/policy.js';
import { Loading, NoAccess } from '../../components/feedback.js';
import { AnchorLink } from '../../components/links.js';
import { PageHeader } from '../../components/page.js';

export interface Gestion {
  user: SessionUser;
  /** The relais being managed: the staff member's own, or the one the operator picked. */
  relaisId: string | null;
  relaisName: string | null;
  /** The operator's chosen relais is still being looked up. */
  relaisPending: boolean;
  chooseRelais(relaisId: string | null): void;
  can(action: Action): boolean;
}

export const GestionContext = createContext<Gestion | null>(null);

export function useGestion(): Gestion {
  const value = useContext(GestionContext);
  if (!value) throw new Error('useGestion outside of GestionLayout');
  return value;
}

export function makeGestion(
  user: SessionUser,
  relaisId: string | null,
  relaisName: string | null,
  relaisPending: boolean,
  chooseRelais: (relaisId: string | null) => void,
): Gestion {
  return { user, relaisId, relaisName, relaisPending, chooseRelais, can: (action) => can(user, action, relaisId) };
}

/**
 * A back-office page: its title, and its content only if the account may see it and a relais is
 * chosen (the platform operator has none of his own).
 */
export function StaffPage(props: {
  title: string;
  action: Action;
  lead?: ReactNode;
  children: (relaisId: string) => ReactNode;
}) {
  const gestion = useGestion();
  const allowed = gestion.can(props.action);
  return (
    <>
      <PageHeader title={props.title} lead={props.lead ?? (gestion.relaisName ? gestion.relaisName : undefined)} />
      {!allowed ? (
        <NoAccess />
      ) : gestion.relaisPending ? (
        <Loading />
      ) : gestion.relaisId === null ? (
        <ChooseRelaisNotice />
      ) : (
        props.children(gestion.relaisId)
      )}
    </>
  );
}

export function ChooseRelaisNotice() {
  return (
    <Alert color="relais" variant="light" title="Choisissez un relais">
      <Text size="sm">
        Vous gérez la plateforme sans appartenir à un relais : choisissez le relais à gérer dans le menu, ou depuis la
        page <AnchorLink to="/gestion/plateforme">Relais de la plateforme</AnchorLink>.
      </Text>
    </Alert>
  );
}
