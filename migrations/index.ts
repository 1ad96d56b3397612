import * as migration_20261202_154118_baseline from './20261202_154118_baseline';

export const migrations = [
  {
    up: migration_20261202_154118_baseline.up,
    down: migration_20261202_154118_baseline.down,
    name: '20261202_154118_baseline'
  },
];
