import { mkdir, readFile, rename, writeFile } from 'node:fs/promises'
import path from 'node:path'

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error))

/**
 * Reads the state file and hands its text to `restore`. A missing file is a fresh start; an unreadable or
 * invalid one is ignored with one line on stderr (it is replaced on the next save). Never throws.
 */
export async function loadStateFile(file: string, restore: (text: string) => void): Promise<void> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return
    console.warn(`[stripe-emulator] cannot read state file ${file} (${describe(error)}); starting empty`)
    return
  }
  try {
    restore(text)
  } catch (error) {
    console.warn(`[stripe-emulator] ignoring corrupt state file ${file} (${describe(error)}); starting empty`)
  }
}

/**
 * Saves the emulator's state to a JSON file, off the request path: `schedule()` after each change starts
 * one timer (so at most one save per `intervalMs`), saves never overlap, nothing is written without a
 * change (nor when the content is identical), and each save writes `<file>.tmp` then renames it over `file`, so the file is always whole.
 */
export class StateFileWriter {
  private timer: NodeJS.Timeout | null = null
  private queue: Promise<void> = Promise.resolve()
  private lastSaved: string | null = null
  private dirty = false
  private failing = false
  private closed = false

  constructor(
    private readonly file: string,
    private readonly serialize: () => string,
    private readonly intervalMs = 200,
  ) {}

  /** Marks the state as changed; a save follows within `intervalMs`. */
  schedule(): void {
    if (this.closed) return
    this.dirty = true
    if (this.timer) return
    this.timer = setTimeout(() => {
      this.timer = null
      void this.save()
    }, this.intervalMs)
    this.timer.unref()
  }

  /** Saves pending changes now (after any save in progress); resolves once the file is written. */
  flush(): Promise<void> {
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    return this.save()
  }

  /** Final flush; later changes are no longer saved (so a closed emulator never overwrites a successor's file). */
  async close(): Promise<void> {
    await this.flush()
    this.closed = true
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
  }

  private save(): Promise<void> {
    this.queue = this.queue.then(() => this.write())
    return this.queue
  }

  private async write(): Promise<void> {
    if (this.closed || !this.dirty) return
    this.dirty = false
    try {
      const text = this.serialize()
      if (text === this.lastSaved) return
      const tmp = `${this.file}.tmp`
      await mkdir(path.dirname(this.file), { recursive: true })
      await writeFile(tmp, text)
      await rename(tmp, this.file)
      this.lastSaved = text
      this.failing = false
    } catch (error) {
      // One line per run of failures, not one per save.
      if (!this.failing) console.warn(`[stripe-emulator] cannot save state file ${this.file} (${describe(error)})`)
      this.failing = true
      this.dirty = true // retried on the next change or flush
    }
  }
}
