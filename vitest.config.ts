import { fileURLToPath } from 'node:url'

import { defineConfig } from 'vitest/config'

const source = (file: string): string => fileURLToPath(new URL(file, import.meta.url))

export default defineConfig({
  // The package name means the sources here, as in tsconfig.json's `paths` (the host-app test
  // installs the packed tarball instead).
  resolve: {
    alias: [
      { find: /^payload-privacy-policy\/rsc$/, replacement: source('./src/exports/rsc.ts') },
      { find: /^payload-privacy-policy\/server$/, replacement: source('./src/exports/server.ts') },
      {
        find: /^payload-privacy-policy\/storefront-client$/,
        replacement: source('./src/exports/storefrontClient.ts'),
      },
      { find: /^payload-privacy-policy$/, replacement: source('./src/index.ts') },
    ],
  },
  test: {
    // Integration suites boot Payload against real databases: give them room, run files in
    // separate processes so each has its own Payload instance and database.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    pool: 'forks',
    // Lexical's Node entry points load their code with top-level `await import()`; on Node 20
    // importing them deadlocks about half the time (the process hangs, or exits with code 13).
    // The `production` export condition selects Lexical's plain ESM builds, which have none.
    execArgv: ['--conditions=production'],
    projects: [
      {
        extends: true,
        test: { name: 'unit', include: ['src/**/*.test.ts', 'test/unit/**/*.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          fileParallelism: false,
        },
      },
      {
        extends: true,
        test: { name: 'e2e', include: ['test/e2e/**/*.test.ts'], fileParallelism: false },
      },
      {
        extends: true,
        // A Payload app of its own that installs the packed tarball: `npm pack`, `next build`.
        test: {
          name: 'host',
          include: ['test/host/**/*.test.ts'],
          fileParallelism: false,
          hookTimeout: 900_000,
        },
      },
    ],
  },
})
