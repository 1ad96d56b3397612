import { describe, expect, it } from 'vitest'
import { escapeHtml } from './escapeHtml'

describe('escapeHtml', () => {
  it('escapes markup and both quote kinds', () => {
    expect(escapeHtml(`<script>alert("x")</script> & 'y'`)).toBe(
      '&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;y&#39;',
    )
  })

  it('does not double-decode existing entities', () => {
    expect(escapeHtml('&amp;')).toBe('&amp;amp;')
  })

  it('keeps other characters, including non-ASCII', () => {
    expect(escapeHtml('Zoë — Montréal 🎻')).toBe('Zoë — Montréal 🎻')
  })

  it('accepts numbers and nullish values', () => {
    expect(escapeHtml(42)).toBe('42')
    expect(escapeHtml(null)).toBe('')
    expect(escapeHtml(undefined)).toBe('')
  })
})
