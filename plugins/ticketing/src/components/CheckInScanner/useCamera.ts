import { useCallback, useEffect, useRef, useState } from 'react'

type Detector = { detect: (source: HTMLVideoElement) => Promise<Array<{ rawValue: string }>> }
type DetectorClass = { getSupportedFormats?: () => Promise<string[]>; new (options: { formats: string[] }): Detector }

/** The browser's own BarcodeDetector when it reads QR codes; else the zxing-wasm polyfill, its reader served by the site. */
const makeDetector = async (wasmUrl: string): Promise<Detector> => {
  const native = (globalThis as { BarcodeDetector?: DetectorClass }).BarcodeDetector
  if (native && (await native.getSupportedFormats?.())?.includes('qr_code')) return new native({ formats: ['qr_code'] })
  const { BarcodeDetector, prepareZXingModule } = await import('barcode-detector/ponyfill')
  prepareZXingModule({ overrides: { locateFile: (file: string, prefix: string) => (file.endsWith('.wasm') ? wasmUrl : prefix + file) } })
  return new BarcodeDetector({ formats: ['qr_code'] })
}

const FRAME_MS = 200
/** The same code seen again within this time is the same ticket still in front of the camera. */
const SAME_CODE_MS = 4000

/**
 * The phone's back camera in `video`, read for QR codes a few times a second while not
 * `paused`; each new code goes to `onCode`.
 */
export const useCamera = ({ onCode, paused, wasmUrl }: { onCode: (code: string) => void; paused: boolean; wasmUrl: string }) => {
  const video = useRef<HTMLVideoElement | null>(null)
  const [on, setOn] = useState(false)
  const [error, setError] = useState<null | string>(null)
  const stream = useRef<MediaStream | null>(null)
  const last = useRef<{ at: number; code: string }>({ at: 0, code: '' })
  const state = useRef({ onCode, paused })
  state.current = { onCode, paused }

  const stop = useCallback(() => {
    stream.current?.getTracks().forEach((track) => track.stop())
    stream.current = null
    setOn(false)
  }, [])

  const start = useCallback(async () => {
    setError(null)
    try {
      stream.current = await navigator.mediaDevices.getUserMedia({ audio: false, video: { facingMode: 'environment' } })
      if (!video.current) return
      video.current.srcObject = stream.current
      await video.current.play()
      const detector = await makeDetector(wasmUrl)
      setOn(true)
      const tick = async () => {
        if (!stream.current || !video.current) return
        if (!state.current.paused && video.current.readyState >= 2) {
          const [found] = await detector.detect(video.current).catch(() => [])
          const now = Date.now()
          if (found?.rawValue && (found.rawValue !== last.current.code || now - last.current.at > SAME_CODE_MS)) {
            last.current = { at: now, code: found.rawValue }
            state.current.onCode(found.rawValue)
          } else if (found?.rawValue) last.current.at = now
        }
        window.setTimeout(() => void tick(), FRAME_MS)
      }
      void tick()
    } catch (reason) {
      stop()
      setError(reason instanceof Error ? reason.message : String(reason))
    }
  }, [stop, wasmUrl])

  useEffect(() => stop, [stop])
  return { error, on, start, stop, video }
}
