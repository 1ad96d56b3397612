import type { FieldHook } from 'payload'

/** Lower-case, dash-separated, accent-free slug; taken from the title when left empty. */
export const toSlug = (value: string): string =>
  value
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)

export const formatSlug: FieldHook = ({ data, value }) => {
  if (typeof value === 'string' && value.trim()) return toSlug(value)
  const title = data?.title
  const source = typeof title === 'string' ? title : title && typeof title === 'object' ? Object.values(title)[0] : ''
  return typeof source === 'string' && source ? toSlug(source) : value
}
