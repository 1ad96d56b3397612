import type { Field } from 'payload'

import { tl } from '../translations'
import { en, type TicketingTranslationKey } from '../translations/languages/en'

const isKey = (name: string): name is TicketingTranslationKey => Object.hasOwn(en, name)

/** Gives every named field (rows and collapsibles included) its translated label, unless it has one. */
export const withLabels = (fields: Field[]): Field[] =>
  fields.map((field) => {
    const next = { ...field } as Field & { fields?: Field[]; label?: unknown; name?: string }
    if ('fields' in next && Array.isArray(next.fields)) next.fields = withLabels(next.fields)
    if (next.name && next.label === undefined && isKey(next.name)) next.label = tl(next.name)
    return next as Field
  })
