/**
 * `npm run bench [-- group…]` — starts the real app on a temporary SQLite database, runs every
 * benchmark group (or the named ones) in one run, prints one Markdown table and saves it to
 * `bench/results/latest.md` with the machine it came from.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startBenchApp, type BenchApp } from './app.js'
import { BENCH_GROUPS, type BenchGroup } from './groups.js'
import { formatTable, type BenchRow } from './table.js'

function selectedGroups(names: string[]): BenchGroup[] {
  if (!names.length) return BENCH_GROUPS
  const unknown = names.filter((name) => !BENCH_GROUPS.some((group) => group.name === name))
  if (unknown.length) {
    const known = BENCH_GROUPS.map((group) => `"${group.name}"`).join(', ')
    throw new Error(
      `unknown benchmark group ${unknown.map((name) => `"${name}"`).join(', ')}; known: ${known}`,
    )
  }
  return BENCH_GROUPS.filter((group) => names.includes(group.name))
}

function machine(): string {
  const cpus = os.cpus()
  const memory = `${Math.round(os.totalmem() / 2 ** 30)} GiB RAM`
  return `${cpus[0]?.model.trim() ?? 'unknown CPU'} × ${cpus.length}, ${memory}, ${os.type()} ${os.release()}, Node ${process.version}`
}

async function main(names: string[]): Promise<void> {
  const groups = selectedGroups(names)
  const rows: BenchRow[] = []
  const appGroups = groups.filter((group) => group.needsApp)
  if (appGroups.length) {
    const app: BenchApp = await startBenchApp()
    try {
      for (const group of appGroups) {
        if (group.needsApp) {
          process.stderr.write(`running ${group.name}…\n`)
          rows.push(...(await group.run(app)))
        }
      }
    } finally {
      await app.stop()
    }
  }
  for (const group of groups) {
    if (!group.needsApp) {
      process.stderr.write(`running ${group.name}…\n`)
      rows.push(...(await group.run()))
    }
  }
  const table = formatTable(rows)
  console.log(table)
  const resultsDir = path.resolve(import.meta.dirname, 'results')
  mkdirSync(resultsDir, { recursive: true })
  const header = `# npm run bench — ${new Date().toISOString()}\n\nMachine: ${machine()}\n\n`
  writeFileSync(path.join(resultsDir, 'latest.md'), `${header}${table}\n`)
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
