/**
 * POSTs JSON with the admin's cookie. With an Idempotency-Key, a request that got no answer
 * (or a 503) is sent once more: the key makes it the same request.
 */
export const postJson = async (url: string, body: object, idempotencyKey?: string) => {
  const headers: Record<string, string> = { 'Content-Type': 'application/json', ...(idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : {}) }
  const send = () => fetch(url, { body: JSON.stringify(body), credentials: 'include', headers, method: 'POST' })
  let response = await send().catch((error: unknown) => (idempotencyKey ? send() : Promise.reject(error)))
  if (response.status === 503 && idempotencyKey) response = await send()
  return { data: (await response.json().catch(() => ({}))) as unknown, ok: response.ok, status: response.status }
}
