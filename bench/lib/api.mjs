// Sets up the bench data through the real API: the first admin, then events.

/** The demo seed's admin and the password the bench gives the seeded staff (SEED_PASSWORD). */
export const SEEDED_ADMIN = 'admin@masterclass.local'
export const SEED_PASSWORD = 'bench-password'

export const createAdmin = async (base) => {
  const credentials = { email: 'bench-admin@example.com', password: 'bench-password-123' }
  const res = await fetch(`${base}/api/users/first-register`, {
    body: JSON.stringify({ ...credentials, name: 'Bench', roles: ['admin'] }),
    headers: { 'Content-Type': 'application/json' },
    method: 'POST',
  })
  const body = await res.json()
  if (body.token) return body.token
  // The demo seed (lighthouse.mjs's seedDemo) made the first users already: sign in as its admin.
  const login = await fetch(`${base}/api/users/login`, {
    body: JSON.stringify({ email: SEEDED_ADMIN, password: SEED_PASSWORD }),
    headers: { 'Content-Type': 'application/json' },
    method: 'POST',
  })
  const signedIn = await login.json()
  if (!signedIn.token) throw new Error(`first-register failed (${JSON.stringify(body)}) and so did signing in as ${SEEDED_ADMIN} (${JSON.stringify(signedIn)})`)
  return signedIn.token
}

const sellers = new Map()

/** The seller of the bench's events (French, TVA 20 %), created once per server. */
export const benchSeller = async (base, token) => {
  if (!sellers.has(base)) {
    sellers.set(base, (async () => {
      const res = await fetch(`${base}/api/sellers`, {
        body: JSON.stringify({
          address: { city: 'Paris', country: 'FR', line1: '1 rue du Banc', postalCode: '75001' },
          // Its own series (the demo data seeded later has FA, AV and AT).
          certificatePrefix: 'BAT',
          creditNotePrefix: 'BAV',
          invoicePrefix: 'BFA',
          legalForm: 'SAS',
          name: 'Bench Formation',
          registrationNumber: '85234567800012',
          taxes: [{ name: 'TVA', ratePercent: '20' }],
          vatNumber: 'FR64852345678',
        }),
        headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
        method: 'POST',
      })
      const body = await res.json()
      if (!body.doc) throw new Error(`seller creation failed: ${JSON.stringify(body)}`)
      return body.doc.id
    })())
  }
  return sellers.get(base)
}

export const createEvent = async (base, token, data) => {
  const seller = await benchSeller(base, token)
  const res = await fetch(`${base}/api/city-events`, {
    body: JSON.stringify({
      seller,
      city: 'Paris',
      country: 'FR',
      currency: 'EUR',
      regularPrice: 45000,
      startsAt: new Date(Date.now() + 90 * 86_400_000).toISOString(),
      status: 'PUBLISHED',
      timezone: 'Europe/Paris',
      title: 'Bench',
      ...data,
    }),
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    method: 'POST',
  })
  const body = await res.json()
  if (!body.doc) throw new Error(`event creation failed: ${JSON.stringify(body)}`)
  return body.doc
}

/** A promo code every bench booking may use: 10 % off, a seat limit far beyond the run (so its counter and CHECK are on the path). */
export const createPromoCode = async (base, token, code) => {
  const res = await fetch(`${base}/api/promo-codes`, {
    body: JSON.stringify({ code, kind: 'PERCENT', maxSeats: 100_000_000, percent: 10 }),
    headers: { Authorization: `JWT ${token}`, 'Content-Type': 'application/json' },
    method: 'POST',
  })
  const body = await res.json()
  if (!body.doc) throw new Error(`promo code creation failed: ${JSON.stringify(body)}`)
  return body.doc
}

let visitor = 0
/** A new visitor per request: its own client address and buyer email (rate limits stay on). */
export const nextVisitor = () => {
  visitor += 1
  return { email: `bench-${visitor}@example.com`, ip: `10.${(visitor >> 16) & 255}.${(visitor >> 8) & 255}.${visitor & 255}` }
}
