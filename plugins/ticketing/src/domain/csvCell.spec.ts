import { describe, expect, it } from 'vitest'

import { neutraliseCell } from './csvCell'

describe('neutraliseCell', () => {
  it.each(['=1+1', '+33 6', '-2', '@SUM(A1)', '\tx', '\rx'])('prefixes %j with a quote', (value) => {
    expect(neutraliseCell(value)).toBe(`'${value}`)
  })

  it.each(['Ada', '', '12.50', 'a=b', ' =x'])('leaves %j alone', (value) => {
    expect(neutraliseCell(value)).toBe(value)
  })
})
