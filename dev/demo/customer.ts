import { randomBytes } from 'node:crypto'

/**
 * The storefront contract's customer id: opaque, letters, digits and `. _ : -`. The ledger refuses
 * names and e-mail addresses (data minimisation), so the demo never offers to send one.
 */
const CUSTOMER_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,63}$/

export function isCustomerId(value: unknown): value is string {
  return typeof value === 'string' && CUSTOMER_ID.test(value)
}

/** A new customer's number, as a shop's account system would assign one. */
export function newCustomerId(): string {
  return `c-${randomBytes(5).toString('hex')}`
}

/** An order number; also the acceptance's idempotency key, so a resubmitted form records once. */
export function newOrderId(): string {
  const date = new Date().toISOString().slice(0, 10).replace(/-/g, '')
  return `${date}-${randomBytes(4).toString('hex')}`
}

const ORDER_ID = /^\d{8}-[0-9a-f]{8}$/

export function isOrderId(value: unknown): value is string {
  return typeof value === 'string' && ORDER_ID.test(value)
}
