import type { I18n } from '@payloadcms/translations'
import type { Field, SanitizedConfig } from 'payload'

export type Language = 'en' | 'fr'
type Label = unknown
type Walk = { i18n: Record<Language, I18n>; problems: string[] }

/** Payload's internal collections and globals (jobs, preferences, locks, migrations, job stats): hidden from staff. */
const isInternal = (slug: string) => slug.startsWith('payload-')

/**
 * What is wrong with one admin text in one language, or null when it is translated: a
 * `{ en, fr }` object needs both; a function (a `plugin-ticketing` key, Payload's own
 * `t('general:…')`) must resolve, not answer its key; a plain string — which is what Payload
 * makes of a field without a label ("Expires At") — is the same in every language.
 */
const problemWith = (label: Label, language: Language, walk: Walk): null | string => {
  if (label === false || label === null) return null
  if (typeof label === 'string') return `is the plain string ${JSON.stringify(label)} in every language (use { en, fr } or a translation key)`
  if (typeof label === 'function') {
    const i18n = walk.i18n[language]
    const missing: string[] = []
    const t = (key: string, vars?: Record<string, unknown>) => {
      const text = i18n.t(key as never, vars)
      if (text === key) missing.push(key)
      return text
    }
    const text = (label as (args: { i18n: I18n; t: typeof t }) => unknown)({ i18n: { ...i18n, t } as I18n, t })
    if (missing.length) return `has no ${language} translation for ${missing.map((key) => `"${key}"`).join(', ')}`
    return typeof text === 'string' && text.trim() ? null : `resolves to an empty ${language} text`
  }
  if (typeof label === 'object') {
    const text = (label as Record<string, unknown>)[language]
    return typeof text === 'string' && text.trim() ? null : `has no ${language} text (${JSON.stringify(label)})`
  }
  return `is ${typeof label}, not a label`
}

const check = (where: string, what: string, label: Label, walk: Walk) => {
  for (const language of ['en', 'fr'] as const) {
    const problem = problemWith(label, language, walk)
    if (problem) walk.problems.push(`${where} › ${what} ${problem}`)
  }
}

const isHidden = (field: Field) => ('hidden' in field && field.hidden === true) || Boolean(field.admin && 'hidden' in field.admin && field.admin.hidden) || Boolean(field.admin && 'disabled' in field.admin && field.admin.disabled)

const walkFields = (fields: Field[], where: string, walk: Walk, prefix = '') => {
  for (const field of fields) {
    if (isHidden(field)) continue
    const name = 'name' in field && field.name ? `${prefix}${field.name}` : null
    const at = `${where} › field "${name ?? `(${field.type})`}"`
    if (name && field.type !== 'join') check(at, 'label', 'label' in field ? field.label : undefined, walk)
    if (field.type === 'collapsible') check(at, 'label', field.label, walk)
    const description = field.admin && 'description' in field.admin ? field.admin.description : undefined
    if (description !== undefined) check(at, 'description', description, walk)
    if ((field.type === 'select' || field.type === 'radio') && field.options) {
      for (const option of field.options) {
        if (typeof option === 'string') walk.problems.push(`${at} › option "${option}" has no label (shown as its raw value)`)
        else check(at, `option "${option.value}"`, option.label, walk)
      }
    }
    if (field.type === 'array' && field.labels) {
      check(at, 'singular label', field.labels.singular, walk)
      check(at, 'plural label', field.labels.plural, walk)
    }
    if (field.type === 'blocks') {
      for (const block of field.blocks ?? []) {
        const blockWhere = `${at} › block "${block.slug}"`
        check(blockWhere, 'singular label', block.labels?.singular, walk)
        check(blockWhere, 'plural label', block.labels?.plural, walk)
        walkFields(block.fields, blockWhere, walk)
      }
    }
    if (field.type === 'tabs') {
      for (const tab of field.tabs) {
        const tabName = 'name' in tab && tab.name ? tab.name : null
        check(`${where} › tab "${tabName ?? '(unnamed)'}"`, 'label', tab.label, walk)
        walkFields(tab.fields, where, walk, tabName ? `${prefix}${tabName}.` : prefix)
      }
    }
    if ('fields' in field && Array.isArray(field.fields)) {
      walkFields(field.fields, where, walk, name && (field.type === 'group' || field.type === 'array') ? `${name}.` : prefix)
    }
  }
}

/**
 * Every admin text of a built Payload config that is missing in English or French: each
 * collection's and global's labels, group, description, and each field's label, description,
 * select options, array and block labels, tabs and collapsibles. One line per missing text,
 * naming the collection or global and the field's path.
 */
export const missingAdminTranslations = (config: SanitizedConfig, i18n: Record<Language, I18n>): string[] => {
  const walk: Walk = { i18n, problems: [] }
  for (const collection of config.collections) {
    if (isInternal(collection.slug)) continue
    const where = `collection "${collection.slug}"`
    check(where, 'singular label', collection.labels.singular, walk)
    check(where, 'plural label', collection.labels.plural, walk)
    if (collection.admin.group !== undefined) check(where, 'admin group', collection.admin.group, walk)
    if (collection.admin.description !== undefined) check(where, 'description', collection.admin.description, walk)
    walkFields(collection.fields, where, walk)
  }
  for (const global of config.globals) {
    if (isInternal(global.slug)) continue
    const where = `global "${global.slug}"`
    check(where, 'label', global.label, walk)
    if (global.admin.group !== undefined) check(where, 'admin group', global.admin.group, walk)
    if (global.admin.description !== undefined) check(where, 'description', global.admin.description, walk)
    walkFields(global.fields, where, walk)
  }
  // A plain string is the same problem in both languages: said once.
  return [...new Set(walk.problems)]
}
