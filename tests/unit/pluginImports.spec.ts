import fs from 'node:fs'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

const repo = path.resolve(import.meta.dirname, '../..')
const pluginDir = path.join(repo, 'plugins/ticketing')
const manifest = JSON.parse(fs.readFileSync(path.join(pluginDir, 'package.json'), 'utf8')) as { exports: Record<string, string>; name: string }

/** Every module specifier a source file names: static imports and re-exports, dynamic imports, vi.mock. */
const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\bvi\.mock\(\s*)['"]([^'"]+)['"]/g

const sourceFiles = (dir: string): string[] =>
  fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const file = path.join(dir, entry.name)
    if (entry.isDirectory()) return sourceFiles(file)
    return /\.(mjs|js|ts|tsx)$/.test(entry.name) ? [file] : []
  })

/** Why `specifier`, imported by `file`, is not one of the plugin's public entries (null when it is fine). */
export const pluginBoundaryBreach = (file: string, specifier: string): null | string => {
  if (specifier === manifest.name || specifier.startsWith(`${manifest.name}/`)) {
    const entry = `.${specifier.slice(manifest.name.length)}`
    return entry in manifest.exports ? null : `${specifier} is not an export of ${manifest.name} (exports: ${Object.keys(manifest.exports).join(', ')})`
  }
  const target = specifier.startsWith('.') ? path.resolve(path.dirname(file), specifier) : specifier.startsWith('@/') ? path.join(repo, 'src', specifier.slice(2)) : null
  if (target && (target === pluginDir || target.startsWith(`${pluginDir}${path.sep}`))) return `${specifier} reaches into the plugin's files: import one of its exports instead`
  if (specifier.includes('plugins/ticketing')) return `${specifier} names the plugin's folder: import one of its exports instead`
  return null
}

describe('the site uses the plugin only through its package exports', () => {
  it('no file under src/ imports a plugin path that is not an export', () => {
    const breaches = sourceFiles(path.join(repo, 'src')).flatMap((file) =>
      [...fs.readFileSync(file, 'utf8').matchAll(SPECIFIER)].flatMap(([, specifier]) => {
        const why = pluginBoundaryBreach(file, specifier)
        return why ? [`${path.relative(repo, file)}: ${why}`] : []
      }),
    )
    expect(breaches).toEqual([])
  })

  it('recognises a breach: a deep package path, a relative path into the plugin, and its folder by name', () => {
    const file = path.join(repo, 'src/components/booking/example.ts')
    expect(pluginBoundaryBreach(file, '@masterclass/plugin-ticketing/domain')).toBeNull()
    expect(pluginBoundaryBreach(file, '@masterclass/plugin-ticketing')).toBeNull()
    expect(pluginBoundaryBreach(file, '@masterclass/plugin-ticketing/src/domain/salesState')).toMatch(/not an export/)
    expect(pluginBoundaryBreach(file, '../../../plugins/ticketing/src/domain/salesState')).toMatch(/reaches into/)
    expect(pluginBoundaryBreach(file, 'somewhere/plugins/ticketing/src/x')).toMatch(/names the plugin's folder/)
    expect(pluginBoundaryBreach(file, 'zod')).toBeNull()
  })
})
