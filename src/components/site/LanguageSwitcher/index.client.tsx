'use client'

import { usePathname } from 'next/navigation'
import type { MouseEvent } from 'react'

import { swapLocale } from './swapLocale'

export function LanguageSwitcher({ label, target, text }: { label: string; target: string; text: string }) {
  const pathname = usePathname() ?? '/'
  const href = swapLocale(pathname, target)
  // A full page load (the document's language changes); query and fragment follow (a booking link's token lives in the fragment).
  const keepState = (event: MouseEvent<HTMLAnchorElement>) => {
    event.currentTarget.href = `${href}${window.location.search}${window.location.hash}`
  }
  return (
    <a aria-label={label} className="lang-switch" href={href} hrefLang={target} lang={target} onClick={keepState}>
      {text}
    </a>
  )
}
