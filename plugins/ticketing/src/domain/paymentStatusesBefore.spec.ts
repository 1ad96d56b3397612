import { describe, expect, it } from 'vitest'

import { paymentStatusesBefore } from './paymentStatusesBefore'

describe('paymentStatusesBefore', () => {
  it('lists what may become PROCESSING, FAILED, PAID and DISPUTED — never a paid state going back', () => {
    expect(paymentStatusesBefore('PROCESSING')).toEqual(['PENDING', 'FAILED'])
    expect(paymentStatusesBefore('FAILED')).toEqual(['PENDING', 'PROCESSING', 'FAILED'])
    expect(paymentStatusesBefore('PAID')).toEqual(['PENDING', 'PROCESSING', 'FAILED', 'DISPUTED'])
    expect(paymentStatusesBefore('DISPUTED')).toEqual(['PAID', 'PARTIALLY_REFUNDED'])
  })
})
