import type { Endpoint } from 'payload'

import { captchaEnabled, createCaptchaChallenge } from '../security/captcha'
import type { SanitizedTicketingPluginConfig } from '../types'
import { defineEndpoint } from './http/defineEndpoint'

/** GET /api/ticketing/captcha — an ALTCHA challenge for the booking form (and whether it is required). */
export const captchaEndpoint = (config: SanitizedTicketingPluginConfig): Endpoint =>
  defineEndpoint('get', '/ticketing/captcha', async (req) => {
    const challenge = await createCaptchaChallenge(req)
    return Response.json({ ...challenge, required: captchaEnabled(config) })
  })
