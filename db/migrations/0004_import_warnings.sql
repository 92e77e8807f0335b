ALTER TABLE "audit_events" ADD COLUMN "import_id" integer;--> statement-breakpoint
ALTER TABLE "result_imports" ADD COLUMN "removed" integer DEFAULT 0 NOT NULL;--> statement-breakpoint
ALTER TABLE "result_imports" ADD COLUMN "partial" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "result_imports" ADD COLUMN "warnings" jsonb DEFAULT '[]'::jsonb NOT NULL;--> statement-breakpoint
ALTER TABLE "audit_events" ADD CONSTRAINT "audit_events_import_id_result_imports_id_fk" FOREIGN KEY ("import_id") REFERENCES "public"."result_imports"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_import_idx" ON "audit_events" USING btree ("import_id");
--> statement-breakpoint
-- R11: one qualifying race per Finals category per event. Races imported before this rule held were all
-- flagged; keep the flag on the first race of each category (lowest id) and clear it on the others.
UPDATE "races" SET "is_finals_qualifier" = false
WHERE "is_finals_qualifier" AND "category" IS NOT NULL AND "category" <> '20K' AND EXISTS (
  SELECT 1 FROM "races" "earlier"
  WHERE "earlier"."event_id" = "races"."event_id" AND "earlier"."category" = "races"."category"
    AND "earlier"."is_finals_qualifier" AND "earlier"."id" < "races"."id"
);
--> statement-breakpoint
-- Their direct qualifications go with the flag (the import and the nightly recompute keep this from now on).
DELETE FROM "qualifications" WHERE "race_id" IN (
  SELECT "races"."id" FROM "races" WHERE NOT "races"."is_finals_qualifier" AND EXISTS (
    SELECT 1 FROM "races" "chosen"
    WHERE "chosen"."event_id" = "races"."event_id" AND "chosen"."category" = "races"."category" AND "chosen"."is_finals_qualifier"
  )
);
