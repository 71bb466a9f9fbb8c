import * as migration_20261125_180204_initial from './20261125_180204_initial';

export const migrations = [
  {
    up: migration_20261125_180204_initial.up,
    down: migration_20261125_180204_initial.down,
    name: '20261125_180204_initial'
  },
];
