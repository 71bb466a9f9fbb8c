import type { CollectionBeforeOperationHook } from 'payload'

/**
 * Gives a request without `?locale=` the default locale. Payload 3 builds a REST request's locale
 * from the query string, so without one `req.locale` is null; its `where` validation
 * (`validateSearchParam` in `database/queryValidation/validateSearchParams.js`) then looks a
 * localized field up as `title.null` and reads `req.locale.length`, a TypeError that the REST route
 * answers 500 (any anonymous `where` on a localized field did it). `beforeOperation` runs before
 * the operations read `req.locale` and before they validate the `where`, so this is the earliest
 * point a collection can fix it; the answer is then what `?locale=<default>` gives.
 */
export const defaultRequestLocaleHook: CollectionBeforeOperationHook = ({ args, req }) => {
  const { localization } = req.payload.config
  if (localization && req.locale == null) req.locale = localization.defaultLocale
  return args
}
