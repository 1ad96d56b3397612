import { LOCALES } from '@/i18n/locales'

/** The same path in another language: swaps (or adds) the locale segment. */
export const swapLocale = (pathname: string, target: string): string => {
  const parts = pathname.split('/')
  if ((LOCALES as readonly string[]).includes(parts[1] ?? '')) parts[1] = target
  else parts.splice(1, 0, target)
  return parts.join('/').replace(/\/$/, '') || `/${target}`
}
