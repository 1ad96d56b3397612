import { randomUUID } from 'node:crypto'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { buildSiteConfig } from '../../payload.config'
import { getTestPayload } from '../helpers/getTestPayload'
import { rest } from '../helpers/rest'
import { visitor } from '../helpers/ticketing'

let payload: Payload

const staff = async () => {
  const email = `staff-${randomUUID().slice(0, 8)}@test.local`
  const password = `pw-${randomUUID()}`
  await payload.create({ collection: 'users', data: { email, password, roles: ['admin'] } as never })
  return { email, password }
}
const login = (email: string, password: string, ip: string) => rest('POST', '/users/login', { body: { email, password }, headers: { 'X-Forwarded-For': ip } })

beforeAll(async () => {
  payload = await getTestPayload()
})

describe('staff logins', () => {
  it('five wrong passwords from one address stop that address for that account, never the account from elsewhere', async () => {
    const admin = await staff()
    const attacker = visitor().ip
    for (let i = 0; i < 5; i++) expect((await login(admin.email, 'wrong password', attacker)).status).toBe(401)
    expect((await login(admin.email, 'wrong password', attacker)).status).toBe(429)
    // Even the right password: that address is out of tries for this account for a while.
    expect((await login(admin.email, admin.password, attacker)).status).toBe(429)
    const desk = await login(admin.email, admin.password, visitor().ip)
    expect(desk.status).toBe(200)
    expect(desk.body.token).toEqual(expect.any(String))
  })

  it('one address cannot try password after password across accounts: 20 failures, then 429 for any account', async () => {
    const guesser = visitor().ip
    const accounts = await Promise.all(Array.from({ length: 5 }, staff))
    let failures = 0
    for (const account of accounts) for (let i = 0; i < 4; i++) failures += (await login(account.email, `guess-${i}`, guesser)).status === 401 ? 1 : 0
    expect(failures).toBe(20)
    const next = await staff()
    expect((await login(next.email, 'guess', guesser)).status).toBe(429)
    expect((await login(next.email, next.password, visitor().ip)).status).toBe(200)
  })

  it('successful logins never add up: a staff member logs in again and again from one desk', async () => {
    const admin = await staff()
    const desk = visitor().ip
    for (let i = 0; i < 30; i++) expect((await login(admin.email, admin.password, desk)).status).toBe(200)
  })

  it('Payload no longer locks an account after failed logins (the limits above replace its lock)', async () => {
    const admin = await staff()
    for (let i = 0; i < 6; i++) await login(admin.email, 'wrong password', visitor().ip)
    expect((await login(admin.email, admin.password, visitor().ip)).status).toBe(200)
  })
})

describe('session cookies', () => {
  it('are Secure when the public site is https, not on a plain http development site', async () => {
    const before = process.env.PUBLIC_SITE_URL
    try {
      process.env.PUBLIC_SITE_URL = 'https://tickets.example.com'
      const https = await buildSiteConfig()
      expect(https.collections.find((c) => c.slug === 'users')!.auth.cookies.secure).toBe(true)
      process.env.PUBLIC_SITE_URL = 'http://localhost:3000'
      const http = await buildSiteConfig()
      expect(http.collections.find((c) => c.slug === 'users')!.auth.cookies.secure).toBe(false)
    } finally {
      if (before === undefined) delete process.env.PUBLIC_SITE_URL
      else process.env.PUBLIC_SITE_URL = before
    }
    const login = await rest('POST', '/users/login', { body: { email: 'nobody@test.local', password: 'x' }, headers: { 'X-Forwarded-For': visitor().ip } })
    expect(login.status).toBe(401)
  })
})
