import * as migration_20261125_175118_initial from './20261125_175118_initial';

export const migrations = [
  {
    up: migration_20261125_175118_initial.up,
    down: migration_20261125_175118_initial.down,
    name: '20261125_175118_initial'
  },
];
