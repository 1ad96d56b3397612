import type { EmailEvent } from '../types'

/** The venue name and address on separate lines, or null when both are empty. */
export function venueLines(event: EmailEvent): string | null {
  const lines = [event.venueName, event.venueAddress].map((line) => line?.trim()).filter(Boolean)
  return lines.length ? lines.join('\n') : null
}
