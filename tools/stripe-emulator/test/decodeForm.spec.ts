import { describe, expect, it } from 'vitest'
import { decodeForm } from '../src/decodeForm.js'

describe('decodeForm', () => {
  it('decodes Stripe nested keys, indexed arrays and empty-bracket arrays', () => {
    const body =
      'amount=1500&metadata[bookingReference]=MC2026-ABC234&automatic_payment_methods[enabled]=true' +
      '&expand[0]=latest_charge&expand[1]=customer&types[]=a.b&types[]=c.d&created[gte]=123'
    expect(decodeForm(body)).toEqual({
      amount: '1500',
      metadata: { bookingReference: 'MC2026-ABC234' },
      automatic_payment_methods: { enabled: 'true' },
      expand: ['latest_charge', 'customer'],
      types: ['a.b', 'c.d'],
      created: { gte: '123' },
    })
  })

  it('percent-decodes keys and values, keeps empty values and orders sparse indexes', () => {
    expect(decodeForm('description=caf%C3%A9%20%26+co&metadata%5Bnote%5D=&expand[2]=b&expand[0]=a')).toEqual({
      description: 'café & co',
      metadata: { note: '' },
      expand: ['a', 'b'],
    })
  })

  it('keeps numeric metadata keys as a map and nests deeper objects', () => {
    expect(decodeForm('metadata[0]=x&metadata[1]=y&shipping[address][line1]=Main%20St')).toEqual({
      metadata: { '0': 'x', '1': 'y' },
      shipping: { address: { line1: 'Main St' } },
    })
  })

  it('returns an empty object for an empty body', () => {
    expect(decodeForm('')).toEqual({})
  })
})
