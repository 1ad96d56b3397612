// npx tsx bench/documents.ts [count] — how long the document renderers take on this machine.
// Renders `count` invoices (default 1,000: French with discounts, bilingual, Québec, credit
// note and exempt, each with its own number so no two files are alike), then 300 tickets and
// 300 certificates, one after the other as the job runner does, and prints milliseconds per
// PDF (mean, p50, p95), the CPU time per PDF (what the machine's other load does not change),
// the total, and the process's memory. The first render of a process
// parses the fonts: it is reported apart.
import { renderCertificatePdf, renderInvoicePdf, renderTicketsPdf } from '../plugins/ticketing/src/documents'
import * as fixtures from '../plugins/ticketing/src/documents/testing/documentFixtures'

const count = Number(process.argv[2] ?? 1000)
const invoices = [fixtures.frenchInvoice, fixtures.bilingualInvoice, fixtures.quebecInvoice, fixtures.creditNote, fixtures.exemptInvoice]

async function measure(label: string, n: number, render: (i: number) => Promise<Buffer>) {
  const times: number[] = []
  let bytes = 0
  const cpu = process.cpuUsage()
  const started = performance.now()
  for (let i = 0; i < n; i++) {
    const t = performance.now()
    bytes += (await render(i)).length
    times.push(performance.now() - t)
  }
  const total = performance.now() - started
  const { system, user } = process.cpuUsage(cpu)
  times.sort((a, b) => a - b)
  const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1)
  console.log(
    `${label}: ${n} in ${(total / 1000).toFixed(1)} s — ${(total / n).toFixed(1)} ms/PDF (p50 ${at(0.5)}, p95 ${at(0.95)}), ` +
      `CPU ${((user + system) / 1000 / n).toFixed(1)} ms/PDF, ${Math.round(bytes / n / 1024)} KiB/PDF`,
  )
}

const cold = performance.now()
await renderInvoicePdf(fixtures.frenchInvoice)
console.log(`first invoice of the process (fonts parsed): ${(performance.now() - cold).toFixed(0)} ms`)
await measure('invoices', count, (i) => {
  const base = invoices[i % invoices.length]
  return renderInvoicePdf({ ...base, buyer: { ...base.buyer, name: `${base.buyer.name} ${i}` }, number: `${base.number.slice(0, 7)}${String(i).padStart(5, '0')}` })
})
await measure('tickets (3 pages)', 300, (i) => renderTicketsPdf(fixtures.tickets.map((t) => ({ ...t, qrSecret: `${t.qrSecret}${i}` }))))
await measure('certificates', 300, (i) => renderCertificatePdf({ ...fixtures.frenchCertificate, attendeeName: `Participant ${i}`, verificationCode: `CODE-${i}` }))
const memory = process.memoryUsage()
console.log(`memory: rss ${Math.round(memory.rss / 2 ** 20)} MiB, heap used ${Math.round(memory.heapUsed / 2 ** 20)} MiB`)
// With `node --expose-gc --import tsx bench/documents.ts`: what stays once garbage is collected (fonts, shaped words).
const { gc } = globalThis as { gc?: () => void }
if (gc) {
  gc()
  console.log(`after a full collection: heap used ${Math.round(process.memoryUsage().heapUsed / 2 ** 20)} MiB`)
}
