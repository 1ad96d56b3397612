/** What the scan endpoint answers, and "unknown ticket" (its 404) as one more outcome. */
export type ScanOutcome = 'ALREADY_CHECKED_IN' | 'CANCELLED' | 'NOT_OPEN' | 'NOT_PAID' | 'OK' | 'TICKET_NOT_FOUND' | 'WRONG_EVENT'

export type ScanAnswer = {
  attendee?: { id: number; name: string; position: number; ticketCode: null | string }
  booking?: { quantity: number; reference: string }
  checkedInAt?: null | string
  day?: string
  first?: { at: string; by: null | string; deviceId: null | string }
  result: ScanOutcome
}

export type DoorEventOption = { id: number; city: string; day: string; startsAt: string; timezone: string; title: string }

export type AttendeeMatch = { checkedInDays: string[]; id: number; name: string; reference: string; ticketCode: null | string }
