/**
 * The split server's proxy from the front to the admin process (`dev/adminProxy.ts`), over real
 * HTTP against a plain Node server standing in for the admin process (the real pair, Next
 * included, is driven by `test/e2e/split-server.test.ts`).
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { createAdminProxy, type AdminProxy } from '../../dev/adminProxy.js'

async function listen(server: Server): Promise<string> {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`
}

function close(server: Server): Promise<void> {
  return new Promise((resolve) => {
    server.closeAllConnections()
    server.close(() => resolve())
  })
}

describe('the proxy from the front to the admin process', () => {
  let seen: { method?: string; url?: string; headers?: IncomingHttpHeaders; body?: string }
  let behind: Server
  let front: Server
  let proxy: AdminProxy
  let frontUrl: string

  beforeAll(async () => {
    behind = createServer((req, res) => {
      const chunks: Buffer[] = []
      req.on('data', (chunk: Buffer) => chunks.push(chunk))
      req.on('end', () => {
        seen = {
          method: req.method,
          url: req.url,
          headers: req.headers,
          body: Buffer.concat(chunks).toString(),
        }
        res.writeHead(201, { 'x-frame-options': 'DENY', 'content-type': 'text/plain' })
        res.end('from behind')
      })
    })
    proxy = createAdminProxy(await listen(behind))
    front = createServer((req, res) => proxy.forward(req, res))
    frontUrl = await listen(front)
  })

  afterAll(async () => {
    await close(front)
    await close(behind)
    proxy.close()
  })

  it('passes method, path, query, body and the Host header through, and says who asked', async () => {
    const res = await fetch(`${frontUrl}/api/policies/1?locale=lv&draft=true`, {
      method: 'PATCH',
      headers: { 'content-type': 'application/json' },
      body: '{"title":"T"}',
    })
    expect(res.status).toBe(201)
    expect(await res.text()).toBe('from behind')
    expect(seen.method).toBe('PATCH')
    expect(seen.url).toBe('/api/policies/1?locale=lv&draft=true')
    expect(seen.body).toBe('{"title":"T"}')
    // Payload builds URLs and the demo shop checks same-origin writes from these.
    expect(seen.headers?.host).toBe(new URL(frontUrl).host)
    expect(seen.headers?.['x-forwarded-for']).toBe('127.0.0.1')
    expect(seen.headers?.['x-forwarded-proto']).toBe('http')
    expect(seen.headers?.['x-forwarded-host']).toBe(new URL(frontUrl).host)
  })

  it('returns the admin process’s response headers unchanged', async () => {
    const res = await fetch(`${frontUrl}/admin`)
    expect(res.headers.get('x-frame-options')).toBe('DENY')
    expect(res.headers.get('content-type')).toBe('text/plain')
  })

  it('answers 502 with a JSON error when the admin process does not answer', async () => {
    const gone = createServer()
    const goneUrl = await listen(gone)
    await close(gone)
    const orphan = createAdminProxy(goneUrl)
    const server = createServer((req, res) => orphan.forward(req, res))
    const url = await listen(server)
    try {
      const res = await fetch(`${url}/admin`)
      expect(res.status).toBe(502)
      const body = (await res.json()) as { errors: Array<{ code: string }> }
      expect(body.errors[0].code).toBe('admin_unavailable')
    } finally {
      await close(server)
      orphan.close()
    }
  })
})
