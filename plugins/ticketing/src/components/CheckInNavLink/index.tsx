import type { PayloadRequest } from 'payload'

import type { AccessCheck } from '../../types'

type Props = { canUse?: AccessCheck; i18n?: { t: (key: string) => string }; payload?: PayloadRequest['payload']; user?: PayloadRequest['user'] }

/** In the admin's navigation, for staff allowed to scan tickets: the door scanner. */
export const CheckInNavLink = async ({ canUse, i18n, payload, user }: Props) => {
  if (!user || !payload || !canUse || !(await canUse({ req: { payload, user } as PayloadRequest }))) return null
  return (
    <a className="nav__link" data-testid="check-in-nav" href={`${payload.config.routes.admin}/check-in`} style={{ display: 'block', fontWeight: 600, padding: '8px 0' }}>
      {i18n ? i18n.t('plugin-ticketing:checkInTitle') : 'Check-in'}
    </a>
  )
}
