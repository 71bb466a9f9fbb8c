import type { Block } from '../plaintext/types.js'
import type { LexicalNode, LexicalState } from './types.js'

/** The text a reader sees in an inline subtree; formatting is dropped, line breaks kept. */
export function inlineText(node: LexicalNode): string {
  if (node.type === 'text') return node.text ?? ''
  if (node.type === 'linebreak') return '\n'
  if (node.type === 'tab') return '\t'
  return (node.children ?? []).map(inlineText).join('')
}

/** List items, flattening nested lists: the plain-text format has one bullet level. */
function listItems(list: LexicalNode): string[] {
  const items: string[] = []
  for (const item of list.children ?? []) {
    const inline = (item.children ?? []).filter((child) => child.type !== 'list')
    const text = inline.map(inlineText).join('').trim()
    if (text) items.push(text)
    for (const nested of item.children ?? []) {
      if (nested.type === 'list') items.push(...listItems(nested))
    }
  }
  return items
}

/**
 * Reduces a Lexical body to the blocks of the plain-text format: paragraphs and bullet lists.
 * Empty paragraphs are dropped (an editor's stray Enter is not legal text); any other block node
 * counts as a paragraph of its text, so no words are ever lost from the hash or the diff.
 */
export function lexicalToBlocks(state: LexicalState | null | undefined): Block[] {
  const blocks: Block[] = []
  for (const node of state?.root?.children ?? []) {
    if (node.type === 'list') {
      const items = listItems(node)
      if (items.length) blocks.push({ type: 'list', items })
      continue
    }
    const text = inlineText(node).trim()
    if (text) blocks.push({ type: 'paragraph', text })
  }
  return blocks
}
