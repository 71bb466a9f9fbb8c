import { PolicyError } from '../errors.js'
import { CONSENT_CHANNELS, type ConsentChannel } from './types.js'

/** What a storefront reports when a customer accepts a policy version. */
export interface AcceptanceInput {
  customerId: string
  version: number
  locale: string
  contentHash: string
  channel: ConsentChannel
  orderId: string | null
}

/**
 * An opaque id: letters, digits and `. _ : -`, starting with a letter or digit. This rules out
 * e-mail addresses and names with spaces (the ledger must not hold them: data minimisation) and
 * anything that looks like a query operator (`$gt`, `' OR 1=1`), which must never reach a filter.
 */
const CUSTOMER_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/
const ORDER_ID = /^[A-Za-z0-9][A-Za-z0-9._:#/-]{0,127}$/
const CONTENT_HASH = /^[0-9a-f]{64}$/
const LOCALE = /^[a-z]{2}(-[A-Z]{2})?$/
/** Visible ASCII, as HTTP header tokens allow, and short enough to index. */
const IDEMPOTENCY_KEY = /^[\x21-\x7e]{1,128}$/

const FIELDS = new Set(['customerId', 'version', 'locale', 'contentHash', 'channel', 'orderId'])

function invalid(field: string): PolicyError {
  return new PolicyError(422, 'field_invalid', { field })
}

/** Validates a customer id from a URL or body; 400 for URLs, 422 for bodies (the caller says). */
export function parseCustomerId(value: unknown, status: 400 | 422 = 400): string {
  if (typeof value !== 'string' || !CUSTOMER_ID.test(value)) {
    throw new PolicyError(status, 'customer_id_invalid')
  }
  return value
}

/**
 * Key prefixes the server writes itself: `auto:` for an acceptance sent without a key, `~` for an
 * erased record's. A client key with one of them could collide with such a record — answer for
 * another customer's acceptance, or meet an erased one — so it is refused.
 */
export const RESERVED_IDEMPOTENCY_KEY_PREFIXES = ['auto:', '~'] as const

/** The optional `Idempotency-Key` header; null when absent. */
export function parseIdempotencyKey(header: string | null): string | null {
  if (header === null) return null
  if (!IDEMPOTENCY_KEY.test(header)) throw new PolicyError(400, 'idempotency_key_invalid')
  const reserved = RESERVED_IDEMPOTENCY_KEY_PREFIXES.find((prefix) => header.startsWith(prefix))
  if (reserved) throw new PolicyError(400, 'idempotency_key_reserved', { prefix: reserved })
  return header
}

/**
 * Parses and strictly validates an acceptance body: malformed JSON is a 400; a wrong type, a
 * missing field or an unknown field is a 422, so a storefront bug is loud instead of recording
 * something other than what it meant.
 */
export function parseAcceptanceBody(raw: string): AcceptanceInput {
  let body: unknown
  try {
    body = JSON.parse(raw)
  } catch {
    throw new PolicyError(400, 'body_not_json')
  }
  if (typeof body !== 'object' || body === null || Array.isArray(body)) {
    throw new PolicyError(422, 'body_not_object')
  }
  const record = body as Record<string, unknown>
  const unknown = Object.keys(record).find((key) => !FIELDS.has(key))
  if (unknown !== undefined)
    throw new PolicyError(422, 'field_unknown', { field: unknown.slice(0, 40) })

  const customerId = parseCustomerId(record.customerId, 422)
  const { version, locale, contentHash, channel } = record
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1 || version > 1e9) {
    throw invalid('version')
  }
  if (typeof locale !== 'string' || !LOCALE.test(locale)) throw invalid('locale')
  if (typeof contentHash !== 'string' || !CONTENT_HASH.test(contentHash))
    throw invalid('contentHash')
  if (typeof channel !== 'string' || !(CONSENT_CHANNELS as readonly string[]).includes(channel)) {
    throw invalid('channel')
  }
  const orderId = record.orderId ?? null
  if (orderId !== null && (typeof orderId !== 'string' || !ORDER_ID.test(orderId))) {
    throw invalid('orderId')
  }
  return { customerId, version, locale, contentHash, channel: channel as ConsentChannel, orderId }
}

/** True when a replayed request (same Idempotency-Key) asks for exactly what was recorded. */
export function sameAcceptance(
  input: AcceptanceInput,
  record: Pick<AcceptanceInput, 'customerId' | 'version' | 'locale' | 'contentHash' | 'channel'> & {
    orderId?: string | null
  },
): boolean {
  return (
    input.customerId === record.customerId &&
    input.version === record.version &&
    input.locale === record.locale &&
    input.contentHash === record.contentHash &&
    input.channel === record.channel &&
    input.orderId === (record.orderId ?? null)
  )
}
