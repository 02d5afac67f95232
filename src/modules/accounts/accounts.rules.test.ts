import { describe, expect, it } from 'vitest';
import { needsRelais, passwordProblem } from './accounts.rules.js';

describe('account rules', () => {
  it('staff need a password of at least 12 characters', () => {
    expect(passwordProblem(undefined, 'manager')).toMatch(/obligatoire/);
    expect(passwordProblem('onze-caract', 'animator')).toMatch(/12 caractères/);
    expect(passwordProblem('douze-caract', 'animator')).toBeUndefined();
    expect(passwordProblem('x'.repeat(201), 'viewer')).toMatch(/200/);
  });

  it('childminders and parents have no password', () => {
    expect(passwordProblem(undefined, 'childminder')).toBeUndefined();
    expect(passwordProblem('un mot de passe long', 'parent')).toMatch(/par lien/);
  });

  it('only the platform operator belongs to no relais', () => {
    expect(needsRelais('operator')).toBe(false);
    expect(needsRelais('viewer')).toBe(true);
  });
});
