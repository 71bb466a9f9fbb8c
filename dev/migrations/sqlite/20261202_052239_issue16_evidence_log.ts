import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`policy_log_leaves\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`index\` numeric NOT NULL,
  	\`kind\` text NOT NULL,
  	\`record\` text NOT NULL,
  	\`leaf_hash\` text NOT NULL,
  	\`record_purged_on\` text
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`policy_log_leaves_index_idx\` ON \`policy_log_leaves\` (\`index\`);`)
  await db.run(sql`CREATE INDEX \`kind_record_idx\` ON \`policy_log_leaves\` (\`kind\`,\`record\`);`)
  await db.run(sql`CREATE TABLE \`policy_tree_heads\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`tree_size\` numeric NOT NULL,
  	\`root_hash\` text NOT NULL,
  	\`timestamp\` text NOT NULL,
  	\`key_id\` text NOT NULL,
  	\`public_key\` text NOT NULL,
  	\`signature\` text NOT NULL
  );
  `)
  await db.run(sql`CREATE UNIQUE INDEX \`policy_tree_heads_tree_size_idx\` ON \`policy_tree_heads\` (\`tree_size\`);`)
  await db.run(sql`ALTER TABLE \`policy_acceptances\` ADD \`evidence_salt\` text;`)
  await db.run(sql`ALTER TABLE \`policy_acceptances\` ADD \`accepted_at_commitment\` text;`)
  await db.run(sql`ALTER TABLE \`policy_acceptances\` ADD \`customer_commitment\` text;`)
  await db.run(sql`ALTER TABLE \`policy_acceptances\` ADD \`order_commitment\` text;`)
  await db.run(sql`ALTER TABLE \`policy_acceptances\` ADD \`idempotency_key_commitment\` text;`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`policy_log_leaves_id\` integer REFERENCES policy_log_leaves(id);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`policy_tree_heads_id\` integer REFERENCES policy_tree_heads(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policy_log_leaves_id_idx\` ON \`payload_locked_documents_rels\` (\`policy_log_leaves_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policy_tree_heads_id_idx\` ON \`payload_locked_documents_rels\` (\`policy_tree_heads_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`policy_log_leaves\`;`)
  await db.run(sql`DROP TABLE \`policy_tree_heads\`;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_locked_documents_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	\`policies_id\` integer,
  	\`policy_versions_id\` integer,
  	\`storefronts_id\` integer,
  	\`policy_acceptances_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policies_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_versions_id\`) REFERENCES \`policy_versions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`storefronts_id\`) REFERENCES \`storefronts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_acceptances_id\`) REFERENCES \`policy_acceptances\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "policies_id", "policy_versions_id", "storefronts_id", "policy_acceptances_id") SELECT "id", "order", "parent_id", "path", "users_id", "policies_id", "policy_versions_id", "storefronts_id", "policy_acceptances_id" FROM \`payload_locked_documents_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_locked_documents_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_locked_documents_rels\` RENAME TO \`payload_locked_documents_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_order_idx\` ON \`payload_locked_documents_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_parent_idx\` ON \`payload_locked_documents_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_path_idx\` ON \`payload_locked_documents_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_users_id_idx\` ON \`payload_locked_documents_rels\` (\`users_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policies_id_idx\` ON \`payload_locked_documents_rels\` (\`policies_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policy_versions_id_idx\` ON \`payload_locked_documents_rels\` (\`policy_versions_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_storefronts_id_idx\` ON \`payload_locked_documents_rels\` (\`storefronts_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policy_acceptances_id_idx\` ON \`payload_locked_documents_rels\` (\`policy_acceptances_id\`);`)
  await db.run(sql`ALTER TABLE \`policy_acceptances\` DROP COLUMN \`evidence_salt\`;`)
  await db.run(sql`ALTER TABLE \`policy_acceptances\` DROP COLUMN \`accepted_at_commitment\`;`)
  await db.run(sql`ALTER TABLE \`policy_acceptances\` DROP COLUMN \`customer_commitment\`;`)
  await db.run(sql`ALTER TABLE \`policy_acceptances\` DROP COLUMN \`order_commitment\`;`)
  await db.run(sql`ALTER TABLE \`policy_acceptances\` DROP COLUMN \`idempotency_key_commitment\`;`)
}
