ALTER TABLE "races" ADD COLUMN "score_constant" double precision;--> statement-breakpoint
ALTER TABLE "races" ADD COLUMN "score_constant_low" double precision;--> statement-breakpoint
ALTER TABLE "races" ADD COLUMN "score_constant_high" double precision;--> statement-breakpoint
ALTER TABLE "races" ADD COLUMN "score_constant_basis" text;