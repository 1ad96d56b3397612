import type { PayloadRequest } from 'payload'

import type { AccessCheck } from '../../types'
import { IssueCertificatesButton } from '../IssueCertificatesButton/index.client'

type Props = { canUse?: AccessCheck; mode?: 'attendee' | 'event'; payload?: PayloadRequest['payload']; user?: PayloadRequest['user'] }

/** On an event's page ("Issue certificates now") and an attendee's ("Issue a certificate"), for admins only (the host's access rule decides). */
export const IssueCertificatesAction = async ({ canUse, mode = 'event', payload, user }: Props) => {
  if (!user || !payload || !canUse || !(await canUse({ req: { payload, user } as PayloadRequest }))) return null
  return <IssueCertificatesButton mode={mode} />
}
