import { escapeHtml } from './escapeHtml'
import type { EmailContent } from './types'

const FONT = "font-family:Arial,'Helvetica Neue',Helvetica,sans-serif"
const TEXT = `${FONT};font-size:16px;line-height:1.5;color:#1f2937`
const P = `margin:0 0 16px;${TEXT}`

/** Escapes a plain-text value and keeps its line breaks. */
const html = (value: string) => escapeHtml(value).replace(/\r?\n/g, '<br>')

/** Only web links become `href`s; anything else is shown as text. */
const isWebUrl = (url: string) => /^https?:\/\/[^\s"'<>]+$/i.test(url)

function details(content: EmailContent): string {
  if (!content.details?.length) return ''
  const rows = content.details
    .map(
      ({ label, value }) =>
        `<tr><th scope="row" style="padding:8px 12px 8px 0;text-align:left;vertical-align:top;font-weight:bold;${TEXT}">${html(label)}</th>` +
        `<td style="padding:8px 0;vertical-align:top;${TEXT}">${html(value)}</td></tr>`,
    )
    .join('')
  return `<table style="width:100%;border-collapse:collapse;margin:0 0 24px;border-top:1px solid #e5e7eb;border-bottom:1px solid #e5e7eb">${rows}</table>`
}

function list(content: EmailContent): string {
  if (!content.list?.items.length) return ''
  const items = content.list.items.map((item) => `<li style="margin:0 0 4px">${html(item)}</li>`).join('')
  return (
    `<h2 style="margin:0 0 8px;${FONT};font-size:18px;line-height:1.3;color:#111827">${html(content.list.title)}</h2>` +
    `<ul style="margin:0 0 24px;padding-left:24px;${TEXT}">${items}</ul>`
  )
}

function action(content: EmailContent): string {
  if (!content.action) return ''
  const { label, url } = content.action
  if (!isWebUrl(url)) return `<p style="${P}">${html(label)}: ${html(url)}</p>`
  const href = escapeHtml(url)
  return (
    `<p style="margin:8px 0 16px"><a href="${href}" style="display:inline-block;padding:12px 24px;border-radius:6px;background-color:#1d4ed8;color:#ffffff;${FONT};font-size:16px;font-weight:bold;text-decoration:none">${html(label)}</a></p>` +
    `<p style="margin:0 0 24px;${FONT};font-size:13px;line-height:1.5;color:#4b5563;word-break:break-all"><a href="${href}" style="color:#1d4ed8">${html(url)}</a></p>`
  )
}

/**
 * The HTML body of an email: a single centred column, inline styles only,
 * real headings, a row-headed details table, a list and a link button.
 * Every value of `content` is HTML-escaped here.
 */
export function renderHtml(content: EmailContent): string {
  const paragraphs = (items: string[] = []) => items.map((item) => `<p style="${P}">${html(item)}</p>`).join('')
  const footer = content.footer
    ? `<p style="margin:24px 0 0;padding-top:16px;border-top:1px solid #e5e7eb;${FONT};font-size:13px;line-height:1.5;color:#4b5563">${html(content.footer)}</p>`
    : ''
  return [
    `<!DOCTYPE html>`,
    `<html lang="${content.lang}" dir="ltr"><head><meta charset="utf-8">`,
    `<meta name="viewport" content="width=device-width, initial-scale=1"><meta name="color-scheme" content="light">`,
    `<title>${html(content.subject)}</title></head>`,
    `<body style="margin:0;padding:0;background-color:#f3f4f6">`,
    `<div role="article" aria-label="${escapeHtml(content.subject)}" lang="${content.lang}" style="padding:24px 12px;background-color:#f3f4f6">`,
    `<div style="max-width:600px;margin:0 auto;padding:32px 24px;background-color:#ffffff;border-radius:8px">`,
    `<h1 style="margin:0 0 24px;${FONT};font-size:24px;line-height:1.3;color:#111827">${html(content.heading)}</h1>`,
    paragraphs(content.paragraphs),
    details(content),
    list(content),
    action(content),
    paragraphs(content.after),
    footer,
    `</div></div></body></html>`,
  ].join('\n')
}
