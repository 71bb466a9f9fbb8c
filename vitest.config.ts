import { defineConfig } from 'vitest/config'

export default defineConfig({
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
    ],
  },
})
