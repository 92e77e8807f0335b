/**
 * Schemas for the elite team's decisions: the decision form and the quota form (server actions). The queue's
 * filters, parsed in the browser too, are in ./review-queue (zod/mini).
 */
import { z } from "zod";
import { FINALS_RACES, SEXES } from "@/lib/domain/types";
import { msg } from "@/lib/i18n/keys";
import { DECISION_REASON_MAX } from "./limits";
import { requestIdSchema as requestId } from "./requests";

export const startReviewSchema = z.object({ requestId });

/** The queue's bulk "start review": the selected ids, comma-separated in one field (100 at most, a full page). */
export const startReviewsSchema = z.object({
  requestIds: z
    .string({ error: msg("eliteActions.selectOne") })
    .transform((text): unknown[] => text.split(",").map((id) => id.trim()).filter((id) => id !== ""))
    .pipe(z.array(requestId).min(1, msg("eliteActions.selectOne")).max(100, msg("eliteActions.selectAtMost"))),
});

export const decideRequestSchema = z.object({
  requestId,
  decision: z.enum(["approve", "reject"], { error: msg("eliteActions.chooseDecision") }),
  reason: z
    .string({ error: msg("eliteActions.reasonRequired") })
    .trim()
    .min(1, msg("eliteActions.reasonRequired"))
    .max(DECISION_REASON_MAX, msg("eliteActions.reasonTooLong")),
  /** "next": after the decision, open the next request of the queue the reviewer came from. */
  then: z.enum(["stay", "next"]).optional(),
  /** The queue's search params (filters, sort) the reviewer came from, for "decide and open next". */
  queue: z.string().max(1000).optional(),
});
export type DecideRequestField = keyof z.input<typeof decideRequestSchema>;

export const updateQuotaSchema = z.object({
  editionYear: z.coerce.number().int().min(2000).max(2100),
  finalsRace: z.enum(FINALS_RACES),
  sex: z.enum(SEXES),
  // An empty field is "no number", not 0 (z.coerce would read "" as 0).
  bibs: z.preprocess(
    (v) => (typeof v === "string" && v.trim() === "" ? undefined : v),
    z.coerce
      .number({ error: msg("eliteActions.bibsRequired") })
      .int(msg("eliteActions.bibsWhole"))
      .min(0, msg("eliteActions.bibsNegative"))
      .max(10_000, msg("eliteActions.bibsTooMany")),
  ),
});
export type UpdateQuotaField = keyof z.input<typeof updateQuotaSchema>;
