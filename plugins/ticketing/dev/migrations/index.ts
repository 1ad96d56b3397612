import * as migration_20261202_163449_initial from './20261202_163449_initial';
import * as migration_20261206_151838_audit_log_privacy from './20261206_151838_audit_log_privacy';
import * as migration_20261206_171733_checkin_tickets from './20261206_171733_checkin_tickets';
import * as migration_20261206_174210_certificates from './20261206_174210_certificates';

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
    up: migration_20261206_171733_checkin_tickets.up,
    down: migration_20261206_171733_checkin_tickets.down,
    name: '20261206_171733_checkin_tickets',
  },
  {
    up: migration_20261206_174210_certificates.up,
    down: migration_20261206_174210_certificates.down,
    name: '20261206_174210_certificates'
  },
];
