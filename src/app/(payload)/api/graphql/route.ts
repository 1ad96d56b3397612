import config from '@payload-config'
import { GRAPHQL_POST, REST_OPTIONS } from '@payloadcms/next/routes'

import { guardJsonBody } from '@/lib/guardJsonBody'

export const POST = guardJsonBody(GRAPHQL_POST(config))
export const OPTIONS = REST_OPTIONS(config)
