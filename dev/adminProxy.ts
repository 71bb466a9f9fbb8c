/**
 * The front's proxy to the admin process, with http-proxy-3 (the maintained rewrite of
 * node-http-proxy) rather than a hand-written pipe: hop-by-hop headers, `X-Forwarded-*`, aborted
 * requests and upstream errors are its solved problems.
 */
import { Agent, type IncomingMessage, type ServerResponse } from 'node:http'

import { createProxyServer } from 'http-proxy-3'

export interface AdminProxy {
  forward(req: IncomingMessage, res: ServerResponse): void
  close(): void
}

/**
 * Forwards requests to `target` as they came: the `Host` header is kept (Payload builds its URLs
 * and the demo shop checks same-origin writes from it) and `X-Forwarded-For/Host/Proto/Port` are
 * added. Responses — the admin's security headers from `next.config.mjs` included — come back
 * unchanged. When the admin process cannot answer, the client gets a 502.
 */
export function createAdminProxy(target: string): AdminProxy {
  // Kept-alive loopback connections: no TCP handshake per admin request.
  const agent = new Agent({ keepAlive: true, maxSockets: 64 })
  const proxy = createProxyServer({ target, xfwd: true, agent })
  proxy.on('error', (error, _req, res) => {
    if (!('writeHead' in res)) {
      res.destroy()
      return
    }
    if (res.headersSent) {
      res.destroy()
      return
    }
    const body = JSON.stringify({
      errors: [{ code: 'admin_unavailable', message: 'The admin process did not answer.' }],
    })
    res.writeHead(502, {
      'content-type': 'application/json',
      'content-length': Buffer.byteLength(body),
    })
    res.end(body)
    console.error(`proxy to the admin process: ${error.message}`)
  })
  return {
    forward: (req, res) => proxy.web(req, res),
    close: () => {
      proxy.close()
      agent.destroy()
    },
  }
}
