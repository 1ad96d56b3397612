import * as fontkit from 'fontkit'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { sharedLayoutFont } from './sharedLayoutFont'

/** The faces documents print with: Inter (SIL Open Font License), as TTF files from its npm package. */
const FACES = {
  regular: '@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf',
  semibold: '@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf',
} as const

export type DocumentFonts = Record<keyof typeof FACES, fontkit.Font>

let fonts: DocumentFonts | undefined

/**
 * The document fonts, read and parsed once per process (never a system font: the files come
 * from an npm package, so every machine prints the same glyphs). pdfkit embeds the subset of
 * glyphs each document uses.
 */
export function loadFonts(): DocumentFonts {
  if (fonts) return fonts
  const require = createRequire(import.meta.url)
  const open = (file: string) => sharedLayoutFont(fontkit.create(readFileSync(require.resolve(file))) as fontkit.Font)
  fonts = { regular: open(FACES.regular), semibold: open(FACES.semibold) }
  return fonts
}
