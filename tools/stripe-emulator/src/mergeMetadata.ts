/**
 * Applies a validated `metadata` parameter: `null` (sent as `metadata=`) clears everything,
 * a key with an empty value (`metadata[key]=`) removes that key, other keys are set.
 */
export function mergeMetadata(
  current: Record<string, string> | null,
  patch: Record<string, string | null> | null | undefined,
): Record<string, string> {
  if (patch === undefined) return { ...current }
  if (patch === null) return {}
  const next: Record<string, string> = { ...current }
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete next[key]
    else next[key] = value
  }
  return next
}
