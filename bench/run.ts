/**
 * `npm run bench [-- group…] [--soak-minutes=10]` — starts the real app on a temporary SQLite database, runs every
 * benchmark group (or the named ones) in one run, prints one Markdown table and saves it to
 * `bench/results/latest.md` with the machine it came from.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import { startBenchApp, type BenchApp } from './app.js'
import { BENCH_GROUPS, benchSettings, type BenchGroup } from './groups.js'
import { settled } from './settle.js'
import { formatTable, type BenchRow } from './table.js'

function selectedGroups(names: string[]): BenchGroup[] {
  if (!names.length) return BENCH_GROUPS.filter((group) => !group.optIn)
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

/**
 * One group's rows, printed as soon as they exist (a long run that fails later keeps them); a
 * group that fails is reported and the run goes on with the next.
 */
async function runGroup(name: string, run: () => Promise<BenchRow[]>): Promise<BenchRow[]> {
  try {
    const rows = await run()
    process.stderr.write(`${formatTable(rows)}\n`)
    return rows
  } catch (error) {
    process.stderr.write(
      `${name} failed: ${error instanceof Error ? error.message : String(error)}\n`,
    )
    return [{ group: name, name: 'FAILED', note: String(error).slice(0, 200) }]
  }
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
          const waited = await settled(app)
          process.stderr.write(
            waited === null
              ? `the app did not go idle within the bound; running ${group.name} anyway…\n`
              : `running ${group.name} (the app idle after ${waited.toFixed(0)} s)…\n`,
          )
          rows.push(...(await runGroup(group.name, () => group.run(app))))
        }
      }
    } finally {
      await app.stop()
    }
  }
  for (const group of groups) {
    if (!group.needsApp) {
      process.stderr.write(`running ${group.name}…\n`)
      rows.push(...(await runGroup(group.name, group.run)))
    }
  }
  const table = formatTable(rows)
  console.log(table)
  const resultsDir = path.resolve(import.meta.dirname, 'results')
  mkdirSync(resultsDir, { recursive: true })
  const header = `# npm run bench — ${new Date().toISOString()}\n\nMachine: ${machine()}\n\n`
  writeFileSync(path.join(resultsDir, 'latest.md'), `${header}${table}\n`)
  // Exit when done: a full run left the process waiting on handles some group never closed (a
  // full run sat idle after printing its table for half an hour), which also kept a following
  // command from running.
  process.exit(0)
}

/** Group names, and `--soak-minutes=N` for the soak's length. */
function parseArguments(argv: string[]): string[] {
  const names: string[] = []
  for (const arg of argv) {
    const soak = /^--soak-minutes=(\d+(?:\.\d+)?)$/.exec(arg)
    if (soak) benchSettings.soakSeconds = Math.round(Number(soak[1]) * 60)
    else names.push(arg)
  }
  return names
}

main(parseArguments(process.argv.slice(2))).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
