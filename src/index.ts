export { privacyPolicyPlugin, getPolicyOptions } from './plugin'
export type { PrivacyPolicyPluginOptions, PolicyCollectionSlugs, PolicySeed } from './types'
export { createStorefrontFastPath } from './storefront/fastPath'
