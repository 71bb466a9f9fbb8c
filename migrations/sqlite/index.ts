import * as migration_20261125_181312_initial from './20261125_181312_initial';

export const migrations = [
  {
    up: migration_20261125_181312_initial.up,
    down: migration_20261125_181312_initial.down,
    name: '20261125_181312_initial'
  },
];
