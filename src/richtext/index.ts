export { blocksToLexical } from './fromBlocks'
export { lexicalToBlocks, inlineText } from './toBlocks'
export { escapeHtml, lexicalToHtml } from './toHtml'
export type { LexicalNode, LexicalState } from './types'
