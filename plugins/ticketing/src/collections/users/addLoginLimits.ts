import type { CollectionAfterLoginHook, CollectionBeforeOperationHook, CollectionConfig } from 'payload'

import { clientIp } from '../../endpoints/http/clientIp'
import { consumeRateLimit, rewardRateLimit } from '../../security/rateLimit'
import type { RateLimitRule, SanitizedTicketingPluginConfig } from '../../types'

type LoginLimit = { key: (ip: string, account: string) => string; name: string; rule: RateLimitRule }

/** The limits a login attempt spends, per client IP, per account from that IP, and per account. */
const loginLimits = (config: SanitizedTicketingPluginConfig): LoginLimit[] => [
  { key: (ip) => ip, name: 'login-ip', rule: config.rateLimits.loginPerIp },
  { key: (ip, account) => `${account}|${ip}`, name: 'login-account-ip', rule: config.rateLimits.loginPerAccountAndIp },
  { key: (_ip, account) => account, name: 'login-account', rule: config.rateLimits.loginPerAccount },
]

const accountOf = (data: unknown): string => {
  const { email, username } = (data ?? {}) as { email?: unknown; username?: unknown }
  const value = typeof email === 'string' ? email : typeof username === 'string' ? username : ''
  return value.trim().toLowerCase()
}

/**
 * Staff logins over HTTP (REST, GraphQL, the admin) spend a point of each limit before the
 * password is checked — over a limit → 429 RATE_LIMITED with Retry-After — and a login that
 * succeeds gives its points back, so only failures add up. This replaces Payload's own lock
 * after `maxLoginAttempts` failures (turned off here), which let anyone lock an account, the
 * first admin's included, with a few wrong passwords from anywhere: the limits per account and
 * address stop guessing from one place, the one per address stops one place trying many
 * accounts, and the one per account slows guessing spread over many places.
 */
export const addLoginLimits = (collection: CollectionConfig, config: SanitizedTicketingPluginConfig): CollectionConfig => {
  const limits = loginLimits(config)
  const keysOf = (req: Parameters<CollectionBeforeOperationHook>[0]['req'], data: unknown) => {
    const ip = clientIp(req.headers, config)
    const account = accountOf(data)
    return limits.map((limit) => ({ ...limit, key: limit.key(ip, account) }))
  }
  const beforeLogin: CollectionBeforeOperationHook = async ({ args, operation, req }) => {
    if (operation !== 'login' || req.payloadAPI === 'local') return args
    for (const limit of keysOf(req, (args as { data?: unknown }).data)) await consumeRateLimit(req.payload, limit.name, limit.key, limit.rule)
    return args
  }
  const afterLogin: CollectionAfterLoginHook = async ({ req, user }) => {
    if (req.payloadAPI === 'local') return user
    for (const limit of keysOf(req, { email: user.email })) await rewardRateLimit(req.payload, limit.name, limit.key, limit.rule)
    return user
  }
  const auth = typeof collection.auth === 'object' ? collection.auth : {}
  const httpsSite = Boolean(config.publicSiteUrl?.startsWith('https:'))
  return {
    ...collection,
    auth: {
      ...auth,
      // Session cookies travel only over HTTPS when the public site is served over HTTPS.
      cookies: { ...auth.cookies, secure: Boolean(auth.cookies?.secure) || httpsSite },
      maxLoginAttempts: 0,
    },
    hooks: {
      ...collection.hooks,
      afterLogin: [afterLogin, ...(collection.hooks?.afterLogin ?? [])],
      beforeOperation: [beforeLogin, ...(collection.hooks?.beforeOperation ?? [])],
    },
  }
}
