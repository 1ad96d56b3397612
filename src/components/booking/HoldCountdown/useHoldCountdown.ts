'use client'

import { useEffect, useState } from 'react'

/**
 * Seconds left on a hold, ticking every second, on the server's clock (`offsetMs` = server
 * time − this browser's time, from a response's Date header). Null without an expiry.
 */
export const useHoldCountdown = (expiresAt: null | string, offsetMs: number): null | number => {
  const left = () => (expiresAt ? Math.max(0, Math.ceil((Date.parse(expiresAt) - (Date.now() + offsetMs)) / 1000)) : null)
  const [seconds, setSeconds] = useState<null | number>(left)
  useEffect(() => {
    setSeconds(left())
    if (!expiresAt) return
    const timer = window.setInterval(() => {
      const next = left()
      setSeconds(next)
      if (next === 0) window.clearInterval(timer)
    }, 1000)
    return () => window.clearInterval(timer)
  }, [expiresAt, offsetMs])
  return seconds
}
