import type { ScanOutcome } from './types'

let audio: AudioContext | undefined

/** Unlocks sound (browsers allow it only after a tap): call from a click handler. */
export const unlockSound = () => {
  audio ??= new AudioContext()
  if (audio.state === 'suspended') void audio.resume()
}

const tone = (frequency: number, startMs: number, lengthMs: number) => {
  if (!audio) return
  const oscillator = audio.createOscillator()
  const gain = audio.createGain()
  oscillator.type = 'square'
  oscillator.frequency.value = frequency
  gain.gain.value = 0.15
  oscillator.connect(gain).connect(audio.destination)
  const start = audio.currentTime + startMs / 1000
  oscillator.start(start)
  oscillator.stop(start + lengthMs / 1000)
}

/** The colour of the full-screen answer: green in, amber to look at, red refused. */
export const outcomeColour = (outcome: ScanOutcome): string =>
  outcome === 'OK' ? '#1f7a3a' : outcome === 'ALREADY_CHECKED_IN' || outcome === 'NOT_PAID' ? '#b86e00' : '#b3261e'

/** One high beep in, two middle beeps to look at, one long low buzz refused; a vibration to match. */
export const playFeedback = (outcome: ScanOutcome) => {
  const colour = outcomeColour(outcome)
  if (outcome === 'OK') tone(1320, 0, 120)
  else if (colour === '#b86e00') {
    tone(660, 0, 140)
    tone(660, 220, 140)
  } else tone(180, 0, 500)
  navigator.vibrate?.(outcome === 'OK' ? 80 : [200, 100, 200])
}
