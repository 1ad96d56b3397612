/** Colours and measures shared by every document: A4 in points, sRGB colours. */
export const palette = {
  accent: '#0d3b4c',
  ink: '#1b1f23',
  muted: '#5b6470',
  paid: '#1d6b3a',
  rule: '#c9ced4',
  tint: '#f2f0ea',
} as const

export const page: Readonly<Record<'bottom' | 'left' | 'right' | 'top' | 'width', number>> = {
  bottom: 841.89 - 40,
  left: 48,
  right: 595.28 - 48,
  top: 44,
  width: 595.28 - 96,
}
