import type {
  AcceptanceInput,
  AcceptanceReceipt,
  ConsentStatus,
  CustomerAcceptances,
  ErasureReceipt,
  PolicyDiff,
  PolicyDocument,
  VersionList,
} from './types.js'

/** How to reach the storefront API. */
export interface StorefrontClientOptions {
  /** The API's base URL, e.g. `https://cms.example.com/api/storefront`. */
  baseUrl: string
  /**
   * The storefront's API key, for the keyed endpoints (acceptances, consent status, customers).
   * Server side only: a key in a browser bundle lets anyone write to the ledger as your shop.
   */
  apiKey?: string
  /** The storefronts collection's slug, the first word of the `Authorization` header. */
  apiKeyCollection?: string
  /** A `fetch` to use instead of the global one (tests, instrumentation). */
  fetch?: typeof fetch
  /** Merged into every request, e.g. `{ cache: 'no-store' }` or a timeout `signal`. */
  requestInit?: RequestInit
}

/** A non-2xx answer, with the contract's `{ error }` message and the implementation's `code`. */
export class StorefrontApiError extends Error {
  readonly status: number
  readonly code: string | null

  constructor(status: number, message: string, code: string | null) {
    super(message)
    this.name = 'StorefrontApiError'
    this.status = status
    this.code = code
  }
}

/** A policy read that may be answered with "not modified". */
export interface ConditionalPolicy {
  /** Null when the `etag` passed in is still current (HTTP 304). */
  document: PolicyDocument | null
  etag: string | null
}

export interface RecordedAcceptance {
  receipt: AcceptanceReceipt
  /** True when an `Idempotency-Key` replay returned the record written earlier (HTTP 200). */
  replayed: boolean
}

/** The storefront API, one method per endpoint of the contract. */
export interface StorefrontClient {
  /** The version in force now, in one language (404 when that language has no text). */
  policy(slug: string, locale: string): Promise<PolicyDocument>
  /** The same, revalidated with an ETag from an earlier answer. */
  policyIfChanged(slug: string, locale: string, etag: string | null): Promise<ConditionalPolicy>
  versions(slug: string): Promise<VersionList>
  version(slug: string, number: number, locale: string): Promise<PolicyDocument>
  diff(slug: string, from: number, to: number, locale: string): Promise<PolicyDiff>
  /** The diff as a self-contained HTML fragment with `<ins>`/`<del>`. */
  diffHtml(slug: string, from: number, to: number, locale: string): Promise<string>
  /** Fetches a `diffUrl` from a consent status (a path on the API's origin). */
  diffHtmlAt(diffUrl: string): Promise<string>
  recordAcceptance(
    slug: string,
    input: AcceptanceInput,
    options?: { idempotencyKey?: string },
  ): Promise<RecordedAcceptance>
  consentStatus(slug: string, customerId: string, locale: string): Promise<ConsentStatus>
  customerAcceptances(customerId: string): Promise<CustomerAcceptances>
  eraseCustomer(customerId: string): Promise<ErasureReceipt>
}

const segment = encodeURIComponent

function query(params: Record<string, string | number>): string {
  const search = new URLSearchParams()
  for (const [name, value] of Object.entries(params)) search.set(name, String(value))
  return `?${search.toString()}`
}

async function failure(response: Response): Promise<StorefrontApiError> {
  let message = `${response.status} ${response.statusText}`.trim()
  let code: string | null = null
  try {
    const body = (await response.json()) as { error?: unknown; code?: unknown }
    if (typeof body.error === 'string') message = body.error
    if (typeof body.code === 'string') code = body.code
  } catch {
    // Not JSON (a proxy's error page): the status line is all there is to say.
  }
  return new StorefrontApiError(response.status, message, code)
}

/**
 * A typed client for the storefront API: plain `fetch`, no dependencies, usable from Node, edge
 * runtimes and (for the public endpoints) browsers.
 */
export function createStorefrontClient(options: StorefrontClientOptions): StorefrontClient {
  const base = options.baseUrl.replace(/\/+$/, '')
  const doFetch = options.fetch ?? fetch
  const authorization = options.apiKey
    ? `${options.apiKeyCollection ?? 'storefronts'} API-Key ${options.apiKey}`
    : null

  async function request(
    url: string,
    init: RequestInit & { keyed?: boolean; accept?: string } = {},
  ): Promise<Response> {
    const { keyed, accept = 'application/json', ...rest } = init
    const headers = new Headers(options.requestInit?.headers)
    new Headers(rest.headers).forEach((value, name) => headers.set(name, value))
    headers.set('accept', accept)
    if (keyed) {
      if (!authorization) throw new StorefrontApiError(401, 'This client has no API key.', null)
      headers.set('authorization', authorization)
    }
    return doFetch(url, { ...options.requestInit, ...rest, headers })
  }

  async function json<T>(path: string, init: RequestInit & { keyed?: boolean } = {}): Promise<T> {
    const response = await request(base + path, init)
    if (!response.ok) throw await failure(response)
    return (await response.json()) as T
  }

  async function html(url: string): Promise<string> {
    const response = await request(url, { accept: 'text/html' })
    if (!response.ok) throw await failure(response)
    return response.text()
  }

  const policyPath = (slug: string) => `/policies/${segment(slug)}`

  return {
    policy: (slug, locale) => json(policyPath(slug) + query({ locale })),

    async policyIfChanged(slug, locale, etag) {
      const response = await request(base + policyPath(slug) + query({ locale }), {
        headers: etag ? { 'if-none-match': etag } : {},
      })
      if (response.status === 304) return { document: null, etag }
      if (!response.ok) throw await failure(response)
      return {
        document: (await response.json()) as PolicyDocument,
        etag: response.headers.get('etag'),
      }
    },

    versions: (slug) => json(`${policyPath(slug)}/versions`),

    version: (slug, number, locale) =>
      json(`${policyPath(slug)}/versions/${segment(String(number))}${query({ locale })}`),

    diff: (slug, from, to, locale) =>
      json(`${policyPath(slug)}/diff${query({ from, to, locale })}`),

    diffHtml: (slug, from, to, locale) =>
      html(base + `${policyPath(slug)}/diff${query({ from, to, locale, format: 'html' })}`),

    diffHtmlAt: (diffUrl) => html(new URL(diffUrl, base + '/').toString()),

    async recordAcceptance(slug, input, { idempotencyKey } = {}) {
      const response = await request(`${base}${policyPath(slug)}/acceptances`, {
        method: 'POST',
        keyed: true,
        headers: {
          'content-type': 'application/json',
          ...(idempotencyKey ? { 'idempotency-key': idempotencyKey } : {}),
        },
        body: JSON.stringify(input),
      })
      if (!response.ok) throw await failure(response)
      const receipt = (await response.json()) as AcceptanceReceipt
      return { receipt, replayed: response.status === 200 }
    },

    consentStatus: (slug, customerId, locale) =>
      json(`${policyPath(slug)}/consent-status${query({ customerId, locale })}`, { keyed: true }),

    customerAcceptances: (customerId) =>
      json(`/customers/${segment(customerId)}/acceptances`, { keyed: true }),

    eraseCustomer: (customerId) =>
      json(`/customers/${segment(customerId)}/acceptances`, { method: 'DELETE', keyed: true }),
  }
}
