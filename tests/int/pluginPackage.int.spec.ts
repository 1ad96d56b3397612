// The plugin as a registry would ship it: `npm pack` (run on a copy of plugins/ticketing, so the
// shared working tree is never touched), the tarball's contents, then a new Payload + Next app
// outside the workspace that installs only the tarball and the host packages from npm, loads the
// plugin in Node, generates its import map, type-checks and builds with `next build` (the client
// bundle of the plugin's components included; the slowest step, a minute or two on 2 cores).
import { execFile } from 'node:child_process'
import fs from 'node:fs'
import { builtinModules } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { promisify } from 'node:util'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

const execFileAsync = promisify(execFile)
const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
const pluginDir = path.join(repo, 'plugins/ticketing')
const rootPkg = JSON.parse(fs.readFileSync(path.join(repo, 'package.json'), 'utf8'))
const version = (name: string): string => rootPkg.dependencies[name] ?? rootPkg.devDependencies[name]

type Packed = { filename: string; files: { path: string }[] }
type Manifest = {
  dependencies?: Record<string, string>
  exports: Record<string, Record<string, string>>
  peerDependencies?: Record<string, string>
  peerDependenciesMeta?: Record<string, { optional?: boolean }>
}

let work: string
let packed: Packed
let manifest: Manifest
const durations: Record<string, number> = {}

/** Runs a command with an environment free of the outer npm run's and Vitest's settings; its output is in the error. */
const run = async (step: string, file: string, args: string[], cwd: string, env: Record<string, string> = {}) => {
  const clean = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(npm_|NODE_ENV$|VITEST)/i.test(key)))
  const started = Date.now()
  try {
    const { stdout } = await execFileAsync(file, args, { cwd, env: { ...clean, ...env } as NodeJS.ProcessEnv, maxBuffer: 64 * 1024 * 1024 })
    return stdout
  } catch (error) {
    const { stderr = '', stdout = '' } = error as { stderr?: string; stdout?: string }
    throw new Error(`${step} failed (${file} ${args.join(' ')} in ${cwd}):\n${stdout.slice(-6000)}\n${stderr.slice(-6000)}`)
  } finally {
    durations[step] = (Date.now() - started) / 1000
  }
}

