/**
 * The benchmark's row groups, in the order `npm run bench` runs and prints them. To add rows
 * (e.g. the consent ledger's endpoints), add a group here: `needsApp` groups get the running app,
 * the others run after it has stopped, so they have the machine to themselves.
 */
import { runAdminLoadBench } from './adminLoad.js'
import type { BenchApp } from './app.js'
import { runConsentLedgerBench } from './consentLedger.js'
import { runCorpusBench } from './corpus.js'
import { runDiffBench } from './diff.js'
import { runDiffServiceBench } from './diffService.js'
import { runEvidenceLogBench, runEvidenceScaleBench } from './evidenceLog.js'
import { runSoakBench } from './soak.js'
import { runStorefrontReadBench } from './storefrontRead.js'
import type { BenchRow } from './table.js'

export type BenchGroup = (
  | { name: string; needsApp: true; run: (app: BenchApp) => Promise<BenchRow[]> }
  | { name: string; needsApp: false; run: () => Promise<BenchRow[]> }
) & {
  /** Runs only when named (it takes many minutes), not in a plain `npm run bench`. */
  optIn?: boolean
}

/** The soak's length: `--soak-minutes=N` on the command line (10 for the real test), else 30 s. */
export const benchSettings = { soakSeconds: 30 }

export const BENCH_GROUPS: BenchGroup[] = [
  { name: 'storefront read', needsApp: true, run: (app) => runStorefrontReadBench(app) },
  { name: 'admin load', needsApp: true, run: (app) => runAdminLoadBench(app) },
  { name: 'consent ledger', needsApp: true, run: (app) => runConsentLedgerBench(app) },
  {
    name: 'soak',
    needsApp: true,
    run: (app) => runSoakBench(app, { totalSeconds: benchSettings.soakSeconds }),
  },
  // The same read rows again on the instance the soak left behind (issue 17: ≥ 0.8× the limit
  // fresh and after a soak): what an instance that has been up a while serves.
  {
    name: 'storefront read after the soak',
    needsApp: true,
    run: (app) => runStorefrontReadBench(app, { group: 'storefront read after the soak' }),
  },
  { name: 'diff', needsApp: false, run: runDiffBench },
  { name: 'diff service', needsApp: false, run: runDiffServiceBench },
  { name: 'corpus', needsApp: false, run: runCorpusBench },
  { name: 'evidence log', needsApp: false, run: runEvidenceLogBench },
  // Needs PostgreSQL (the test server): 1,000,000 acceptances generated in SQL, sealed, verified.
  { name: 'evidence log at scale', needsApp: false, optIn: true, run: runEvidenceScaleBench },
]
