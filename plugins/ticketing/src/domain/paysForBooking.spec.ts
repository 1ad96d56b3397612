import { describe, expect, it } from 'vitest'

import { paysForBooking } from './paysForBooking'

const booking = { currency: 'EUR', paymentIntentId: 'pi_ours', total: 45000 }

describe('paysForBooking', () => {
  it('a stored PaymentIntent id decides alone', () => {
    expect(paysForBooking(booking, { amount: 45000, currency: 'eur', id: 'pi_ours' })).toBe(true)
    expect(paysForBooking(booking, { amount: 100, currency: 'usd', id: 'pi_ours' })).toBe(true)
    expect(paysForBooking(booking, { amount: 45000, currency: 'eur', id: 'pi_theirs' })).toBe(false)
  })

  it('without a stored id, only the same amount in the same currency matches', () => {
    const unstored = { ...booking, paymentIntentId: null }
    expect(paysForBooking(unstored, { amount: 45000, currency: 'eur', id: 'pi_x' })).toBe(true)
    expect(paysForBooking(unstored, { amount: 44999, currency: 'eur', id: 'pi_x' })).toBe(false)
    expect(paysForBooking(unstored, { amount: 45000, currency: 'cad', id: 'pi_x' })).toBe(false)
  })
})
