'use client'

import { useEffect, useState } from 'react'

import { callApi } from '../callApi'

export type WaitlistOfferView = {
  email: string
  name: string
  offer?: { expiresAt: string; quantity: number }
  quantity: number
  status: string
}

/**
 * The waiting-list offer of the booking page's `?offer=` link, read from the server
 * (GET /waitlist/:token): its seats and end while it stands, else the entry's status. `active`
 * while the seats are offered; `decline` gives them up (DELETE), for the next entry.
 */
export const useWaitlistOffer = () => {
  const [token, setToken] = useState<null | string>(null)
  const [declineAsked, setDeclineAsked] = useState(false)
  const [view, setView] = useState<null | WaitlistOfferView>(null)
  const [declined, setDeclined] = useState(false)

  useEffect(() => {
    const params = new URLSearchParams(window.location.search)
    const offer = params.get('offer')
    if (!offer) return
    setToken(offer)
    setDeclineAsked(params.get('decline') === '1')
    void callApi<WaitlistOfferView>(`/waitlist/${encodeURIComponent(offer)}`).then((result) => {
      if (result.ok) setView(result.data)
      else setView({ email: '', name: '', quantity: 0, status: 'NOT_FOUND' })
    })
  }, [])

  const decline = async () => {
    if (!token) return
    const result = await callApi<WaitlistOfferView>(`/waitlist/${encodeURIComponent(token)}`, { method: 'DELETE' })
    if (result.ok) {
      setView(result.data)
      setDeclined(true)
    }
  }

  const active = Boolean(token && view?.status === 'OFFERED' && view.offer)
  return { active, decline, declineAsked, declined, token, view }
}
