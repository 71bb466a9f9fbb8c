import type { Change, ChangeType } from './types.js'
import { hasWordChar } from './tokenize.js'

/** Collects changes, dropping empty texts and merging a change into a preceding one of its type. */
export class ChangeList {
  readonly changes: Change[] = []

  push(type: ChangeType, text: string): void {
    if (!text) return
    const last = this.changes[this.changes.length - 1]
    if (last?.type === type) last.text += text
    else this.changes.push({ type, text })
  }

  pushAll(changes: readonly Change[]): void {
    for (const change of changes) this.push(change.type, change.text)
  }
}

/** The old text (`side: 'before'`) or new text (`'after'`) that a list of changes describes. */
export function rebuildText(changes: readonly Change[], side: 'before' | 'after'): string {
  const skip: ChangeType = side === 'before' ? 'insert' : 'delete'
  let text = ''
  for (const change of changes) if (change.type !== skip) text += change.text
  return text
}

/** An edit between two equal runs: what the old text had there and what the new one has. */
interface Edit {
  deleted: string
  inserted: string
}

type Piece = { equal: string } | Edit

const isEdit = (piece: Piece | undefined): piece is Edit =>
  piece !== undefined && 'deleted' in piece

function toPieces(changes: readonly Change[]): Piece[] {
  const pieces: Piece[] = []
  for (const change of changes) {
    const last = pieces[pieces.length - 1]
    if (change.type === 'equal') {
      if (last && !isEdit(last)) last.equal += change.text
      else pieces.push({ equal: change.text })
    } else {
      const edit: Edit = isEdit(last) ? last : { deleted: '', inserted: '' }
      if (edit !== last) pieces.push(edit)
      if (change.type === 'delete') edit.deleted += change.text
      else edit.inserted += change.text
    }
  }
  return pieces
}

const mergeEdits = (a: Edit, b: Edit): Edit => ({
  deleted: a.deleted + b.deleted,
  inserted: a.inserted + b.inserted,
})

/**
 * Slides a pure insertion or deletion over an equal run that it repeats, when that removes the
 * equal run: `A<ins>BA</ins>C` is `<ins>AB</ins>AC` (diff-match-patch's cleanupMerge). Myers
 * places a repeated phrase arbitrarily; sliding lets `no Jums, ja` → `no partneriem, ja tie to
 * atļauj, ja` become one edit before the unchanged `, ja` instead of swallowing it.
 */
function slideEdits(pieces: Piece[]): Piece[] {
  let out = pieces
  for (let pass = 0, changed = true; changed && pass < 8; pass++) {
    changed = false
    const next: Piece[] = []
    for (let i = 0; i < out.length; i++) {
      const piece = out[i]
      const previous = next[next.length - 1]
      const following = out[i + 1]
      const single = isEdit(piece) && (!piece.deleted || !piece.inserted)
      if (!single || !previous || isEdit(previous)) {
        next.push(isEdit(piece) ? { ...piece } : { equal: piece.equal })
        continue
      }
      const side: keyof Edit = piece.inserted ? 'inserted' : 'deleted'
      const text = piece[side]
      if (previous.equal && text.endsWith(previous.equal)) {
        // Shift left: the equal run before the edit moves behind it.
        const moved = previous.equal
        next.pop()
        const edit: Edit = { deleted: '', inserted: '' }
        edit[side] = moved + text.slice(0, text.length - moved.length)
        const before = next[next.length - 1]
        if (isEdit(before)) next[next.length - 1] = mergeEdits(before, edit)
        else next.push(edit)
        if (following && !isEdit(following)) {
          next.push({ equal: moved + following.equal })
          i++
        } else next.push({ equal: moved })
        changed = true
        continue
      }
      if (following && !isEdit(following) && following.equal && text.startsWith(following.equal)) {
        // Shift right: the equal run after the edit moves in front of it.
        const moved = following.equal
        previous.equal += moved
        const edit: Edit = { deleted: '', inserted: '' }
        edit[side] = text.slice(moved.length) + moved
        const after = out[i + 2]
        next.push(isEdit(after) ? mergeEdits(edit, after) : edit)
        i += isEdit(after) ? 2 : 1
        changed = true
        continue
      }
      next.push({ ...piece })
    }
    out = next
  }
  return out
}

