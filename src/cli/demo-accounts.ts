import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../demo/vie-et-boulogne.js';

export function printDemoAccounts(log: (line: string) => void = console.log): void {
  log('Comptes de démonstration :');
  for (const a of DEMO_ACCOUNTS) {
    const how =
      a.role === 'childminder' || a.role === 'parent'
        ? 'lien de connexion par e-mail'
        : `mot de passe « ${DEMO_PASSWORD} »`;
    log(`  - ${a.email.padEnd(38)} ${a.role.padEnd(12)} ${how}`);
  }
}
