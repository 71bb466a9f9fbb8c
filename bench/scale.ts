/**
 * `npm run bench:scale` — consent status with 10 million acceptances in PostgreSQL.
 *
 * Fills a dedicated database (`policy_scale`, kept between runs; `--fresh` rebuilds it) with
 * acceptances generated in SQL — 2 million customers × 5 records — then measures the storefront's
 * `consent-status` over real HTTP and the lookup operation alone. Not part of `npm test` or CI: the
 * fill takes minutes. Set `SCALE_ROWS` for a smaller run.
 */
import { performance } from 'node:perf_hooks'
import pg from 'pg'
import { buildConfig, getPayload } from 'payload'

import { createAppConfig } from '../dev/appConfig.js'
import { closePayload } from '../dev/database.js'
import { readConsentStatus } from '../src/operations/consentStatus.js'
import { getPolicyOptions } from '../src/plugin.js'
import { POSTGRES_ADMIN_URI } from '../test/support/databases.js'
import { startTestServer } from '../test/support/httpServer.js'
import { createStorefront } from '../test/support/storefronts.js'
import { measure } from './load.js'
import { formatTable, type BenchRow } from './table.js'

const ROWS = Number(process.env.SCALE_ROWS ?? 10_000_000)
const RECORDS_PER_CUSTOMER = 5
const CUSTOMERS = Math.max(1, Math.floor(ROWS / RECORDS_PER_CUSTOMER))
const CHUNK = 500_000
const DATABASE = 'policy_scale'

function databaseUri(): string {
  const uri = new URL(POSTGRES_ADMIN_URI)
  uri.pathname = `/${DATABASE}`
  return uri.toString()
}

async function prepareDatabase(fresh: boolean): Promise<void> {
  const admin = new pg.Client({ connectionString: POSTGRES_ADMIN_URI })
  await admin.connect()
  if (fresh) await admin.query(`DROP DATABASE IF EXISTS ${DATABASE} WITH (FORCE)`)
  const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [DATABASE])
  if (!rowCount) await admin.query(`CREATE DATABASE ${DATABASE}`)
  await admin.end()
}

async function fill(
  client: pg.Client,
  ids: { policy: number; version: number; storefront: number; hash: string },
) {
  const { rows } = await client.query<{ n: string }>(
    "SELECT count(*) AS n FROM policy_acceptances WHERE customer_id LIKE 'scale-%'",
  )
  let have = Number(rows[0].n)
  if (have >= ROWS) {
    console.log(`${have} generated acceptances already there`)
    return
  }
  const started = performance.now()
  while (have < ROWS) {
    const to = Math.min(ROWS, have + CHUNK)
    await client.query(
      `INSERT INTO policy_acceptances
         (policy_id, policy_slug, version_id, version_number, customer_id, scope, locale,
          content_hash, channel, storefront_id, accepted_at, idempotency_key)
       SELECT $1, 'privacy-policy', $2, 1, 'scale-' || (g % $3), 'default', 'lv', $4,
              'checkout', $5, now() - (g % 40000) * interval '1 hour', 'scale-' || g
       FROM generate_series($6::bigint, $7::bigint) AS g`,
      [ids.policy, ids.version, CUSTOMERS, ids.hash, ids.storefront, have + 1, to],
    )
    have = to
    console.log(
      `  ${have.toLocaleString('en')} rows (${Math.round((performance.now() - started) / 1000)} s)`,
    )
  }
  await client.query('ANALYZE policy_acceptances')
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]
}

async function main(): Promise<void> {
  await prepareDatabase(process.argv.includes('--fresh'))
  const config = await buildConfig(
    createAppConfig({
      databaseUri: databaseUri(),
      devAdmin: false,
      logger: { options: { level: 'error' } },
    }),
  )
  const payload = await getPayload({ config })
  const options = getPolicyOptions(payload)
  const shop = await createStorefront(payload, { name: `Scale bench ${Date.now()}` })
  const { docs } = await payload.find({
    collection: 'policy-versions',
    depth: 0,
    limit: 1,
    sort: 'number',
  })
  const version = docs[0] as unknown as {
    id: number
    policy: number
    contentHashes: Record<string, string>
  }

  const client = new pg.Client({ connectionString: databaseUri() })
  await client.connect()
  console.log(`Filling ${DATABASE} with ${ROWS.toLocaleString('en')} acceptances…`)
  await fill(client, {
    policy: version.policy,
    version: version.id,
    storefront: Number(shop.id),
    hash: version.contentHashes.lv,
  })
  const { rows } = await client.query<{ n: string }>('SELECT count(*) AS n FROM policy_acceptances')
  const plan = await client.query<{ 'QUERY PLAN': string }>(
    `EXPLAIN SELECT version_number FROM policy_acceptances
     WHERE policy_slug = 'privacy-policy' AND scope = 'default' AND customer_id = 'scale-4242' ORDER BY version_number DESC LIMIT 1`,
  )
  await client.end()
  const total = Number(rows[0].n)
  console.log(
    `${total.toLocaleString('en')} acceptances; lookup plan: ${plan.rows.map((r) => r['QUERY PLAN'].trim()).join(' / ')}`,
  )

  // The operation alone: the indexed lookup plus the pure decision.
  const samples: number[] = []
  for (let i = 0; i < 2000; i += 1) {
    const started = performance.now()
    await readConsentStatus({
      payload,
      options,
      slug: 'privacy-policy',
      scope: shop.scope,
      customerId: `scale-${(i * 7919) % CUSTOMERS}`,
      locale: 'lv',
      storefrontPath: '/api/storefront',
    })
    samples.push(performance.now() - started)
  }
  samples.sort((a, b) => a - b)

  const server = await startTestServer(payload)
  const consentStatus = (connections: number) =>
    measure(`${server.url}/api/storefront/policies/privacy-policy/consent-status`, {
      connections,
      headers: { authorization: shop.authorization },
      request: (index) => ({
        path: `/api/storefront/policies/privacy-policy/consent-status?customerId=scale-${(index * 7919) % CUSTOMERS}&locale=lv`,
      }),
    })
  // One connection measures a request's latency; ten measure throughput (and queueing).
  const single = await consentStatus(1)
  const http = await consentStatus(10)
  await server.close()

  const rowsOut: BenchRow[] = [
    {
      group: 'scale',
      name: `consent-status operation, ${total.toLocaleString('en')} acceptances`,
      p50Ms: percentile(samples, 50),
      p99Ms: percentile(samples, 99),
      target: 'p50 < 2 ms',
      note: '2,000 sequential lookups of random customers',
    },
    {
      group: 'scale',
      name: `GET consent-status over HTTP, 1 connection`,
      perSecond: single.perSecond,
      p50Ms: single.p50Ms,
      p99Ms: single.p99Ms,
      target: 'p50 < 2 ms',
      note: `10 s; ${single.unexpected} non-200`,
    },
    {
      group: 'scale',
      name: `GET consent-status over HTTP, 10 connections`,
      perSecond: http.perSecond,
      p50Ms: http.p50Ms,
      p99Ms: http.p99Ms,
      note: `10 s; ${http.unexpected} non-200`,
    },
  ]
  console.log(`\n${formatTable(rowsOut)}`)
  await closePayload(payload)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
