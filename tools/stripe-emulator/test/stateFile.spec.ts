import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { loadStateFile, StateFileWriter } from '../src/stateFile.js'

let dir: string
beforeEach(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'stripe-emulator-writer-'))
})
afterEach(async () => {
  vi.useRealTimers()
  vi.restoreAllMocks()
  await rm(dir, { recursive: true, force: true })
})

describe('StateFileWriter', () => {
  it('coalesces changes into one save per interval, written atomically, and flushes on close', async () => {
    vi.useFakeTimers()
    const file = path.join(dir, 'a', 'b', 'state.json')
    let version = 0
    const serialize = vi.fn(() => JSON.stringify({ version }))
    const writer = new StateFileWriter(file, serialize, 200)
    for (const next of [1, 2, 3]) {
      version = next
      writer.schedule()
    }
    expect(serialize).not.toHaveBeenCalled() // nothing happens on the request path
    await vi.advanceTimersByTimeAsync(199)
    expect(serialize).not.toHaveBeenCalled()
    await vi.advanceTimersByTimeAsync(1)
    expect(serialize).toHaveBeenCalledTimes(1) // the timer started the save
    await writer.flush() // waits for that save; nothing new to write
    expect(serialize).toHaveBeenCalledTimes(1)
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ version: 3 })
    expect(await readdir(path.dirname(file))).toEqual(['state.json']) // the .tmp file was renamed

    version = 4
    writer.schedule()
    await writer.close() // before the timer fires
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ version: 4 })
    version = 5
    writer.schedule()
    await vi.advanceTimersByTimeAsync(1000)
    await writer.flush()
    expect(JSON.parse(await readFile(file, 'utf8'))).toEqual({ version: 4 }) // closed: no later writes
    expect(serialize).toHaveBeenCalledTimes(2)
  })

  it('logs a failed save once and keeps running', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    await writeFile(path.join(dir, 'blocker'), 'a file, not a folder')
    const writer = new StateFileWriter(path.join(dir, 'blocker', 'state.json'), () => '{}')
    writer.schedule()
    await writer.flush()
    writer.schedule()
    await writer.flush()
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0][0])).toContain('cannot save state file')
  })
})

describe('loadStateFile', () => {
  it('is silent for a missing file and warns once for an unreadable one', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const restore = vi.fn()
    await loadStateFile(path.join(dir, 'missing.json'), restore)
    expect(warn).not.toHaveBeenCalled()
    await loadStateFile(dir, restore) // a directory: EISDIR
    expect(warn).toHaveBeenCalledTimes(1)
    expect(String(warn.mock.calls[0][0])).toContain('cannot read state file')
    expect(restore).not.toHaveBeenCalled()
  })
})
