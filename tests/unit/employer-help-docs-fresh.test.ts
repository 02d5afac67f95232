import fs from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { EMPLOYER_HELP_DOC_PATH, generateEmployerHelpDoc } from '../../scripts/employer-help-docs.js';

describe('docs/employer-help.md', () => {
  it('matches the schemas, the examples and the rules of the calculator', async () => {
    const committed = await fs.readFile(EMPLOYER_HELP_DOC_PATH, 'utf8').catch(() => '');
    const fresh = await generateEmployerHelpDoc();
    expect(
      committed === fresh,
      'docs/employer-help.md is out of date: run `node --import tsx scripts/employer-help-docs.ts` and commit the result.',
    ).toBe(true);
  }, 30_000);
});
