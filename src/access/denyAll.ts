import type { Access } from 'payload'

/** For records nobody may change through Payload's APIs: legal history and the consent ledger. */
export const denyAll: Access = () => false
