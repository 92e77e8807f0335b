CREATE TABLE "import_stages" (
	"race_id" integer PRIMARY KEY NOT NULL,
	"created_event_id" integer,
	"runner_mark" integer NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "races" ADD COLUMN "staged" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "import_stages" ADD CONSTRAINT "import_stages_race_id_races_id_fk" FOREIGN KEY ("race_id") REFERENCES "public"."races"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "import_stages" ADD CONSTRAINT "import_stages_created_event_id_events_id_fk" FOREIGN KEY ("created_event_id") REFERENCES "public"."events"("id") ON DELETE set null ON UPDATE no action;