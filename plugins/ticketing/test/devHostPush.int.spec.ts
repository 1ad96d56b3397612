import { describeDevHost } from './describeDevHost'

// The dev host with Payload's schema push (as `npm run dev` of a plugin template does).
describeDevHost('push')
