/**
 * Markdown policies (like Open Terms Archive's records) as sections for import. The Markdown is
 * read by `mdast-util-from-markdown` (CommonMark, the parser behind remark) rather than by hand:
 * emphasis, links, escapes, lists and setext headings have many edge cases a regex gets wrong.
 */
import type { PhrasingContent, Root, RootContent } from 'mdast'
import { fromMarkdown } from 'mdast-util-from-markdown'
import { toString } from 'mdast-util-to-string'

import type { NumberedSectionText } from '../plaintext/types.js'
import { lexicalToBlocks } from '../richtext/toBlocks.js'
import type { LexicalNode, LexicalState } from '../richtext/types.js'

/** A section read from Markdown: its plain text, plus the formatted body Payload stores. */
export interface MarkdownSection extends NumberedSectionText {
  body: LexicalState
}

export interface MarkdownImportOptions {
  /** Headings of this level or above (`#` = 1) start a section; deeper ones are bold text. Default 2. */
  headingLevel?: number
  /**
   * A heading directly followed by another section heading has no text and would be refused;
   * with this, it becomes the first (bold) paragraph of the next section instead.
   */
  foldEmptyHeadings?: boolean
  /** Heading of the section holding text before the first heading. Default "Introduction". */
  introductionHeading?: string
}

const elementDefaults = { direction: 'ltr', format: '', indent: 0, version: 1 } as const
const BOLD = 1
const ITALIC = 2
const STRIKETHROUGH = 4

function textNode(text: string, format: number): LexicalNode {
  return { type: 'text', text, format, detail: 0, mode: 'normal', style: '', version: 1 }
}

function paragraph(children: LexicalNode[]): LexicalNode {
  return { type: 'paragraph', ...elementDefaults, textFormat: 0, textStyle: '', children }
}

const stripTags = (html: string) => html.replace(/<[^>]*>/g, '')

interface Context {
  definitions: Map<string, string>
}

function link(url: string, children: LexicalNode[]): LexicalNode {
  return {
    type: 'link',
    ...elementDefaults,
    version: 3,
    fields: { url, newTab: false, linkType: 'custom' },
    children,
  }
}

/** Inline Markdown to Lexical inline nodes; a soft line break reads as the space it renders as. */
function inline(
  nodes: readonly PhrasingContent[],
  format: number,
  context: Context,
): LexicalNode[] {
  const out: LexicalNode[] = []
  for (const node of nodes) {
    switch (node.type) {
      case 'text':
        if (node.value) out.push(textNode(node.value.replace(/\n/g, ' '), format))
        break
      case 'emphasis':
        out.push(...inline(node.children, format | ITALIC, context))
        break
      case 'strong':
        out.push(...inline(node.children, format | BOLD, context))
        break
      case 'delete':
        out.push(...inline(node.children, format | STRIKETHROUGH, context))
        break
      case 'inlineCode':
        out.push(textNode(node.value, format))
        break
      case 'break':
        out.push({ type: 'linebreak', version: 1 })
        break
      case 'link':
        out.push(link(node.url, inline(node.children, format, context)))
        break
      case 'linkReference': {
        const children = inline(node.children, format, context)
        const url = context.definitions.get(node.identifier)
        out.push(...(url ? [link(url, children)] : children))
        break
      }
      case 'image':
      case 'imageReference':
        if (node.alt) out.push(textNode(node.alt, format))
        break
      case 'html': {
        // Open Terms Archive's tables break lines inside a cell with <br>.
        if (/^<br\s*\/?>$/i.test(node.value.trim())) {
          out.push({ type: 'linebreak', version: 1 })
          break
        }
        const text = stripTags(node.value)
        if (text.trim()) out.push(textNode(text, format))
        break
      }
      default: {
        const text = toString(node)
        if (text) out.push(textNode(text, format))
      }
    }
  }
  return out
}

/** A list item's own text (its paragraphs joined by line breaks) and its nested lists. */
function listItem(children: readonly RootContent[], context: Context): LexicalNode[] {
  const out: LexicalNode[] = []
  for (const child of children) {
    if (child.type === 'list') {
      out.push(blockNodes(child, context)[0])
      continue
    }
    const nodes = blockNodes(child, context).flatMap((node) => node.children ?? [])
    if (!nodes.length) continue
    if (out.length) out.push({ type: 'linebreak', version: 1 })
    out.push(...nodes)
  }
  return out
}

/** One block of Markdown to Lexical block nodes (none for what holds no text). */
function blockNodes(node: RootContent, context: Context): LexicalNode[] {
  switch (node.type) {
    case 'paragraph':
      return [paragraph(inline(node.children, 0, context))]
    case 'heading':
      return [paragraph(inline(node.children, BOLD, context))]
    case 'list': {
      const ordered = Boolean(node.ordered)
      return [
        {
          type: 'list',
          ...elementDefaults,
          listType: ordered ? 'number' : 'bullet',
          start: node.start ?? 1,
          tag: ordered ? 'ol' : 'ul',
          children: node.children.map((item, index) => ({
            type: 'listitem',
            ...elementDefaults,
            value: index + 1,
            children: listItem(item.children, context),
          })),
        },
      ]
    }
    case 'blockquote':
      return node.children.flatMap((child) => blockNodes(child, context))
    case 'code':
      return node.value.trim() ? [paragraph([textNode(node.value, 0)])] : []
    case 'html': {
      const text = stripTags(node.value).trim()
      return text ? [paragraph([textNode(text, 0)])] : []
    }
    case 'thematicBreak':
    case 'definition':
      return []
    default: {
      const text = toString(node).trim()
      return text ? [paragraph([textNode(text, 0)])] : []
    }
  }
}

function definitions(tree: Root): Map<string, string> {
  const found = new Map<string, string>()
  for (const node of tree.children) {
    if (node.type === 'definition') found.set(node.identifier, node.url)
  }
  return found
}

/**
 * Reads a Markdown policy into numbered sections: each heading of level ≤ `headingLevel` starts
 * one (numbered by position), lists become lists (items of nested lists flatten in the plain
 * text), links keep their text and URL, emphasis and strong text keep their format. Text before
 * the first heading becomes an introduction section. Headings and bodies are validated by the
 * import like any plain text.
 */
export function parsePolicyMarkdown(
  markdown: string,
  options: MarkdownImportOptions = {},
): MarkdownSection[] {
  const level = options.headingLevel ?? 2
  const tree = fromMarkdown(markdown.replace(/^\ufeff/, ''))
  const context: Context = { definitions: definitions(tree) }
  const drafts: Array<{ heading: string; nodes: LexicalNode[] }> = []
  for (const node of tree.children) {
    if (node.type === 'heading' && node.depth <= level) {
      const heading = toString(node).replace(/\s+/g, ' ').trim()
      const previous = drafts[drafts.length - 1]
      const fold = options.foldEmptyHeadings && previous && !previous.nodes.length
      const nodes = fold ? [paragraph([textNode(previous.heading, BOLD)])] : []
      if (fold) drafts.pop()
      drafts.push({ heading, nodes })
      continue
    }
    const nodes = blockNodes(node, context)
    if (!nodes.length) continue
    if (!drafts.length)
      drafts.push({ heading: options.introductionHeading ?? 'Introduction', nodes: [] })
    drafts[drafts.length - 1].nodes.push(...nodes)
  }
  return drafts.map((draft, index) => {
    const body: LexicalState = {
      root: { type: 'root', ...elementDefaults, children: draft.nodes },
    }
    return { number: index + 1, heading: draft.heading, blocks: lexicalToBlocks(body), body }
  })
}
