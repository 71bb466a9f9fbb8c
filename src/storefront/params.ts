import { PolicyError } from '../errors.js'

/** A version number from a URL: a positive integer in plain decimal digits, or a 400. */
export function parseVersionNumber(raw: string | null, name: string): number {
  if (raw === null || raw === '') throw new PolicyError(400, 'parameter_missing', { name })
  if (!/^\d{1,9}$/.test(raw) || Number(raw) < 1) {
    throw new PolicyError(400, 'parameter_not_integer', { name })
  }
  return Number(raw)
}
