import { describeDevHost } from './describeDevHost'

// The dev host migrated by dev/migrations, generated there with `payload migrate:create`.
describeDevHost('migrations')
