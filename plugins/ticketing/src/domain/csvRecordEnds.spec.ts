import { describe, expect, it } from 'vitest'

import { csvRecordEnds } from './csvRecordEnds'

const run = (chunks: string[]) => {
  const convert = csvRecordEnds()
  return Buffer.concat(chunks.map((chunk) => convert(Buffer.from(chunk)))).toString()
}

describe('csvRecordEnds', () => {
  it('ends records with CRLF and keeps line breaks inside quoted cells', () => {
    expect(run(['a,b\n"x\ny",z\n"q""\n",""\n'])).toBe('a,b\r\n"x\ny",z\r\n"q""\n",""\r\n')
  })

  it('gives the same bytes wherever the stream is cut', () => {
    const text = 'h1,h2\n"a\n""b""\nc",d\n,"\n"\n"",x\n'
    const whole = run([text])
    expect(whole).toBe('h1,h2\r\n"a\n""b""\nc",d\r\n,"\n"\r\n"",x\r\n')
    for (let i = 0; i <= text.length; i++) {
      for (let j = i; j <= text.length; j++) expect(run([text.slice(0, i), text.slice(i, j), text.slice(j)])).toBe(whole)
    }
  })
})
