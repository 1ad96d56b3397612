import type { PayloadRequest } from 'payload'

import { PrivacyActions } from '../PrivacyActions/index.client'

type Props = { canUse?: (args: { req: PayloadRequest }) => boolean | Promise<boolean>; payload?: PayloadRequest['payload']; user?: PayloadRequest['user'] }

/** Above the bookings list, for admins only (the host's access rule decides): export or erase a person's data by email. */
export const PrivacyTools = async ({ canUse, payload, user }: Props) => {
  if (!user || !payload || !canUse || !(await canUse({ req: { payload, user } as PayloadRequest }))) return null
  return <PrivacyActions />
}
