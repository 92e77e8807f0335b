"use server";

import { revalidatePath } from "next/cache";
import { z } from "zod";
import { getDb } from "@/db";
import { authorizeAction } from "@/lib/auth/session";
import { decideRunnerClaim, type DecideRunnerClaimResult } from "@/lib/data/runner-claims";
import { formString, type FormState } from "@/lib/actions/form-state";
import { logError } from "@/lib/log";

export type DecideRunnerClaimState = FormState<never>;

const decisionSchema = z.object({
  claimId: z.coerce.number().int().positive().max(2_147_483_647),
  decision: z.enum(["approve", "reject"]),
});

const messages: Record<Exclude<DecideRunnerClaimResult, { ok: true }>["error"], string> = {
  forbidden: "Only administrators can decide claims.",
  "claim-not-found": "This claim was already decided.",
  "runner-taken": "This runner is already linked to another account; the claim was closed.",
  "user-already-linked": "This account is already linked to a runner; the claim was closed.",
};

/** An admin approves (links the account to the runner) or rejects a runner's claim. */
export async function decideRunnerClaimAction(_prev: DecideRunnerClaimState, formData: FormData): Promise<DecideRunnerClaimState> {
  const authorization = await authorizeAction("admin");
  if (!authorization.ok) return { status: "error", message: authorization.message };
  const parsed = decisionSchema.safeParse({ claimId: formString(formData, "claimId"), decision: formString(formData, "decision") });
  if (!parsed.success) return { status: "error", message: "This claim is unknown." };

  let result: DecideRunnerClaimResult;
  try {
    result = await decideRunnerClaim(await getDb(), { actorUserId: authorization.user.id, ...parsed.data, now: new Date() });
  } catch (error) {
    logError("decideRunnerClaim failed", error);
    return { status: "error", message: "The decision could not be saved. Please try again in a moment." };
  }
  revalidatePath("/", "layout");
  if (!result.ok) return { status: "error", message: messages[result.error] };
  return { status: "success", message: parsed.data.decision === "approve" ? "Claim approved: the account is linked." : "Claim rejected." };
}
