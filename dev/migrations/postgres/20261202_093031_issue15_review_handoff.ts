import { MigrateUpArgs, MigrateDownArgs, sql } from '@payloadcms/db-postgres'

export async function up({ db, payload, req }: MigrateUpArgs): Promise<void> {
  await db.execute(sql`
   CREATE TYPE "public"."enum_policies_effectiveat_tz" AS ENUM('Europe/Riga');
  CREATE TYPE "public"."enum__policies_v_version_effectiveat_tz" AS ENUM('Europe/Riga');
  ALTER TABLE "policies" ADD COLUMN "effectiveat_tz" "enum_policies_effectiveat_tz" DEFAULT 'Europe/Riga';
  ALTER TABLE "policies" ADD COLUMN "review_requested" boolean DEFAULT false;
  ALTER TABLE "policies" ADD COLUMN "review_note" varchar;
  ALTER TABLE "policies" ADD COLUMN "review_requested_by_id" integer;
  ALTER TABLE "policies" ADD COLUMN "review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "policies" ADD COLUMN "last_edited_by_id" integer;
  ALTER TABLE "_policies_v" ADD COLUMN "version_effectiveat_tz" "enum__policies_v_version_effectiveat_tz" DEFAULT 'Europe/Riga';
  ALTER TABLE "_policies_v" ADD COLUMN "version_review_requested" boolean DEFAULT false;
  ALTER TABLE "_policies_v" ADD COLUMN "version_review_note" varchar;
  ALTER TABLE "_policies_v" ADD COLUMN "version_review_requested_by_id" integer;
  ALTER TABLE "_policies_v" ADD COLUMN "version_review_requested_at" timestamp(3) with time zone;
  ALTER TABLE "_policies_v" ADD COLUMN "version_last_edited_by_id" integer;
  ALTER TABLE "policies" ADD CONSTRAINT "policies_review_requested_by_id_users_id_fk" FOREIGN KEY ("review_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "policies" ADD CONSTRAINT "policies_last_edited_by_id_users_id_fk" FOREIGN KEY ("last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policies_v" ADD CONSTRAINT "_policies_v_version_review_requested_by_id_users_id_fk" FOREIGN KEY ("version_review_requested_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  ALTER TABLE "_policies_v" ADD CONSTRAINT "_policies_v_version_last_edited_by_id_users_id_fk" FOREIGN KEY ("version_last_edited_by_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;
  CREATE INDEX "policies_review_requested_by_idx" ON "policies" USING btree ("review_requested_by_id");
  CREATE INDEX "policies_last_edited_by_idx" ON "policies" USING btree ("last_edited_by_id");
  CREATE INDEX "_policies_v_version_version_review_requested_by_idx" ON "_policies_v" USING btree ("version_review_requested_by_id");
  CREATE INDEX "_policies_v_version_version_last_edited_by_idx" ON "_policies_v" USING btree ("version_last_edited_by_id");`)
}

export async function down({ db, payload, req }: MigrateDownArgs): Promise<void> {
  await db.execute(sql`
   ALTER TABLE "policies" DROP CONSTRAINT "policies_review_requested_by_id_users_id_fk";
  
  ALTER TABLE "policies" DROP CONSTRAINT "policies_last_edited_by_id_users_id_fk";
  
  ALTER TABLE "_policies_v" DROP CONSTRAINT "_policies_v_version_review_requested_by_id_users_id_fk";
  
  ALTER TABLE "_policies_v" DROP CONSTRAINT "_policies_v_version_last_edited_by_id_users_id_fk";
  
  DROP INDEX "policies_review_requested_by_idx";
  DROP INDEX "policies_last_edited_by_idx";
  DROP INDEX "_policies_v_version_version_review_requested_by_idx";
  DROP INDEX "_policies_v_version_version_last_edited_by_idx";
  ALTER TABLE "policies" DROP COLUMN "effectiveat_tz";
  ALTER TABLE "policies" DROP COLUMN "review_requested";
  ALTER TABLE "policies" DROP COLUMN "review_note";
  ALTER TABLE "policies" DROP COLUMN "review_requested_by_id";
  ALTER TABLE "policies" DROP COLUMN "review_requested_at";
  ALTER TABLE "policies" DROP COLUMN "last_edited_by_id";
  ALTER TABLE "_policies_v" DROP COLUMN "version_effectiveat_tz";
  ALTER TABLE "_policies_v" DROP COLUMN "version_review_requested";
  ALTER TABLE "_policies_v" DROP COLUMN "version_review_note";
  ALTER TABLE "_policies_v" DROP COLUMN "version_review_requested_by_id";
  ALTER TABLE "_policies_v" DROP COLUMN "version_review_requested_at";
  ALTER TABLE "_policies_v" DROP COLUMN "version_last_edited_by_id";
  DROP TYPE "public"."enum_policies_effectiveat_tz";
  DROP TYPE "public"."enum__policies_v_version_effectiveat_tz";`)
}
