import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { API_TYPES_PATH, generateApiTypes } from '../../scripts/gen-api.js';

describe('web API types', () => {
  it('match the OpenAPI document of the server', async () => {
    const committed = await fs.readFile(API_TYPES_PATH, 'utf8').catch(() => '');
    const fresh = await generateApiTypes();
    expect(
      committed === fresh,
      'web/src/api/schema.d.ts is out of date with the API routes: run `npm run gen:api` and commit the result.',
    ).toBe(true);
  }, 30_000);
});
