'use client'

import { useRef } from 'react'

/**
 * One Idempotency-Key per distinct request body: a double click or a retry after a lost
 * answer sends the same key (the server replays the first booking), while a changed form
 * (another quantity, an accepted new price) is a new request with a new key.
 */
const newKey = () =>
  typeof crypto.randomUUID === 'function'
    ? crypto.randomUUID()
    : Array.from(crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('')

export const useIdempotencyKey = () => {
  const last = useRef<{ body: string; key: string } | null>(null)
  return (body: unknown): string => {
    const text = JSON.stringify(body)
    if (last.current?.body !== text) last.current = { body: text, key: newKey() }
    return last.current.key
  }
}
