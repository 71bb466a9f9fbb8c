import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "policy_versions" ADD COLUMN "summary_locales" jsonb;
  ALTER TABLE "policy_versions" ADD COLUMN "change_types" jsonb;
  ALTER TABLE "policy_versions" ADD COLUMN "withdrawn_at" timestamp(3) with time zone;
  ALTER TABLE "policy_versions" ADD COLUMN "withdrawn_by_id" integer;
  ALTER TABLE "policy_versions" ADD COLUMN "withdrawn_via" varchar;
  ALTER TABLE "policy_versions" ADD CONSTRAINT "policy_versions_withdrawn_by_id_users_id_fk" FOREIGN KEY ("withdrawn_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "policy_versions_withdrawn_by_idx" ON "policy_versions" USING btree ("withdrawn_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "policy_versions" DROP CONSTRAINT "policy_versions_withdrawn_by_id_users_id_fk";
  
  DROP INDEX "policy_versions_withdrawn_by_idx";
  ALTER TABLE "policy_versions" DROP COLUMN "summary_locales";
  ALTER TABLE "policy_versions" DROP COLUMN "change_types";
  ALTER TABLE "policy_versions" DROP COLUMN "withdrawn_at";
  ALTER TABLE "policy_versions" DROP COLUMN "withdrawn_by_id";
  ALTER TABLE "policy_versions" DROP COLUMN "withdrawn_via";`)
}
