'use client'

import { useCallback, useEffect, useState } from 'react'

import { type ApiError, callApi } from '../callApi'
import type { Quote } from '../types'

/**
 * The server's price for `quantity` seats, fetched again whenever the quantity changes
 * (an answer for an older quantity is dropped). `replace` installs a fresher quote, e.g. the
 * one a PRICE_CHANGED answer carries. `quote` is the price of this quantity (null while it
 * loads); `shown` is the last price received, to keep on screen while a new one loads.
 */
export const useQuote = (slug: string, quantity: number, locale: string, promoCode: null | string = null) => {
  const [quote, setQuote] = useState<null | Quote>(null)
  const [error, setError] = useState<ApiError | null>(null)
  const [loading, setLoading] = useState(true)
  const [asked, setAsked] = useState(0)

  useEffect(() => {
    if (!Number.isInteger(quantity) || quantity < 1) return
    const controller = new AbortController()
    setLoading(true)
    const promo = promoCode ? `&promoCode=${encodeURIComponent(promoCode)}` : ''
    callApi<Quote>(`/events/${encodeURIComponent(slug)}/quote?quantity=${quantity}&locale=${locale}${promo}`, { signal: controller.signal })
      .then((result) => {
        if (controller.signal.aborted) return
        setLoading(false)
        if (result.ok) {
          setQuote(result.data)
          setError(null)
        } else setError(result.error)
      })
      .catch(() => {})
    return () => controller.abort()
  }, [slug, quantity, locale, promoCode, asked])

  /** Asks the server again (e.g. after it said the seats are gone). */
  const refresh = useCallback(() => setAsked((n) => n + 1), [])

  const replace = useCallback((fresh: Quote) => {
    setQuote(fresh)
    setError(null)
  }, [])

  // A quote for another quantity (or code) than the one shown is not the price of this form.
  const current = quote && quote.quantity === quantity && (quote.promoCode ?? null) === promoCode ? quote : null
  return { error, loading: loading || !current, quote: current, refresh, replace, shown: quote }
}
