import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIONS, assignableRoles, authorize, can, type Action, type Actor } from './policy.js';
import { ROLES, type Role } from './roles.js';

const actions = Object.keys(ACTIONS) as Action[];

function actor(role: Role, relaisId: string | null): Actor {
  return { userId: 'u', role, relaisId, email: 'u@relais.test', displayName: 'U', sessionId: 's' };
}

const arbRole = fc.constantFrom(...ROLES);
const arbAction = fc.constantFrom(...actions);
const arbRelais = fc.constantFrom('relais-a', 'relais-b', 'relais-c');

describe('authorisation policy', () => {
  it('never lets an actor act on another relais than his own, unless platform operator', () => {
    fc.assert(
      fc.property(arbRole, arbAction, arbRelais, arbRelais, (role, action, own, target) => {
        fc.pre(role !== 'operator' && own !== target);
        expect(can(actor(role, own), action, target)).toBe(false);
      }),
    );
  });

  it('gives childminders and parents no staff action at all', () => {
    fc.assert(
      fc.property(fc.constantFrom<Role>('childminder', 'parent'), arbAction, arbRelais, (role, action, relais) => {
        expect(can(actor(role, relais), action, relais)).toBe(false);
      }),
    );
  });

  it('keeps the read-only viewer to reading, and to counts where people are concerned', () => {
    const allowed = actions.filter((a) => can(actor('viewer', 'r'), a, 'r'));
    expect(allowed).toEqual(['relais.read', 'contacts.statistics', 'jobOffers.statistics', 'activities.statistics']);
  });

  it('lets the whole team book and read appointments, animators and managers configure them, viewers none', () => {
    const allowed = (role: Role) =>
      (['appointments.configure', 'appointments.read', 'appointments.book'] as const).filter((a) =>
        can(actor(role, 'r'), a, 'r'),
      );
    expect(allowed('manager')).toEqual(['appointments.configure', 'appointments.read', 'appointments.book']);
    expect(allowed('animator')).toEqual(['appointments.configure', 'appointments.read', 'appointments.book']);
    expect(allowed('assistant')).toEqual(['appointments.read', 'appointments.book']);
    expect(allowed('viewer')).toEqual([]);
  });

  it('lets the whole team read and moderate job offers, the viewer only their statistics', () => {
    const allowed = (role: Role) =>
      (['jobOffers.read', 'jobOffers.moderate', 'jobOffers.statistics'] as const).filter((a) =>
        can(actor(role, 'r'), a, 'r'),
      );
    for (const role of ['manager', 'animator', 'assistant'] as const) {
      expect(allowed(role)).toEqual(['jobOffers.read', 'jobOffers.moderate', 'jobOffers.statistics']);
    }
    expect(allowed('viewer')).toEqual(['jobOffers.statistics']);
  });

  it('lets the whole team run activities, animators and managers plan them, the viewer only their statistics', () => {
    const allowed = (role: Role) =>
      (['activities.configure', 'activities.read', 'activities.manage', 'activities.statistics'] as const).filter((a) =>
        can(actor(role, 'r'), a, 'r'),
      );
    for (const role of ['manager', 'animator'] as const) {
      expect(allowed(role)).toEqual([
        'activities.configure',
        'activities.read',
        'activities.manage',
        'activities.statistics',
      ]);
    }
    expect(allowed('assistant')).toEqual(['activities.read', 'activities.manage', 'activities.statistics']);
    expect(allowed('viewer')).toEqual(['activities.statistics']);
  });

  it('an anonymous visitor gets 401, a signed-in actor without the right 403', () => {
    expect(() => authorize(undefined, 'relais.read', 'r')).toThrow(expect.objectContaining({ status: 401 }));
    expect(() => authorize(actor('animator', 'r'), 'accounts.manage', 'r')).toThrow(
      expect.objectContaining({ status: 403 }),
    );
    expect(authorize(actor('manager', 'r'), 'accounts.manage', 'r').role).toBe('manager');
  });

  it('no one but the command line creates platform operators', () => {
    for (const role of ROLES) expect(assignableRoles(actor(role, 'r'))).not.toContain('operator');
    expect(assignableRoles(actor('animator', 'r'))).toEqual([]);
  });
});
