// A helper process started in its own process group (a Ctrl-C in the terminal does not reach
// it), with a pipe on its stdin so it can notice that its parent is gone. stop() ends it with
// SIGTERM and waits, with SIGKILL after `graceMs`.
import { spawn } from 'node:child_process'

export const startBackground = (command, args, { env = process.env, graceMs = 10_000 } = {}) => {
  const child = spawn(command, args, { detached: true, env, stdio: ['pipe', 'inherit', 'inherit'] })
  const exited = new Promise((resolve) => child.once('exit', resolve))
  let stopping
  const stop = () =>
    (stopping ??= (async () => {
      if (child.exitCode === null && child.signalCode === null) {
        try {
          process.kill(-child.pid, 'SIGTERM')
        } catch {}
        const timer = setTimeout(() => {
          try {
            process.kill(-child.pid, 'SIGKILL')
          } catch {}
        }, graceMs)
        await exited
        clearTimeout(timer)
      }
      child.stdin.destroy()
    })())
  return { child, exited, stop }
}
