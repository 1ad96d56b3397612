import { describe, expect, it } from 'vitest'
import { buildIcs } from './buildIcs'

const base = {
  uid: 'MC-ABC123@tickets.example.com',
  title: 'Masterclass violon',
  startsAt: '2027-03-12T08:00:00Z',
  now: new Date('2027-01-02T03:04:05.678Z'),
}

const unfold = (ics: string) => ics.replace(/\r\n /g, '')
const property = (ics: string, name: string) =>
  unfold(ics)
    .split('\r\n')
    .find((line) => line.startsWith(`${name}:`))
    ?.slice(name.length + 1)

describe('buildIcs', () => {
  it('builds a published VCALENDAR with one VEVENT, CRLF-terminated', () => {
    const ics = buildIcs({ ...base, url: 'https://tickets.example.com/b/MC-ABC123' })
    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true)
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true)
    expect(ics).toContain('\r\nMETHOD:PUBLISH\r\n')
    expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/)
    expect(property(ics, 'UID')).toBe('MC-ABC123@tickets.example.com')
    expect(property(ics, 'URL')).toBe('https://tickets.example.com/b/MC-ABC123')
  })

  it('writes DTSTAMP, DTSTART and DTEND in UTC, default end = start + 8 h', () => {
    const ics = buildIcs({ ...base, startsAt: '2027-05-07T09:00:00-04:00' })
    expect(property(ics, 'DTSTAMP')).toBe('20270102T030405Z')
    expect(property(ics, 'DTSTART')).toBe('20270507T130000Z')
    expect(property(ics, 'DTEND')).toBe('20270507T210000Z')
  })

  it('uses the given end, unless it is not after the start', () => {
    expect(property(buildIcs({ ...base, endsAt: '2027-03-12T16:30:00Z' }), 'DTEND')).toBe('20270312T163000Z')
    expect(property(buildIcs({ ...base, endsAt: '2027-03-12T07:00:00Z' }), 'DTEND')).toBe('20270312T160000Z')
  })

  it('escapes commas, semicolons, backslashes and newlines in TEXT values', () => {
    const ics = buildIcs({
      ...base,
      title: 'Bach; Ysaÿe, et \\ le reste',
      location: 'Salle Cortot\r\n78 rue Cardinet, 75017 Paris',
      description: 'Ligne 1\nLigne 2',
    })
    expect(property(ics, 'SUMMARY')).toBe('Bach\\; Ysaÿe\\, et \\\\ le reste')
    expect(property(ics, 'LOCATION')).toBe('Salle Cortot\\n78 rue Cardinet\\, 75017 Paris')
    expect(property(ics, 'DESCRIPTION')).toBe('Ligne 1\\nLigne 2')
  })

  it('folds lines at 75 octets without splitting UTF-8 characters', () => {
    const description = 'Répétition générale — 🎻 '.repeat(12) + 'x'.repeat(200)
    const ics = buildIcs({ ...base, description })
    const physical = ics.split('\r\n').slice(0, -1)
    for (const line of physical) {
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75)
      expect(line).not.toContain('\uFFFD')
    }
    expect(physical.some((line) => line.startsWith(' '))).toBe(true)
    expect(physical.filter((line) => Buffer.byteLength(line, 'utf8') >= 73).length).toBeGreaterThan(3)
    expect(property(ics, 'DESCRIPTION')).toBe(description.trim())
  })

  it('omits optional properties that are empty', () => {
    const ics = buildIcs({ ...base, location: '  ', description: null })
    expect(ics).not.toContain('LOCATION')
    expect(ics).not.toContain('DESCRIPTION')
    expect(ics).not.toContain('URL:')
  })

  it('rejects an invalid start', () => {
    expect(() => buildIcs({ ...base, startsAt: 'not a date' })).toThrow(RangeError)
  })

  it('names its maker in PRODID: neutral by default, the caller\'s own when given', () => {
    expect(buildIcs(base)).toContain('\r\nPRODID:-//Ticketing//Booking//EN\r\n')
    expect(buildIcs({ ...base, productId: '-//Acme//Tickets//EN' })).toContain('\r\nPRODID:-//Acme//Tickets//EN\r\n')
  })
})
