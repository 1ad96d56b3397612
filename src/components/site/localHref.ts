import { LOCALES } from '@/i18n/locales'

/** An editor's link in the visitor's language: "/book/paris-2027" → "/fr/book/paris-2027"; anchors and full URLs unchanged. */
export const localHref = (link: string, locale: string): string => {
  if (!link.startsWith('/') || link.startsWith('//')) return link
  const first = link.split(/[/?#]/)[1] ?? ''
  return (LOCALES as readonly string[]).includes(first) ? link : `/${locale}${link}`
}
