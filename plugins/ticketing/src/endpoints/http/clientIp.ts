import { isIP } from 'node:net'

import { socketAddressHeader } from '../../security/socketAddress'

export const UNKNOWN_CLIENT = 'unknown'

export type ClientIpSettings = {
  /** Proxies in front of the app that each append the address they saw to X-Forwarded-For (0: none). */
  trustedProxyCount: number
  /** `x-real-ip` when the proxy in front sends the client's address in X-Real-IP instead. */
  trustedProxyHeader: 'x-forwarded-for' | 'x-real-ip'
}

/** A valid IP address (IPv4-mapped IPv6 written as IPv4), else null. */
const address = (value: null | string | undefined): null | string => {
  const trimmed = value?.trim().replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/i, '')
  return trimmed && isIP(trimmed) ? trimmed : null
}

/**
 * The visitor's address, the one function behind every per-client rule (rate limits, hold
 * limits, login limits, audit entries), on Payload's routes and the Pages Router routes alike:
 *
 * - no trusted proxy (the default): the TCP peer's address (security/socketAddress);
 * - `trustedProxyCount` = N ≥ 1: the address the N-th proxy from us appended to
 *   X-Forwarded-For (entries further left were written by the client and are never read);
 *   a request without that header counts as its socket address;
 * - `trustedProxyHeader: 'x-real-ip'`: the proxy's X-Real-IP.
 *
 * `unknown` (one shared bucket) when none is known, e.g. a request made inside the process.
 */
export const clientIp = (headers: Headers, settings: ClientIpSettings): string => {
  const socket = address(headers.get(socketAddressHeader()))
  if (settings.trustedProxyHeader === 'x-real-ip') return address(headers.get('x-real-ip')) ?? socket ?? UNKNOWN_CLIENT
  if (settings.trustedProxyCount > 0) {
    const forwarded = headers.get('x-forwarded-for')
    if (forwarded) {
      const parts = forwarded.split(',').map((part) => part.trim())
      return address(parts[parts.length - settings.trustedProxyCount]) ?? socket ?? UNKNOWN_CLIENT
    }
  }
  return socket ?? UNKNOWN_CLIENT
}
