import * as migration_20261202_163449_initial from './20261202_163449_initial';
import * as migration_20261206_151838_audit_log_privacy from './20261206_151838_audit_log_privacy';
import * as migration_20261206_181301_invoices from './20261206_181301_invoices';

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
    up: migration_20261206_181301_invoices.up,
    down: migration_20261206_181301_invoices.down,
    name: '20261206_181301_invoices'
  },
];
