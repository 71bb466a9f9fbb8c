import * as migration_20261125_182535_initial from './20261125_182535_initial';
import * as migration_20261201_220606_storefront_scopes from './20261201_220606_storefront_scopes';

export const migrations = [
  {
    up: migration_20261125_182535_initial.up,
    down: migration_20261125_182535_initial.down,
    name: '20261125_182535_initial',
  },
  {
    up: migration_20261201_220606_storefront_scopes.up,
    down: migration_20261201_220606_storefront_scopes.down,
    name: '20261201_220606_storefront_scopes'
  },
];
