// One more app process on this run's database (see appProcess.ts).
//   PORT=4101 DATABASE_URL=… tsx tests/helpers/serveApp.ts
import config from './testPayloadConfig'
import { getPayload } from 'payload'

import { startApiServer } from './apiServer'

await getPayload({ config })
const server = await startApiServer(Number(process.env.PORT))
console.log(`listening on ${new URL(server.url).port}`)
process.on('SIGTERM', () => void server.close().then(() => process.exit(0)))
