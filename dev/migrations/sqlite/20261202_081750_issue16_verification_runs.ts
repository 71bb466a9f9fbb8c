import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`policy_log_verifications\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`verified_at\` text NOT NULL,
  	\`ok\` integer DEFAULT false NOT NULL,
  	\`trigger\` text NOT NULL,
  	\`triggered_by\` text,
  	\`duration_ms\` numeric,
  	\`finding_count\` numeric,
  	\`findings\` text,
  	\`error\` text,
  	\`tree_size\` numeric,
  	\`root_hash\` text,
  	\`tree_head_timestamp\` text,
  	\`key_id\` text,
  	\`counts_leaves\` numeric,
  	\`counts_tree_heads\` numeric,
  	\`counts_acceptances\` numeric,
  	\`counts_versions\` numeric,
  	\`counts_erased\` numeric,
  	\`counts_purged\` numeric,
  	\`counts_pending\` numeric
  );
  `)
  await db.run(sql`CREATE INDEX \`policy_log_verifications_verified_at_idx\` ON \`policy_log_verifications\` (\`verified_at\`);`)
  await db.run(sql`ALTER TABLE \`payload_locked_documents_rels\` ADD \`policy_log_verifications_id\` integer REFERENCES policy_log_verifications(id);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policy_log_verifications_i_idx\` ON \`payload_locked_documents_rels\` (\`policy_log_verifications_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`policy_log_verifications\`;`)
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
  	\`policy_log_leaves_id\` integer,
  	\`policy_tree_heads_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_locked_documents\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policies_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_versions_id\`) REFERENCES \`policy_versions\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`storefronts_id\`) REFERENCES \`storefronts\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_acceptances_id\`) REFERENCES \`policy_acceptances\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_log_leaves_id\`) REFERENCES \`policy_log_leaves\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`policy_tree_heads_id\`) REFERENCES \`policy_tree_heads\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_locked_documents_rels\`("id", "order", "parent_id", "path", "users_id", "policies_id", "policy_versions_id", "storefronts_id", "policy_acceptances_id", "policy_log_leaves_id", "policy_tree_heads_id") SELECT "id", "order", "parent_id", "path", "users_id", "policies_id", "policy_versions_id", "storefronts_id", "policy_acceptances_id", "policy_log_leaves_id", "policy_tree_heads_id" FROM \`payload_locked_documents_rels\`;`)
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
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policy_log_leaves_id_idx\` ON \`payload_locked_documents_rels\` (\`policy_log_leaves_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_locked_documents_rels_policy_tree_heads_id_idx\` ON \`payload_locked_documents_rels\` (\`policy_tree_heads_id\`);`)
}
