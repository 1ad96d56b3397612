import config from './testPayloadConfig'
import { getPayload, type Payload } from 'payload'

/** The site's real Payload (real PostgreSQL, migrated on first start). */
export const getTestPayload = (): Promise<Payload> => getPayload({ config })
