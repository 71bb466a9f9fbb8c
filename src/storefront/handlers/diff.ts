import { renderDiffHtml } from '../../diff/index.js'
import { PolicyError } from '../../errors.js'
import { getT } from '../../i18n/index.js'
import { diffPolicyVersions, type PolicyDiffDocument } from '../../operations/diffVersions.js'
import { getCatalog } from '../../operations/policyCatalog.js'
import { IMMUTABLE_CACHE, cachedBody, conditionalResponse } from '../conditional.js'
import type { StorefrontHandler } from '../http.js'
import { parseVersionNumber } from '../params.js'
import { requestLocale } from '../requestLocale.js'
import type { PolicyStrings } from '../../types.js'

const HTML_TYPE = 'text/html; charset=utf-8'

/**
 * The HTML is a fragment for a storefront to insert, never a page: opened on the API's origin
 * (the admin's, in the demo) it may run nothing, load nothing and be framed by no one.
 */
const HTML_CSP = "default-src 'none'; frame-ancestors 'none'"

/**
 * For a diff some section of which fell back to a coarser level: the engine's time limits depend
 * on how busy the machine was, so another instance may well compute the word-level diff. Shared
 * caches keep it an hour instead of a year; this process keeps it in its memo either way.
 */
const COARSE_DIFF_CACHE = 'public, max-age=3600'

type DiffFormat = 'json' | 'html'

function parseFormat(raw: string | null): DiffFormat {
  if (raw === null || raw === '' || raw === 'json') return 'json'
  if (raw === 'html') return 'html'
  throw new PolicyError(400, 'parameter_invalid', { name: 'format', allowed: 'json, html' })
}

function renderHtml(diff: PolicyDiffDocument, locale: string, strings: PolicyStrings): string {
  // A content locale without diff labels (a host may configure any) gets English ones.
  return renderDiffHtml(diff, getT(locale, 'diff', strings), { locale })
}

/**
 * `GET /policies/:slug/diff?from=N&to=M&locale=lv[&format=html]` — two published versions
 * compared; immutable, so cached for a year (but see {@link COARSE_DIFF_CACHE}). The HTML is a
 * self-contained fragment (scoped styles, legend in the diff's language) that a storefront can
 * drop into a modal.
 */
export const getPolicyDiff: StorefrontHandler = async (req) => {
  const { slug } = req.params
  const from = parseVersionNumber(req.query.get('from'), 'from')
  const to = parseVersionNumber(req.query.get('to'), 'to')
  const format = parseFormat(req.query.get('format'))
  const { locale, vary } = requestLocale(req)
  const catalog = getCatalog(req.payload, req.options)
  const diff = await diffPolicyVersions(catalog, slug, from, to, locale)
  const key = `diff|${slug}|${from}|${to}|${locale}|${format}`
  const cached =
    format === 'html'
      ? await cachedBody(
          catalog,
          key,
          () => renderHtml(diff, locale, req.options.strings),
          HTML_TYPE,
        )
      : await cachedBody(catalog, key, () => diff)
  const cacheControl = diff.level === 'word' ? IMMUTABLE_CACHE : COARSE_DIFF_CACHE
  return conditionalResponse(
    req,
    cached,
    format === 'html'
      ? { 'cache-control': cacheControl, 'content-security-policy': HTML_CSP, ...vary }
      : { 'cache-control': cacheControl, ...vary },
  )
}
