import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { composeBodies, escapeHtml } from './mail.compose.js';
import { MAX_ATTEMPTS, redactSecrets, retryDelayMs } from './mail.rules.js';

describe('mail rules', () => {
  it('waits longer after each failed attempt', () => {
    const delays = Array.from({ length: MAX_ATTEMPTS }, (_, i) => retryDelayMs(i + 1));
    expect(delays[0]).toBe(60_000);
    for (let i = 1; i < delays.length; i++) expect(delays[i]).toBeGreaterThan(delays[i - 1]!);
  });

  it('escapes every user-supplied text in the HTML body', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (greeting, paragraph) => {
        const { html, text } = composeBodies({ greeting, paragraphs: [paragraph] });
        expect(html).toContain(escapeHtml(paragraph));
        expect(escapeHtml(paragraph)).not.toMatch(/[<>"']/);
        expect(text).toContain(paragraph);
      }),
    );
  });

  it('puts the action link in both bodies', () => {
    const { html, text } = composeBodies({
      paragraphs: ['a'],
      action: { label: 'Me connecter', url: 'https://x.test/?a=1&b=2' },
    });
    expect(text).toContain('Me connecter : https://x.test/?a=1&b=2');
    expect(html).toContain('href="https://x.test/?a=1&amp;b=2"');
  });

  it('masks the token of sign-in links, in text and HTML', () => {
    const text = 'Me connecter : http://relais.test/connexion/lien?jeton=AbC-123_xyz\nfin';
    expect(redactSecrets(text)).toBe('Me connecter : http://relais.test/connexion/lien?jeton=[masqué]\nfin');
    expect(redactSecrets('<a href="https://x.test/l?a=1&amp;jeton=Zz9">')).toBe(
      '<a href="https://x.test/l?a=1&amp;jeton=[masqué]">',
    );
    expect(redactSecrets('sans lien')).toBe('sans lien');
  });

  it('masks the token of the links that manage an appointment or leave its waiting list', () => {
    const token = 'Q2xhaXJlIGVzdCBsw6AgZXQgw6dhIHZh-_x';
    expect(redactSecrets(`Gérer : https://x.test/rendez-vous/${token}\n`)).toBe(
      'Gérer : https://x.test/rendez-vous/[masqué]\n',
    );
    expect(redactSecrets(`<a href="https://x.test/rendez-vous/liste-attente/${token}">`)).toBe(
      '<a href="https://x.test/rendez-vous/liste-attente/[masqué]">',
    );
    // The booking page of a relais is no secret.
    expect(redactSecrets('https://x.test/relais/vie-et-boulogne/rendez-vous')).toBe(
      'https://x.test/relais/vie-et-boulogne/rendez-vous',
    );
  });
});
