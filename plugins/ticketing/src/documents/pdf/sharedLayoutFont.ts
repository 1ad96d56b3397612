import type { Font, Glyph } from 'fontkit'

/** The part of a fontkit glyph run that pdfkit reads; positions are copied for each caller. */
type Run = { glyphs: Glyph[]; positions: { xAdvance: number; xOffset: number; yAdvance: number; yOffset: number }[] }

/**
 * How many words the cache keeps, the least recently used going first. A cached word holds
 * its glyph views and positions (about 1–4 KB with pdfkit's objects): 2,000 words keep every
 * label of the templates and stay under 10 MB, while the words of one document only (names,
 * numbers, addresses) pass through, so a run of thousands of certificates keeps memory flat.
 */
export const LAYOUT_CACHE_WORDS = 2_000

/**
 * Wraps a parsed font so its OpenType shaping is done once per word for the whole process
 * instead of once per document: shaping (kerning, contextual alternates) is most of the cost
 * of a page, and documents repeat the same labels. pdfkit scales the positions of a run in
 * place, so each call gets its own copy of the positions; the glyphs are shared and never
 * changed. Output is unchanged: the same words shape to the same glyphs.
 *
 * A parsed font keeps one glyph object per glyph id, with the characters of the first call
 * that asked for it, and pdfkit writes those characters as the text a reader copies. Shared
 * across documents, that first call may be another document's, or a subset reading the "A"
 * inside an "À" with no character at all: a document's text would then depend on the
 * documents rendered before it. So every glyph shaping asks for comes as a view carrying the
 * characters asked for, and the file depends on its own text only.
 */
export function sharedLayoutFont(font: Font, maxWords = LAYOUT_CACHE_WORDS): Font {
  const parsed = font as Font & { getGlyph: (id: number, characters?: number[]) => Glyph }
  const glyphOf = parsed.getGlyph.bind(parsed)
  parsed.getGlyph = (id, characters) =>
    characters === undefined ? glyphOf(id) : (Object.create(glyphOf(id, characters), { codePoints: { value: characters } }) as Glyph)
  const cache = new Map<string, Run>()
  const layout = (text: string, features?: unknown) => {
    const key = features ? `${text}\u0000${JSON.stringify(features)}` : text
    let run = cache.get(key)
    // A Map keeps insertion order: a word used again moves to the end, the first one is the least recently used.
    if (run) cache.delete(key)
    else {
      if (cache.size >= maxWords) cache.delete(cache.keys().next().value!)
      run = font.layout(text, features as string[] | undefined) as Run
    }
    cache.set(key, run)
    const positions = run.positions.map(({ xAdvance, xOffset, yAdvance, yOffset }) => ({ xAdvance, xOffset, yAdvance, yOffset }))
    return {
      glyphs: run.glyphs,
      positions,
      get advanceWidth() {
        return positions.reduce((width, position) => width + position.xAdvance, 0)
      },
    }
  }
  return new Proxy(font, {
    get(target, property) {
      if (property === 'layout') return layout
      const value: unknown = Reflect.get(target, property, target)
      return typeof value === 'function' ? value.bind(target) : value
    },
  })
}
