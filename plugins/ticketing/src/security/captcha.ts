import { randomInt } from 'node:crypto'
import { type Challenge, createChallenge, type Payload as AltchaPayload, verifySolution } from 'altcha-lib'
import { deriveKey } from 'altcha-lib/algorithms/sha'
import type { PayloadRequest } from 'payload'

import { spendCaptcha } from '../db/guards/captchaUses'
import { ERROR_CODES, TicketingError } from '../errors'
import type { SanitizedTicketingPluginConfig } from '../types'

const LIFETIME_MS = 10 * 60_000
const MIN_WORK = 5_000
const MAX_WORK = 50_000

/** Whether bookings and waiting-list joins need a solved captcha now (the `captcha` option, asked at each request). */
export const captchaEnabled = (config: Pick<SanitizedTicketingPluginConfig, 'captcha'>): boolean => config.captcha()

const hmacSecret = (req: Pick<PayloadRequest, 'payload'>) => `${req.payload.secret}:ticketing-captcha`

/**
 * A fresh ALTCHA proof-of-work challenge, signed with the server secret, valid 10 minutes;
 * `workFactor` times the usual work (an event whose seats are mostly held, see
 * domain/captchaWorkFactor), written in its signed data so a booking can check it.
 */
export const createCaptchaChallenge = (req: Pick<PayloadRequest, 'payload'>, workFactor = 1): Promise<Challenge> =>
  createChallenge({
    algorithm: 'SHA-256',
    cost: 1,
    counter: randomInt(MIN_WORK * workFactor, MAX_WORK * workFactor),
    data: { work: workFactor },
    deriveKey,
    expiresAt: new Date(Date.now() + LIFETIME_MS),
    hmacSignatureSecret: hmacSecret(req),
  })

const decode = (value: unknown): AltchaPayload | null => {
  try {
    if (typeof value === 'object' && value) return value as AltchaPayload
    if (typeof value !== 'string' || value.length > 8192) return null
    const text = value.trim().startsWith('{') ? value : Buffer.from(value, 'base64').toString('utf8')
    return JSON.parse(text) as AltchaPayload
  } catch {
    return null
  }
}

const invalid = () => new TicketingError(ERROR_CODES.CAPTCHA_INVALID, 400, 'The anti-spam check failed or was already used. Please try again.')

/**
 * Checks a solved challenge: signature, expiry and work — at least `workFactor` times the usual
 * work, as the event now requires — then spends it once (a unique row per challenge signature),
 * so a solution cannot be replayed.
 */
export const verifyCaptcha = async (req: PayloadRequest, solved: unknown, workFactor = 1): Promise<void> => {
  if (solved === undefined || solved === null || solved === '') {
    throw new TicketingError(ERROR_CODES.CAPTCHA_REQUIRED, 400, 'Please complete the anti-spam check.')
  }
  const payload = decode(solved)
  if (!payload?.challenge?.signature || !payload.solution) throw invalid()
  const result = await verifySolution({
    challenge: payload.challenge,
    deriveKey,
    hmacSignatureSecret: hmacSecret(req),
    solution: payload.solution,
  }).catch(() => null)
  if (!result?.verified) throw invalid()
  if (Number(payload.challenge.parameters?.data?.work ?? 1) < workFactor) {
    throw new TicketingError(ERROR_CODES.CAPTCHA_INVALID, 400, 'Most seats of this event are being held right now: please solve the anti-spam check again.', { workFactor })
  }
  if (!(await spendCaptcha(req, payload.challenge.signature, new Date(Date.now() + LIFETIME_MS)))) throw invalid()
}
