import { z } from 'zod'

// In a browser, zod builds no code at run time: it would first try `new Function` to see
// whether it may, which a page's Content-Security-Policy (no 'unsafe-eval') reports as a
// violation. The schemas validate the same; on the server zod keeps its compiled fast path.
if (typeof window !== 'undefined') z.config({ jitless: true })

/** zod, set up for where it runs; modules the browser may load take `z` from here. */
export { z }
