/** Delivery attempts before a message is given up as failed. */
export const MAX_ATTEMPTS = 6;
/** How long a delivering instance owns a message before another may retry it. */
export const DELIVERY_LEASE_MS = 2 * 60_000;
/** Messages (they hold personal data) are deleted this long after their creation. */
export const OUTBOX_RETENTION_DAYS = 90;

/** Wait before attempt n+1 after n failed attempts: 1, 2, 4, 8, 16 minutes. */
export function retryDelayMs(failedAttempts: number): number {
  return 60_000 * 2 ** Math.max(0, failedAttempts - 1);
}

export type OutboxStatus = 'pending' | 'sending' | 'sent' | 'stored' | 'failed';

export const STATUS_LABELS: Record<OutboxStatus, string> = {
  pending: 'En attente',
  sending: "En cours d'envoi",
  sent: 'Envoyé',
  stored: 'Conservé (pas de serveur SMTP)',
  failed: 'Échec',
};

/**
 * Masks the secrets a message may carry (the token of a sign-in link, of the link that manages an
 * appointment or a place on its waiting list): staff reading the outbox must not be able to sign in
 * as a parent or a childminder, nor cancel someone's appointment, and a delivered message keeps none.
 */
export function redactSecrets(body: string): string {
  return body
    .replace(/([?&](?:amp;)?jeton=)[\w-]+/g, '$1[masqué]')
    .replace(/(\/rendez-vous\/(?:liste-attente\/)?)[\w-]{16,}/g, '$1[masqué]');
}
