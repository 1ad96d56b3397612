// `npm pack` / `npm publish` helper. In the workspace, `exports` point at the TypeScript
// sources; a published package must point at dist/. pnpm applies `publishConfig` by itself,
// npm does not: `apply` (prepack) writes the published manifest for the length of the pack and
// keeps the workspace one aside, `restore` (postpack) puts it back. npm skips postpack when the
// pack fails, so `apply` also leaves a small watcher that restores the workspace manifest once
// the npm process has exited, whatever the outcome.
import { execFileSync, spawn } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const manifest = path.join(root, 'package.json')
const kept = path.join(root, '.package.workspace.json')

const restore = () => {
  try {
    fs.renameSync(kept, manifest)
  } catch (error) {
    if (error.code !== 'ENOENT') throw error // nothing kept aside: already restored
  }
}

/** The npm process running this lifecycle script: the first ancestor that is not a shell. */
const npmProcess = () => {
  let pid = process.ppid
  for (let depth = 0; depth < 4; depth++) {
    const [ppid, ...command] = execFileSync('ps', ['-o', 'ppid=,comm=', '-p', String(pid)], { encoding: 'utf8' }).trim().split(/\s+/)
    if (!/^-?(sh|bash|dash|zsh)$/.test(command.join(' '))) return pid
    pid = Number(ppid)
  }
  return null
}

const alive = (pid) => {
  try {
    process.kill(pid, 0)
    return true
  } catch {
    return false
  }
}

/** The workspace manifest with publishConfig's exports, main and types in place, and no scripts (they need src/). */
const toPublished = (pkg) => {
  const { exports, main, types, ...publishConfig } = pkg.publishConfig ?? {}
  if (!exports) throw new Error('packManifest: publishConfig.exports is missing')
  const published = {}
  for (const [key, value] of Object.entries(pkg)) {
    if (key === 'scripts') continue
    if (key === 'publishConfig') {
      if (Object.keys(publishConfig).length) published.publishConfig = publishConfig
      continue
    }
    if (key === 'exports') Object.assign(published, { exports, main, types })
    else published[key] = value
  }
  return published
}

const action = process.argv[2]
if (action === 'apply') {
  restore() // a pack that failed before postpack left the published manifest in place
  const text = fs.readFileSync(manifest, 'utf8')
  const published = JSON.stringify(toPublished(JSON.parse(text)), null, 2) + '\n'
  fs.writeFileSync(kept, text)
  fs.writeFileSync(manifest, published)
  let npm = null
  try {
    npm = npmProcess()
  } catch {
    // no `ps` here: postpack alone restores the manifest
  }
  if (npm) spawn(process.execPath, [fileURLToPath(import.meta.url), 'watch', String(npm)], { detached: true, stdio: 'ignore' }).unref()
} else if (action === 'restore') {
  restore()
} else if (action === 'watch') {
  const pid = Number(process.argv[3])
  const timer = setInterval(() => {
    if (alive(pid)) return
    clearInterval(timer)
    restore()
  }, 200)
} else {
  console.error('usage: node scripts/packManifest.mjs apply|restore')
  process.exit(1)
}
