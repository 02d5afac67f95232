import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hashToken, newToken, normalizeEmail } from './auth.rules.js';

describe('auth rules', () => {
  it('tokens are long, unique and stored only as a hash', () => {
    const tokens = new Set(Array.from({ length: 1000 }, newToken));
    expect(tokens.size).toBe(1000);
    const token = newToken();
    expect(token.length).toBeGreaterThanOrEqual(43);
    expect(hashToken(token)).not.toContain(token);
    expect(hashToken(token)).toBe(hashToken(token));
  });

  it('normalises e-mail addresses idempotently', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        expect(normalizeEmail(normalizeEmail(s))).toBe(normalizeEmail(s));
      }),
    );
    expect(normalizeEmail('  Claire.Martin@Relais.TEST ')).toBe('claire.martin@relais.test');
  });
});
