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
import { runMigrations } from './src/lib/runMigrations'

const dirname = path.dirname(fileURLToPath(import.meta.url))
const serverURL = process.env.PUBLIC_SITE_URL || `http://localhost:${process.env.PORT || 3000}`

/** What a test build of the site may set on the ticketing plugin: its payment gateway and host hooks. */
export type SiteTicketingOverrides = Pick<TicketingPluginConfig, 'hooks' | 'paymentGateway'>

/** The site's config; the integration tests build it with the emulator's payment gateway and recording hooks. */
export const buildSiteConfig = (ticketing: SiteTicketingOverrides = {}) =>
  buildConfig({
    admin: {
      importMap: { baseDir: path.resolve(dirname, 'src') },
      avatar: 'default',
      meta: { titleSuffix: ' · Masterclass' },
      user: Users.slug,
    },
    collections: [Users, Media, Pages, Speakers, Faqs],
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
        production: process.env.NODE_ENV === 'production' && process.env.NEXT_PHASE !== 'phase-production-build',
        smtpUrl: process.env.SMTP_URL,
        transport: process.env.EMAIL_TRANSPORT,
      }),
    }),
    i18n: { fallbackLanguage: 'fr', supportedLanguages: { en, fr } },
    localization: {
      defaultLocale: 'fr',
      fallback: true,
      locales: [
        { code: 'fr', label: 'Français' },
        { code: 'en', label: 'English' },
      ],
    },
    onInit: async (payload) => {
      await runMigrations(payload, migrations)
    },
    plugins: [
      ticketingPlugin({
        // Editors preview an event's page (draft included) beside its form.
        collections: {
          cityEvents: ({ defaultCollection }) => ({
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
        // settings and the job switch are functions, read at run time (never baked into a build).
        financeEmail: process.env.FINANCE_EMAIL,
        publicSiteUrl: process.env.PUBLIC_SITE_URL,
        referencePrefix: 'MC',
        runJobs: () => process.env.TICKETING_RUN_JOBS !== 'false',
        stripe: {
          apiBaseUrl: () => process.env.STRIPE_API_BASE_URL,
          publishableKey: () => process.env.STRIPE_PUBLISHABLE_KEY,
          secretKey: () => process.env.STRIPE_SECRET_KEY,
          webhookSecret: () => process.env.STRIPE_WEBHOOK_SECRET,
        },
        ...ticketing,
      }),
    ],
    secret: process.env.PAYLOAD_SECRET || 'dev-only-secret-change-me-in-production',
    serverURL,
    typescript: { outputFile: path.resolve(dirname, 'src/payload-types.ts') },
  })

export default buildSiteConfig()
