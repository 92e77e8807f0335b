CREATE TABLE "too_close_calls" (
	"race_id" integer NOT NULL,
	"runner_id" integer NOT NULL,
	"edition_year" integer NOT NULL,
	"finals_race" "finals_race" NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "too_close_calls_race_id_runner_id_edition_year_pk" PRIMARY KEY("race_id","runner_id","edition_year")
);
--> statement-breakpoint
ALTER TABLE "too_close_calls" ADD CONSTRAINT "too_close_calls_race_id_races_id_fk" FOREIGN KEY ("race_id") REFERENCES "public"."races"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "too_close_calls" ADD CONSTRAINT "too_close_calls_runner_id_runners_id_fk" FOREIGN KEY ("runner_id") REFERENCES "public"."runners"("id") ON DELETE cascade ON UPDATE no action;