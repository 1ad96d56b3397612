// The emulator's public entry: start it, and drive it from tests (succeed, fail, refund,
// wait for webhooks). Everything else under src/ is internal.
export { createEmulatorClient, type EmulatorClient } from './src/emulatorClient.js'
export { startStripeEmulator, type StripeEmulator } from './src/startStripeEmulator.js'
