import path from 'node:path'

import { initI18n } from '@payloadcms/translations'
import type { SanitizedConfig } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { buildSiteConfig } from '../../payload.config'
import { type Language, missingAdminTranslations } from '../helpers/adminLabels'
import { scanComponentStrings, tsxFiles } from '../helpers/componentStrings'

const repo = path.resolve(import.meta.dirname, '../..')
const NAMESPACE = 'plugin-ticketing'
/** The admin's custom components: the plugin's, and the site's own admin ones. */
const componentFiles = [...tsxFiles(path.join(repo, 'plugins/ticketing/src/components')), ...tsxFiles(path.join(repo, 'src/components/admin'))]

/** Keys whose English and French texts are rightly the same word. */
const SAME_IN_BOTH = new Set([
  'actionsTitle', 'activityAmount', 'auditAction', 'dashboardConversion', 'dashboardRevenueNone', 'description', 'image',
  'status_confirmation', 'total', 'type', 'logo', 'code', 'taxes', 'documentFile', 'checkInCodePlaceholder',
])

let config: SanitizedConfig
let i18n: Record<Language, Awaited<ReturnType<typeof initI18n>>>
let strings: Record<Language, Record<string, string>>

beforeAll(async () => {
  config = await buildSiteConfig()
  const load = (language: Language) => initI18n({ config: config.i18n, context: 'client', language })
  i18n = { en: await load('en'), fr: await load('fr') }
  const translations = config.i18n.translations as Record<Language, Record<string, Record<string, string>>>
  strings = { en: translations.en[NAMESPACE], fr: translations.fr[NAMESPACE] }
})

describe('the admin in French and English', () => {
  it('labels every field, option, description and collection of the built config in both languages', () => {
    const missing = missingAdminTranslations(config, i18n)
    expect(missing, `Admin texts missing a translation (add { en, fr } or a ${NAMESPACE} key):\n${missing.join('\n')}`).toEqual([])
  })

  it('has every plugin string in both languages, and French that is not just the English', () => {
    const problems: string[] = []
    for (const key of Object.keys(strings.en)) {
      if (!strings.fr[key]?.trim()) problems.push(`${NAMESPACE}:${key} has no French text`)
      else if (strings.fr[key] === strings.en[key] && !SAME_IN_BOTH.has(key)) problems.push(`${NAMESPACE}:${key} is "${strings.en[key]}" in French too (translate it, or list it in SAME_IN_BOTH)`)
    }
    for (const key of Object.keys(strings.fr)) if (!strings.en[key]?.trim()) problems.push(`${NAMESPACE}:${key} has no English text`)
    expect(problems, problems.join('\n')).toEqual([])
  })

  it('writes no text in the admin components, and every key they ask for exists in both languages', () => {
    expect(componentFiles.length).toBeGreaterThan(5)
    const { keys, literals } = scanComponentStrings(componentFiles, repo)
    const unknown = keys
      .map(({ file, key, line }) => ({ at: `${file}:${line}`, key: key.startsWith(`${NAMESPACE}:`) ? key.slice(NAMESPACE.length + 1) : key }))
      .flatMap(({ at, key }) => (['en', 'fr'] as const).filter((language) => !strings[language][key]).map((language) => `${at} asks for "${key}", which has no ${language} text`))
    const problems = [...literals, ...unknown]
    expect(problems, `Untranslated texts in admin components:\n${problems.join('\n')}`).toEqual([])
  })

  it('catches what it is meant to catch (a field without a label, a string in JSX)', async () => {
    const bare = { ...config, collections: [{ ...config.collections.find((c) => c.slug === 'bookings')!, fields: [{ name: 'expiresAt', label: 'Expires At', type: 'date' }] }], globals: [] }
    expect(missingAdminTranslations(bare as never, i18n)).toEqual([
      'collection "bookings" › field "expiresAt" › label is the plain string "Expires At" in every language (use { en, fr } or a translation key)',
    ])
    const fs = await import('node:fs')
    const os = await import('node:os')
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'scan-')), 'Bad.tsx')
    fs.writeFileSync(file, "export const Bad = () => <button aria-label=\"Close\" onClick={() => toast.success('Saved.')}>Refund…{tr('nope')}</button>\n")
    const scanned = scanComponentStrings([file], path.dirname(file))
    expect(scanned.literals).toEqual(['Bad.tsx:1 sets aria-label="Close"', 'Bad.tsx:1 shows "Saved." with toast.success()', 'Bad.tsx:1 writes "Refund…" in JSX'])
    expect(scanned.keys).toEqual([{ file: 'Bad.tsx', key: 'nope', line: 1 }])
  })
})
