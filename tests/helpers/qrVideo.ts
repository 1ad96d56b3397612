import fs from 'node:fs'
import QRCode from 'qrcode'

/**
 * A Y4M video (what Chromium's fake camera plays, `--use-file-for-fake-video-capture`) showing
 * `text` as a QR code in the middle of a grey 640×480 frame, like a phone held up to the camera.
 */
export const writeQrVideo = (file: string, text: string, { frames = 3, height = 480, width = 640 } = {}) => {
  const { modules } = QRCode.create(text, { errorCorrectionLevel: 'M' })
  const scale = Math.floor((Math.min(width, height) * 0.7) / (modules.size + 8))
  const side = (modules.size + 8) * scale
  const left = Math.floor((width - side) / 2)
  const top = Math.floor((height - side) / 2)
  const luma = Buffer.alloc(width * height, 150)
  for (let y = 0; y < side; y++) {
    for (let x = 0; x < side; x++) {
      const row = Math.floor(y / scale) - 4
      const column = Math.floor(x / scale) - 4
      const dark = row >= 0 && column >= 0 && row < modules.size && column < modules.size && modules.get(row, column)
      luma[(top + y) * width + left + x] = dark ? 16 : 235
    }
  }
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128)
  const frame = Buffer.concat([Buffer.from('FRAME\n'), luma, chroma])
  fs.writeFileSync(file, Buffer.concat([Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`), ...Array(frames).fill(frame)]))
}
