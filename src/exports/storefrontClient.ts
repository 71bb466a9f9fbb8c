/**
 * The typed client of the storefront API, for a shop's server (any JavaScript runtime with
 * `fetch`). It imports nothing from Payload, so a shop that does not run Payload can use it too.
 */
export * from '../client/storefrontClient.js'
export type * from '../client/types.js'
export type { PolicyConsentLabels } from '../client/policyConsentElement.js'
export { verifyReceipt, type ReceiptVerification } from '../client/verifyReceipt.js'
