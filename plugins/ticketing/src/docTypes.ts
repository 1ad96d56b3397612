/** The plugin's own view of its documents, independent of the host's generated types. */
export type CityEventDoc = {
  id: number
  capacity: number
  city: string
  currency: string
  earlyBirdDeadline?: null | string
  earlyBirdPrice?: null | number
  endsAt?: null | string
  groupDiscountPercent?: null | number
  groupMinimum?: null | number
  holdMinutes: number
  maxPerBooking: number
  regularPrice: number
  salesCloseAt?: null | string
  salesOpenAt?: null | string
  slug: string
  startsAt: string
  status: 'CANCELLED' | 'COMPLETED' | 'DRAFT' | 'PUBLISHED' | 'SOLD_OUT'
  timezone: string
  title: string
  venueAddress?: null | string
  venueName?: null | string
}
