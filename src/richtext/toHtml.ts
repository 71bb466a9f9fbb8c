import type { LexicalNode, LexicalState } from './types.js'
import { escapeHtml } from '../util/escapeHtml.js'

const FORMAT_TAGS: Array<[bit: number, tag: string]> = [
  [1, 'strong'],
  [2, 'em'],
  [4, 's'],
  [8, 'u'],
]

/**
 * Only web and mail links are rendered as links; anything else (javascript:, data:) is text. A
 * path must be a single `/`: `//host/…` is protocol-relative, a link to another site that reads
 * like a local one (so is `/\host`: browsers read `\` in a URL as `/`).
 */
function safeHref(url: string | undefined): string | null {
  if (!url) return null
  return /^(https?:|mailto:|\/(?![/\\])|#)/i.test(url.trim()) ? url.trim() : null
}

function textHtml(node: LexicalNode): string {
  let html = escapeHtml(node.text ?? '')
  const format = typeof node.format === 'number' ? node.format : 0
  for (const [bit, tag] of FORMAT_TAGS) {
    if (format & bit) html = `<${tag}>${html}</${tag}>`
  }
  return html
}

function inlineHtml(nodes: readonly LexicalNode[] | undefined): string {
  return (nodes ?? []).map(nodeHtml).join('')
}

function nodeHtml(node: LexicalNode): string {
  switch (node.type) {
    case 'text':
      return textHtml(node)
    case 'linebreak':
      return '<br>'
    case 'tab':
      return '\t'
    case 'link':
    case 'autolink': {
      const href = safeHref(node.fields?.url)
      const inner = inlineHtml(node.children)
      if (!href) return inner
      const target = node.fields?.newTab ? ' target="_blank" rel="noopener noreferrer"' : ''
      return `<a href="${escapeHtml(href)}"${target}>${inner}</a>`
    }
    case 'list': {
      const tag = node.listType === 'number' ? 'ol' : 'ul'
      return `<${tag}>${inlineHtml(node.children)}</${tag}>`
    }
    case 'listitem':
      return `<li>${inlineHtml(node.children)}</li>`
    case 'paragraph':
      return `<p>${inlineHtml(node.children)}</p>`
    default:
      // Unknown element: keep its content visible rather than dropping legal text.
      return node.children ? `<p>${inlineHtml(node.children)}</p>` : ''
  }
}

function isEmptyParagraph(node: LexicalNode): boolean {
  return node.type === 'paragraph' && !(node.children ?? []).length
}

/**
 * Renders a section body to an HTML fragment (`<p>`, `<ul>`, inline formatting, safe links).
 * All text is escaped; the fragment carries no classes so a storefront styles it its own way.
 */
export function lexicalToHtml(state: LexicalState | null | undefined): string {
  return (state?.root?.children ?? [])
    .filter((node) => !isEmptyParagraph(node))
    .map(nodeHtml)
    .join('')
}
