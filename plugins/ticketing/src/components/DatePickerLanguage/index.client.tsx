'use client'
import { useTranslation } from '@payloadcms/ui'
import type { ReactNode } from 'react'
import { registerLocale, setDefaultLocale } from 'react-datepicker'

/** react-datepicker's names for the admin's languages where they differ (as Payload's DatePicker maps them). */
const PICKER_NAMES: Record<string, string> = { en: 'enUS', my: 'enUS', ua: 'uk', zh: 'zhCN' }

/**
 * Around the admin: gives the date pickers the admin's language before they first render.
 * Payload's DatePicker registers it in an effect, after its first render, so a date field that
 * never re-renders (a form just opened) showed "Feb 4, 2027, 6:39 PM" in the French admin.
 */
export const DatePickerLanguage = ({ children }: { children?: ReactNode }) => {
  const { i18n } = useTranslation()
  if (i18n.dateFNS) {
    const name = PICKER_NAMES[i18n.language] ?? i18n.language
    registerLocale(name, i18n.dateFNS as never)
    setDefaultLocale(name)
  }
  return <>{children}</>
}
