import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-sqlite'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.run(sql`ALTER TABLE \`policies\` ADD \`effectiveat_tz\` text DEFAULT 'Europe/Riga';`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`review_requested\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`review_note\` text;`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`review_requested_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`review_requested_at\` text;`)
  await db.run(sql`ALTER TABLE \`policies\` ADD \`last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`policies_review_requested_by_idx\` ON \`policies\` (\`review_requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`policies_last_edited_by_idx\` ON \`policies\` (\`last_edited_by_id\`);`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_effectiveat_tz\` text DEFAULT 'Europe/Riga';`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_review_requested\` integer DEFAULT false;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_review_note\` text;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_review_requested_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_review_requested_at\` text;`)
  await db.run(sql`ALTER TABLE \`_policies_v\` ADD \`version_last_edited_by_id\` integer REFERENCES users(id);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_review_requested_by_idx\` ON \`_policies_v\` (\`version_review_requested_by_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_last_edited_by_idx\` ON \`_policies_v\` (\`version_last_edited_by_id\`);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.run(sql`PRAGMA foreign_keys=OFF;`)
  await db.run(sql`CREATE TABLE \`__new_policies\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`slug\` text,
  	\`translation_reviewed\` integer DEFAULT false,
  	\`change_type\` text,
  	\`effective_at\` text,
  	\`stale_translations\` text,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`_status\` text DEFAULT 'draft'
  );
  `)
  await db.run(sql`INSERT INTO \`__new_policies\`("id", "slug", "translation_reviewed", "change_type", "effective_at", "stale_translations", "updated_at", "created_at", "_status") SELECT "id", "slug", "translation_reviewed", "change_type", "effective_at", "stale_translations", "updated_at", "created_at", "_status" FROM \`policies\`;`)
  await db.run(sql`DROP TABLE \`policies\`;`)
  await db.run(sql`ALTER TABLE \`__new_policies\` RENAME TO \`policies\`;`)
  await db.run(sql`PRAGMA foreign_keys=ON;`)
  await db.run(sql`CREATE UNIQUE INDEX \`policies_slug_idx\` ON \`policies\` (\`slug\`);`)
  await db.run(sql`CREATE INDEX \`policies_updated_at_idx\` ON \`policies\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`policies_created_at_idx\` ON \`policies\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`policies__status_idx\` ON \`policies\` (\`_status\`);`)
  await db.run(sql`CREATE TABLE \`__new__policies_v\` (
  	\`id\` integer PRIMARY KEY NOT NULL,
  	\`parent_id\` integer,
  	\`version_slug\` text,
  	\`version_translation_reviewed\` integer DEFAULT false,
  	\`version_change_type\` text,
  	\`version_effective_at\` text,
  	\`version_stale_translations\` text,
  	\`version_updated_at\` text,
  	\`version_created_at\` text,
  	\`version__status\` text DEFAULT 'draft',
  	\`created_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`updated_at\` text DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) NOT NULL,
  	\`snapshot\` integer,
  	\`published_locale\` text,
  	\`latest\` integer,
  	FOREIGN KEY (\`parent_id\`) REFERENCES \`policies\`(\`id\`) ON UPDATE no action ON DELETE set null
  );
  `)
  await db.run(sql`INSERT INTO \`__new__policies_v\`("id", "parent_id", "version_slug", "version_translation_reviewed", "version_change_type", "version_effective_at", "version_stale_translations", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest") SELECT "id", "parent_id", "version_slug", "version_translation_reviewed", "version_change_type", "version_effective_at", "version_stale_translations", "version_updated_at", "version_created_at", "version__status", "created_at", "updated_at", "snapshot", "published_locale", "latest" FROM \`_policies_v\`;`)
  await db.run(sql`DROP TABLE \`_policies_v\`;`)
  await db.run(sql`ALTER TABLE \`__new__policies_v\` RENAME TO \`_policies_v\`;`)
  await db.run(sql`CREATE INDEX \`_policies_v_parent_idx\` ON \`_policies_v\` (\`parent_id\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_slug_idx\` ON \`_policies_v\` (\`version_slug\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_updated_at_idx\` ON \`_policies_v\` (\`version_updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version_created_at_idx\` ON \`_policies_v\` (\`version_created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_version_version__status_idx\` ON \`_policies_v\` (\`version__status\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_created_at_idx\` ON \`_policies_v\` (\`created_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_updated_at_idx\` ON \`_policies_v\` (\`updated_at\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_snapshot_idx\` ON \`_policies_v\` (\`snapshot\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_published_locale_idx\` ON \`_policies_v\` (\`published_locale\`);`)
  await db.run(sql`CREATE INDEX \`_policies_v_latest_idx\` ON \`_policies_v\` (\`latest\`);`)
}
