import http from 'node:http'
import type { AddressInfo } from 'node:net'

import { describe, expect, it } from 'vitest'

import { installSocketAddressStamp, socketAddressHeader } from '../../security/socketAddress'
import { clientIp, type ClientIpSettings, UNKNOWN_CLIENT } from './clientIp'

const direct: ClientIpSettings = { trustedProxyCount: 0, trustedProxyHeader: 'x-forwarded-for' }
const oneProxy: ClientIpSettings = { trustedProxyCount: 1, trustedProxyHeader: 'x-forwarded-for' }
const headers = (values: Record<string, string>) => new Headers(values)
const fromSocket = (address: string, values: Record<string, string> = {}) => headers({ ...values, [socketAddressHeader()]: address })

describe('clientIp', () => {
  it('without a trusted proxy (the default) is the socket address: X-Forwarded-For and X-Real-IP are never read', () => {
    const sent = { 'x-forwarded-for': '203.0.113.7', 'x-real-ip': '203.0.113.8' }
    expect(clientIp(fromSocket('198.51.100.2', sent), direct)).toBe('198.51.100.2')
    expect(clientIp(fromSocket('::ffff:198.51.100.2'), direct)).toBe('198.51.100.2')
    expect(clientIp(headers(sent), direct)).toBe(UNKNOWN_CLIENT)
  })

  it('behind N proxies is the address the N-th appended; entries a client wrote further left are ignored', () => {
    expect(clientIp(fromSocket('10.0.0.1', { 'x-forwarded-for': '1.1.1.1, 203.0.113.7' }), oneProxy)).toBe('203.0.113.7')
    expect(clientIp(fromSocket('10.0.0.1', { 'x-forwarded-for': '1.1.1.1, 203.0.113.7, 10.0.0.9' }), { ...oneProxy, trustedProxyCount: 2 })).toBe('203.0.113.7')
    expect(clientIp(fromSocket('10.0.0.1', { 'x-real-ip': '1.1.1.1' }), oneProxy)).toBe('10.0.0.1')
  })

  it('behind a proxy, a request without X-Forwarded-For, or with fewer entries than proxies or garbage, counts as its socket address', () => {
    expect(clientIp(fromSocket('10.0.0.1'), oneProxy)).toBe('10.0.0.1')
    expect(clientIp(fromSocket('10.0.0.1', { 'x-forwarded-for': '203.0.113.7' }), { ...oneProxy, trustedProxyCount: 3 })).toBe('10.0.0.1')
    expect(clientIp(fromSocket('10.0.0.1', { 'x-forwarded-for': 'not-an-ip' }), oneProxy)).toBe('10.0.0.1')
  })

  it('reads X-Real-IP only when the proxy is said to send it', () => {
    const realIp: ClientIpSettings = { trustedProxyCount: 1, trustedProxyHeader: 'x-real-ip' }
    expect(clientIp(fromSocket('10.0.0.1', { 'x-forwarded-for': '1.1.1.1', 'x-real-ip': '203.0.113.9' }), realIp)).toBe('203.0.113.9')
    expect(clientIp(fromSocket('10.0.0.1'), realIp)).toBe('10.0.0.1')
  })
})

describe('the socket address stamp', () => {
  it('gives a real server the TCP peer, whatever address headers the client sends, even under the stamp name itself', async () => {
    installSocketAddressStamp()
    const server = http.createServer((req, res) => {
      const web = new Headers()
      for (const [name, value] of Object.entries(req.headers)) web.set(name, String(value))
      res.end(JSON.stringify({ direct: clientIp(web, direct), oneProxy: clientIp(web, oneProxy) }))
    })
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    try {
      const { port } = server.address() as AddressInfo
      const response = await fetch(`http://127.0.0.1:${port}/`, {
        headers: { [socketAddressHeader()]: '203.0.113.66', 'X-Forwarded-For': '203.0.113.5', 'X-Real-IP': '203.0.113.6', 'x-ticketing-peer-0': '203.0.113.7' },
      })
      expect(await response.json()).toEqual({ direct: '127.0.0.1', oneProxy: '203.0.113.5' })
    } finally {
      await new Promise((resolve) => server.close(resolve))
    }
  })
})
