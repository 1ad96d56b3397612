import type { CityEvent, Media } from '@/payload-types'

import { formatDecimal } from '@masterclass/plugin-ticketing/domain'
import type { SaleState } from './saleState'
import type { Quote } from './ticketingTypes'

type Args = { description: string; event: CityEvent; quote: null | Quote; state: SaleState; url: string }

/** schema.org `Event` with its current `Offer` (price as a decimal in the event's currency). */
export const eventJsonLd = ({ description, event, quote, state, url }: Args) => {
  const image = typeof event.image === 'object' ? (event.image as Media | null) : null
  const price = quote?.unitPrice ?? event.regularPrice
  const currency = quote?.currency ?? event.currency
  return {
    '@context': 'https://schema.org',
    '@type': 'Event',
    description,
    endDate: event.endsAt ?? undefined,
    eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
    eventStatus: state === 'cancelled' ? 'https://schema.org/EventCancelled' : 'https://schema.org/EventScheduled',
    image: image?.url ? [new URL(image.url, url).toString()] : undefined,
    location: {
      '@type': 'Place',
      address: { '@type': 'PostalAddress', addressCountry: event.country, addressLocality: event.city, streetAddress: event.venueAddress ?? undefined },
      name: event.venueName ?? event.city,
    },
    name: event.title,
    offers: {
      '@type': 'Offer',
      availability: state === 'open' || state === 'notYet' ? 'https://schema.org/InStock' : 'https://schema.org/SoldOut',
      price: formatDecimal(price, currency),
      priceCurrency: currency,
      priceValidUntil: quote?.ticketType === 'EARLY_BIRD' && quote.earlyBirdEndsAt ? quote.earlyBirdEndsAt : undefined,
      url,
      validFrom: event.salesOpenAt ?? event.createdAt,
    },
    performer: { '@type': 'Person', name: 'Russ Harris' },
    startDate: event.startsAt,
  }
}
