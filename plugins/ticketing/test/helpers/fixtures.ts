import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'

import type { Position } from '../../dev/staff'
import { rest } from './devHostFile'
import { TEST_SELLER } from './testSeller'

const DAY = 86_400_000

const sellers = new WeakMap<Payload, Promise<number>>()
const sellerOf = (payload: Payload) => {
  let seller = sellers.get(payload)
  if (!seller) sellers.set(payload, (seller = payload.create({ collection: 'sellers' as never, data: TEST_SELLER as never }).then((doc) => (doc as { id: number }).id)))
  return seller
}

/** A published event starting in 60 days, with a seller; override anything. */
export const createEvent = async (payload: Payload, data: Record<string, unknown> = {}) =>
  payload.create({
    collection: 'city-events' as never,
    data: {
      seller: await sellerOf(payload),
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
  }) as Promise<Record<string, any> & { id: number }>

/** The dev host's position that carries each plugin role. */
const POSITION_OF: Record<'admin' | 'editor' | 'finance' | 'none', Position> = { admin: 'owner', editor: 'ticket-desk', finance: 'accountant', none: 'volunteer' }

/** A staff user of the dev host holding the plugin role `role`, and its JWT from the real login endpoint. */
export const createStaff = async (payload: Payload, role: keyof typeof POSITION_OF) => {
  const email = `${role}-${randomUUID().slice(0, 8)}@dev.local`
  const password = `pw-${randomUUID()}`
  const user = await payload.create({ collection: 'users' as never, data: { email, password, position: POSITION_OF[role] } as never })
  const login = await rest('POST', '/users/login', { body: { email, password } })
  if (login.status !== 200) throw new Error(`login failed: ${JSON.stringify(login.body)}`)
  return { token: login.body.token as string, user }
}
