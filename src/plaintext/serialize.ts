import type { Block, SectionText } from './types.js'

/** Separates blocks (and bullets) inside a section: one blank line, as in the seed text. */
export const BLOCK_SEPARATOR = '\n\n'

/**
 * Separates sections: a blank line, a line holding one no-break space, a blank line. The seed uses
 * this to keep a visible gap between sections in editors that collapse empty lines.
 */
export const SECTION_SEPARATOR = '\n\n\u00a0\n\n'

export const BULLET_PREFIX = '- '

/** Renders one block; a list becomes one `- item` paragraph per item. */
export function serializeBlock(block: Block): string {
  if (block.type === 'paragraph') return block.text
  return block.items.map((item) => BULLET_PREFIX + item).join(BLOCK_SEPARATOR)
}

/** The plain text of a section body: what the storefront serves as `text` and what diffs compare. */
export function serializeBlocks(blocks: readonly Block[]): string {
  return blocks.map(serializeBlock).join(BLOCK_SEPARATOR)
}

/** The `N. TITLE` heading line of the section at 1-based position `number`. */
export function headingLine(number: number, heading: string): string {
  return `${number}. ${heading}`
}

/**
 * Renders sections in the plain-text policy format; sections are numbered by position. The
 * output has no trailing newline, like the seed, so an imported seed exports byte for byte.
 */
export function serializePolicyText(sections: readonly SectionText[]): string {
  return sections
    .map((section, index) => {
      const body = serializeBlocks(section.blocks)
      const head = headingLine(index + 1, section.heading)
      return body ? head + BLOCK_SEPARATOR + body : head
    })
    .join(SECTION_SEPARATOR)
}
