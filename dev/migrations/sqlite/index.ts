import * as migration_20261125_182535_initial from './20261125_182535_initial';
import * as migration_20261201_220606_storefront_scopes from './20261201_220606_storefront_scopes';
import * as migration_20261202_051925_issue12_release_notes from './20261202_051925_issue12_release_notes';
import * as migration_20261202_052239_issue16_evidence_log from './20261202_052239_issue16_evidence_log';
import * as migration_20261202_081750_issue16_verification_runs from './20261202_081750_issue16_verification_runs';
import * as migration_20261202_093011_issue15_review_handoff from './20261202_093011_issue15_review_handoff';

export const migrations = [
  {
    up: migration_20261125_182535_initial.up,
    down: migration_20261125_182535_initial.down,
    name: '20261125_182535_initial',
  },
  {
    up: migration_20261201_220606_storefront_scopes.up,
    down: migration_20261201_220606_storefront_scopes.down,
    name: '20261201_220606_storefront_scopes',
  },
  {
    up: migration_20261202_051925_issue12_release_notes.up,
    down: migration_20261202_051925_issue12_release_notes.down,
    name: '20261202_051925_issue12_release_notes',
  },
  {
    up: migration_20261202_052239_issue16_evidence_log.up,
    down: migration_20261202_052239_issue16_evidence_log.down,
    name: '20261202_052239_issue16_evidence_log',
  },
  {
    up: migration_20261202_081750_issue16_verification_runs.up,
    down: migration_20261202_081750_issue16_verification_runs.down,
    name: '20261202_081750_issue16_verification_runs',
  },
  {
    up: migration_20261202_093011_issue15_review_handoff.up,
    down: migration_20261202_093011_issue15_review_handoff.down,
    name: '20261202_093011_issue15_review_handoff',
  },
];
