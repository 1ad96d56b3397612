import config from '@payload-config'
import { getPayload } from 'payload'

import { type Locale } from '@/i18n/locales'

export const dynamic = 'force-dynamic'

export default async function HomePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params
  const payload = await getPayload({ config })
  const events = await payload.find({
    collection: 'city-events',
    locale,
    sort: 'startsAt',
    where: { status: { in: ['PUBLISHED', 'SOLD_OUT'] } },
  })
  return (
    <main>
      <h1>Masterclass ACT</h1>
      <ul>
        {events.docs.map((event) => (
          <li key={event.id}>
            {event.city} — {event.title}
          </li>
        ))}
      </ul>
    </main>
  )
}
