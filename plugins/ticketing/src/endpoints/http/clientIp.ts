import { isIP } from 'node:net'

export const UNKNOWN_CLIENT = 'unknown'

/**
 * The visitor's address: the entry that the trusted proxy appended to X-Forwarded-For
 * (with `trustedProxies` proxies in front, the Nth entry from the right), else X-Real-IP,
 * else `unknown` (one shared bucket). Entries a client could have forged are never read.
 */
export const clientIp = (headers: Headers, trustedProxies: number): string => {
  const forwarded = headers.get('x-forwarded-for')
  if (forwarded && trustedProxies > 0) {
    const parts = forwarded.split(',').map((part) => part.trim()).filter(Boolean)
    const candidate = parts[parts.length - trustedProxies]
    if (candidate && isIP(candidate)) return candidate
  }
  const real = headers.get('x-real-ip')?.trim()
  if (real && isIP(real)) return real
  return UNKNOWN_CLIENT
}
