import { randomBytes } from 'node:crypto'
import type { Payload } from 'payload'

import { demoContent } from './demoContent'
import { demoEvents } from './demoEvents'
import { demoSellers } from './demoSellers'
import { demoPromoCode } from './demoPromoCode'
import { eventDescription } from './eventDescription'

type Log = (line: string) => void

const STAFF = [
  { email: 'admin@masterclass.local', name: 'Admin', roles: ['admin'] },
  { email: 'editor@masterclass.local', name: 'Éditrice', roles: ['editor'] },
  { email: 'finance@masterclass.local', name: 'Finance', roles: ['finance'] },
] as const

const devPassword = () => process.env.SEED_PASSWORD || randomBytes(9).toString('base64url')

/** The public content of the tour (sellers, events in fr/en, speaker, FAQ, home page) where it is missing; no users. */
const sellerId = async (payload: Payload, key: keyof typeof demoSellers, log: Log): Promise<number> => {
  const data = demoSellers[key]
  const found = await payload.find({ collection: 'sellers', limit: 1, where: { invoicePrefix: { equals: data.invoicePrefix } } })
  if (found.docs[0]) return found.docs[0].id as number
  const created = await payload.create({ collection: 'sellers', data: data as never })
  log(`[seed] seller ${data.name}`)
  return created.id as number
}

export const seedContent = async (payload: Payload, log: Log = console.log): Promise<void> => {
  const sellers = { CAD: await sellerId(payload, 'quebec', log), EUR: await sellerId(payload, 'france', log) }
  for (const { city, title, ...event } of demoEvents) {
    const found = await payload.find({ collection: 'city-events', limit: 1, where: { slug: { equals: event.slug } } })
    if (found.docs.length) continue
    const created = await payload.create({
      collection: 'city-events',
      data: { ...event, city: city.fr, seller: sellers[event.currency as keyof typeof sellers], description: eventDescription.fr({ city: city.fr, venueName: event.venueName }), status: 'PUBLISHED' as const, title: title.fr } as never,
      locale: 'fr',
    })
    await payload.update({
      id: created.id,
      collection: 'city-events',
      data: { city: city.en, description: eventDescription.en({ city: city.en, venueName: event.venueName }), title: title.en } as never,
      locale: 'en',
    })
    log(`[seed] event ${event.slug} (${event.currency})`)
  }
  await demoContent(payload, log)
  await demoPromoCode(payload, log)
}

/**
 * Creates the demo data (README: "Running it") where it is missing: staff users with development
 * passwords, then the public content. Safe to run again: existing rows are kept.
 */
export const seed = async (payload: Payload, log: Log = console.log): Promise<void> => {
  for (const user of STAFF) {
    const found = await payload.count({ collection: 'users', where: { email: { equals: user.email } } })
    if (found.totalDocs) continue
    const password = devPassword()
    await payload.create({ collection: 'users', data: { ...user, password, roles: [...user.roles] } })
    log(`[seed] user ${user.email} / ${password} (${user.roles.join(', ')}) — development password`)
  }
  await seedContent(payload, log)
}
