import * as migration_20261202_163449_initial from './20261202_163449_initial';

export const migrations = [
  {
    up: migration_20261202_163449_initial.up,
    down: migration_20261202_163449_initial.down,
    name: '20261202_163449_initial'
  },
];
