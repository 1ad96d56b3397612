export interface CardDecline {
  code: string
  decline_code: string
  message: string
}

export interface TestCard {
  brand: string
  last4: string
  funding: 'credit' | 'debit'
  country: string
  /** What confirming with this card does. */
  outcome: 'succeed' | 'requires_action' | CardDecline
}

const declined = (decline_code: string, message = 'Your card was declined.', code = 'card_declined'): CardDecline => ({ code, decline_code, message })
const visa = (last4: string, outcome: TestCard['outcome'] = 'succeed', country = 'US'): TestCard => ({
  brand: 'visa', last4, funding: 'credit', country, outcome,
})

/** Stripe's test PaymentMethod tokens accepted by `payment_method` (create/update/confirm). */
export const testCards: Readonly<Record<string, TestCard>> = {
  pm_card_visa: visa('4242'),
  pm_card_visa_debit: { ...visa('5556'), funding: 'debit' },
  pm_card_mastercard: { brand: 'mastercard', last4: '4444', funding: 'credit', country: 'US', outcome: 'succeed' },
  pm_card_amex: { brand: 'amex', last4: '8431', funding: 'credit', country: 'US', outcome: 'succeed' },
  pm_card_us: visa('4242'),
  pm_card_de: visa('0016', 'succeed', 'DE'),
  pm_card_fr: visa('0003', 'succeed', 'FR'),
  pm_card_nl: visa('0000', 'succeed', 'NL'),
  pm_card_gb: visa('0002', 'succeed', 'GB'),
  pm_card_chargeDeclined: visa('0002', declined('generic_decline')),
  pm_card_visa_chargeDeclined: visa('0002', declined('generic_decline')),
  pm_card_chargeDeclinedInsufficientFunds: visa('9995', declined('insufficient_funds', 'Your card has insufficient funds.')),
  pm_card_visa_chargeDeclinedInsufficientFunds: visa('9995', declined('insufficient_funds', 'Your card has insufficient funds.')),
  pm_card_chargeDeclinedLostCard: visa('9987', declined('lost_card')),
  pm_card_chargeDeclinedStolenCard: visa('9979', declined('stolen_card')),
  pm_card_chargeDeclinedExpiredCard: visa('0069', declined('expired_card', 'Your card has expired.', 'expired_card')),
  pm_card_chargeDeclinedIncorrectCvc: visa('0127', declined('incorrect_cvc', "Your card's security code is incorrect.", 'incorrect_cvc')),
  pm_card_chargeDeclinedProcessingError: visa(
    '0119',
    declined('processing_error', 'An error occurred while processing your card. Try again in a little bit.', 'processing_error'),
  ),
  pm_card_authenticationRequired: visa('3184', 'requires_action'),
  pm_card_threeDSecure2Required: visa('3220', 'requires_action'),
}
