import type { Locale } from './locales'

/**
 * The site's messages for one language: one namespace per area (`site` for the marketing
 * pages, `booking` for the booking flow), each kept in its own file.
 */
export const loadMessages = async (locale: Locale) => {
  const [site, booking, promo, waitlist] = await Promise.all([
    import(`./messages/${locale}/site.json`).then((m) => m.default),
    import(`./messages/${locale}/booking.json`).then((m) => m.default),
    import(`./messages/${locale}/promo.json`).then((m) => m.default),
    import(`./messages/${locale}/waitlist.json`).then((m) => m.default),
  ])
  return { booking, promo, site, waitlist }
}
