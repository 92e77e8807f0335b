/**
 * Schemas for the elite team's decisions: the decision form and the quota form (server actions). The queue's
 * filters, parsed in the browser too, are in ./review-queue (zod/mini).
 */
import { z } from "zod";
import { FINALS_RACES, SEXES } from "@/lib/domain/types";
import { DECISION_REASON_MAX } from "./limits";
import { requestIdSchema as requestId } from "./requests";

export const startReviewSchema = z.object({ requestId });

export const decideRequestSchema = z.object({
  requestId,
  decision: z.enum(["approve", "reject"], { error: "Choose approve or reject" }),
  reason: z
    .string({ error: "Give the reason for the decision; the runner will see it" })
    .trim()
    .min(1, "Give the reason for the decision; the runner will see it")
    .max(DECISION_REASON_MAX, `Use at most ${DECISION_REASON_MAX} characters`),
});
export type DecideRequestField = keyof z.input<typeof decideRequestSchema>;

export const updateQuotaSchema = z.object({
  editionYear: z.coerce.number().int().min(2000).max(2100),
  finalsRace: z.enum(FINALS_RACES),
  sex: z.enum(SEXES),
  bibs: z.coerce
    .number({ error: "Enter a number of bibs" })
    .int("Enter a whole number of bibs")
    .min(0, "The quota cannot be negative")
    .max(10_000, "At most 10,000 bibs"),
});
export type UpdateQuotaField = keyof z.input<typeof updateQuotaSchema>;
