import { defineConfig } from 'vitest/config';

/**
 * Four projects: pure unit tests; the integration suite (`*.int.test.ts`) on SQLite and again,
 * unchanged, on PostgreSQL; and browser scenarios against the built app.
 *
 * Unit and integration files run two at a time: vitest's default (cores − 1) gives one worker on
 * the 2-core CI machines, while integration tests wait on PostgreSQL and the disk more than they
 * compute (each has its own database). Measured: 550 s → 405 s for both engines. Browser scenarios
 * come after them, one at a time, on a quiet machine (their own group).
 *
 * Unit and integration files share their worker's modules (`isolate: false`): each file builds its
 * own app and database, so nothing is shared but the loaded code, and loading the whole app again
 * for every file was half of the time (SQLite: 167 s → 91 s). A test therefore may not replace a
 * module (`vi.mock`): it breaks the database instead (see pmi-import.atomic.int.test.ts).
 */
const WORKERS = 2;
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          maxWorkers: WORKERS,
          isolate: false,
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'sqlite',
          include: ['src/**/*.int.test.ts', 'tests/integration/**/*.int.test.ts'],
          env: { TEST_ENGINE: 'sqlite' },
          maxWorkers: WORKERS,
          isolate: false,
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'postgresql',
          include: ['src/**/*.int.test.ts', 'tests/integration/**/*.int.test.ts'],
          env: { TEST_ENGINE: 'postgresql' },
          globalSetup: ['tests/support/global-setup.ts'],
          maxWorkers: WORKERS,
          isolate: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
      {
        test: {
          name: 'e2e',
          include: ['tests/e2e/**/*.e2e.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 180_000,
          fileParallelism: false,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
