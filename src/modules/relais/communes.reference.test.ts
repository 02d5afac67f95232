import { describe, expect, it } from 'vitest';
import { findCommune, findEpci, searchCommunes } from './communes.reference.js';

describe('commune reference (INSEE, @etalab/decoupage-administratif)', () => {
  it('knows the 15 communes of the CC Vie et Boulogne', () => {
    const epci = findEpci('200072882');
    expect(epci?.communeCodes).toHaveLength(15);
    expect(epci?.communeCodes.map((c) => findCommune(c)?.name)).toContain('Les Lucs-sur-Boulogne');
  });

  it('searches by name without accents, by INSEE code and by postcode', () => {
    expect(searchCommunes('saint etienne du bois').map((c) => c.inseeCode)).toContain('85210');
    expect(searchCommunes('85003')[0]?.name).toBe('Aizenay');
    expect(searchCommunes('a')).toEqual([]);
    expect(searchCommunes('sa').length).toBeLessThanOrEqual(20);
  });
});
