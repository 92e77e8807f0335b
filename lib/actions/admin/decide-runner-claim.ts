"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { decideRunnerClaim, type DecideRunnerClaimResult } from "@/lib/data/runner-claims";
import { msg } from "@/lib/i18n/keys";
import type { MessageKey } from "@/lib/i18n/messages";
import { recordId } from "@/lib/validations/ids";

export type DecideRunnerClaimState = FormState<never>;

const decisionSchema = z.object({
  claimId: recordId(msg("admin.unknownClaim")),
  decision: z.enum(["approve", "reject"]),
});

const refusals: Record<Exclude<DecideRunnerClaimResult, { ok: true }>["error"], MessageKey> = {
  forbidden: "admin.claims.forbidden",
  "claim-not-found": "admin.claims.notFound",
  "runner-taken": "admin.claims.runnerTaken",
  "user-already-linked": "admin.claims.userAlreadyLinked",
};

/** An admin approves (links the account to the runner) or rejects a runner's claim. */
export const decideRunnerClaimAction = formAction(["admin"], {
  name: "decideRunnerClaim",
  fields: ["claimId", "decision"],
  schema: decisionSchema,
  invalid: msg("admin.unknownClaim"),
  failure: msg("admin.claims.failure"),
  async run({ claimId, decision }, { db, user, t }) {
    const result = await decideRunnerClaim(db, { actorUserId: user.id, claimId, decision, now: new Date() });
    // Either way the list changed (a claim closed), and an approval changes the account's pages.
    revalidatePath("/", "layout");
    if (!result.ok) return { ok: false, message: t(refusals[result.error]) };
    return { ok: true, message: t(decision === "approve" ? "admin.claims.approved" : "admin.claims.rejected") };
  },
});
