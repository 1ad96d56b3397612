/** What a caller's `use` answers when the drawn reference is already taken: draw another. */
export const REFERENCE_TAKEN: unique symbol = Symbol('ticketing.referenceTaken')

const ATTEMPTS = 8

/**
 * The one rule for giving a booking its reference: draw one, let `use` try it (insert the
 * booking, or check it is free), and draw again while it answers REFERENCE_TAKEN. The unique
 * index on bookings.reference stays the guarantee; this only makes a collision (about 1 in
 * 10^9 per draw) a retry, not an error.
 */
export const uniqueReference = async <T>(generate: () => string, use: (reference: string) => Promise<T | typeof REFERENCE_TAKEN>): Promise<T> => {
  for (let attempt = 0; attempt < ATTEMPTS; attempt++) {
    const result = await use(generate())
    if (result !== REFERENCE_TAKEN) return result
  }
  throw new Error(`No free booking reference after ${ATTEMPTS} attempts`)
}
