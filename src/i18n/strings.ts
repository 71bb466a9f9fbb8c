/**
 * A host's customer-facing strings merged over the shipped ones. Pure: checked and merged once,
 * at config time, so a typo in a namespace fails the start instead of silently showing English.
 */
import type { PolicyStrings, PolicyStringTree, PrivacyPolicyPluginOptions } from '../types.js'
import { NAMESPACES } from './resources.js'

type Overrides = NonNullable<PrivacyPolicyPluginOptions['strings']>

function mergeTree(
  base: PolicyStringTree | undefined,
  extra: unknown,
  path: string,
): PolicyStringTree {
  if (extra === null || typeof extra !== 'object' || Array.isArray(extra)) {
    throw new Error(`privacyPolicyPlugin: strings.${path} must be an object of strings.`)
  }
  const merged: PolicyStringTree = { ...base }
  for (const [key, value] of Object.entries(extra)) {
    if (typeof value === 'string') merged[key] = value
    else {
      const current = merged[key]
      merged[key] = mergeTree(
        typeof current === 'object' ? current : undefined,
        value,
        `${path}.${key}`,
      )
    }
  }
  return merged
}

/**
 * The shipped strings with the host's added languages and replaced keys. Without overrides it is
 * the shipped object itself, so every such config shares one i18next instance.
 */
export function mergeStrings(
  shipped: PolicyStrings,
  overrides: Overrides | undefined,
): PolicyStrings {
  if (!overrides || Object.keys(overrides).length === 0) return shipped
  const merged: Record<string, PolicyStrings[string]> = { ...shipped }
  for (const [language, namespaces] of Object.entries(overrides)) {
    const into = { ...merged[language] }
    for (const [namespace, tree] of Object.entries(namespaces)) {
      if (!(NAMESPACES as string[]).includes(namespace)) {
        throw new Error(
          `privacyPolicyPlugin: strings.${language}.${namespace} is not a namespace (${NAMESPACES.join(', ')}).`,
        )
      }
      const name = namespace as (typeof NAMESPACES)[number]
      into[name] = mergeTree(into[name], tree, `${language}.${namespace}`)
    }
    merged[language] = into
  }
  return merged
}
