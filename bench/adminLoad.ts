/**
 * Admin work must not stall the storefront (issue 14, F15): storefront read latency while an
 * editor saves, opens and publishes a ~1 MB draft, beside the idle latency of the same read in the
 * same run (target: p99 ≤ 2× idle). The editor works through the app's own routes — Payload REST
 * for the saves, the admin edit view (whose "changes since published" panel diffs the draft) for
 * opening it — so the work runs where it runs in production, in the app's process.
 */
import { randomBytes } from 'node:crypto'

import { blocksToLexical } from '../src/richtext/fromBlocks.js'
import type { BenchApp } from './app.js'
import { benchFixture } from './fixture.js'
import { measureRead, readLoadGenerator } from './load.js'
import type { BenchRow } from './table.js'
import { wrkAvailable } from './wrk.js'

const GROUP = 'storefront under admin load'
const READ_PATH = '/api/storefront/policies/privacy-policy?locale=lv'

/** ~1 MB of Latvian-looking text in 200 sections; `revision` rewords every third paragraph. */
function largeSections(revision: number) {
  const words = (seed: number, n: number) =>
    Array.from({ length: n }, (_, i) => `vārds${(seed * 7 + i * 13) % 997}`).join(' ')
  return Array.from({ length: 200 }, (_, s) => ({
    key: `s${s}`,
    heading: `Sadaļa ${s}`,
    body: blocksToLexical(
      Array.from({ length: 5 }, (_, p) => ({
        type: 'paragraph' as const,
        text: words(s * 5 + p + (p % 3 === 0 ? revision : 0), 100),
      })),
    ),
  }))
}

interface Step {
  name: string
  status: number
  ms: number
}

/** The editor's session: save a large draft, open it, save a revision, open it, publish. */
async function editorSession(app: BenchApp, token: string): Promise<Step[]> {
  const slug = `bench-large-${randomBytes(3).toString('hex')}`
  const json = { authorization: `JWT ${token}`, 'content-type': 'application/json' }
  const steps: Step[] = []
  const step = async (name: string, send: () => Promise<Response>) => {
    const started = performance.now()
    const res = await send()
    await res.arrayBuffer()
    steps.push({ name, status: res.status, ms: performance.now() - started })
    return res
  }
  const created = await step('save 1 MB draft', () =>
    fetch(`${app.url}/api/policies?draft=true&locale=lv`, {
      method: 'POST',
      headers: json,
      body: JSON.stringify({ title: 'Liela politika', slug, sections: largeSections(0) }),
    }),
  )
  const id = (
    (await fetch(`${app.url}/api/policies?where[slug][equals]=${slug}&draft=true`, {
      headers: json,
    }).then((res) => res.json())) as { docs?: Array<{ id: number }> }
  ).docs?.[0]?.id
  if (created.status >= 400 || id === undefined) return steps
  const open = () =>
    fetch(`${app.url}/admin/collections/policies/${id}?locale=lv`, {
      headers: { cookie: `payload-token=${token}` },
    })
  await step('publish it (version 1)', () =>
    fetch(`${app.url}/api/policies/${id}?locale=lv`, {
      method: 'PATCH',
      headers: json,
      body: JSON.stringify({ _status: 'published', changeType: 'material', summary: 'Pirmā.' }),
    }),
  )
  await step('save a 1 MB revision as draft', () =>
    fetch(`${app.url}/api/policies/${id}?draft=true&locale=lv`, {
      method: 'PATCH',
      headers: json,
      body: JSON.stringify({ sections: largeSections(1) }),
    }),
  )
  await step('open it in the admin (draft diff panel)', open)
  await step('publish the revision (version 2)', () =>
    fetch(`${app.url}/api/policies/${id}?locale=lv`, {
      method: 'PATCH',
      headers: json,
      body: JSON.stringify({
        _status: 'published',
        changeType: 'material',
        summary: 'Pārskatīta.',
        sections: largeSections(1),
      }),
    }),
  )
  return steps
}

export async function runAdminLoadBench(
  app: BenchApp,
  { connections = 10, idleSeconds = 5 } = {},
): Promise<BenchRow[]> {
  const token = (await benchFixture(app)).adminJwt
  const url = app.url + READ_PATH
  await measureRead(url, { connections, durationSeconds: 2 })
  const idle = await measureRead(url, { connections, durationSeconds: idleSeconds })
  // wrk runs until the editor is done (SIGINT makes it report); autocannon runs a fixed time.
  const session = editorSession(app, token)
  const [busy, steps] = await Promise.all([
    measureRead(url, {
      connections,
      durationSeconds: wrkAvailable() ? 600 : 30,
      ...(wrkAvailable() ? { until: session } : {}),
    }),
    session,
  ])
  const failed = steps.filter((s) => s.status >= 400)
  const stepNote = steps.map((s) => `${s.name} ${s.status} in ${(s.ms / 1000).toFixed(1)} s`)
  return [
    {
      group: GROUP,
      name: `GET ${READ_PATH}, idle`,
      perSecond: idle.perSecond,
      p50Ms: idle.p50Ms,
      p99Ms: idle.p99Ms,
      target: 'baseline',
      note: `${connections} connections, ${readLoadGenerator()}`,
    },
    {
      group: GROUP,
      name: '… while an editor saves, opens and publishes a 1 MB draft',
      perSecond: busy.perSecond,
      p50Ms: busy.p50Ms,
      p99Ms: busy.p99Ms,
      baseline: `idle p99 ${idle.p99Ms.toFixed(2)} ms`,
      // Latency: lower is better, so the ratio is busy p99 over idle p99 (≤ 2 meets the target).
      ratio: busy.p99Ms / idle.p99Ms,
      target: 'p99 ≤ 2× idle (ratio = busy p99 / idle p99)',
      note: `${stepNote.join('; ')}${failed.length ? ' — SOME EDITOR STEPS FAILED' : ''}`,
    },
  ]
}
