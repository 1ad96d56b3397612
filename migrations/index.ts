import * as migration_20261202_154118_baseline from './20261202_154118_baseline';
import * as migration_20261202_161731_stripe_events_queue from './20261202_161731_stripe_events_queue';
import * as migration_20261203_065711_drop_bookings_status_index from './20261203_065711_drop_bookings_status_index';
import * as migration_20261206_151829_audit_log_privacy from './20261206_151829_audit_log_privacy';
import * as migration_20261206_185747_tour_documents_door_waitlist from './20261206_185747_tour_documents_door_waitlist';
import * as migration_20261206_220548_hold_limits from './20261206_220548_hold_limits';
import * as migration_20261206_234448_hold_counts_own_indexes from './20261206_234448_hold_counts_own_indexes';

export const migrations = [
  {
    up: migration_20261202_154118_baseline.up,
    down: migration_20261202_154118_baseline.down,
    name: '20261202_154118_baseline',
  },
  {
    up: migration_20261202_161731_stripe_events_queue.up,
    down: migration_20261202_161731_stripe_events_queue.down,
    name: '20261202_161731_stripe_events_queue',
  },
  {
    up: migration_20261203_065711_drop_bookings_status_index.up,
    down: migration_20261203_065711_drop_bookings_status_index.down,
    name: '20261203_065711_drop_bookings_status_index',
  },
  {
    up: migration_20261206_151829_audit_log_privacy.up,
    down: migration_20261206_151829_audit_log_privacy.down,
    name: '20261206_151829_audit_log_privacy',
  },
  {
    up: migration_20261206_185747_tour_documents_door_waitlist.up,
    down: migration_20261206_185747_tour_documents_door_waitlist.down,
    name: '20261206_185747_tour_documents_door_waitlist',
  },
  {
    up: migration_20261206_220548_hold_limits.up,
    down: migration_20261206_220548_hold_limits.down,
    name: '20261206_220548_hold_limits',
  },
  {
    up: migration_20261206_234448_hold_counts_own_indexes.up,
    down: migration_20261206_234448_hold_counts_own_indexes.down,
    name: '20261206_234448_hold_counts_own_indexes'
  },
];
