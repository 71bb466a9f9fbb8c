import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_policy_log_leaves_kind" AS ENUM('acceptance', 'version');
  ALTER TYPE "public"."enum_payload_jobs_log_task_slug" ADD VALUE 'sealEvidenceLog';
  ALTER TYPE "public"."enum_payload_jobs_task_slug" ADD VALUE 'sealEvidenceLog';
  CREATE TABLE "policy_log_leaves" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"index" numeric NOT NULL,
  	"kind" "enum_policy_log_leaves_kind" NOT NULL,
  	"record" varchar NOT NULL,
  	"leaf_hash" varchar NOT NULL,
  	"record_purged_on" varchar
  );
  
  CREATE TABLE "policy_tree_heads" (
  	"id" serial PRIMARY KEY NOT NULL,
  	"tree_size" numeric NOT NULL,
  	"root_hash" varchar NOT NULL,
  	"timestamp" varchar NOT NULL,
  	"key_id" varchar NOT NULL,
  	"public_key" varchar NOT NULL,
  	"signature" varchar NOT NULL
  );
  
  ALTER TABLE "policy_acceptances" ADD COLUMN "evidence_salt" varchar;
  ALTER TABLE "policy_acceptances" ADD COLUMN "accepted_at_commitment" varchar;
  ALTER TABLE "policy_acceptances" ADD COLUMN "customer_commitment" varchar;
  ALTER TABLE "policy_acceptances" ADD COLUMN "order_commitment" varchar;
  ALTER TABLE "policy_acceptances" ADD COLUMN "idempotency_key_commitment" varchar;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "policy_log_leaves_id" integer;
  ALTER TABLE "payload_locked_documents_rels" ADD COLUMN "policy_tree_heads_id" integer;
  CREATE UNIQUE INDEX "policy_log_leaves_index_idx" ON "policy_log_leaves" USING btree ("index");
  CREATE INDEX "kind_record_idx" ON "policy_log_leaves" USING btree ("kind","record");
  CREATE UNIQUE INDEX "policy_tree_heads_tree_size_idx" ON "policy_tree_heads" USING btree ("tree_size");
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_policy_log_leaves_fk" FOREIGN KEY ("policy_log_leaves_id") REFERENCES "public"."policy_log_leaves"("id") ON DELETE cascade ON UPDATE no action;
  ALTER TABLE "payload_locked_documents_rels" ADD CONSTRAINT "payload_locked_documents_rels_policy_tree_heads_fk" FOREIGN KEY ("policy_tree_heads_id") REFERENCES "public"."policy_tree_heads"("id") ON DELETE cascade ON UPDATE no action;
  CREATE INDEX "payload_locked_documents_rels_policy_log_leaves_id_idx" ON "payload_locked_documents_rels" USING btree ("policy_log_leaves_id");
  CREATE INDEX "payload_locked_documents_rels_policy_tree_heads_id_idx" ON "payload_locked_documents_rels" USING btree ("policy_tree_heads_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "policy_log_leaves" DISABLE ROW LEVEL SECURITY;
  ALTER TABLE "policy_tree_heads" DISABLE ROW LEVEL SECURITY;
  DROP TABLE "policy_log_leaves" CASCADE;
  DROP TABLE "policy_tree_heads" CASCADE;
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_policy_log_leaves_fk";
  
  ALTER TABLE "payload_locked_documents_rels" DROP CONSTRAINT "payload_locked_documents_rels_policy_tree_heads_fk";
  
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_log_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_log_task_slug" AS ENUM('inline', 'purgeExpiredAcceptances');
  ALTER TABLE "payload_jobs_log" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_log_task_slug" USING "task_slug"::"public"."enum_payload_jobs_log_task_slug";
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE text;
  DROP TYPE "public"."enum_payload_jobs_task_slug";
  CREATE TYPE "public"."enum_payload_jobs_task_slug" AS ENUM('inline', 'purgeExpiredAcceptances');
  ALTER TABLE "payload_jobs" ALTER COLUMN "task_slug" SET DATA TYPE "public"."enum_payload_jobs_task_slug" USING "task_slug"::"public"."enum_payload_jobs_task_slug";
  DROP INDEX "payload_locked_documents_rels_policy_log_leaves_id_idx";
  DROP INDEX "payload_locked_documents_rels_policy_tree_heads_id_idx";
  ALTER TABLE "policy_acceptances" DROP COLUMN "evidence_salt";
  ALTER TABLE "policy_acceptances" DROP COLUMN "accepted_at_commitment";
  ALTER TABLE "policy_acceptances" DROP COLUMN "customer_commitment";
  ALTER TABLE "policy_acceptances" DROP COLUMN "order_commitment";
  ALTER TABLE "policy_acceptances" DROP COLUMN "idempotency_key_commitment";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "policy_log_leaves_id";
  ALTER TABLE "payload_locked_documents_rels" DROP COLUMN "policy_tree_heads_id";
  DROP TYPE "public"."enum_policy_log_leaves_kind";`)
}
