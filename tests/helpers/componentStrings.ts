import fs from 'node:fs'
import path from 'node:path'

import ts from 'typescript'

/** Attributes a person reads or hears (screen readers included). */
const READ_ATTRIBUTES = new Set(['alt', 'aria-label', 'aria-description', 'body', 'cancelLabel', 'confirmLabel', 'confirmingLabel', 'heading', 'label', 'message', 'placeholder', 'title'])
/** Calls whose text argument reaches a person: toasts and browser dialogs. */
const SHOWN_CALLS = /^(?:toast\.(?:success|error|info|warning)|(?:window\.)?(?:alert|confirm|prompt))$/
/** The names the components give their translate function. */
const TRANSLATE_CALLS = new Set(['t', 'tr'])

const hasWords = (text: string) => /\p{L}{2,}/u.test(text)

export type ComponentStrings = { keys: { file: string; key: string; line: number }[]; literals: string[] }

/** A string literal or template (its fixed parts) — the text a person would see. */
const literalText = (node: ts.Node | undefined): null | string => {
  if (!node) return null
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].join('…')
  if (ts.isJsxExpression(node)) return literalText(node.expression)
  if (ts.isParenthesizedExpression(node)) return literalText(node.expression)
  return null
}

/**
 * The texts of admin components that would reach a person untranslated — words written in
 * JSX, in read attributes (aria-label, placeholder, title…), in toasts and browser dialogs —
 * and the translation keys they ask for with a literal (`tr('refund')`), each with its file
 * and line.
 */
export const scanComponentStrings = (files: string[], root: string): ComponentStrings => {
  const result: ComponentStrings = { keys: [], literals: [] }
  for (const file of files) {
    const source = ts.createSourceFile(file, fs.readFileSync(file, 'utf8'), ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX)
    const where = (node: ts.Node) => `${path.relative(root, file)}:${source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1}`
    const visit = (node: ts.Node) => {
      if (ts.isJsxText(node) && hasWords(node.text)) result.literals.push(`${where(node)} writes ${JSON.stringify(node.text.trim())} in JSX`)
      if (ts.isJsxAttribute(node) && READ_ATTRIBUTES.has(node.name.getText(source))) {
        const text = literalText(node.initializer)
        if (text !== null && hasWords(text)) result.literals.push(`${where(node)} sets ${node.name.getText(source)}=${JSON.stringify(text)}`)
      }
      if (ts.isCallExpression(node)) {
        const callee = node.expression.getText(source)
        if (SHOWN_CALLS.test(callee)) {
          const text = literalText(node.arguments[0])
          if (text !== null && hasWords(text)) result.literals.push(`${where(node)} shows ${JSON.stringify(text)} with ${callee}()`)
        }
        if (TRANSLATE_CALLS.has(callee)) {
          const first = node.arguments[0]
          if (first && (ts.isStringLiteral(first) || ts.isNoSubstitutionTemplateLiteral(first))) {
            result.keys.push({ file: path.relative(root, file), key: first.text, line: source.getLineAndCharacterOfPosition(node.getStart(source)).line + 1 })
          }
        }
      }
      ts.forEachChild(node, visit)
    }
    visit(source)
  }
  return result
}

/** Every .tsx file under `dir` (none when it does not exist). */
export const tsxFiles = (dir: string): string[] =>
  !fs.existsSync(dir)
    ? []
    : fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
        const file = path.join(dir, entry.name)
        if (entry.isDirectory()) return tsxFiles(file)
        return entry.name.endsWith('.tsx') ? [file] : []
      })
