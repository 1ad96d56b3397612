import type { Payload } from 'payload'

import { devUser } from './helpers/credentials'

/** The dev owner, once. */
export const seed = async (payload: Payload) => {
  const { totalDocs } = await payload.count({ collection: 'users', overrideAccess: true, where: { email: { equals: devUser.email } } })
  if (!totalDocs) await payload.create({ collection: 'users', data: devUser as never, overrideAccess: true })
}
