import type { PayloadRequest } from 'payload'

import { type CsvCopy, type ExportCsvOptions, openExportCsv } from '../../db/reports/exportCsv'
import { csvRecordEnds } from '../../domain/csvRecordEnds'

export { CSV_COLUMNS, type ExportFilters } from '../../db/reports/exportCsv'

const BOM = Buffer.from('\uFEFF')

/**
 * The finance export as a stream. PostgreSQL writes the CSV itself (COPY … TO STDOUT:
 * RFC 4180 quoting, amounts, dates and formula neutralisation done in SQL); this adds the UTF-8
 * BOM and CRLF record ends and hands it on chunk by chunk, one chunk read from the database per
 * chunk taken by the client, so memory stays flat whatever the number of bookings. The first
 * chunk is read before answering, so a failing query is still an error response; a client that
 * goes away stops the COPY and frees its connection.
 */
export const bookingsCsv = async (req: PayloadRequest, options: ExportCsvOptions): Promise<ReadableStream<Uint8Array>> =>
  csvStream(await openExportCsv(req.payload, options))

/** A COPY's CSV as a response body: BOM first, CRLF record ends, one database chunk per chunk the client takes. */
export const csvStream = async (copy: CsvCopy): Promise<ReadableStream<Uint8Array>> => {
  const toCrlf = csvRecordEnds()
  let first: Buffer | null
  try {
    first = await copy.next()
  } catch (error) {
    await copy.cancel()
    throw error
  }
  return new ReadableStream<Uint8Array>(
    {
      cancel: () => copy.cancel(),
      start: (controller) => {
        controller.enqueue(first ? Buffer.concat([BOM, toCrlf(first)]) : BOM)
        first = null
      },
      pull: async (controller) => {
        const chunk = await copy.next()
        if (chunk) controller.enqueue(toCrlf(chunk))
        else controller.close()
      },
    },
    { highWaterMark: 1 },
  )
}
