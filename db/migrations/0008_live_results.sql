ALTER TABLE "races" ADD COLUMN "results_final" boolean DEFAULT true NOT NULL;--> statement-breakpoint
ALTER TABLE "results" ADD COLUMN "file_index" real;