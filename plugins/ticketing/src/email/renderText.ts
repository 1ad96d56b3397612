import type { EmailContent } from './types'

const indent = (value: string, prefix: string) => value.split('\n').join(`\n${prefix}`)

/**
 * The plain-text body of an email: heading, paragraphs, `Label: value` details
 * (`Label : value` in French; continuation lines indented), a bulleted list,
 * the action's label then URL, closing paragraphs and a footer after a `-- `
 * signature separator.
 */
export function renderText(content: EmailContent): string {
  // French typography puts a (no-break) space before a colon.
  const colon = content.lang === 'fr' ? '\u00a0: ' : ': '
  const blocks: string[] = [content.heading, ...content.paragraphs]
  if (content.details?.length) {
    blocks.push(
      content.details.map(({ label, value }) => `${label}${colon}${indent(value, '  ')}`).join('\n'),
    )
  }
  if (content.list?.items.length) {
    blocks.push([content.list.title, ...content.list.items.map((item) => `- ${indent(item, '  ')}`)].join('\n'))
  }
  if (content.action) blocks.push(`${content.action.label}${colon.trimEnd()}\n${content.action.url}`)
  blocks.push(...(content.after ?? []))
  if (content.footer) blocks.push(`-- \n${content.footer}`)
  return `${blocks.join('\n\n')}\n`
}
