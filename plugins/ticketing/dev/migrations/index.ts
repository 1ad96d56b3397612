import * as migration_20261202_163449_initial from './20261202_163449_initial';
import * as migration_20261206_151838_audit_log_privacy from './20261206_151838_audit_log_privacy';
import * as migration_20261206_171426_promo_codes from './20261206_171426_promo_codes';
import * as migration_20261206_173707_waitlist from './20261206_173707_waitlist';

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
    up: migration_20261206_171426_promo_codes.up,
    down: migration_20261206_171426_promo_codes.down,
    name: '20261206_171426_promo_codes',
  },
  {
    up: migration_20261206_173707_waitlist.up,
    down: migration_20261206_173707_waitlist.down,
    name: '20261206_173707_waitlist'
  },
];
