/**
 * For a host's own Node server (Next's custom-server pattern): the storefront fast path, which
 * answers `/api/storefront/*` before Next sees the request, and a shutdown that releases the
 * database connections Payload's `destroy` leaves open.
 */
export { createStorefrontFastPath } from '../storefront/fastPath.js'
export { closePayload } from '../lifecycle/closePayload.js'
export { createBodyLimit, DEFAULT_BODY_LIMIT_BYTES } from '../server/bodyLimit.js'
