import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { createEvent } from '../helpers/fixtures'
import { getTestPayload } from '../helpers/getTestPayload'
import { rest } from '../helpers/rest'
import { book } from '../helpers/ticketing'

// The public event list of the site, which is localized in French and English (the plugin's own
// flows are tested against its dev host, in plugins/ticketing/test).
let payload: Payload

beforeAll(async () => {
  payload = await getTestPayload()
})

describe('GET /api/ticketing/events', () => {
  it('lists upcoming published and sold-out events in the asked language, with live seats and a 1-seat quote', async () => {
    const listed = await createEvent(payload, { capacity: 4, city: 'Bordeaux', title: 'Masterclass Bordeaux' })
    await payload.update({ collection: 'city-events', data: { city: 'Bordeaux', title: 'Bordeaux masterclass' } as never, id: listed.id, locale: 'en' })
    const draft = await createEvent(payload, { status: 'DRAFT' })
    const past = await createEvent(payload, { endsAt: new Date(Date.now() - 3600_000).toISOString(), startsAt: new Date(Date.now() - 7200_000).toISOString() })
    await book({ eventId: listed.id })
    const res = await rest('GET', '/ticketing/events?locale=en')
    expect(res.status).toBe(200)
    const ids = res.body.events.map((e: { id: number }) => e.id)
    expect(ids).toContain(listed.id)
    expect(ids).not.toContain(draft.id)
    expect(ids).not.toContain(past.id)
    const item = res.body.events.find((e: { id: number }) => e.id === listed.id)
    expect(item).toMatchObject({ seatsAvailable: 3, title: 'Bordeaux masterclass', quote: { quantity: 1, total: 45000 } })
    expect((await rest('GET', '/ticketing/events?locale=fr')).body.events.find((e: { id: number }) => e.id === listed.id).title).toBe('Masterclass Bordeaux')
    expect((await rest('GET', '/ticketing/events?locale=xx')).status).toBe(400)
  })
})
