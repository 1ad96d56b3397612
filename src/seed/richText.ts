import type { Speaker } from '@/payload-types'

type Piece = string | { h2: string } | { ul: string[] }
type Node = { [k: string]: unknown; type: string; version: number }
/** Payload's type of a rich-text value. */
export type RichTextValue = NonNullable<Speaker['bio']>

const text = (value: string) => ({ type: 'text', detail: 0, format: 0, mode: 'normal', style: '', text: value, version: 1 })
const node = (type: string, children: Node[], extra: object = {}): Node => ({ type, children, direction: 'ltr', format: '', indent: 0, version: 1, ...extra })

/** Lexical rich text from plain pieces: a string is a paragraph, `{ h2 }` a heading, `{ ul }` a bulleted list. */
export const richText = (pieces: Piece[]): RichTextValue => {
  const children = pieces.map((piece) => {
    if (typeof piece === 'string') return node('paragraph', [text(piece)], { textFormat: 0, textStyle: '' })
    if ('h2' in piece) return node('heading', [text(piece.h2)], { tag: 'h2' })
    const items = piece.ul.map((item, i) => node('listitem', [text(item)], { value: i + 1 }))
    return node('list', items, { listType: 'bullet', start: 1, tag: 'ul' })
  })
  return { root: node('root', children) } as unknown as RichTextValue
}
