/** One row of the benchmark table; `ratio` compares against the row's baseline in the same run. */
export interface BenchRow {
  group: string
  name: string
  /** Requests (or operations) per second, when meaningful. */
  perSecond?: number
  p50Ms?: number
  p99Ms?: number
  /** Time of a single cold run, when the row measures one. */
  coldMs?: number
  baseline?: string
  /** How many times better than the baseline (higher is better). */
  ratio?: number
  /**
   * What the machine allows for the same work, measured in the same run: a bare `node:http`
   * server sending the same bytes (reads), the same INSERT straight through the driver (writes).
   */
  limit?: string
  /** This row's throughput as a fraction of the limit's (1 = at the limit). */
  ofLimit?: number
  target?: string
  note?: string
}

const fmt = (value: number | undefined, digits = 2): string =>
  value === undefined || Number.isNaN(value) ? '' : value.toFixed(digits)

/** Prints rows as a Markdown table, so the output can be pasted into the README as it is. */
export function formatTable(rows: readonly BenchRow[]): string {
  const header = [
    'group',
    'name',
    'req/s',
    'p50 ms',
    'p99 ms',
    'cold ms',
    'baseline',
    'ratio',
    'limit',
    'of limit',
    'target',
    'note',
  ]
  const lines = rows.map((row) => [
    row.group,
    row.name,
    fmt(row.perSecond, 0),
    fmt(row.p50Ms),
    fmt(row.p99Ms),
    fmt(row.coldMs),
    row.baseline ?? '',
    row.ratio === undefined ? '' : `${fmt(row.ratio, 1)}×`,
    row.limit ?? '',
    row.ofLimit === undefined ? '' : `${fmt(row.ofLimit, 2)}×`,
    row.target ?? '',
    row.note ?? '',
  ])
  const all = [header, ...lines]
  const widths = header.map((_, i) => Math.max(...all.map((line) => line[i].length)))
  const render = (line: string[]) =>
    `| ${line.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`
  return [render(header), render(widths.map((w) => '-'.repeat(w))), ...lines.map(render)].join('\n')
}
