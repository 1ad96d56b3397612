// Compiles src/ to dist/ (ESM JavaScript and .d.ts, tests excluded) with tsc, then makes every
// relative import fully specified (`./x` → `./x.js` or `./x/index.js`): the sources import
// without extensions, which bundlers accept but Node's ESM loader and NodeNext type resolution
// do not. Fails when an import cannot be resolved or an export target is missing.
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const dist = path.join(root, 'dist')
const pkg = JSON.parse(fs.readFileSync(path.join(root, 'package.json'), 'utf8'))
const tsc = createRequire(path.join(root, 'package.json')).resolve('typescript/bin/tsc')

const started = Date.now()
fs.rmSync(dist, { force: true, recursive: true })
const compiled = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.build.json')], { stdio: 'inherit' })
if (compiled.status !== 0) {
  console.error('[build] tsc failed')
  process.exit(compiled.status ?? 1)
}

const files = fs.readdirSync(dist, { recursive: true }).map((f) => path.join(dist, String(f)))
const outputs = files.filter((f) => f.endsWith('.js') || f.endsWith('.d.ts'))
const exists = (file) => fs.existsSync(file) && fs.statSync(file).isFile()

/** The fully specified form of a relative specifier, checked against the emitted files. */
const fullySpecified = (specifier, fromFile) => {
  const ext = fromFile.endsWith('.d.ts') ? '.d.ts' : '.js'
  const target = path.resolve(path.dirname(fromFile), specifier)
  if (specifier.endsWith('.js') && exists(target.replace(/\.js$/, ext))) return specifier
  if (exists(target + ext)) return `${specifier}.js`
  if (exists(path.join(target, `index${ext}`))) return `${specifier.replace(/\/$/, '')}/index.js`
  throw new Error(`[build] ${path.relative(root, fromFile)}: cannot resolve "${specifier}"`)
}

// `from '…'`, `import '…'`, `import('…')` (the last also in declaration files' import types).
const relativeImport = /(\bfrom\s*|\bimport\s*\(\s*|\bimport\s+)(['"])(\.{1,2}(?:\/[^'"]*)?)\2/g
let rewritten = 0
for (const file of outputs) {
  const source = fs.readFileSync(file, 'utf8')
  const next = source.replace(relativeImport, (_, lead, quote, specifier) => {
    const full = fullySpecified(specifier, file)
    if (full !== specifier) rewritten++
    return `${lead}${quote}${full}${quote}`
  })
  if (next !== source) fs.writeFileSync(file, next)
}

// Client components keep their directive at the very top (Next.js reads it there).
for (const file of outputs.filter((f) => f.endsWith('.client.js'))) {
  if (!/^['"]use client['"];?/.test(fs.readFileSync(file, 'utf8'))) throw new Error(`[build] ${path.relative(root, file)} lost 'use client'`)
}

// Every published export resolves to a built file.
for (const [entry, target] of Object.entries(pkg.publishConfig?.exports ?? {})) {
  for (const file of Object.values(typeof target === 'string' ? { default: target } : target)) {
    if (!exists(path.join(root, file))) throw new Error(`[build] export "${entry}" → ${file} was not built`)
  }
}

console.error(`[build] dist/: ${outputs.length} files, ${rewritten} imports made fully specified, ${((Date.now() - started) / 1000).toFixed(1)} s`)
