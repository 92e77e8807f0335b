/**
 * Schemas for the runner's request forms (R14-R17), with the messages the forms show (message keys,
 * translated by formAction or translatedFieldErrors with the issue's figures). Shared by the
 * server actions and the forms. Documents are checked by lib/documents.ts (by content), not here.
 */
import { z } from "zod";
import { msg } from "@/lib/i18n/keys";
import { recordId } from "./ids";
import { FINALS_RACES } from "@/lib/domain/types";
import { COMMENT_MAX, REQUEST_REASON_MAX, REQUEST_REASON_MIN } from "./limits";

const reason = z
  .string({ error: msg("requestValidation.reasonRequired") })
  .trim()
  .min(REQUEST_REASON_MIN, msg("requestValidation.reasonTooShort"))
  .max(REQUEST_REASON_MAX, msg("validation.tooLong"));

const finalsRace = z.enum(FINALS_RACES, { error: msg("requestValidation.finalsRace") });

/** A request id from a hidden field or the URL. */
export const requestIdSchema = recordId(msg("requestValidation.unknownRequest"));

/** R14: the move is one radio value "FROM:TO", e.g. "CCC:UTMB". */
export const categoryChangeSchema = z.object({
  move: z
    .string({ error: msg("requestValidation.move") })
    .min(1, msg("requestValidation.move"))
    .transform((value, ctx) => {
      const [from, to] = value.split(":");
      const parsedFrom = finalsRace.safeParse(from);
      const parsedTo = finalsRace.safeParse(to);
      if (!parsedFrom.success || !parsedTo.success) {
        ctx.addIssue({ code: "custom", message: msg("requestValidation.move") });
        return z.NEVER;
      }
      return { from: parsedFrom.data, to: parsedTo.data };
    }),
  reason,
});

/** R15: the runner confirms they understood that the registration must be cancelled and re-made. */
export const priorityDeferralSchema = z.object({
  reason,
  confirm: z.literal("on", { error: msg("requestValidation.confirmDeferral") }),
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
    .string({ error: msg("requestValidation.commentRequired") })
    .trim()
    .min(2, msg("requestValidation.commentRequired"))
    .max(COMMENT_MAX, msg("validation.tooLong")),
});

export const requestDocumentSchema = z.object({ requestId: requestIdSchema });

export const withdrawRequestSchema = z.object({
  requestId: requestIdSchema,
  reason: z.string().trim().max(500, msg("validation.tooLong")).optional(),
});

export type CategoryChangeField = keyof z.input<typeof categoryChangeSchema> | "documents";
export type PriorityDeferralField = keyof z.input<typeof priorityDeferralSchema> | "documents";
export type ExtensionField = keyof z.input<typeof extensionSchema> | "documents";
export type TopEliteField = keyof z.input<typeof topEliteSchema> | "documents";
export type RequestCommentField = keyof z.input<typeof requestCommentSchema>;
export type RequestDocumentField = keyof z.input<typeof requestDocumentSchema> | "documents";
export type WithdrawRequestField = keyof z.input<typeof withdrawRequestSchema>;
