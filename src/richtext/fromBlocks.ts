import type { Block } from '../plaintext/types.js'
import type { LexicalNode, LexicalState } from './types.js'

const elementDefaults = { direction: 'ltr', format: '', indent: 0, version: 1 } as const

/** Lexical keeps soft line breaks inside a paragraph as `linebreak` nodes, not "\n" in text. */
function inlineNodes(text: string): LexicalNode[] {
  const nodes: LexicalNode[] = []
  text.split('\n').forEach((line, index) => {
    if (index > 0) nodes.push({ type: 'linebreak', version: 1 })
    if (line) {
      nodes.push({
        type: 'text',
        text: line,
        format: 0,
        detail: 0,
        mode: 'normal',
        style: '',
        version: 1,
      })
    }
  })
  return nodes
}

function blockNode(block: Block): LexicalNode {
  if (block.type === 'paragraph') {
    return {
      type: 'paragraph',
      ...elementDefaults,
      textFormat: 0,
      textStyle: '',
      children: inlineNodes(block.text),
    }
  }
  return {
    type: 'list',
    ...elementDefaults,
    listType: 'bullet',
    start: 1,
    tag: 'ul',
    children: block.items.map((item, index) => ({
      type: 'listitem',
      ...elementDefaults,
      value: index + 1,
      children: inlineNodes(item),
    })),
  }
}

/** Builds the Lexical editor state Payload stores for a section body from plain blocks. */
export function blocksToLexical(blocks: readonly Block[]): LexicalState {
  return {
    root: { type: 'root', ...elementDefaults, children: blocks.map(blockNode) },
  }
}
