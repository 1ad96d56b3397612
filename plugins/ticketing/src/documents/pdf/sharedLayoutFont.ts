import type { Font, Glyph } from 'fontkit'

/** The part of a fontkit glyph run that pdfkit reads; positions are copied for each caller. */
type Run = { glyphs: Glyph[]; positions: { xAdvance: number; xOffset: number; yAdvance: number; yOffset: number }[] }

/** Past this many distinct words the cache starts again (a few MB at most). */
const MAX_ENTRIES = 20_000

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
export function sharedLayoutFont(font: Font): Font {
  const parsed = font as Font & { getGlyph: (id: number, characters?: number[]) => Glyph }
  const glyphOf = parsed.getGlyph.bind(parsed)
  parsed.getGlyph = (id, characters) =>
    characters === undefined ? glyphOf(id) : (Object.create(glyphOf(id, characters), { codePoints: { value: characters } }) as Glyph)
  const cache = new Map<string, Run>()
  const layout = (text: string, features?: unknown) => {
    const key = features ? `${text}\u0000${JSON.stringify(features)}` : text
    let run = cache.get(key)
    if (!run) {
      if (cache.size >= MAX_ENTRIES) cache.clear()
      run = font.layout(text, features as string[] | undefined) as Run
      cache.set(key, run)
    }
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
