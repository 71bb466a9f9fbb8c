import { createServer, type IncomingMessage, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { handleEndpoints, type Payload } from 'payload'

import { getPolicyOptions } from '../../src/plugin.js'
import { createStorefrontFastPath } from '../../src/storefront/fastPath.js'

async function toWebRequest(req: IncomingMessage, origin: string): Promise<Request> {
  const chunks: Buffer[] = []
  for await (const chunk of req) chunks.push(chunk as Buffer)
  const body = chunks.length ? Buffer.concat(chunks) : undefined
  const headers = new Headers()
  for (const [name, value] of Object.entries(req.headers)) {
    if (value !== undefined) headers.set(name, Array.isArray(value) ? value.join(', ') : value)
  }
  return new Request(new URL(req.url ?? '/', origin), {
    method: req.method,
    headers,
    body: req.method === 'GET' || req.method === 'HEAD' ? undefined : body,
  })
}

export interface TestServer {
  url: string
  close(): Promise<void>
}

/**
 * Real HTTP in front of a test Payload: the storefront fast path exactly as the app's server runs
 * it, and Payload's own REST endpoints (what Next's route handler would call) for everything else.
 */
export async function startTestServer(
  payload: Payload,
  payloadInstanceCacheKey?: string,
): Promise<TestServer> {
  const fastPath = createStorefrontFastPath(
    payload,
    getPolicyOptions(payload),
    payload.config.routes.api,
  )
  let origin = ''
  const server: Server = createServer((req, res) => {
    if (fastPath(req, res)) return
    void (async () => {
      const response = await handleEndpoints({
        config: payload.config,
        payloadInstanceCacheKey,
        request: await toWebRequest(req, origin),
      })
      res.writeHead(response.status, Object.fromEntries(response.headers))
      res.end(Buffer.from(await response.arrayBuffer()))
    })().catch((error: unknown) => {
      res.writeHead(500)
      res.end(String(error))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    url: origin,
    close: () =>
      new Promise((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}
