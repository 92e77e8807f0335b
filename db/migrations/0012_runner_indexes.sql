CREATE TABLE "runner_indexes" (
	"runner_id" integer PRIMARY KEY NOT NULL,
	"general" real,
	"index_20k" real,
	"index_50k" real,
	"index_100k" real,
	"index_100m" real,
	"computed_on" date NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "runner_indexes" ADD CONSTRAINT "runner_indexes_runner_id_runners_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."runners"("id") ON DELETE cascade ON UPDATE no action;