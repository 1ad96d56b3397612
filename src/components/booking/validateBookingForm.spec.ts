import { describe, expect, it } from 'vitest'

import { bookingInput } from '@masterclass/plugin-ticketing/domain'
import en from '../../i18n/messages/en/booking.json'
import fr from '../../i18n/messages/fr/booking.json'
import { type BookingFormValues, validateBookingForm } from './validateBookingForm'

const valid: BookingFormValues = {
  attendees: [
    { email: '', name: 'Ada Lovelace' },
    { email: 'grace@example.com', name: 'Grace Hopper' },
  ],
  buyer: { email: 'ada@example.com', name: 'Ada Lovelace', phone: '+33 6 12 34 56 78' },
  quantity: 2,
}

const withChange = (change: (v: BookingFormValues) => void) => {
  const copy = structuredClone(valid)
  change(copy)
  return copy
}

// What the server answers for the same form, as field path → first message.
const serverMessages = (values: BookingFormValues) => {
  const body = {
    attendees: values.attendees.map((a) => ({ name: a.name, ...(a.email.trim() ? { email: a.email } : {}) })),
    buyer: { email: values.buyer.email, name: values.buyer.name, phone: values.buyer.phone },
    eventId: 1,
    quantity: values.quantity,
  }
  const result = bookingInput.safeParse(body)
  const out: Record<string, string> = {}
  for (const issue of result.success ? [] : result.error.issues) out[issue.path.join('.')] ??= issue.message
  return out
}

const cases: [string, BookingFormValues][] = [
  ['an empty buyer name', withChange((v) => (v.buyer.name = '   '))],
  ['a buyer name of 201 characters', withChange((v) => (v.buyer.name = 'a'.repeat(201)))],
  ['a control character in a name', withChange((v) => (v.buyer.name = 'Ada\u0007'))],
  ['an invalid email', withChange((v) => (v.buyer.email = 'ada@'))],
  ['an email of 255 characters', withChange((v) => (v.buyer.email = `${'a'.repeat(243)}@example.com`))],
  ['a local phone number', withChange((v) => (v.buyer.phone = '06 12 34 56 78'))],
  ['a phone of 33 characters', withChange((v) => (v.buyer.phone = '+3361234567812345678901234567890x'))],
  ['an empty attendee name', withChange((v) => (v.attendees[1].name = ''))],
  ['an invalid attendee email', withChange((v) => (v.attendees[1].email = 'grace'))],
]

describe('validateBookingForm', () => {
  it('accepts a complete form, with an optional attendee email left empty', () => {
    expect(validateBookingForm(valid, 10)).toEqual({})
    expect(serverMessages(valid)).toEqual({})
  })

  it.each(cases)('flags %s on the same field, with the server’s own English message', (_label, values) => {
    const server = serverMessages(values)
    const client = validateBookingForm(values, 10)
    expect(Object.keys(server).length).toBeGreaterThan(0)
    expect(Object.keys(client).sort()).toEqual(Object.keys(server).sort())
    for (const [path, key] of Object.entries(client)) expect(en.validation[key]).toBe(server[path])
  })

  it('refuses more seats than one booking allows', () => {
    expect(validateBookingForm({ ...valid, quantity: 11 }, 10)).toMatchObject({ quantity: 'quantityRange' })
  })

  it('has a French message for every key', () => {
    expect(Object.keys(fr.validation).sort()).toEqual(Object.keys(en.validation).sort())
  })
})
