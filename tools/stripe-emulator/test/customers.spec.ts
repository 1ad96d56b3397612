import Stripe from 'stripe'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { type Harness, startHarness } from './startHarness.js'

let h: Harness
beforeAll(async () => {
  h = await startHarness()
})
afterAll(() => h.close())
beforeEach(() => h.reset())

describe('Customers', () => {
  it('creates, retrieves, updates and deletes customers', async () => {
    const customer = await h.stripe.customers.create({ email: 'ada@example.com', name: 'Ada', metadata: { userId: '42' } })
    expect(customer).toMatchObject({ object: 'customer', email: 'ada@example.com', name: 'Ada', metadata: { userId: '42' }, livemode: false, balance: 0 })
    expect(customer.id).toMatch(/^cus_/)
    const updated = await h.stripe.customers.update(customer.id, { phone: '+3312345678' })
    expect(updated.phone).toBe('+3312345678')
    expect(await h.stripe.customers.retrieve(customer.id)).toMatchObject({ id: customer.id, phone: '+3312345678' })
    const deleted = await h.stripe.customers.del(customer.id)
    expect(deleted).toMatchObject({ id: customer.id, object: 'customer', deleted: true })
    expect(await h.stripe.customers.retrieve(customer.id)).toMatchObject({ deleted: true })
  })

  it('refuses to delete a customer twice, or one that never existed, as Stripe does (404 resource_missing)', async () => {
    const customer = await h.stripe.customers.create({ email: 'gone@example.com' })
    await h.stripe.customers.del(customer.id)
    for (const id of [customer.id, 'cus_never']) {
      const again = await h.stripe.customers.del(id).catch((e: unknown) => e)
      expect(again).toMatchObject({ code: 'resource_missing', statusCode: 404, message: `No such customer: '${id}'` })
    }
    // A deleted customer is no longer found by email.
    expect((await h.stripe.customers.list({ email: 'gone@example.com' })).data).toEqual([])
  })

  it('lists by exact email and searches by email (case-insensitive) and metadata', async () => {
    const ada = await h.stripe.customers.create({ email: 'ada@example.com', metadata: { tier: 'gold' } })
    await h.stripe.customers.create({ email: 'bob@example.com' })
    const ada2 = await h.stripe.customers.create({ email: 'ada@example.com' })
    const listed = await h.stripe.customers.list({ email: 'ada@example.com' })
    expect(listed.data.map((c) => c.id)).toEqual([ada2.id, ada.id])
    const searched = await h.stripe.customers.search({ query: "email:'ADA@example.com'" })
    expect(searched.object).toBe('search_result')
    expect(searched.data.map((c) => c.id).sort()).toEqual([ada.id, ada2.id].sort())
    const gold = await h.stripe.customers.search({ query: "metadata['tier']:'gold'" })
    expect(gold.data.map((c) => c.id)).toEqual([ada.id])
    const paged = await h.stripe.customers.search({ query: "email~'example'", limit: 2 })
    expect(paged).toMatchObject({ has_more: true })
    const rest = await h.stripe.customers.search({ query: "email~'example'", limit: 2, page: paged.next_page ?? undefined })
    expect(rest.data).toHaveLength(1)
    expect(rest.has_more).toBe(false)
  })

  it('validates emails and unknown parameters', async () => {
    const badEmail = await h.stripe.customers.create({ email: 'not-an-email' }).catch((e: unknown) => e)
    expect(badEmail).toMatchObject({ code: 'email_invalid', param: 'email' })
    const unknown = await h.stripe.customers.list({ mail: 'x' } as Stripe.CustomerListParams).catch((e: unknown) => e)
    expect(unknown).toMatchObject({ code: 'parameter_unknown', param: 'mail' })
    const missing = await h.stripe.customers.retrieve('cus_missing').catch((e: unknown) => e)
    expect(missing).toMatchObject({ statusCode: 404, message: "No such customer: 'cus_missing'" })
  })
})
