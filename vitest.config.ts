import { defineConfig } from 'vitest/config';

/**
 * Four projects: pure unit tests; the integration suite (`*.int.test.ts`) on SQLite and again,
 * unchanged, on PostgreSQL; and browser scenarios against the built app.
 */
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['src/**/*.test.ts', 'tests/unit/**/*.test.ts'],
          exclude: ['**/*.int.test.ts', '**/node_modules/**'],
        },
      },
      {
        test: {
          name: 'sqlite',
          include: ['src/**/*.int.test.ts', 'tests/integration/**/*.int.test.ts'],
          env: { TEST_ENGINE: 'sqlite' },
          testTimeout: 30_000,
        },
      },
      {
        test: {
          name: 'postgresql',
          include: ['src/**/*.int.test.ts', 'tests/integration/**/*.int.test.ts'],
          env: { TEST_ENGINE: 'postgresql' },
          globalSetup: ['tests/support/global-setup.ts'],
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
        },
      },
    ],
  },
});
