import * as migration_20261125_182535_initial from './20261125_182535_initial';

export const migrations = [
  {
    up: migration_20261125_182535_initial.up,
    down: migration_20261125_182535_initial.down,
    name: '20261125_182535_initial'
  },
];