const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/')
// A package the code reads files from (`require.resolve('pkg/file.ttf')`) counts as imported.
const bareImports = (source: string) =>
  [...source.matchAll(/(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\.resolve\(\s*|\bcreateRequire\([^)]*\)\.resolve\(\s*)['"]([^'"./\s][^'"\s]*)['"]/g)].map((m) => m[1])

beforeAll(async () => {
  work = fs.mkdtempSync(path.join(os.tmpdir(), 'ticketing-package-'))
  // A copy of the plugin's directory (sources, scripts, manifest) with the workspace's modules for the build.
  const stage = path.join(work, 'plugin')
  fs.cpSync(pluginDir, stage, {
    filter: (src) => !/[/\\](node_modules|dist|\.next[^/\\]*|\.data)$|\.tgz$|\.package\.workspace\.json$/.test(src),
    recursive: true,
  })
  fs.symlinkSync(path.join(repo, 'node_modules'), path.join(stage, 'node_modules'), 'dir')
  const out = await run('pack', 'npm', ['pack', '--json', '--ignore-scripts=false', '--pack-destination', work], stage)
  packed = JSON.parse(out)[0]
  fs.mkdirSync(path.join(work, 'unpacked'))
  await run('untar', 'tar', ['xzf', path.join(work, packed.filename), '-C', path.join(work, 'unpacked')], work)
  manifest = JSON.parse(fs.readFileSync(path.join(work, 'unpacked/package/package.json'), 'utf8'))
}, 240_000)

afterAll(() => {
  if (work) fs.rmSync(work, { force: true, recursive: true })
  console.info(`[pluginPackage] seconds: ${JSON.stringify(durations)}`)
})

describe('the packed plugin', () => {
  it('holds compiled ESM and declarations for each export, and no sources, tests or tools', () => {
    const files = packed.files.map((f) => f.path)
    expect(Object.keys(manifest.exports).sort()).toEqual(['.', './client', './domain', './node-route', './rsc', './types'])
    for (const [entry, target] of Object.entries(manifest.exports)) {
      expect(target.import, entry).toMatch(/^\.\/dist\/.+\.js$/)
      expect(target.types, entry).toMatch(/^\.\/dist\/.+\.d\.ts$/)
      expect(files, entry).toContain(target.import.slice(2))
      expect(files, entry).toContain(target.types.slice(2))
    }
    expect(files.filter((f) => !f.startsWith('dist/') && !['package.json', 'README.md'].includes(f))).toEqual([])
    expect(files.filter((f) => /\.spec\.|[/\\]testing[/\\]|emulator|^dev\/|\.tsx?$(?<!\.d\.ts)/.test(f))).toEqual([])
    const clientComponents = files.filter((f) => f.endsWith('.client.js'))
    expect(clientComponents.length).toBeGreaterThanOrEqual(5)
    for (const file of clientComponents) {
      expect(fs.readFileSync(path.join(work, 'unpacked/package', file), 'utf8'), file).toMatch(/^'use client'/)
    }
  })

  it('gives the Node routes an entry that loads nothing at run time (a host route mounting it never loads the Payload config)', async () => {
    const unpacked = path.join(work, 'unpacked/package')
    const entry = path.join(unpacked, manifest.exports['./node-route'].import)
    const compiled = [entry, path.join(path.dirname(entry), '../endpoints/http/nodeRouteRegistry.js')]
    expect(fs.readFileSync(compiled[0], 'utf8')).toMatch(/from '\.\.\/endpoints\/http\/nodeRouteRegistry\.js'/)
    expect(fs.readFileSync(compiled[1], 'utf8')).not.toMatch(/^\s*import\s|\bimport\(|\brequire\(/m)
    const { NODE_ROUTE_PATHS, ticketingNodeRoute } = await import(pathToFileURL(entry).href)
    expect(NODE_ROUTE_PATHS).toEqual(['/ticketing/bookings', '/ticketing/events/:idOrSlug/quote', '/ticketing/stripe/webhook'])
    expect(typeof ticketingNodeRoute('/ticketing/bookings')).toBe('function')
  })

  it('declares exactly the packages its code imports', () => {
    const runtime = { ...manifest.dependencies, ...manifest.peerDependencies }
    const optional = new Set(Object.keys(manifest.peerDependenciesMeta ?? {}))
    const builtins = new Set(builtinModules)
    const imported = new Set<string>()
    const undeclared = new Set<string>()
    for (const file of packed.files.map((f) => f.path).filter((f) => /\.(js|d\.ts)$/.test(f))) {
      const declarations = file.endsWith('.d.ts')
      for (const specifier of bareImports(fs.readFileSync(path.join(work, 'unpacked/package', file), 'utf8'))) {
        const name = packageOf(specifier)
        if (specifier.startsWith('node:') || builtins.has(name)) continue
        imported.add(name)
        // A declaration file may lean on a types-only package (`@types/x`, an optional peer).
        const typesOnly = declarations && `@types/${name.replace(/^@(.*)\//, '$1__')}` in runtime
        if (!(name in runtime) && !typesOnly) undeclared.add(`${name} (${file})`)
      }
    }
    expect([...undeclared]).toEqual([])
    expect(Object.keys(runtime).filter((name) => !imported.has(name) && !optional.has(name))).toEqual([])
  })
})

describe('a new Payload app outside the workspace', () => {
  it('installs the tarball, loads the plugin, generates its import map and type-checks', async () => {
    const app = path.join(work, 'app')
    writeHostApp(app, path.join(work, packed.filename))
    await run('install', 'npm', ['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts'], app)
    expect(fs.realpathSync(path.join(app, 'node_modules/@masterclass/plugin-ticketing'))).not.toContain(repo)

    // Node's own ESM loader: fully specified imports and every runtime dependency present.
    const loaded = await run('load', process.execPath, ['--input-type=module', '-e', LOAD_CHECK], app)
    expect(loaded.trim()).toBe('function function')

    // Payload's CLI starts through tsx without awaiting it (`void start()` in payload/bin.js): on a
    // loaded machine it has exited 0 before loading anything (no output, the map left empty, twice
    // in CI). Such a start, without its "Generating import map" line, is tried again; the output
    // goes with any failure below.
    let generated = ''
    for (let attempt = 1; attempt <= 3 && !generated.includes('Generating import map'); attempt++) {
      generated = await run('importmap', path.join(app, 'node_modules/.bin/payload'), ['generate:importmap'], app, { PAYLOAD_SECRET: 'scratch' })
    }
    const importMap = fs.readFileSync(path.join(app, 'app/(payload)/admin/importMap.js'), 'utf8')
    for (const component of ['client#MoneyInput', 'client#ExportCsvButton', 'rsc#BookingOverview', 'rsc#TicketingDashboard', 'rsc#BookingActivity']) {
      expect(importMap, generated).toContain(`@masterclass/plugin-ticketing/${component}`)
    }

    await run('typecheck', path.join(app, 'node_modules/.bin/tsc'), ['--noEmit', '-p', 'tsconfig.json'], app)
    await run('build', path.join(app, 'node_modules/.bin/next'), ['build'], app, { NEXT_TELEMETRY_DISABLED: '1', PAYLOAD_SECRET: 'scratch' })
    expect(fs.existsSync(path.join(app, '.next/BUILD_ID'))).toBe(true)
  }, 900_000)
})

const LOAD_CHECK = `
const main = await import('@masterclass/plugin-ticketing')
await import('@masterclass/plugin-ticketing/types')
const domain = await import('@masterclass/plugin-ticketing/domain')
if (domain.formatMoney(45000, 'EUR', 'en') !== '€450.00') throw new Error('the domain entry does not format money')
const config = main.ticketingPlugin({ currencies: ['EUR'] })({ collections: [{ slug: 'users', auth: true, fields: [] }] })
if (!config.collections.some((c) => c.slug === 'bookings')) throw new Error('no bookings collection')
console.log(typeof main.ticketingPlugin, typeof main.TicketingError)
`

/** The smallest Payload + Next host: a users collection with roles and the plugin, nothing else. */
const writeHostApp = (dir: string, tarball: string) => {
  const files: Record<string, string> = {
    'package.json': JSON.stringify({
      name: 'ticketing-host-app',
      private: true,
      type: 'module',
      dependencies: {
        '@masterclass/plugin-ticketing': `file:${tarball}`,
        ...Object.fromEntries(['@payloadcms/db-postgres', '@payloadcms/next', '@payloadcms/richtext-lexical', 'graphql', 'next', 'payload', 'react', 'react-dom'].map((n) => [n, version(n)])),
      },
      devDependencies: Object.fromEntries(['@types/node', '@types/react', '@types/react-dom', 'typescript'].map((n) => [n, version(n)])),
    }),
    'tsconfig.json': JSON.stringify({
      compilerOptions: {
        allowJs: true, esModuleInterop: true, isolatedModules: true, jsx: 'react-jsx', lib: ['dom', 'dom.iterable', 'esnext'],
        module: 'esnext', moduleResolution: 'bundler', noEmit: true, paths: { '@payload-config': ['./payload.config.ts'] },
        plugins: [{ name: 'next' }], resolveJsonModule: true, skipLibCheck: true, strict: true, target: 'ES2022',
      },
      exclude: ['node_modules'],
      include: ['next-env.d.ts', '**/*.ts', '**/*.tsx'],
    }),
    'next-env.d.ts': '/// <reference types="next" />\n/// <reference types="next/image-types/global" />\n',
    'next.config.mjs': `import { withPayload } from '@payloadcms/next/withPayload'

// tsc has checked the app already; a one-off build keeps no Turbopack cache.
export default withPayload({ experimental: { turbopackFileSystemCacheForBuild: false }, typescript: { ignoreBuildErrors: true } })
`,
    'payload.config.ts': `import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { ticketingPlugin } from '@masterclass/plugin-ticketing'
import { postgresAdapter } from '@payloadcms/db-postgres'
import { lexicalEditor } from '@payloadcms/richtext-lexical'
import { buildConfig } from 'payload'

const dirname = path.dirname(fileURLToPath(import.meta.url))

export default buildConfig({
  admin: { importMap: { baseDir: dirname } },
  collections: [
    { slug: 'users', auth: true, fields: [{ name: 'roles', type: 'select', hasMany: true, options: ['admin', 'editor', 'finance'], saveToJWT: true }] },
  ],
  db: postgresAdapter({ pool: { connectionString: process.env.DATABASE_URL } }),
  // The plugin's events have a rich-text description: the host provides the editor.
  editor: lexicalEditor(),
  localization: { defaultLocale: 'en', locales: ['en', 'fr'] },
  plugins: [ticketingPlugin({ currencies: ['EUR'], holdMinutes: 20, referencePrefix: 'TK' })],
  secret: process.env.PAYLOAD_SECRET || 'scratch',
  typescript: { outputFile: path.resolve(dirname, 'payload-types.ts') },
})
`,
    // Type-checked, never loaded (the client components import CSS): the types must come through
    // the declarations, or the expect-error below fails tsc.
    'typesProbe.ts': `import { ERROR_CODES, TicketingError } from '@masterclass/plugin-ticketing'
import { BookingActions, MoneyInput } from '@masterclass/plugin-ticketing/client'
import { TicketingDashboard } from '@masterclass/plugin-ticketing/rsc'
import { quote, salesState } from '@masterclass/plugin-ticketing/domain'
import type { QuoteView, TicketingPluginConfig } from '@masterclass/plugin-ticketing/types'

export const options: TicketingPluginConfig = { currencies: ['EUR'], holdMinutes: 20, referencePrefix: 'TK' }
// @ts-expect-error holdMinutes is a number
export const wrongOptions: TicketingPluginConfig = { holdMinutes: 'twenty' }
export const soldOut: 'SOLD_OUT' = ERROR_CODES.SOLD_OUT
export const isTicketingError = (error: unknown): boolean => error instanceof TicketingError
export const components = [BookingActions, MoneyInput, TicketingDashboard]
export const open: boolean = salesState({ startsAt: '2030-01-01T00:00:00Z', status: 'PUBLISHED' }, new Date()).open
export const priced = quote({ event: { currency: 'EUR', maxPerBooking: 2, regularPrice: 100 }, now: new Date(), quantity: 1 })
export const seats = (view: QuoteView): number => view.seatsAvailable
`,
    'app/(payload)/layout.tsx': fs.readFileSync(path.join(repo, 'src/app/(payload)/layout.tsx'), 'utf8').replace("import './custom.scss'\n", ''),
    'app/(payload)/admin/[[...segments]]/page.tsx': fs.readFileSync(path.join(repo, 'src/app/(payload)/admin/[[...segments]]/page.tsx'), 'utf8'),
    'app/(payload)/admin/importMap.js': 'export const importMap = {}\n',
    // Payload's own REST route, as a new app has it (the site's adds its own JSON guard).
    'app/(payload)/api/[...slug]/route.ts': `import config from '@payload-config'
import '@payloadcms/next/css'
import { REST_DELETE, REST_GET, REST_OPTIONS, REST_PATCH, REST_POST, REST_PUT } from '@payloadcms/next/routes'

export const GET = REST_GET(config)
export const POST = REST_POST(config)
export const DELETE = REST_DELETE(config)
export const PATCH = REST_PATCH(config)
export const PUT = REST_PUT(config)
export const OPTIONS = REST_OPTIONS(config)
`,
  }
  for (const [file, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, file)), { recursive: true })
    fs.writeFileSync(path.join(dir, file), content)
  }
}
