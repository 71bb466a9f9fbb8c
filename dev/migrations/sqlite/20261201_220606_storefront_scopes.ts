import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`CREATE TABLE \`storefronts_permissions\` (
  	\`order\` integer NOT NULL,
  	\`parent_id\` integer NOT NULL,
  	\`value\` text,
  	\`id\` integer PRIMARY KEY NOT NULL,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`storefronts\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`CREATE INDEX \`storefronts_permissions_order_idx\` ON \`storefronts_permissions\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`storefronts_permissions_parent_idx\` ON \`storefronts_permissions\` (\`parent_id\`);`)
  // Storefronts that exist already keep every keyed endpoint they could call before permissions
  // existed; new ones get only accept and status.
  await db.run(sql`INSERT INTO \`storefronts_permissions\` (\`order\`, \`parent_id\`, \`value\`)
    SELECT p.o, s.id, p.v FROM \`storefronts\` s CROSS JOIN (
      SELECT 1 AS o, 'accept' AS v UNION ALL SELECT 2, 'status'
      UNION ALL SELECT 3, 'export' UNION ALL SELECT 4, 'erase'
    ) p;`)
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_payload_preferences_rels\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`order\` integer,
  	\`parent_id\` integer NOT NULL,
  	\`path\` text NOT NULL,
  	\`users_id\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`payload_preferences\`(\`id\`) ON UPDATE no action ON DELETE cascade,
  	FOREIGN KEY (\`users_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE cascade
  );
  `)
  await db.run(sql`INSERT INTO \`__new_payload_preferences_rels\`("id", "order", "parent_id", "path", "users_id") SELECT "id", "order", "parent_id", "path", "users_id" FROM \`payload_preferences_rels\`;`)
  await db.run(sql`DROP TABLE \`payload_preferences_rels\`;`)
  await db.run(sql`ALTER TABLE \`__new_payload_preferences_rels\` RENAME TO \`payload_preferences_rels\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_order_idx\` ON \`payload_preferences_rels\` (\`order\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_parent_idx\` ON \`payload_preferences_rels\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_path_idx\` ON \`payload_preferences_rels\` (\`path\`);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_users_id_idx\` ON \`payload_preferences_rels\` (\`users_id\`);`)
  await db.run(sql`DROP INDEX \`storefront_idempotencyKey_idx\`;`)
  await db.run(sql`DROP INDEX \`policySlug_customerId_versionNumber_idx\`;`)
  await db.run(sql`ALTER TABLE \`policy_acceptances\` ADD \`scope\` text DEFAULT 'default' NOT NULL;`)
  await db.run(sql`CREATE UNIQUE INDEX \`scope_storefront_idempotencyKey_idx\` ON \`policy_acceptances\` (\`scope\`,\`storefront_id\`,\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`policySlug_scope_customerId_versionNumber_idx\` ON \`policy_acceptances\` (\`policy_slug\`,\`scope\`,\`customer_id\`,\`version_number\`);`)
  await db.run(sql`CREATE INDEX \`scope_customerId_idx\` ON \`policy_acceptances\` (\`scope\`,\`customer_id\`);`)
  await db.run(sql`ALTER TABLE \`storefronts\` ADD \`scope\` text DEFAULT 'default' NOT NULL;`)
  await db.run(sql`CREATE INDEX \`storefronts_scope_idx\` ON \`storefronts\` (\`scope\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`storefronts_api_key_index_idx\` ON \`storefronts\` (\`api_key_index\`);`)
  await db.run(sql`ALTER TABLE \`storefronts\` DROP COLUMN \`enable_a_p_i_key\`;`)
  await db.run(sql`ALTER TABLE \`storefronts\` DROP COLUMN \`api_key\`;`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`DROP TABLE \`storefronts_permissions\`;`)
  await db.run(sql`DROP INDEX \`storefronts_scope_idx\`;`)
  await db.run(sql`DROP INDEX \`storefronts_api_key_index_idx\`;`)
  await db.run(sql`ALTER TABLE \`storefronts\` ADD \`enable_a_p_i_key\` integer;`)
  await db.run(sql`ALTER TABLE \`storefronts\` ADD \`api_key\` text;`)
  await db.run(sql`ALTER TABLE \`storefronts\` DROP COLUMN \`scope\`;`)
  await db.run(sql`DROP INDEX \`scope_storefront_idempotencyKey_idx\`;`)
  await db.run(sql`DROP INDEX \`policySlug_scope_customerId_versionNumber_idx\`;`)
  await db.run(sql`DROP INDEX \`scope_customerId_idx\`;`)
  await db.run(sql`CREATE UNIQUE INDEX \`storefront_idempotencyKey_idx\` ON \`policy_acceptances\` (\`storefront_id\`,\`idempotency_key\`);`)
  await db.run(sql`CREATE INDEX \`policySlug_customerId_versionNumber_idx\` ON \`policy_acceptances\` (\`policy_slug\`,\`customer_id\`,\`version_number\`);`)
  await db.run(sql`ALTER TABLE \`policy_acceptances\` DROP COLUMN \`scope\`;`)
  await db.run(sql`ALTER TABLE \`payload_preferences_rels\` ADD \`storefronts_id\` integer REFERENCES storefronts(id);`)
  await db.run(sql`CREATE INDEX \`payload_preferences_rels_storefronts_id_idx\` ON \`payload_preferences_rels\` (\`storefronts_id\`);`)
}
