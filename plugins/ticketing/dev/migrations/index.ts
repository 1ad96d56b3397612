import * as migration_20261202_163449_initial from './20261202_163449_initial';
import * as migration_20261206_151838_audit_log_privacy from './20261206_151838_audit_log_privacy';
import * as migration_20261206_185753_tour_documents_door_waitlist from './20261206_185753_tour_documents_door_waitlist';
import * as migration_20261206_220528_hold_limits from './20261206_220528_hold_limits';
import * as migration_20261206_234456_hold_counts_own_indexes from './20261206_234456_hold_counts_own_indexes';

export const migrations = [
  {
    up: migration_20261202_163449_initial.up,
    down: migration_20261202_163449_initial.down,
    name: '20261202_163449_initial',
  },
  {
    up: migration_20261206_151838_audit_log_privacy.up,
    down: migration_20261206_151838_audit_log_privacy.down,
    name: '20261206_151838_audit_log_privacy',
  },
  {
    up: migration_20261206_185753_tour_documents_door_waitlist.up,
    down: migration_20261206_185753_tour_documents_door_waitlist.down,
    name: '20261206_185753_tour_documents_door_waitlist',
  },
  {
    up: migration_20261206_220528_hold_limits.up,
    down: migration_20261206_220528_hold_limits.down,
    name: '20261206_220528_hold_limits',
  },
  {
    up: migration_20261206_234456_hold_counts_own_indexes.up,
    down: migration_20261206_234456_hold_counts_own_indexes.down,
    name: '20261206_234456_hold_counts_own_indexes'
  },
];
