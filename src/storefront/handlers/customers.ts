import { parseCustomerId } from '../../consent/input.js'
import {
  eraseCustomerAcceptances,
  exportCustomerAcceptances,
} from '../../operations/customerAcceptances.js'
import { authenticateStorefront } from '../auth.js'
import { jsonResponse, type StorefrontHandler } from '../http.js'
import { NO_STORE } from './acceptances.js'

/**
 * `GET /customers/:customerId/acceptances` — a copy of every record of this customer in the
 * storefront's scope (the right of access).
 */
export const getCustomerAcceptances: StorefrontHandler = async (req) => {
  const { scope } = await authenticateStorefront(req, 'export')
  const customerId = parseCustomerId(req.params.customerId)
  const acceptances = await exportCustomerAcceptances(req.payload, req.options, {
    scope,
    customerId,
  })
  return jsonResponse({ customerId, acceptances }, 200, NO_STORE)
}

/** `DELETE /customers/:customerId/acceptances` — erase the scope's customer from the ledger. */
export const deleteCustomerAcceptances: StorefrontHandler = async (req) => {
  const { scope } = await authenticateStorefront(req, 'erase')
  const customerId = parseCustomerId(req.params.customerId)
  const erased = await eraseCustomerAcceptances(req.payload, req.options, { scope, customerId })
  return jsonResponse({ customerId, erased }, 200, NO_STORE)
}
