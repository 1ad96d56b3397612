/** The current time in unix seconds, as used by every `created` field. */
export function unixNow(): number {
  return Math.floor(Date.now() / 1000)
}
