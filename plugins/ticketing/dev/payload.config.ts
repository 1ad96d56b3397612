import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { buildConfig, type Config, type Migration } from 'payload'

import { ticketingPlugin, type TicketingPluginConfig } from '@masterclass/plugin-ticketing'
import { devUser } from './helpers/credentials'
import { testEmailAdapter } from './helpers/testEmailAdapter'
import { migrations } from './migrations'
import { seed } from './seed'
import { staffRolesByPosition, Users } from './staff'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export type DevSchema = 'migrations' | 'push'

export type DevConfigOptions = {
  /** PostgreSQL database of this host (never the site's: push and migrations must not meet). */
  databaseUrl?: string
  /** `push`: Payload pushes the schema (dev); `migrations`: dev/migrations are applied at start. */
  schema?: DevSchema
  /** Create the dev owner at start. */
  seed?: boolean
  /**
   * Unset (the dev host as committed, which dev/migrations describe): not localized. Tests also
   * run it localized, in locales the plugin has no strings for, with schema push.
   */
  localization?: Config['localization']
  /** The plugin's Stripe settings (the dev server maps its environment; tests point them at the emulator). */
  stripe?: TicketingPluginConfig['stripe']
  /** The plugin's collection overrides (tests rename a table with them). */
  collections?: TicketingPluginConfig['collections']
  /** Whether this process runs the plugin's queues on their schedule (tests run jobs themselves). */
  runJobs?: TicketingPluginConfig['runJobs']
}

/**
 * A second host for the ticketing plugin, laid out like Payload's plugin template: only its
 * own `users` (staff roles from a `position` select, mapped through `staffRoles`) and the
 * plugin. Not localized (the plugin's event texts then live in `city_events` itself), no media,
 * no site collections.
 */
export const buildDevConfig = ({ collections, databaseUrl = process.env.DATABASE_URL, localization, runJobs, schema = 'push', seed: withSeed = false, stripe }: DevConfigOptions = {}) =>
  buildConfig({
    admin: {
      autoLogin: withSeed ? devUser : false,
      importMap: { baseDir: path.resolve(dirname), importMapFile: path.resolve(dirname, 'app/(payload)/admin/importMap.js') },
      user: Users.slug,
    },
    collections: [Users],
    db: postgresAdapter({
      migrationDir: path.resolve(dirname, 'migrations'),
      pool: { connectionString: databaseUrl, max: Number(process.env.DATABASE_POOL_MAX || 10) },
      push: schema === 'push',
    }),
    // The plugin's event description is rich text: the host provides the editor.
    editor: lexicalEditor(),
    email: testEmailAdapter,
    ...(localization ? { localization } : {}),
    onInit: async (payload) => {
      if (schema === 'migrations' && process.env.PAYLOAD_MIGRATING !== 'true') {
        await payload.db.migrate({ migrations: migrations as unknown as Migration[] })
      }
      if (withSeed) await seed(payload)
    },
    plugins: [
      ticketingPlugin({
        captcha: false,
        // Its tests send each visitor's address in X-Forwarded-For, as one proxy would.
        trustedProxyCount: Number(process.env.TRUSTED_PROXY_COUNT || 0),
        collections,
        // The host's own voice in the buyers' emails (any text, per language).
        emails: { senderName: 'Dev host box office', text: { en: { signOff: 'Thanks,\nThe dev host box office' } } },
        currencies: ['EUR', 'JPY'],
        referencePrefix: 'DEV',
        runJobs,
        staffRoles: staffRolesByPosition,
        stripe,
      }),
    ],
    secret: process.env.PAYLOAD_SECRET || 'dev-host-secret',
    // The repository's tsconfig sees this folder too: the host's types must never be written
    // or declared globally here, or they would replace the site's generated types.
    typescript: { autoGenerate: false, declare: false, outputFile: path.resolve(dirname, 'payload-types.ts') },
  })

// `npm run dev` and the Payload CLI (PAYLOAD_CONFIG_PATH=plugins/ticketing/dev/payload.config.ts).
export default buildDevConfig({
  schema: process.env.TICKETING_DEV_SCHEMA === 'migrations' ? 'migrations' : 'push',
  seed: process.env.NODE_ENV !== 'test',
  stripe: {
    apiBaseUrl: () => process.env.STRIPE_API_BASE_URL,
    publishableKey: () => process.env.STRIPE_PUBLISHABLE_KEY,
    secretKey: () => process.env.STRIPE_SECRET_KEY,
    webhookSecret: () => process.env.STRIPE_WEBHOOK_SECRET,
  },
})
