import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_policy_log_verifications_trigger" AS ENUM('cli', 'schedule', 'admin');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'verifyEvidenceLog';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'verifyEvidenceLog';
  CREATE TABLE "policy_log_verifications" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"verified_at" timestamp(3) with time zone NOT NULL,
  	"ok" boolean DEFAULT false NOT NULL,
  	"trigger" "enum_policy_log_verifications_trigger" NOT NULL,
  	"triggered_by" varchar,
  	"duration_ms" numeric,
  	"finding_count" numeric,
  	"findings" jsonb,
  	"error" varchar,
  	"tree_size" numeric,
  	"root_hash" varchar,
  	"tree_head_timestamp" varchar,
  	"key_id" varchar,
  	"counts_leaves" numeric,
  	"counts_tree_heads" numeric,
  	"counts_acceptances" numeric,
  	"counts_versions" numeric,
  	"counts_erased" numeric,
  	"counts_purged" numeric,
  	"counts_pending" numeric
  );
  
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "policy_log_verifications_id" integer;
  CREATE INDEX "policy_log_verifications_verified_at_idx" ON "policy_log_verifications" USING btree ("verified_at");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_policy_log_verifications_fk" FOREIGN KEY ("policy_log_verifications_id") REFERENCES "public"."policy_log_verifications"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_policy_log_verifications_i_idx" ON "payload_locked_documents_rels" USING btree ("policy_log_verifications_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "policy_log_verifications" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "policy_log_verifications" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_policy_log_verifications_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'purgeExpiredAcceptances', 'sealEvidenceLog');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'purgeExpiredAcceptances', 'sealEvidenceLog');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_policy_log_verifications_i_idx";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "policy_log_verifications_id";
  DROP TYPE "public"."enum_policy_log_verifications_trigger";`)
}
