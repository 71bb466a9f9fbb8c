import { hkdfSync } from 'node:crypto'
import type { Payload } from 'payload'

import type { ResolvedPolicyOptions } from '../types.js'
import { signingKeyFrom, type SigningKey } from './treeHead.js'

const keys = new WeakMap<Payload, SigningKey>()

/** Binds a derived key to this purpose: the same secret never yields another use's key. */
const DERIVATION_INFO = 'payload-privacy-policy evidence log signing key v1'

/**
 * The Ed25519 key tree heads are signed with: the `evidence.signingKey` option, else derived from
 * the Payload secret with HKDF-SHA256, so a host that sets nothing still signs with a key that
 * survives restarts and lives wherever its secret does.
 */
export function evidenceSigningKey(payload: Payload, options: ResolvedPolicyOptions): SigningKey {
  let key = keys.get(payload)
  if (!key) {
    const configured = options.evidence?.signingKey
    key = configured
      ? signingKeyFrom(configured)
      : signingKeyFrom(Buffer.from(hkdfSync('sha256', payload.secret, '', DERIVATION_INFO, 32)))
    keys.set(payload, key)
  }
  return key
}