const TRAILING_SPACE = /\s+$/u
const LEADING_SPACE = /^\s+/u

function commonSpace(a: string, b: string, pattern: RegExp, fromEnd: boolean): string {
  const spaceA = pattern.exec(a)?.[0] ?? ''
  const spaceB = pattern.exec(b)?.[0] ?? ''
  let length = 0
  const max = Math.min(spaceA.length, spaceB.length)
  while (length < max) {
    const i = fromEnd ? length + 1 : length
    const charA = fromEnd ? spaceA[spaceA.length - i] : spaceA[i]
    const charB = fromEnd ? spaceB[spaceB.length - i] : spaceB[i]
    if (charA !== charB) break
    length++
  }
  if (!length) return ''
  return fromEnd ? spaceA.slice(spaceA.length - length) : spaceA.slice(0, length)
}

/**
 * Whether the equal run between two edits should be shown as part of one bigger edit. A run of
 * only spaces and punctuation always is (it is what makes a rewritten phrase read as fragments);
 * a run of words is when it is no longer than the edits on either side (the semantic cleanup of
 * diff-match-patch): "the quick fox" → "a slow fox" stays put, "a b c" → "x b y" becomes one edit.
 */
function absorbs(equal: string, before: Edit, after: Edit): boolean {
  if (equal.includes('\n\n')) return false
  if (!hasWordChar(equal)) return true
  const size = equal.length
  return (
    size <= Math.max(before.deleted.length, before.inserted.length) &&
    size <= Math.max(after.deleted.length, after.inserted.length)
  )
}

/**
 * Makes a token diff read like an editor's markup: merges edits separated by short or
 * punctuation-only equal runs, and moves whitespace that both sides of a replacement end or start
 * with out of the edit (`foo ` → `bar ` is shown as `foo` → `bar` followed by an equal space).
 * The old and new texts the changes describe are kept exactly.
 */
export function cleanupChanges(changes: readonly Change[]): Change[] {
  const stack: Piece[] = []
  for (const piece of slideEdits(toPieces(changes))) {
    if (!isEdit(piece)) {
      stack.push({ equal: piece.equal })
      continue
    }
    let edit: Edit = { ...piece }
    for (;;) {
      const equal = stack[stack.length - 1]
      const previous = stack[stack.length - 2]
      if (!equal || isEdit(equal) || !isEdit(previous) || !absorbs(equal.equal, previous, edit)) {
        break
      }
      stack.length -= 2
      edit = {
        deleted: previous.deleted + equal.equal + edit.deleted,
        inserted: previous.inserted + equal.equal + edit.inserted,
      }
    }
    stack.push(edit)
  }

  const out = new ChangeList()
  let carry = ''
  for (const piece of stack) {
    if (!isEdit(piece)) {
      out.push('equal', carry + piece.equal)
      carry = ''
      continue
    }
    out.push('equal', carry)
    carry = ''
    let { deleted, inserted } = piece
    if (deleted && inserted) {
      const lead = commonSpace(deleted, inserted, LEADING_SPACE, false)
      if (lead) {
        out.push('equal', lead)
        deleted = deleted.slice(lead.length)
        inserted = inserted.slice(lead.length)
      }
      const trail = deleted && inserted ? commonSpace(deleted, inserted, TRAILING_SPACE, true) : ''
      if (trail) {
        carry = trail
        deleted = deleted.slice(0, -trail.length)
        inserted = inserted.slice(0, -trail.length)
      }
    }
    out.push('delete', deleted)
    out.push('insert', inserted)
  }
  out.push('equal', carry)
  return out.changes
}
