import * as fontkit from 'fontkit'
import { readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import { sharedLayoutFont } from './sharedLayoutFont'

type Resolve = (require: NodeJS.Require) => string

/** The faces documents print with: Inter (SIL Open Font License), as TTF files from its npm package. */
const FACES = {
  regular: (require: NodeJS.Require) => require.resolve('@expo-google-fonts/inter/400Regular/Inter_400Regular.ttf'),
  semibold: (require: NodeJS.Require) => require.resolve('@expo-google-fonts/inter/600SemiBold/Inter_600SemiBold.ttf'),
} satisfies Record<string, Resolve>

export type DocumentFonts = Record<keyof typeof FACES, fontkit.Font>

let fonts: DocumentFonts | undefined

/** The font file, found from this module, or from the application's directory when bundled. */
function fontFile(resolve: Resolve): string {
  const bases = [import.meta.url, pathToFileURL(path.join(process.cwd(), 'package.json')).href]
  for (const base of bases) {
    try {
      return resolve(createRequire(base))
    } catch {
      // Not reachable from there: try the next base.
    }
  }
  throw new Error('The document fonts (@expo-google-fonts/inter) are not installed')
}

/**
 * The document fonts, read and parsed once per process (never a system font: the files come
 * from an npm package, so every machine prints the same glyphs). pdfkit embeds the subset of
 * glyphs each document uses.
 */
export function loadFonts(): DocumentFonts {
  if (fonts) return fonts
  const open = (resolve: Resolve) => sharedLayoutFont(fontkit.create(readFileSync(fontFile(resolve))) as fontkit.Font)
  fonts = { regular: open(FACES.regular), semibold: open(FACES.semibold) }
  return fonts
}
