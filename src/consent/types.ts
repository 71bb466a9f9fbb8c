/** Where the customer accepted: at checkout, in their account, or when prompted after a change. */
export const CONSENT_CHANNELS = ['checkout', 'account', 'reconsent'] as const

export type ConsentChannel = (typeof CONSENT_CHANNELS)[number]

export type ConsentStatus = 'never-accepted' | 'up-to-date' | 'must-review'
