import { randomBytes, randomUUID } from 'node:crypto'
import type { Payload } from 'payload'

import { rest } from './rest'
import { visitor } from './ticketing'

const DAY = 86_400_000

/** Letters that make a seller's document prefixes its own (sellers never share a number series): `FAQKZW` / `AVQKZW` / `ATQKZW`. */
const ownPrefix = () => Array.from(randomBytes(4), (byte) => String.fromCharCode(65 + (byte % 26))).join('')

/** A French seller (TVA 20 %); override anything (`taxes: []` with an `exemptionText` for an exempt one). */
export const createSeller = async (payload: Payload, data: Record<string, unknown> = {}) => {
  const own = ownPrefix()
  return payload.create({
    collection: 'sellers',
    data: {
      address: { city: 'Paris', country: 'FR', line1: '12 rue de la Paix', postalCode: '75002' },
      certificatePrefix: `AT${own}`,
      creditNotePrefix: `AV${own}`,
      email: 'factures@example.fr',
      invoicePrefix: `FA${own}`,
      legalForm: 'SAS',
      name: 'Test Formation',
      registrationNumber: '85234567800012',
      registryCity: 'Paris',
      shareCapital: '10 000 €',
      taxes: [{ name: 'TVA', ratePercent: '20' }],
      timezone: 'Europe/Paris',
      vatNumber: 'FR64852345678',
      ...data,
    } as never,
  })
}

const defaultSellers = new WeakMap<Payload, Promise<number>>()

/** One French seller per Payload instance, for events that do not name theirs. */
export const defaultSeller = (payload: Payload): Promise<number> => {
  let seller = defaultSellers.get(payload)
  if (!seller) defaultSellers.set(payload, (seller = createSeller(payload).then((doc) => doc.id as number)))
  return seller
}

/** A published event starting in 60 days, sold by the default seller; override anything. */
export const createEvent = async (payload: Payload, data: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'city-events',
    data: {
      seller: await defaultSeller(payload),
      capacity: 50,
      city: 'Testville',
      country: 'FR',
      currency: 'EUR',
      regularPrice: 45000,
      slug: `event-${randomUUID().slice(0, 8)}`,
      startsAt: new Date(Date.now() + 60 * DAY).toISOString(),
      status: 'PUBLISHED',
      timezone: 'Europe/Paris',
      title: 'Test event',
      ...data,
    } as never,
  })

/** A staff user with the given roles, and its JWT from the real login endpoint. */
export const createStaff = async (payload: Payload, roles: string[]) => {
  const email = `${roles.join('-') || 'nobody'}-${randomUUID().slice(0, 8)}@test.local`
  const password = `pw-${randomUUID()}`
  const user = await payload.create({ collection: 'users', data: { email, password, roles } as never })
  // From an address of its own, as staff at their own desks: login limits count per address.
  const login = await rest('POST', '/users/login', { body: { email, password }, headers: { 'X-Forwarded-For': visitor().ip } })
  if (login.status !== 200) throw new Error(`login failed: ${JSON.stringify(login.body)}`)
  return { token: login.body.token as string, user }
}

export const DAYS = (n: number) => new Date(Date.now() + n * DAY).toISOString()
