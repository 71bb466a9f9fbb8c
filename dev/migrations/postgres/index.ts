import * as migration_20261125_182601_initial from './20261125_182601_initial';

export const migrations = [
  {
    up: migration_20261125_182601_initial.up,
    down: migration_20261125_182601_initial.down,
    name: '20261125_182601_initial'
  },
];
