import * as migration_20261125_181319_initial from './20261125_181319_initial';

export const migrations = [
  {
    up: migration_20261125_181319_initial.up,
    down: migration_20261125_181319_initial.down,
    name: '20261125_181319_initial'
  },
];
