import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { defineConfig } from 'vitest/config';
import { findPostgresBin } from './scripts/system-parts.mjs';

/** Test files that start a real hub (the hub fixture) or use the test database: they run once per engine. */
function filesWithRealHub(): string[] {
  return ['tests', 'main'].flatMap((dir) =>
    readdirSync(dir, { recursive: true, encoding: 'utf8' })
      .filter((name) => name.endsWith('.test.ts'))
      .map((name) => join(dir, name))
      .filter((file) => /helpers\/(hub-fixture|test-database)'/.test(readFileSync(file, 'utf8'))),
  );
}

const postgres = Boolean(process.env.WEGWIJS_TEST_DATABASE_URL) || findPostgresBin() !== null;

export default defineConfig({
  test: {
    environment: 'node',
    testTimeout: 20_000,
    hookTimeout: 30_000,
    pool: 'forks',
    projects: [
      {
        extends: true,
        test: {
          // The whole suite; hubs on SQLite in their data folder.
          name: 'sqlite',
          include: ['shared/**/*.test.ts', 'main/**/*.test.ts', 'tests/**/*.test.ts', 'phone/**/*.test.ts', 'kiosk/**/*.test.ts'],
          globalSetup: postgres ? [] : ['tests/helpers/sqlite-only-notice.ts'],
        },
      },
      ...(postgres
        ? [
            {
              extends: true as const,
              test: {
                // The same hub tests again, each test hub on its own database of a PostgreSQL server.
                name: 'hub-postgres',
                include: filesWithRealHub(),
                env: { WEGWIJS_TEST_ENGINE: 'postgres' },
                globalSetup: ['tests/helpers/postgres-global-setup.ts'],
              },
            },
          ]
        : []),
    ],
  },
});
