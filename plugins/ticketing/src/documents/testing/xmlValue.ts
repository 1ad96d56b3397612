import { convert } from 'xmlbuilder2'

type XmlNode = Record<string, unknown> | string | XmlNode[]

/** Parses XML into xmlbuilder2's object form (`{ 'ram:ID': '…', '@attr': '…', '#': text }`). */
export const parseXml = (xml: string) => convert(xml, { format: 'object' }) as Record<string, XmlNode>

/**
 * The text at a slash-separated path of element names (`rsm:ExchangedDocument/ram:ID`); a
 * numeric step picks one of repeated elements. Undefined when the path is absent.
 */
export function xmlValue(node: unknown, path: string): string | undefined {
  let current: unknown = node
  for (const step of path.split('/')) {
    if (current == null) return undefined
    if (/^\d+$/.test(step)) current = Array.isArray(current) ? current[Number(step)] : Number(step) === 0 ? current : undefined
    else current = Array.isArray(current) ? undefined : (current as Record<string, unknown>)[step]
  }
  if (current && typeof current === 'object' && '#' in current) return String((current as Record<string, unknown>)['#'])
  return typeof current === 'string' ? current : undefined
}
