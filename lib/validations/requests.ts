/**
 * Schemas for the runner's request forms (R14-R17), with the messages the forms show. Shared by the
 * server actions and the forms. Documents are checked by lib/documents.ts (by content), not here.
 */
import { z } from "zod";
import { recordId } from "./ids";
import { FINALS_RACES } from "@/lib/domain/types";
import { COMMENT_MAX, REQUEST_REASON_MAX, REQUEST_REASON_MIN } from "./limits";

const reason = z
  .string({ error: "Explain your request" })
  .trim()
  .min(REQUEST_REASON_MIN, `Explain your request in at least ${REQUEST_REASON_MIN} characters`)
  .max(REQUEST_REASON_MAX, `Use at most ${REQUEST_REASON_MAX} characters`);

const finalsRace = z.enum(FINALS_RACES, { error: "Choose a Finals race" });

/** A request id from a hidden field or the URL. */
export const requestIdSchema = recordId("This request is unknown");

/** R14: the move is one radio value "FROM:TO", e.g. "CCC:UTMB". */
export const categoryChangeSchema = z.object({
  move: z
    .string({ error: "Choose the Finals race you would like to run" })
    .min(1, "Choose the Finals race you would like to run")
    .transform((value, ctx) => {
      const [from, to] = value.split(":");
      const parsedFrom = finalsRace.safeParse(from);
      const parsedTo = finalsRace.safeParse(to);
      if (!parsedFrom.success || !parsedTo.success) {
        ctx.addIssue({ code: "custom", message: "Choose the Finals race you would like to run" });
        return z.NEVER;
      }
      return { from: parsedFrom.data, to: parsedTo.data };
    }),
  reason,
});

/** R15: the runner confirms they understood that the registration must be cancelled and re-made. */
export const priorityDeferralSchema = z.object({
  reason,
  confirm: z.literal("on", {
    error: "Confirm that you will cancel this year's registration and register again next year",
  }),
});

/** R16: the Finals race whose category the extension is for. */
export const extensionSchema = z.object({
  finalsRace,
  reason,
});

/** R18: the runner says why they ask for the Top Elite period (the thresholds reached are shown beside). */
export const topEliteSchema = z.object({ reason });

export const requestCommentSchema = z.object({
  requestId: requestIdSchema,
  comment: z
    .string({ error: "Write your comment" })
    .trim()
    .min(2, "Write your comment")
    .max(COMMENT_MAX, `Use at most ${COMMENT_MAX} characters`),
});

export const requestDocumentSchema = z.object({ requestId: requestIdSchema });

export const withdrawRequestSchema = z.object({
  requestId: requestIdSchema,
  reason: z.string().trim().max(500, "Use at most 500 characters").optional(),
});

export type CategoryChangeField = keyof z.input<typeof categoryChangeSchema> | "documents";
export type PriorityDeferralField = keyof z.input<typeof priorityDeferralSchema> | "documents";
export type ExtensionField = keyof z.input<typeof extensionSchema> | "documents";
export type TopEliteField = keyof z.input<typeof topEliteSchema> | "documents";
export type RequestCommentField = keyof z.input<typeof requestCommentSchema>;
export type RequestDocumentField = keyof z.input<typeof requestDocumentSchema> | "documents";
export type WithdrawRequestField = keyof z.input<typeof withdrawRequestSchema>;
