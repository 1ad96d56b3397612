import { postgresAdapter } from '@payloadcms/db-postgres'
import { nodemailerAdapter } from '@payloadcms/email-nodemailer'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { en } from '@payloadcms/translations/languages/en'
import { fr } from '@payloadcms/translations/languages/fr'
import { createMailTransport, ticketingPlugin, type TicketingPluginConfig } from '@masterclass/plugin-ticketing'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig } from 'payload'

import { migrations } from './migrations'
import { Faqs } from './src/collections/Faqs'
import { livePreview } from './src/collections/livePreview'
import { Media } from './src/collections/Media'
import { Pages } from './src/collections/Pages'
import { Speakers } from './src/collections/Speakers'
import { Users } from './src/collections/Users'
import { DEVELOPMENT_SECRET, productionSettingsProblem } from './src/lib/productionSettings.mjs'
import { runMigrations } from './src/lib/runMigrations'
import { revalidateOnChange } from './src/lib/siteCache/revalidateOnChange'
import { listenSiteChanges } from './src/lib/siteCache/listenSiteChanges'
import { revalidateSite } from './src/lib/siteCache/revalidateSite'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const serverURL = process.env.PUBLIC_SITE_URL || `http://localhost:${process.env.PORT || 3000}`
/** The production server (not the build, which runs with NODE_ENV=production too). */
const productionRuntime = () => process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build'

/**
 * Payload's secret: in production a real one, and Stripe configured, or the config refuses to
 * load (one line saying what to set; mail is refused by createMailTransport); elsewhere a fixed
 * development value when unset.
 */
const payloadSecret = () => {
  if (!productionRuntime()) return process.env.PAYLOAD_SECRET || DEVELOPMENT_SECRET
  const problem = productionSettingsProblem(process.env, { mail: false })
  if (problem) throw new Error(problem)
  return process.env.PAYLOAD_SECRET!.trim()
}

/** What a test build of the site may set on the ticketing plugin: its payment gateway and host hooks. */
export type SiteTicketingOverrides = Pick<TicketingPluginConfig, 'hooks' | 'paymentGateway'>

/** The site's config; the integration tests build it with the emulator's payment gateway and recording hooks. */
export const buildSiteConfig = (ticketing: SiteTicketingOverrides = {}) =>
  buildConfig({
    admin: {
      importMap: { baseDir: path.resolve(dirname, 'src') },
      avatar: 'default',
      // Dates as the admin's language writes them: "6 déc. 2026, 13:00", "Dec 6, 2026, 1:00 PM" (date-fns PPp).
      dateFormat: 'PPp',
      meta: { titleSuffix: ' · Masterclass' },
      user: Users.slug,
    },
    // The site's pages are cached; what visitors see of these refreshes them when it changes.
    collections: [Users, ...[Media, Pages, Speakers, Faqs].map(revalidateOnChange)],
    cors: [serverURL],
    csrf: [serverURL],
    db: postgresAdapter({
      migrationDir: path.resolve(dirname, 'migrations'),
      pool: {
        connectionString: process.env.DATABASE_URL,
        max: Number(process.env.DATABASE_POOL_MAX || 10),
      },
      // The schema comes from migrations only, in every mode (never a dev push).
      push: false,
    }),
    editor: lexicalEditor(),
    email: nodemailerAdapter({
      defaultFromAddress: (process.env.EMAIL_FROM || 'Masterclass <billets@masterclass.local>').replace(/^.*<|>.*$/g, ''),
      defaultFromName: process.env.EMAIL_FROM?.includes('<') ? process.env.EMAIL_FROM.split('<')[0].trim() : 'Masterclass',
      skipVerify: true,
      // SMTP when SMTP_URL is set; otherwise each message is written to .data/mail/*.eml — in
      // production only with EMAIL_TRANSPORT=file (the build itself sends no mail).
      transport: createMailTransport({
        mailDir: path.resolve(dirname, '.data/mail'),
        production: productionRuntime(),
        smtpUrl: process.env.SMTP_URL,
        transport: process.env.EMAIL_TRANSPORT,
      }),
    }),
    i18n: { fallbackLanguage: 'fr', supportedLanguages: { en, fr } },
    localization: {
      defaultLocale: 'fr',
      fallback: true,
      locales: [
        { code: 'fr', label: { en: 'French', fr: 'Français' } },
        { code: 'en', label: { en: 'English', fr: 'Anglais' } },
      ],
    },
    onInit: async (payload) => {
      await runMigrations(payload, migrations)
      // Published changes, from any process, refresh this process's cached pages.
      listenSiteChanges(payload)
    },
    plugins: [
      ticketingPlugin({
        // Editors preview an event's page (draft included) beside its form.
        collections: {
          cityEvents: ({ defaultCollection }) =>
            revalidateOnChange({
              ...defaultCollection,
              admin: { ...defaultCollection.admin, livePreview: livePreview((slug, locale) => `/${locale}/events/${slug}`) },
            }),
        },
        currencies: ['EUR', 'CAD'],
        // The site's own voice in the buyers' emails (the plugin's defaults carry no brand).
        emails: {
          calendarProductId: '-//Masterclass//Ticketing//EN',
          // The site's booking pages (src/app/(frontend)/[locale]/book/).
          pages: {
            booking: ({ locale, reference, siteUrl }) => `${siteUrl}/${locale}/book/confirmation/${reference}`,
            certificate: ({ code, locale, number, siteUrl }) => `${siteUrl}/${locale}/certificates/${encodeURIComponent(number)}?c=${code}`,
            payment: ({ locale, reference, siteUrl }) => `${siteUrl}/${locale}/book/pay/${reference}`,
          },
          text: { en: { signOff: 'See you soon,\nThe Masterclass team' }, fr: { signOff: 'À bientôt,\nL’équipe Masterclass' } },
        },
        // The plugin reads no environment: the site maps its variables onto the options. Stripe's
        // settings, the captcha and the job switch are functions, read at run time (never baked
        // into a build). The captcha: TICKETING_CAPTCHA=on|off, else on in production only.
        captcha: () => (process.env.TICKETING_CAPTCHA === 'on' ? true : process.env.TICKETING_CAPTCHA === 'off' ? false : process.env.NODE_ENV === 'production'),
        financeEmail: process.env.FINANCE_EMAIL,
        // A sell-out, seats coming back or a cancellation reaches the cached pages at once, in
        // every app process, whoever made the change (a booking, an expiry, a refund, staff).
        onEventStatusChange: ({ slug, status }) => revalidateSite(`event ${slug} is now ${status ?? 'deleted'}`),
        publicSiteUrl: process.env.PUBLIC_SITE_URL,
        referencePrefix: 'MC',
        runJobs: () => process.env.TICKETING_RUN_JOBS !== 'false',
        // The client address behind a proxy (README, Security): how many proxies append to
        // X-Forwarded-For, or X-Real-IP; none by default (the socket's address).
        trustedProxyCount: Number(process.env.TRUSTED_PROXY_COUNT || 0),
        trustedProxyHeader: (process.env.TRUSTED_PROXY_HEADER || undefined) as 'x-forwarded-for' | 'x-real-ip' | undefined,
        stripe: {
          apiBaseUrl: () => process.env.STRIPE_API_BASE_URL,
          publishableKey: () => process.env.STRIPE_PUBLISHABLE_KEY,
          secretKey: () => process.env.STRIPE_SECRET_KEY,
          webhookSecret: () => process.env.STRIPE_WEBHOOK_SECRET,
        },
        ...ticketing,
      }),
    ],
    secret: payloadSecret(),
    serverURL,
    typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  })

export default buildSiteConfig()
