import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_storefronts_permissions" AS ENUM('accept', 'status', 'export', 'erase');
  ALTER TYPE "public"."enum_users_roles" ADD VALUE 'auditor';
  CREATE TABLE "storefronts_permissions" (
  	"order" integer NOT NULL,
  	"parent_id" integer NOT NULL,
  	"value" "enum_storefronts_permissions",
  	"id" serial PRIMARY KEY NOT NULL
  );
  
  ALTER TABLE "payload_preferences_rels" DROP CONSTRAINT "payload_preferences_rels_storefronts_fk";
  
  DROP INDEX "storefront_idempotencyKey_idx";
  DROP INDEX "policySlug_customerId_versionNumber_idx";
  DROP INDEX "payload_preferences_rels_storefronts_id_idx";
  ALTER TABLE "storefronts" ADD COLUMN "scope" varchar DEFAULT 'default' NOT NULL;
  ALTER TABLE "policy_acceptances" ADD COLUMN "scope" varchar DEFAULT 'default' NOT NULL;
  ALTER TABLE "storefronts_permissions" ADD CONSTRAINT "storefronts_permissions_parent_fk" FOREIGN KEY ("parent_id") REFERENCES "public"."storefronts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "storefronts_permissions_order_idx" ON "storefronts_permissions" USING btree ("order");
  CREATE INDEX "storefronts_permissions_parent_idx" ON "storefronts_permissions" USING btree ("parent_id");
  CREATE INDEX "storefronts_scope_idx" ON "storefronts" USING btree ("scope");
  CREATE UNIQUE INDEX "storefronts_api_key_index_idx" ON "storefronts" USING btree ("api_key_index");
  CREATE UNIQUE INDEX "scope_storefront_idempotencyKey_idx" ON "policy_acceptances" USING btree ("scope","storefront_id","idempotency_key");
  CREATE INDEX "policySlug_scope_customerId_versionNumber_idx" ON "policy_acceptances" USING btree ("policy_slug","scope","customer_id","version_number");
  CREATE INDEX "scope_customerId_idx" ON "policy_acceptances" USING btree ("scope","customer_id");
  ALTER TABLE "storefronts" DROP COLUMN "enable_a_p_i_key";
  ALTER TABLE "storefronts" DROP COLUMN "api_key";
  ALTER TABLE "payload_preferences_rels" DROP COLUMN "storefronts_id";`)
  // Storefronts that exist already keep every keyed endpoint they could call before permissions
  // existed; new ones get only accept and status.
  await db.execute(sql`
  INSERT INTO "storefronts_permissions" ("order", "parent_id", "value")
    SELECT p.o, s.id, p.v::"enum_storefronts_permissions" FROM "storefronts" s CROSS JOIN (
      VALUES (1, 'accept'), (2, 'status'), (3, 'export'), (4, 'erase')
    ) AS p(o, v);`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "storefronts_permissions" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "storefronts_permissions" CASCADE;
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE text;
  DROP TYPE "public"."enum_users_roles";
  CREATE TYPE "public"."enum_users_roles" AS ENUM('admin', 'publisher', 'editor');
  ALTER TABLE "users_roles" ALTER COLUMN "value" SET DATA TYPE "public"."enum_users_roles" USING "value"::"public"."enum_users_roles";
  DROP INDEX "storefronts_scope_idx";
  DROP INDEX "storefronts_api_key_index_idx";
  DROP INDEX "scope_storefront_idempotencyKey_idx";
  DROP INDEX "policySlug_scope_customerId_versionNumber_idx";
  DROP INDEX "scope_customerId_idx";
  ALTER TABLE "storefronts" ADD COLUMN "enable_a_p_i_key" boolean;
  ALTER TABLE "storefronts" ADD COLUMN "api_key" varchar;
  ALTER TABLE "payload_preferences_rels" ADD COLUMN "storefronts_id" integer;
  ALTER TABLE "payload_preferences_rels" ADD CONSTRAINT "payload_preferences_rels_storefronts_fk" FOREIGN KEY ("storefronts_id") REFERENCES "public"."storefronts"("id") ON DELETE cascade ON UPDATE no action;
  CREATE UNIQUE INDEX "storefront_idempotencyKey_idx" ON "policy_acceptances" USING btree ("storefront_id","idempotency_key");
  CREATE INDEX "policySlug_customerId_versionNumber_idx" ON "policy_acceptances" USING btree ("policy_slug","customer_id","version_number");
  CREATE INDEX "payload_preferences_rels_storefronts_id_idx" ON "payload_preferences_rels" USING btree ("storefronts_id");
  ALTER TABLE "storefronts" DROP COLUMN "scope";
  ALTER TABLE "policy_acceptances" DROP COLUMN "scope";
  DROP TYPE "public"."enum_storefronts_permissions";`)
}
