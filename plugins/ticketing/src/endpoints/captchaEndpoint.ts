import type { Endpoint } from 'payload'

import { captchaWorkFactorOf } from '../db/events/captchaWorkFactorOf'
import { captchaEnabled, createCaptchaChallenge } from '../security/captcha'
import type { SanitizedTicketingPluginConfig } from '../types'
import { defineEndpoint } from './http/defineEndpoint'

/**
 * GET /api/ticketing/captcha?event= — an ALTCHA challenge for the booking form (and whether it is
 * required); ten times the work while most of that event's unsold seats are held.
 */
export const captchaEndpoint = (config: SanitizedTicketingPluginConfig): Endpoint =>
  defineEndpoint('get', '/ticketing/captcha', async (req) => {
    const event = req.searchParams.get('event')
    const challenge = await createCaptchaChallenge(req, event ? await captchaWorkFactorOf(req, event) : 1)
    return Response.json({ ...challenge, required: captchaEnabled(config) })
  })
