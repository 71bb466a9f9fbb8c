/**
 * The demo shop's cookie-authenticated consent proxy and its cookies (issue 14, "also seen": the
 * cookie had no `Secure` flag in production; the proxy's Origin check had no test).
 */
import { describe, expect, it } from 'vitest'

import { isSameOriginRequest, shouldCookiesBeSecure } from '../../dev/demo/requestOrigin.js'

const SHOP = 'https://shop.example.lv'

function post(headers: Record<string, string>, url = `${SHOP}/shop/api/consent`): Request {
  return new Request(url, { method: 'POST', headers: { host: 'shop.example.lv', ...headers } })
}

describe('the consent proxy accepts writes only from the shop’s own pages', () => {
  it('accepts a same-origin request (Sec-Fetch-Site and Origin both the shop)', () => {
    expect(isSameOriginRequest(post({ 'sec-fetch-site': 'same-origin', origin: SHOP }))).toBe(true)
  })

  it('refuses another site by Sec-Fetch-Site', () => {
    expect(isSameOriginRequest(post({ 'sec-fetch-site': 'cross-site', origin: SHOP }))).toBe(false)
    expect(isSameOriginRequest(post({ 'sec-fetch-site': 'same-site' }))).toBe(false)
  })

  it('refuses another origin by Origin when the browser sends no Sec-Fetch-Site', () => {
    expect(isSameOriginRequest(post({ origin: 'https://evil.example' }))).toBe(false)
    expect(isSameOriginRequest(post({ origin: 'null' }))).toBe(false)
  })

  it('refuses a foreign Origin even when Sec-Fetch-Site claims same-origin', () => {
    const request = post({ 'sec-fetch-site': 'same-origin', origin: 'https://evil.example' })
    expect(isSameOriginRequest(request)).toBe(false)
  })

  it('knows its own origin behind a proxy (X-Forwarded-Host and -Proto)', () => {
    const behindProxy = post(
      {
        host: '127.0.0.1:3000',
        'x-forwarded-host': 'shop.example.lv',
        'x-forwarded-proto': 'https',
        origin: SHOP,
      },
      'http://127.0.0.1:3000/shop/api/consent',
    )
    expect(isSameOriginRequest(behindProxy)).toBe(true)
  })

  it('lets a request without either header through: no browser, so no visitor’s cookie', () => {
    expect(isSameOriginRequest(post({}))).toBe(true)
  })
})

describe('the shop’s cookies are Secure', () => {
  const headers = (values: Record<string, string>) => new Headers(values)

  it('in production, even when the proxy does not say it terminated HTTPS', () => {
    expect(shouldCookiesBeSecure(headers({ host: 'shop.example.lv' }), true)).toBe(true)
  })

  it('over HTTPS in any mode', () => {
    const https = headers({ host: 'shop.example.lv', 'x-forwarded-proto': 'https' })
    expect(shouldCookiesBeSecure(https, false)).toBe(true)
  })

  it('not for a production build previewed over plain HTTP on this machine', () => {
    for (const host of ['localhost:3000', '127.0.0.1:3000', '[::1]:3000']) {
      expect(shouldCookiesBeSecure(headers({ host }), true)).toBe(false)
    }
  })

  it('not in development over plain HTTP', () => {
    expect(shouldCookiesBeSecure(headers({ host: 'shop.example.lv' }), false)).toBe(false)
  })
})
