/** The elite team's comment on a request (R17), with message keys the action translates. */
import { z } from "zod";
import { msg } from "@/lib/i18n/keys";
import { recordId } from "./ids";
import { COMMENT_MAX } from "./limits";

export const reviewCommentSchema = z.object({
  requestId: recordId(msg("reviewComment.unknownRequest")),
  comment: z
    .string({ error: msg("reviewComment.commentRequired") })
    .trim()
    .min(2, msg("reviewComment.commentRequired"))
    .max(COMMENT_MAX, msg("reviewComment.commentTooLong")),
});

export type ReviewCommentField = keyof z.input<typeof reviewCommentSchema>;
