/**
 * The plain structure of a policy's legal text, shared by the plain-text format, the Lexical
 * conversion, the content hash and the diff engine. No Payload types here: these modules are pure.
 */

/** One block of a section body: a paragraph, or a bullet list whose items are consecutive bullets. */
export type Block = { type: 'paragraph'; text: string } | { type: 'list'; items: string[] }

/** A section as text: its heading (without the number) and its body blocks. */
export interface SectionText {
  heading: string
  blocks: Block[]
}

/** A section as it appears in a plain-text file: `number` is the `N` of its `N. TITLE` line. */
export interface NumberedSectionText extends SectionText {
  number: number
}
