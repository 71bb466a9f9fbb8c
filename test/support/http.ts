export interface JsonResponse<T = Record<string, unknown>> {
  status: number
  headers: Headers
  body: T
  text: string
}

/** fetch + JSON parse that keeps the raw text (for byte-for-byte comparisons). */
export async function fetchJson<T = Record<string, unknown>>(
  url: string,
  init: RequestInit = {},
): Promise<JsonResponse<T>> {
  const response = await fetch(url, init)
  const text = await response.text()
  let body: unknown = null
  if (text && (response.headers.get('content-type') ?? '').includes('json')) body = JSON.parse(text)
  return { status: response.status, headers: response.headers, body: body as T, text }
}

/** Logs a user in through Payload's REST API and returns the token for `Authorization: JWT …`. */
export async function loginToken(
  baseUrl: string,
  user: { email?: unknown; password: string },
): Promise<string> {
  const login = await fetchJson<{ token: string }>(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: user.email, password: user.password }),
  })
  if (login.status !== 200) throw new Error(`login as ${String(user.email)}: ${login.status}`)
  return login.body.token
}
