CREATE TYPE "public"."runner_claim_status" AS ENUM('pending', 'approved', 'rejected');--> statement-breakpoint
CREATE TABLE "runner_claims" (
	"id" serial PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"runner_id" integer NOT NULL,
	"status" "runner_claim_status" DEFAULT 'pending' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" text
);
--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "session_version" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "users" ADD COLUMN "sign_up_pending" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "runner_claims" ADD CONSTRAINT "runner_claims_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "runner_claims" ADD CONSTRAINT "runner_claims_runner_id_runners_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."runners"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "runner_claims" ADD CONSTRAINT "runner_claims_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "runner_claims_pending_user_idx" ON "runner_claims" USING btree ("user_id") WHERE "runner_claims"."status" = 'pending';--> statement-breakpoint
CREATE INDEX "runner_claims_status_idx" ON "runner_claims" USING btree ("status","created_at");