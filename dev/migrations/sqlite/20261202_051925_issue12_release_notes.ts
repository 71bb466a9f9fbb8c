import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`policy_versions\` ADD \`summary_locales\` text;`)
  await db.run(sql`ALTER TABLE \`policy_versions\` ADD \`change_types\` text;`)
  await db.run(sql`ALTER TABLE \`policy_versions\` ADD \`withdrawn_at\` text;`)
  await db.run(sql`ALTER TABLE \`policy_versions\` ADD \`withdrawn_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`policy_versions\` ADD \`withdrawn_via\` text;`)
  await db.run(sql`CREATE INDEX \`policy_versions_withdrawn_by_idx\` ON \`policy_versions\` (\`withdrawn_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_policy_versions\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`label\` text NOT NULL,
  	\`policy_id\` integer NOT NULL,
  	\`policy_slug\` text NOT NULL,
  	\`number\` numeric NOT NULL,
  	\`published_at\` text NOT NULL,
  	\`effective_at\` text NOT NULL,
  	\`change_type\` text NOT NULL,
  	\`summary\` text,
  	\`locales\` text,
  	\`content_hashes\` text,
  	\`translation_status\` text,
  	\`snapshot\` text,
  	\`published_by_id\` integer,
  	\`published_via\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	FOREIGN KEY (\`policy_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE set null,
  	FOREIGN KEY (\`published_by_id\`) REFERENCES \`users\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new_policy_versions\`("id", "label", "policy_id", "policy_slug", "number", "published_at", "effective_at", "change_type", "summary", "locales", "content_hashes", "translation_status", "snapshot", "published_by_id", "published_via", "updated_at", "created_at") SELECT "id", "label", "policy_id", "policy_slug", "number", "published_at", "effective_at", "change_type", "summary", "locales", "content_hashes", "translation_status", "snapshot", "published_by_id", "published_via", "updated_at", "created_at" FROM \`policy_versions\`;`)
  await db.run(sql`DROP TABLE \`policy_versions\`;`)
  await db.run(sql`ALTER TABLE \`__new_policy_versions\` RENAME TO \`policy_versions\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE INDEX \`policy_versions_policy_idx\` ON \`policy_versions\` (\`policy_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_versions_policy_slug_idx\` ON \`policy_versions\` (\`policy_slug\`);`)
  await db.run(sql`CREATE INDEX \`policy_versions_effective_at_idx\` ON \`policy_versions\` (\`effective_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_versions_published_by_idx\` ON \`policy_versions\` (\`published_by_id\`);`)
  await db.run(sql`CREATE INDEX \`policy_versions_updated_at_idx\` ON \`policy_versions\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`policy_versions_created_at_idx\` ON \`policy_versions\` (\`created_at\`);`)
  await db.run(sql`CREATE UNIQUE INDEX \`policy_number_idx\` ON \`policy_versions\` (\`policy_id\`,\`number\`);`)
}
