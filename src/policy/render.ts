import { lexicalToHtml } from '../richtext/toHtml.js'
import { serializeBlocks } from '../plaintext/serialize.js'
import { snapshotText } from './snapshot.js'
import type { SnapshotLocale, TranslationStatus, VersionMeta } from './types.js'

/** A section as the storefront serves it: HTML for display, plain text as hashed. */
export interface RenderedSection {
  key: string
  /** 1-based position, the `N` of `N. HEADING`. */
  number: number
  heading: string
  html: string
  text: string
}

export interface VersionSummary {
  number: number
  publishedAt: string
  effectiveAt: string
  changeType: VersionMeta['changeType']
  summary: string
  /**
   * The language `summary` is written in: the requested locale, or the source locale when no
   * summary was written in it for this release (label it, e.g. "(in Latvian)").
   */
  summaryLocale: string
}

/** One version in one locale, ready to serialise: the contract's policy shape minus `upcoming`. */
export interface RenderedVersion {
  slug: string
  title: string
  locale: string
  version: VersionSummary
  contentHash: string
  /**
   * `outdated`: this locale's text was translated from an earlier source text and is not yet
   * updated, so a shop can show the source text or a notice next to it.
   */
  translationStatus: TranslationStatus
  sections: RenderedSection[]
}

export function summarizeVersion(meta: VersionMeta, locale: string): VersionSummary {
  return {
    number: meta.number,
    publishedAt: meta.publishedAt,
    effectiveAt: meta.effectiveAt,
    changeType: meta.changeType,
    summary: meta.summary[locale] ?? '',
    summaryLocale: meta.summaryLocales[locale] ?? locale,
  }
}

/** Renders a frozen locale; `text` is exactly the section text that went into the content hash. */
export function renderVersion(
  slug: string,
  meta: VersionMeta,
  locale: string,
  frozen: SnapshotLocale,
): RenderedVersion {
  const texts = snapshotText(frozen)
  return {
    slug,
    title: frozen.title,
    locale,
    version: summarizeVersion(meta, locale),
    contentHash: meta.contentHashes[locale],
    // Every version records each locale's status on publish; the source is always current.
    translationStatus: meta.translationStatus[locale] ?? 'current',
    sections: frozen.sections.map((section, index) => ({
      key: section.key,
      number: index + 1,
      heading: section.heading,
      html: lexicalToHtml(section.body),
      text: serializeBlocks(texts[index].blocks),
    })),
  }
}
