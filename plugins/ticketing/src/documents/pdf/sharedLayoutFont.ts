import type { Font, Glyph } from 'fontkit'

/** The part of a fontkit glyph run that pdfkit reads; positions are copied for each caller. */
type Run = { glyphs: Glyph[]; positions: { xAdvance: number; xOffset: number; yAdvance: number; yOffset: number }[] }

/**
 * Words kept shaped per face, the least recently used dropped first. The labels every document
 * prints stay; the words of one document only (names, numbers, addresses) pass through without
 * piling up: however many documents a process renders, this holds a few megabytes at most.
 */
export const MAX_SHAPED_WORDS = 2_000

/**
 * Wraps a parsed font so its OpenType shaping is done once per word for the whole process
 * (among the MAX_SHAPED_WORDS last used) instead of once per document: shaping (kerning,
 * contextual alternates) is most of the cost of a page, and documents repeat the same labels.
 * pdfkit scales the positions of a run in place, so each call gets its own copy of the
 * positions; the glyphs are shared and never changed. Output is unchanged: the same words
 * shape to the same glyphs.
 *
 * A parsed font keeps one glyph object per glyph id, with the characters of the first call
 * that asked for it, and pdfkit writes those characters as the text a reader copies. Shared
 * across documents, that first call may be another document's, or a subset reading the "A"
 * inside an "À" with no character at all: a document's text would then depend on the
 * documents rendered before it. So every glyph shaping asks for comes as a view carrying the
 * characters asked for, and the file depends on its own text only.
 */
export function sharedLayoutFont(font: Font): Font {
  const parsed = font as Font & { _variationProcessor: unknown; getGlyph: (id: number, characters?: number[]) => Glyph }
  const getGlyph = parsed.getGlyph.bind(parsed)
  const glyphOf = parsed._variationProcessor ? getGlyph : (id: number, characters?: number[]) => decodedOnce(getGlyph(id, characters))
  parsed.getGlyph = (id, characters) =>
    characters === undefined ? glyphOf(id) : (Object.create(glyphOf(id, characters), { codePoints: { value: characters } }) as Glyph)
  const cache = new Map<string, Run>()
  const layout = (text: string, features?: unknown) => {
    const key = features ? `${text}\u0000${JSON.stringify(features)}` : text
    let run = cache.get(key)
    if (run) {
      // Most recently used last: Map keeps insertion order, so the first key is the oldest.
      cache.delete(key)
    } else {
      if (cache.size >= MAX_SHAPED_WORDS) cache.delete(cache.keys().next().value as string)
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

type Decodable = Glyph & { _decode: () => unknown }

/**
 * Each document's font subset reads the outline of every glyph it embeds again (fontkit decodes
 * it on each call). A static font's outline never changes, so it is decoded once per glyph of
 * the process; the subset copies the glyph's bytes from the font file as before (a variable
 * font, whose outlines depend on its axes, is left alone by the caller).
 */
function decodedOnce(glyph: Glyph): Glyph {
  const decodable = glyph as Decodable
  if (!Object.hasOwn(decodable, '_decode')) {
    const decode = decodable._decode.bind(decodable)
    let decoded: { value: unknown } | undefined
    decodable._decode = () => (decoded ??= { value: decode() }).value
  }
  return glyph
}
