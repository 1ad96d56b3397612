import { describe, expect, it } from 'vitest'

import { buildDevConfig } from '../dev/payload.config'

// The plugin's SQL names its tables as the adapter makes them from the slugs: a host that
// renames one (dbName on a collection override) is stopped when its config is built, with
// what to do, rather than failing later on a missing table.
describe('a host that renames the bookings table', () => {
  it('is refused at start-up with a clear message', async () => {
    const build = () => buildDevConfig({ collections: { bookings: ({ defaultCollection }) => ({ ...defaultCollection, dbName: 'ticket_bookings' }) } })
    await expect(build()).rejects.toThrow(
      'ticketingPlugin: the "bookings" collection cannot be renamed with dbName (got "ticket_bookings"): the plugin\'s SQL uses the table "bookings". Remove dbName from that collection override',
    )
  })

  it('keeps working when an override leaves the table name alone (or names it as the adapter would)', async () => {
    const config = await buildDevConfig({
      collections: {
        bookings: ({ defaultCollection }) => ({ ...defaultCollection, admin: { ...defaultCollection.admin, group: 'Sales' } }),
        cityEvents: ({ defaultCollection }) => ({ ...defaultCollection, dbName: 'city_events' }),
      },
    })
    expect(config.collections.find((c) => c.slug === 'bookings')?.admin.group).toBe('Sales')
  })
})
