/**
 * The demo's side of the `<policy-consent>` proxy contract (see `src/client/policyConsentElement.ts`
 * and the README): the browser asks about "me", this handler adds who "me" is (the session) and the
 * storefront API key, which therefore never leaves the server.
 */
import { StorefrontApiError } from 'payload-privacy-policy/storefront-client'
import { keyedStorefront } from '../../../../../demo/shopApi.js'
import { isSameOriginRequest } from '../../../../../demo/requestOrigin.js'
import { isShopLocale } from '../../../../../demo/shopLocales.js'
import { readCustomerId } from '../../_lib/session.js'

const NO_STORE = { 'cache-control': 'no-store' }
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const HASH = /^[0-9a-f]{64}$/
const IDEMPOTENCY_KEY = /^[A-Za-z0-9-]{8,40}$/

function problem(status: number, error: string): Response {
  return Response.json({ error }, { status, headers: NO_STORE })
}

function apiProblem(error: unknown): Response {
  if (error instanceof StorefrontApiError) return problem(error.status, error.message)
  console.error('demo shop: consent proxy failed', error)
  return problem(502, 'The policy service did not answer.')
}

/** `GET ?slug&locale` → the signed-in customer's consent status; 204 when nobody is signed in. */
export async function GET(request: Request): Promise<Response> {
  const url = new URL(request.url)
  const slug = url.searchParams.get('slug') ?? ''
  const locale = url.searchParams.get('locale') ?? ''
  if (!SLUG.test(slug) || !isShopLocale(locale)) return problem(400, 'slug or locale is invalid')
  const customerId = await readCustomerId()
  const api = keyedStorefront()
  if (!customerId || !api) return new Response(null, { status: 204, headers: NO_STORE })
  try {
    return Response.json(await api.consentStatus(slug, customerId, locale), { headers: NO_STORE })
  } catch (error) {
    return apiProblem(error)
  }
}

interface AcceptBody {
  slug: string
  version: number
  locale: string
  contentHash: string
}

function parseBody(value: unknown): AcceptBody | null {
  if (typeof value !== 'object' || value === null) return null
  const { slug, version, locale, contentHash } = value as Record<string, unknown>
  if (typeof slug !== 'string' || !SLUG.test(slug)) return null
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) return null
  if (!isShopLocale(locale)) return null
  if (typeof contentHash !== 'string' || !HASH.test(contentHash)) return null
  return { slug, version, locale, contentHash }
}

/**
 * `POST {slug, version, locale, contentHash}` → records a `reconsent` acceptance for the signed-in
 * customer. A cookie-authenticated write, so it takes JSON only and refuses other sites' requests
 * (a cross-site form cannot send JSON without a preflight) from the shop's own origin only
 * (`Sec-Fetch-Site` and `Origin`, see {@link isSameOriginRequest}).
 */
export async function POST(request: Request): Promise<Response> {
  if (!isSameOriginRequest(request)) return problem(403, 'Cross-site requests are not allowed.')
  if (!(request.headers.get('content-type') ?? '').startsWith('application/json')) {
    return problem(415, 'Send JSON.')
  }
  const customerId = await readCustomerId()
  const api = keyedStorefront()
  if (!customerId) return problem(401, 'Nobody is signed in.')
  if (!api) return problem(503, 'The shop has no storefront API key.')
  const body = parseBody(await request.json().catch(() => null))
  if (!body) return problem(422, 'Expected {slug, version, locale, contentHash}.')
  const idempotencyKey = request.headers.get('idempotency-key')
  try {
    const { receipt, replayed } = await api.recordAcceptance(
      body.slug,
      {
        customerId,
        version: body.version,
        locale: body.locale,
        contentHash: body.contentHash,
        channel: 'reconsent',
      },
      // Keys are unique per storefront: scope the browser's key to its customer.
      idempotencyKey && IDEMPOTENCY_KEY.test(idempotencyKey)
        ? { idempotencyKey: `reconsent:${customerId}:${idempotencyKey}` }
        : {},
    )
    return Response.json(receipt, { status: replayed ? 200 : 201, headers: NO_STORE })
  } catch (error) {
    return apiProblem(error)
  }
}
