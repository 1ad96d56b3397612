import { describeDevHost } from './describeDevHost'

// The dev host localized in German (its default, which the plugin has no strings for) and
// English, schema by push: event texts come from city_events_locales, bookings default to 'de'
// and their emails fall back to English.
describeDevHost('push', { defaultLocale: 'de', locales: ['de', 'en'] })
