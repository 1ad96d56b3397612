'use client'

import { useEffect, useRef, useState } from 'react'

import type { BookingFormValues } from '../validateBookingForm'

export type BookingDraft = BookingFormValues & { attendeeFollowsBuyer: boolean }

const LIFETIME_MS = 60 * 60_000
const storageKey = (slug: string) => `masterclass:booking-draft:${slug}`

const load = (slug: string): BookingDraft | null => {
  try {
    const raw = window.localStorage.getItem(storageKey(slug))
    if (!raw) return null
    const saved = JSON.parse(raw) as { savedAt: number; values: BookingDraft }
    if (typeof saved.savedAt !== 'number' || Date.now() - saved.savedAt > LIFETIME_MS) {
      window.localStorage.removeItem(storageKey(slug))
      return null
    }
    return saved.values
  } catch {
    return null
  }
}

/**
 * The form's draft, kept in this browser for an hour after the last change so a visitor who
 * leaves or reloads finds what they typed. `restored` is the draft found on arrival (if any);
 * `clear` forgets it once the booking is made.
 */
export const useBookingDraft = (slug: string, values: BookingDraft) => {
  const [restored, setRestored] = useState<BookingDraft | null | undefined>(undefined)
  const ready = useRef(false)

  useEffect(() => {
    setRestored(load(slug))
  }, [slug])

  useEffect(() => {
    if (restored === undefined) return
    if (!ready.current) {
      // The first render after restoring still holds the initial values: do not save those.
      ready.current = true
      return
    }
    try {
      window.localStorage.setItem(storageKey(slug), JSON.stringify({ savedAt: Date.now(), values }))
    } catch {}
  }, [slug, values, restored])

  const clear = () => {
    try {
      window.localStorage.removeItem(storageKey(slug))
    } catch {}
  }
  return { clear, restored }
}
