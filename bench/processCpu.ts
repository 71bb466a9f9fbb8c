/**
 * A process's CPU time, for the read rows' "µs a request": throughput on two shared cores moves
 * with whatever else runs, while the CPU a server spends per request is its own cost. Linux only
 * (`/proc`); elsewhere, or without a pid, it reads NaN and the row says so.
 */
import { readFileSync } from 'node:fs'

/** Clock ticks per second of `/proc/<pid>/stat`'s times (USER_HZ, 100 on Linux). */
const TICKS_PER_SECOND = 100

/** User + system time of all the process's threads so far, in microseconds; NaN when unknown. */
export function cpuMicros(pid: number | undefined): number {
  if (pid === undefined) return Number.NaN
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8')
    // Fields after the command name (which may hold spaces, hence from the last ')'):
    // state is field 3, utime 14 and stime 15.
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
    return ((Number(fields[11]) + Number(fields[12])) / TICKS_PER_SECOND) * 1e6
  } catch {
    return Number.NaN
  }
}
