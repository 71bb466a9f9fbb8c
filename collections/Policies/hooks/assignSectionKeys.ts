import type { CollectionBeforeValidateHook } from 'payload'

import { assignSectionKeys } from '../../../src/policy/sectionKeys.js'

/** Gives every new section row its stable key before validation (keys are never edited). */
export const assignSectionKeysHook: CollectionBeforeValidateHook = ({ data }) => {
  if (!data || !Array.isArray(data.sections)) return data
  return { ...data, sections: assignSectionKeys(data.sections) }
}
