/**
 * Milliseconds since the epoch of a Date or ISO string.
 *
 * @throws RangeError when the value is not a valid date.
 */
export function toTime(value: Date | string, label: string): number {
  const time = value instanceof Date ? value.getTime() : new Date(value).getTime()
  if (!Number.isFinite(time)) {
    throw new RangeError(`${label} is not a valid date: ${String(value)}`)
  }
  return time
}
