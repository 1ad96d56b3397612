/** An error from the ticketing API (the error envelope, docs/architecture.md), or a network failure (`NETWORK`). */
export type ApiError = {
  code: string
  details: Record<string, unknown>
  message: string
  /** Seconds to wait, from a `Retry-After` header. */
  retryAfter: null | number
  status: number
}

export type ApiResult<T> = { data: T; ok: true; serverTime: null | number } | { error: ApiError; ok: false }

const readRetryAfter = (value: null | string) => (value && /^\d+$/.test(value.trim()) ? Number(value) : null)

/**
 * Calls `/api/ticketing/…` from the browser and never throws: every outcome is a value the
 * page can show. `serverTime` (from the `Date` header) lets countdowns follow the server's clock.
 */
export const callApi = async <T>(path: string, init: { body?: unknown; headers?: Record<string, string>; method?: string; signal?: AbortSignal; token?: null | string } = {}): Promise<ApiResult<T>> => {
  const headers: Record<string, string> = { Accept: 'application/json', ...init.headers }
  if (init.body !== undefined) headers['Content-Type'] = 'application/json'
  if (init.token) headers.Authorization = `Bearer ${init.token}`
  let response: Response
  try {
    response = await fetch(`/api/ticketing${path}`, {
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
      cache: 'no-store',
      headers,
      method: init.method ?? 'GET',
      signal: init.signal,
    })
  } catch (error) {
    if (init.signal?.aborted) throw error
    return { error: { code: 'NETWORK', details: {}, message: 'The server could not be reached.', retryAfter: null, status: 0 }, ok: false }
  }
  const json = (await response.json().catch(() => null)) as null | (T & { error?: Omit<ApiError, 'retryAfter' | 'status'> })
  if (response.ok && json) {
    const date = response.headers.get('date')
    return { data: json, ok: true, serverTime: date ? Date.parse(date) : null }
  }
  const error = json?.error
  return {
    error: {
      code: error?.code ?? 'INTERNAL',
      details: error?.details ?? {},
      message: error?.message ?? 'Something went wrong on our side. Please try again.',
      retryAfter: readRetryAfter(response.headers.get('retry-after')),
      status: response.status,
    },
    ok: false,
  }
}
