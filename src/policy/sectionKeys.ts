/** Stable section keys: assigned once from the heading, never changed by later edits. */

const KEY_PATTERN = /^[a-z0-9][a-z0-9-]{0,63}$/

export function isValidSectionKey(key: unknown): key is string {
  return typeof key === 'string' && KEY_PATTERN.test(key)
}

/** ASCII slug of a heading; Latvian diacritics fold to their base letters (ā → a, š → s). */
export function slugifyHeading(heading: string): string {
  return heading
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 48)
    .replace(/-+$/, '')
}

/**
 * Fills in missing keys for sections, keeping existing ones. A new key comes from the heading
 * (or `section-N` when the heading has no Latin letters) and is made unique with a suffix.
 */
export function assignSectionKeys<T extends { key?: string | null; heading?: unknown }>(
  sections: readonly T[],
): Array<T & { key: string }> {
  const taken = new Set(sections.map((section) => section.key).filter(isValidSectionKey))
  return sections.map((section, index) => {
    if (isValidSectionKey(section.key)) return { ...section, key: section.key }
    const base =
      (typeof section.heading === 'string' && slugifyHeading(section.heading)) ||
      `section-${index + 1}`
    let key = base
    for (let suffix = 2; taken.has(key); suffix += 1) key = `${base}-${suffix}`
    taken.add(key)
    return { ...section, key }
  })
}
