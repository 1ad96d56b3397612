export type FieldChange = { after: unknown; before: unknown }

const at = (doc: unknown, path: string): unknown =>
  path.split('.').reduce<unknown>((value, key) => (value && typeof value === 'object' ? (value as Record<string, unknown>)[key] : undefined), doc)

/** Empty strings, null and missing values are the same "nothing" (the admin sends '' for a cleared field). */
const normal = (value: unknown) => (value === undefined || value === '' ? null : value)

/**
 * The fields among `paths` (dotted, e.g. `buyer.email`) whose value differs between `before`
 * and `after`, with both values; an empty object when nothing changed.
 */
export const changedFields = (before: unknown, after: unknown, paths: readonly string[]): Record<string, FieldChange> => {
  const changes: Record<string, FieldChange> = {}
  for (const path of paths) {
    const was = normal(at(before, path))
    const now = normal(at(after, path))
    if (JSON.stringify(was) !== JSON.stringify(now)) changes[path] = { after: now, before: was }
  }
  return changes
}
