import type { AfterErrorHookArgs, ErrorResult } from 'payload'
import { describe, expect, it } from 'vitest'

import { keepPublicErrorData } from '../../src/server/keepErrorData.js'

/** An `APIError` look-alike of another copy of the class (what a bundled host's hooks may throw). */
function foreignApiError(message: string, data: unknown, isPublic: boolean): Error {
  return Object.assign(new Error(message), { name: 'APIError', status: 403, data, isPublic })
}

function run(error: Error, result: ErrorResult) {
  return keepPublicErrorData({ error, result, context: {} } as unknown as AfterErrorHookArgs)
}

describe('keepPublicErrorData', () => {
  it('puts a public error’s data back into an answer that lost it', () => {
    const error = foreignApiError('Refused.', { code: 'second_publisher_required' }, true)
    expect(run(error, { errors: [{ message: 'Refused.' }] })).toEqual({
      response: {
        errors: [
          { message: 'Refused.', name: 'APIError', data: { code: 'second_publisher_required' } },
        ],
      },
    })
  })

  it('leaves private errors, errors without data and complete answers alone', () => {
    const answer = { errors: [{ message: 'Something went wrong.' }] }
    expect(run(foreignApiError('secret', { code: 'x' }, false), answer)).toBeUndefined()
    expect(run(foreignApiError('Refused.', undefined, true), answer)).toBeUndefined()
    const complete = { errors: [{ message: 'Refused.', data: { code: 'y' } }] }
    expect(run(foreignApiError('Refused.', { code: 'x' }, true), complete)).toBeUndefined()
  })
})
