import type { OutboxItem } from '../../api/types.js';

export const OUTBOX_STATUS_LABELS: Record<OutboxItem['status'], string> = {
  pending: 'En attente',
  sending: 'En cours d’envoi',
  sent: 'Envoyé',
  stored: 'Conservé (non envoyé)',
  failed: 'Échec',
};

export const OUTBOX_PURPOSE_LABELS: Record<string, string> = {
  magic_link: 'Lien de connexion',
};

export function purposeLabel(purpose: string): string {
  return OUTBOX_PURPOSE_LABELS[purpose] ?? purpose;
}
