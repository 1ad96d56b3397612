type LexicalNode = { children?: LexicalNode[]; text?: string; type?: string }

/** The text of a rich-text value's first paragraph (for meta descriptions and JSON-LD). */
export const plainText = (value: unknown, maxLength = 300): string => {
  const root = (value as { root?: LexicalNode } | null)?.root
  const paragraph = root?.children?.find((child) => child.type === 'paragraph')
  const collect = (node: LexicalNode): string => node.text ?? (node.children ?? []).map(collect).join('')
  const text = paragraph ? collect(paragraph).trim() : ''
  return text.length > maxLength ? `${text.slice(0, maxLength - 1).trimEnd()}…` : text
}
