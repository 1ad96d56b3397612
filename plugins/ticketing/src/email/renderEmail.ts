import { renderHtml } from './renderHtml'
import { renderText } from './renderText'
import type { EmailContent, RenderedEmail } from './types'

/**
 * Renders structured email content to a `RenderedEmail` with both a text and
 * an HTML body. The subject is kept to one line (no header injection).
 */
export function renderEmail(content: EmailContent): RenderedEmail {
  const subject = content.subject.replace(/\s*[\r\n]+\s*/g, ' ').trim()
  const normalized: EmailContent = { ...content, subject }
  return {
    subject,
    text: renderText(normalized),
    html: renderHtml(normalized),
    ...(content.attachments?.length ? { attachments: content.attachments } : {}),
    kind: content.kind,
  }
}
