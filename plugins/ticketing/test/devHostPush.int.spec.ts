import { describeDevHost } from './describeDevHost'

// The dev host as committed (not localized) with Payload's schema push (as `npm run dev` of a plugin template does).
describeDevHost('push')
