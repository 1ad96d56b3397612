import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Endpoint } from 'payload'

import { defineEndpoint } from '../http/defineEndpoint'

export const SCANNER_WASM_PATH = '/ticketing/check-in/zxing_reader.wasm'

let wasm: Buffer | undefined

/** The QR reader's WebAssembly (zxing-wasm), found from this module or from the application's directory when bundled. */
const readWasm = (): Buffer => {
  if (wasm) return wasm
  for (const base of [import.meta.url, pathToFileURL(path.join(process.cwd(), 'package.json')).href]) {
    try {
      const require = createRequire(base)
      wasm = readFileSync(require.resolve('zxing-wasm/reader/zxing_reader.wasm'))
      return wasm
    } catch {
      // Not reachable from there: try the next base.
    }
  }
  throw new Error('The QR reader (zxing-wasm) is not installed')
}

/**
 * GET /api/ticketing/check-in/zxing_reader.wasm — the QR reader the scanner page uses where the
 * browser has no BarcodeDetector of its own (the barcode-detector polyfill), served by the site
 * itself so scanning never depends on a CDN. Public, like any script of the admin.
 */
export const scannerWasmEndpoint = (): Endpoint =>
  defineEndpoint('get', SCANNER_WASM_PATH, async () => {
    return new Response(new Uint8Array(readWasm()), {
      headers: { 'Cache-Control': 'public, max-age=86400', 'Content-Type': 'application/wasm' },
    })
  })
