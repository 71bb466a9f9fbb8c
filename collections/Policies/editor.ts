import {
  BoldFeature,
  FixedToolbarFeature,
  InlineToolbarFeature,
  ItalicFeature,
  LinkFeature,
  ParagraphFeature,
  UnderlineFeature,
  UnorderedListFeature,
  lexicalEditor,
} from '@payloadcms/richtext-lexical'

/**
 * The body editor allows what legal text needs and the plain-text format can carry: paragraphs,
 * bullet lists, emphasis and links. No headings (the section heading is its own field), no
 * embeds: every body must reduce losslessly to the words that are hashed and diffed.
 */
// Annotated so the emitted declaration names a public type, not one of Lexical's internals.
export const policyBodyEditor: ReturnType<typeof lexicalEditor> = lexicalEditor({
  features: () => [
    ParagraphFeature(),
    BoldFeature(),
    ItalicFeature(),
    UnderlineFeature(),
    LinkFeature({ enabledCollections: [] }),
    UnorderedListFeature(),
    FixedToolbarFeature(),
    InlineToolbarFeature(),
  ],
})
