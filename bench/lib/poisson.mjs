// Open-loop load: requests arrive at random (Poisson) times at `rate` per second, at most
// `clients` in flight — visitors reading a price now and then, not clients firing in lockstep.
import http from 'node:http'

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0

export const loadPoisson = async ({ base, clients, path, rate, seconds }) => {
  const agent = new http.Agent({ keepAlive: true, maxSockets: clients })
  const { hostname, port } = new URL(base)
  const latencies = []
  const codes = {}
  let inFlight = 0
  let dropped = 0
  const pending = []
  const send = () =>
    new Promise((resolve) => {
      const started = performance.now()
      inFlight++
      const req = http.get({ agent, hostname, path: path(), port }, (res) => {
        res.resume()
        res.on('end', () => {
          latencies.push(performance.now() - started)
          codes[res.statusCode] = (codes[res.statusCode] ?? 0) + 1
          inFlight--
          resolve()
        })
      })
      req.on('error', () => {
        inFlight--
        codes.error = (codes.error ?? 0) + 1
        resolve()
      })
    })
  const until = performance.now() + seconds * 1000
  let next = performance.now()
  while (next < until) {
    next += -Math.log(1 - Math.random()) * (1000 / rate)
    const wait = next - performance.now()
    if (wait > 1) await new Promise((resolve) => setTimeout(resolve, wait))
    if (inFlight >= clients) dropped++
    else pending.push(send())
  }
  await Promise.all(pending)
  agent.destroy()
  latencies.sort((a, b) => a - b)
  return { codes, dropped, p50: percentile(latencies, 50), p99: percentile(latencies, 99), sent: latencies.length }
}
