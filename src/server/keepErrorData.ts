import type { AfterErrorHook } from 'payload'

/**
 * Puts a public error's `data` (its stable `code`, field errors) back into the REST answer when
 * Payload left it out. Payload's `formatErrors` keeps `data` only for an error that is
 * `instanceof` its own `APIError`; in a bundled host (the demo's production Next build) the
 * plugin's hooks can throw an `APIError` of another copy of the class, and the answer then carries
 * the message alone: a client could no longer tell `second_publisher_required` from any other 403.
 * Only errors marked public and carrying `data` are touched, and only when the answer lacks it.
 */
export const keepPublicErrorData: AfterErrorHook = ({ error, result }) => {
  const { data, isPublic } = error as Error & { data?: unknown; isPublic?: boolean }
  const first = result?.errors?.[0] as Record<string, unknown> | undefined
  if (!isPublic || !data || typeof data !== 'object' || !first || 'data' in first) return
  return {
    response: {
      ...result,
      errors: [
        { ...first, name: error.name, data: data as Record<string, unknown> },
        ...(result?.errors ?? []).slice(1),
      ],
    },
  }
}
