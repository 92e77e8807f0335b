CREATE TYPE "public"."event_level" AS ENUM('event', 'major', 'finals', 'index');--> statement-breakpoint
CREATE TYPE "public"."finals_race" AS ENUM('OCC', 'CCC', 'UTMB');--> statement-breakpoint
CREATE TYPE "public"."import_source" AS ENUM('page', 'api', 'cli');--> statement-breakpoint
CREATE TYPE "public"."qualification_kind" AS ENUM('podium', 'score', 'age_group');--> statement-breakpoint
CREATE TYPE "public"."race_category" AS ENUM('20K', '50K', '100K', '100M');--> statement-breakpoint
CREATE TYPE "public"."registration_status" AS ENUM('registered', 'cancelled');--> statement-breakpoint
CREATE TYPE "public"."request_status" AS ENUM('submitted', 'in_review', 'approved', 'rejected', 'withdrawn');--> statement-breakpoint
CREATE TYPE "public"."request_type" AS ENUM('category_change', 'priority_deferral', 'extension');--> statement-breakpoint
CREATE TYPE "public"."result_status" AS ENUM('finisher', 'dnf', 'dns', 'dsq');--> statement-breakpoint
CREATE TYPE "public"."sex" AS ENUM('F', 'M');--> statement-breakpoint
CREATE TYPE "public"."user_role" AS ENUM('runner', 'elite', 'admin');--> statement-breakpoint
CREATE TABLE "accounts" (
	"user_id" text NOT NULL,
	"type" text NOT NULL,
	"provider" text NOT NULL,
	"provider_account_id" text NOT NULL,
	"refresh_token" text,
	"access_token" text,
	"expires_at" integer,
	"token_type" text,
	"scope" text,
	"id_token" text,
	"session_state" text,
	CONSTRAINT "accounts_provider_provider_account_id_pk" PRIMARY KEY("provider","provider_account_id")
);
--> statement-breakpoint
CREATE TABLE "api_tokens" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"token_hash" text NOT NULL,
	"prefix" text NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp with time zone,
	"last_used_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "audit_events" (
	"id" serial PRIMARY KEY NOT NULL,
	"actor_user_id" text,
	"entity_type" text NOT NULL,
	"entity_id" text NOT NULL,
	"action" text NOT NULL,
	"reason" text,
	"details" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "events" (
	"id" serial PRIMARY KEY NOT NULL,
	"name" text NOT NULL,
	"country" text,
	"level" "event_level" NOT NULL,
	"year" smallint NOT NULL
);
--> statement-breakpoint
CREATE TABLE "finals_editions" (
	"year" smallint PRIMARY KEY NOT NULL,
	"qualification_start" date NOT NULL,
	"qualification_end" date NOT NULL,
	"score_thresholds" jsonb NOT NULL,
	"extension_thresholds" jsonb NOT NULL,
	"extension_deadline" date NOT NULL,
	"extension_window_end" date NOT NULL,
	"podium_places_event" smallint NOT NULL,
	"podium_places_major" smallint NOT NULL,
	"major_places_per_sex" smallint NOT NULL,
	"category_bands" jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "finals_quotas" (
	"edition_year" smallint NOT NULL,
	"finals_race" "finals_race" NOT NULL,
	"sex" "sex" NOT NULL,
	"bibs" integer NOT NULL,
	"bibs_used" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "finals_quotas_edition_year_finals_race_sex_pk" PRIMARY KEY("edition_year","finals_race","sex"),
	CONSTRAINT "finals_quotas_within" CHECK ("finals_quotas"."bibs_used" >= 0 and "finals_quotas"."bibs_used" <= "finals_quotas"."bibs")
);
--> statement-breakpoint
CREATE TABLE "finals_registrations" (
	"id" serial PRIMARY KEY NOT NULL,
	"runner_id" integer NOT NULL,
	"edition_year" smallint NOT NULL,
	"finals_race" "finals_race" NOT NULL,
	"status" "registration_status" NOT NULL,
	"registered_at" timestamp with time zone NOT NULL,
	"cancelled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE TABLE "password_reset_tokens" (
	"token_hash" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"used_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "qualifications" (
	"id" serial PRIMARY KEY NOT NULL,
	"edition_year" smallint NOT NULL,
	"runner_id" integer NOT NULL,
	"result_id" integer NOT NULL,
	"race_id" integer NOT NULL,
	"finals_race" "finals_race" NOT NULL,
	"kind" "qualification_kind" NOT NULL,
	"place" integer,
	"score" real,
	"threshold" real,
	"age_group" text,
	"computed_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "races" (
	"id" serial PRIMARY KEY NOT NULL,
	"event_id" integer NOT NULL,
	"name" text NOT NULL,
	"date" date NOT NULL,
	"distance_km" real NOT NULL,
	"elevation_gain_m" integer NOT NULL,
	"elevation_loss_m" integer,
	"official_category" "race_category",
	"category" "race_category",
	"is_finals_qualifier" boolean DEFAULT true NOT NULL,
	"source_url" text,
	CONSTRAINT "races_distance_positive" CHECK ("races"."distance_km" > 0),
	CONSTRAINT "races_gain_non_negative" CHECK ("races"."elevation_gain_m" >= 0)
);
--> statement-breakpoint
CREATE TABLE "request_documents" (
	"id" serial PRIMARY KEY NOT NULL,
	"request_id" integer NOT NULL,
	"file_name" text NOT NULL,
	"mime_type" text NOT NULL,
	"size_bytes" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" text NOT NULL,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "requests" (
	"id" serial PRIMARY KEY NOT NULL,
	"runner_id" integer NOT NULL,
	"edition_year" smallint NOT NULL,
	"type" "request_type" NOT NULL,
	"status" "request_status" DEFAULT 'submitted' NOT NULL,
	"from_finals_race" "finals_race",
	"to_finals_race" "finals_race",
	"reason" text NOT NULL,
	"submitted_at" timestamp with time zone DEFAULT now() NOT NULL,
	"decided_at" timestamp with time zone,
	"decided_by" text,
	"decision_reason" text
);
--> statement-breakpoint
CREATE TABLE "result_imports" (
	"id" serial PRIMARY KEY NOT NULL,
	"source" "import_source" NOT NULL,
	"actor_user_id" text,
	"api_token_id" integer,
	"file_name" text,
	"sha256" text NOT NULL,
	"race_id" integer NOT NULL,
	"rows" integer NOT NULL,
	"inserted" integer NOT NULL,
	"updated" integer NOT NULL,
	"unchanged" integer NOT NULL,
	"newly_qualified" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "results" (
	"id" serial PRIMARY KEY NOT NULL,
	"race_id" integer NOT NULL,
	"runner_id" integer NOT NULL,
	"bib" text NOT NULL,
	"time_seconds" integer,
	"status" "result_status" NOT NULL,
	"place_overall" integer,
	"place_by_sex" integer,
	"age_group" text,
	"place_in_age_group" integer,
	"age" smallint,
	"finisher_place_by_sex" integer,
	"utmb_score" real,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "results_time_non_negative" CHECK ("results"."time_seconds" is null or "results"."time_seconds" >= 0)
);
--> statement-breakpoint
CREATE TABLE "runners" (
	"id" serial PRIMARY KEY NOT NULL,
	"external_id" text,
	"name" text NOT NULL,
	"sex" "sex" NOT NULL,
	"birth_year" smallint,
	"nationality" text,
	"user_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sessions" (
	"session_token" text PRIMARY KEY NOT NULL,
	"user_id" text NOT NULL,
	"expires" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "users" (
	"id" text PRIMARY KEY NOT NULL,
	"name" text,
	"email" text NOT NULL,
	"email_verified" timestamp with time zone,
	"image" text,
	"password_hash" text,
	"role" "user_role" DEFAULT 'runner' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "verification_tokens" (
	"identifier" text NOT NULL,
	"token" text NOT NULL,
	"expires" timestamp with time zone NOT NULL,
	CONSTRAINT "verification_tokens_identifier_token_pk" PRIMARY KEY("identifier","token")
);
--> statement-breakpoint
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "api_tokens" ADD CONSTRAINT "api_tokens_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finals_quotas" ADD CONSTRAINT "finals_quotas_edition_year_finals_editions_year_fk" FOREIGN KEY ("edition_year") REFERENCES "public"."finals_editions"("year") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "finals_registrations" ADD CONSTRAINT "finals_registrations_runner_id_runners_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."runners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "password_reset_tokens" ADD CONSTRAINT "password_reset_tokens_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qualifications" ADD CONSTRAINT "qualifications_runner_id_runners_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."runners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qualifications" ADD CONSTRAINT "qualifications_result_id_results_id_fk" FOREIGN KEY ("result_id") REFERENCES "public"."results"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "qualifications" ADD CONSTRAINT "qualifications_race_id_races_id_fk" FOREIGN KEY ("race_id") REFERENCES "public"."races"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "races" ADD CONSTRAINT "races_event_id_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."events"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_documents" ADD CONSTRAINT "request_documents_request_id_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."requests"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "request_documents" ADD CONSTRAINT "request_documents_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_runner_id_runners_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."runners"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "requests" ADD CONSTRAINT "requests_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_imports" ADD CONSTRAINT "result_imports_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_imports" ADD CONSTRAINT "result_imports_api_token_id_api_tokens_id_fk" FOREIGN KEY ("api_token_id") REFERENCES "public"."api_tokens"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "result_imports" ADD CONSTRAINT "result_imports_race_id_races_id_fk" FOREIGN KEY ("race_id") REFERENCES "public"."races"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results" ADD CONSTRAINT "results_race_id_races_id_fk" FOREIGN KEY ("race_id") REFERENCES "public"."races"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "results" ADD CONSTRAINT "results_runner_id_runners_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."runners"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "runners" ADD CONSTRAINT "runners_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "accounts_user_idx" ON "accounts" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "api_tokens_hash_idx" ON "api_tokens" USING btree ("token_hash");--> statement-breakpoint
CREATE INDEX "audit_events_entity_idx" ON "audit_events" USING btree ("entity_type","entity_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "events_name_year_idx" ON "events" USING btree ("name","year");--> statement-breakpoint
CREATE INDEX "finals_registrations_runner_idx" ON "finals_registrations" USING btree ("runner_id","edition_year");--> statement-breakpoint
CREATE INDEX "password_reset_tokens_user_idx" ON "password_reset_tokens" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "qualifications_result_kind_edition_idx" ON "qualifications" USING btree ("result_id","kind","edition_year");--> statement-breakpoint
CREATE INDEX "qualifications_runner_edition_idx" ON "qualifications" USING btree ("runner_id","edition_year");--> statement-breakpoint
CREATE INDEX "qualifications_race_idx" ON "qualifications" USING btree ("race_id");--> statement-breakpoint
CREATE INDEX "qualifications_edition_race_idx" ON "qualifications" USING btree ("edition_year","finals_race");--> statement-breakpoint
CREATE UNIQUE INDEX "races_event_name_idx" ON "races" USING btree ("event_id","name");--> statement-breakpoint
CREATE INDEX "races_date_idx" ON "races" USING btree ("date");--> statement-breakpoint
CREATE INDEX "request_documents_request_idx" ON "request_documents" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "requests_runner_idx" ON "requests" USING btree ("runner_id","edition_year");--> statement-breakpoint
CREATE INDEX "requests_queue_idx" ON "requests" USING btree ("status","type","submitted_at");--> statement-breakpoint
CREATE INDEX "result_imports_race_idx" ON "result_imports" USING btree ("race_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "results_race_bib_idx" ON "results" USING btree ("race_id","bib");--> statement-breakpoint
CREATE INDEX "results_runner_idx" ON "results" USING btree ("runner_id");--> statement-breakpoint
CREATE UNIQUE INDEX "runners_external_id_idx" ON "runners" USING btree ("external_id");--> statement-breakpoint
CREATE UNIQUE INDEX "runners_user_idx" ON "runners" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "runners_name_idx" ON "runners" USING btree (lower("name"));--> statement-breakpoint
CREATE INDEX "sessions_user_idx" ON "sessions" USING btree ("user_id");--> statement-breakpoint
CREATE UNIQUE INDEX "users_email_lower_idx" ON "users" USING btree (lower("email"));