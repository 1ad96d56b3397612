import * as migration_20261202_163449_initial from './20261202_163449_initial';
import * as migration_20261206_151838_audit_log_privacy from './20261206_151838_audit_log_privacy';
import * as migration_20261206_172600_event_status_rules from './20261206_172600_event_status_rules';
import * as migration_20261206_175330_hold_clients from './20261206_175330_hold_clients';

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
    up: migration_20261206_172600_event_status_rules.up,
    down: migration_20261206_172600_event_status_rules.down,
    name: '20261206_172600_event_status_rules',
  },
  {
    up: migration_20261206_175330_hold_clients.up,
    down: migration_20261206_175330_hold_clients.down,
    name: '20261206_175330_hold_clients'
  },
];
