import { StripeError } from './stripeError.js'
import type { EmulatorConfig, FaultSettings, WebhookSettings } from './types.js'

const DEFAULT_SECRET = 'whsec_stripe_emulator'
const defaultWebhooks = (): WebhookSettings => ({ mode: 'deliver', duplicate: false, reverse: false, delayMs: 0, retries: 3 })

type Json = { [key: string]: unknown }
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value)

function bad(message: string): StripeError {
  return StripeError.invalid(message, { param: 'config' })
}

function checkKeys(value: Json, allowed: string[], where: string): void {
  for (const key of Object.keys(value)) if (!allowed.includes(key)) throw bad(`Unknown ${where} option: ${key}`)
}

function optionalNumber(value: unknown, name: string): number | undefined {
  if (value === undefined) return undefined
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw bad(`${name} must be a non-negative number`)
  return value
}

function parseWebhooks(value: unknown, current: WebhookSettings): WebhookSettings {
  if (!isObject(value)) throw bad('webhooks must be an object')
  checkKeys(value, ['mode', 'duplicate', 'reverse', 'delayMs', 'retries'], 'webhooks')
  const next = { ...current }
  if (value.mode !== undefined) {
    if (value.mode !== 'deliver' && value.mode !== 'drop' && value.mode !== 'hold') throw bad('webhooks.mode must be deliver, drop or hold')
    next.mode = value.mode
  }
  for (const flag of ['duplicate', 'reverse'] as const) {
    if (value[flag] === undefined) continue
    if (typeof value[flag] !== 'boolean') throw bad(`webhooks.${flag} must be a boolean`)
    next[flag] = value[flag]
  }
  next.delayMs = optionalNumber(value.delayMs, 'webhooks.delayMs') ?? next.delayMs
  next.retries = Math.floor(optionalNumber(value.retries, 'webhooks.retries') ?? next.retries)
  return next
}

function parseFaults(value: unknown): FaultSettings | null {
  if (value === null) return null
  if (!isObject(value)) throw bad('faults must be an object or null')
  checkKeys(value, ['status', 'timeoutMs', 'count', 'pathPrefix'], 'faults')
  const faults: FaultSettings = {}
  if (value.status !== undefined) {
    if (value.status !== 500 && value.status !== 502 && value.status !== 503) throw bad('faults.status must be 500, 502 or 503')
    faults.status = value.status
  }
  faults.timeoutMs = optionalNumber(value.timeoutMs, 'faults.timeoutMs')
  faults.count = optionalNumber(value.count, 'faults.count')
  if (value.pathPrefix !== undefined) {
    if (typeof value.pathPrefix !== 'string') throw bad('faults.pathPrefix must be a string')
    faults.pathPrefix = value.pathPrefix
  }
  if (faults.status === undefined && faults.timeoutMs === undefined) throw bad('faults needs a status and/or timeoutMs')
  return faults
}

/** Default configuration and validated merging of `POST /_emulator/config` bodies. */
export const emulatorConfig = {
  defaults(options: { webhookUrl?: string | null; webhookSecret?: string }): EmulatorConfig {
    return {
      webhookUrl: options.webhookUrl ?? null,
      webhookSecret: options.webhookSecret ?? DEFAULT_SECRET,
      webhooks: defaultWebhooks(),
      faults: null,
      refundsPending: false,
    }
  },

  /** Validates `patch` fully, then merges it into `config` in place. */
  merge(config: EmulatorConfig, patch: unknown): void {
    if (!isObject(patch)) throw bad('Config must be a JSON object')
    checkKeys(patch, ['webhookUrl', 'webhookSecret', 'webhooks', 'faults', 'refundsPending'], 'config')
    const next: EmulatorConfig = { ...config }
    if (patch.webhookUrl !== undefined) {
      if (patch.webhookUrl !== null && (typeof patch.webhookUrl !== 'string' || !URL.canParse(patch.webhookUrl))) {
        throw bad('webhookUrl must be an absolute URL or null')
      }
      next.webhookUrl = patch.webhookUrl
    }
    if (patch.webhookSecret !== undefined) {
      if (typeof patch.webhookSecret !== 'string' || patch.webhookSecret === '') throw bad('webhookSecret must be a non-empty string')
      next.webhookSecret = patch.webhookSecret
    }
    if (patch.webhooks !== undefined) next.webhooks = parseWebhooks(patch.webhooks, config.webhooks)
    if (patch.faults !== undefined) next.faults = parseFaults(patch.faults)
    if (patch.refundsPending !== undefined) {
      if (typeof patch.refundsPending !== 'boolean') throw bad('refundsPending must be a boolean')
      next.refundsPending = patch.refundsPending
    }
    Object.assign(config, next)
  },

  /** Back to defaults, keeping the webhook endpoint unless the reset body names a new one. */
  reset(config: EmulatorConfig, body: unknown): void {
    const given = isObject(body) ? body : {}
    checkKeys(given, ['webhookUrl', 'webhookSecret'], 'reset')
    const fresh = emulatorConfig.defaults({ webhookUrl: config.webhookUrl, webhookSecret: config.webhookSecret })
    Object.assign(config, fresh)
    emulatorConfig.merge(config, given)
  },
}
