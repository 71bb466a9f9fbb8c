/**
 * The subset of Lexical's serialized JSON the policy body uses. Declared here rather than imported
 * from `lexical` so the conversions stay pure and the accepted shape is explicit: anything else in
 * a body is rendered by its text content only.
 */
export interface LexicalNode {
  type: string
  version?: number
  children?: LexicalNode[]
  text?: string
  /** Text format bit set: 1 bold, 2 italic, 4 strikethrough, 8 underline. */
  format?: number | string
  listType?: 'bullet' | 'number' | 'check'
  fields?: { url?: string; newTab?: boolean; linkType?: string }
  [key: string]: unknown
}

export interface LexicalRoot extends LexicalNode {
  type: 'root'
  children: LexicalNode[]
}

export interface LexicalState {
  root: LexicalRoot
}
