ALTER TYPE "public"."request_type" ADD VALUE 'top_elite';--> statement-breakpoint
ALTER TABLE "finals_editions" ADD COLUMN "top_elite" jsonb;