import { describe, expect, it } from 'vitest'

import { signDocumentToken, verifyDocumentToken } from './documentToken'

const secret = 'test-secret'
const now = new Date('2027-01-15T10:00:00Z')

describe('document download tokens', () => {
  it('open their document for 15 minutes, then no more', () => {
    const token = signDocumentToken({ now, number: 'FA2027-00001', secret })
    expect(verifyDocumentToken(token, { now, number: 'FA2027-00001', secret })).toBe(true)
    expect(verifyDocumentToken(token, { now: new Date(now.getTime() + 14 * 60_000), number: 'FA2027-00001', secret })).toBe(true)
    expect(verifyDocumentToken(token, { now: new Date(now.getTime() + 15 * 60_000), number: 'FA2027-00001', secret })).toBe(false)
  })

  it('open no other document, and nothing under another secret or altered', () => {
    const token = signDocumentToken({ now, number: 'FA2027-00001', secret })
    expect(verifyDocumentToken(token, { now, number: 'FA2027-00002', secret })).toBe(false)
    expect(verifyDocumentToken(token, { now, number: 'FA2027-00001', secret: 'other' })).toBe(false)
    const [version, expires, mac] = token.split('.')
    expect(verifyDocumentToken(`${version}.${Number(expires) + 3600}.${mac}`, { now, number: 'FA2027-00001', secret })).toBe(false)
    expect(verifyDocumentToken(undefined, { now, number: 'FA2027-00001', secret })).toBe(false)
  })
})
