'use client'

import { useTranslations } from 'next-intl'
import { useEffect, useState } from 'react'

const parts = (ms: number) => {
  const total = Math.max(0, Math.floor(ms / 1000))
  return { days: Math.floor(total / 86400), hours: Math.floor((total % 86400) / 3600), minutes: Math.floor((total % 3600) / 60), seconds: total % 60 }
}

/** Time left until `until`, ticking every second; says so when it is over. Starts from the server's `now`. */
export function Countdown({ now, until }: { now: string; until: string }) {
  const t = useTranslations('site.event')
  const end = new Date(until).getTime()
  const [left, setLeft] = useState(end - new Date(now).getTime())
  useEffect(() => {
    const tick = () => setLeft(end - Date.now())
    tick()
    const timer = setInterval(tick, 1000)
    return () => clearInterval(timer)
  }, [end])
  if (left <= 0) return <p>{t('earlyBirdOver')}</p>
  const { days, hours, minutes, seconds } = parts(left)
  const pad = (n: number) => String(n).padStart(2, '0')
  return (
    <p>
      {t('earlyBirdEnds')}{' '}
      <time dateTime={until} suppressHydrationWarning>
        <strong>{t('countdown', { days, hours: pad(hours), minutes: pad(minutes), seconds: pad(seconds) })}</strong>
      </time>
    </p>
  )
}
