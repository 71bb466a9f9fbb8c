import { PolicyError } from '../errors.js'
import type { QueryReader } from './http.js'

/** A version number from a URL: a positive integer in plain decimal digits, or a 400. */
export function parseVersionNumber(raw: string | null, name: string): number {
  if (raw === null || raw === '') throw new PolicyError(400, 'parameter_missing', { name })
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1) {
    throw new PolicyError(400, 'parameter_not_integer', { name })
  }
  return Number(raw)
}

/**
 * The policies' slug syntax (`collections/Policies/index.ts` enforces the same on write), with a
 * length cap. Checked before any database read: a slug that cannot exist is a 400 without a
 * query, and neither fills the catalog nor reaches a driver that chokes on it (a NUL byte is an
 * error in PostgreSQL's text protocol, not a miss).
 */
const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
export const MAX_SLUG_LENGTH = 100

export function assertPolicySlug(slug: string): void {
  if (slug.length > MAX_SLUG_LENGTH || !SLUG_PATTERN.test(slug)) {
    throw new PolicyError(400, 'slug_invalid', { max: MAX_SLUG_LENGTH })
  }
}

/** True when a string holds a C0 control character or DEL (NUL included). */
function hasControlCharacter(value: string): boolean {
  for (let index = 0; index < value.length; index++) {
    const code = value.charCodeAt(index)
    if (code < 0x20 || code === 0x7f) return true
  }
  return false
}

/**
 * No parameter of any route, path or query, may carry control characters: none is meaningful in
 * a slug, id, locale or number, and they are what turns a lookup into a driver error.
 */
export function assertNoControlCharacters(
  params: Record<string, string>,
  query: QueryReader,
): void {
  for (const name in params) {
    if (hasControlCharacter(params[name])) {
      throw new PolicyError(400, 'parameter_control_character', { name })
    }
  }
  for (const [name, value] of query) {
    if (hasControlCharacter(value) || hasControlCharacter(name)) {
      throw new PolicyError(400, 'parameter_control_character', { name: name.slice(0, 40) })
    }
  }
}
