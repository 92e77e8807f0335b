"use server";

import { getDb } from "@/db";
import { authorizeAction } from "@/lib/auth/session";
import { requestClientIp } from "@/lib/auth/client-ip";
import { fileRunnerClaim, type FileRunnerClaimResult } from "@/lib/data/runner-claims";
import { fieldErrors, formString, type FormState } from "@/lib/actions/form-state";
import { logError } from "@/lib/log";
import { attemptLimits, tooManyAttemptsMessage } from "@/lib/auth/rate-limit";
import { linkRunnerSchema, type LinkRunnerField } from "@/lib/validations/auth";

export type LinkRunnerState = FormState<LinkRunnerField>;

/**
 * The one answer to a claim, whether the details matched a runner, matched a runner linked to someone
 * else, or matched nothing: any difference would tell a visitor a stranger's birth year.
 */
const CLAIM_RECEIVED =
  "Thank you. If these details match a runner's record, an administrator will check them and link your account; your results appear on your dashboard once it is approved. If nothing changes within a few days, check the details against your UTMB profile and send them again.";

/**
 * Files the signed-in account's claim to a runner (runner id + name + birth year). It links nothing by
 * itself: an admin approves it (/admin/runners/link). At most 5 claims per account and 20 per IP a day.
 */
export async function linkRunner(_prev: LinkRunnerState, formData: FormData): Promise<LinkRunnerState> {
  const authorization = await authorizeAction();
  if (!authorization.ok) return { status: "error", message: authorization.message };

  const values = {
    externalId: formString(formData, "externalId") ?? "",
    name: formString(formData, "name") ?? "",
    birthYear: formString(formData, "birthYear") ?? "",
  };
  const parsed = linkRunnerSchema.safeParse(values);
  if (!parsed.success) {
    return { status: "error", errors: fieldErrors<LinkRunnerField>(parsed.error.issues), message: null, values };
  }
  const limit = await attemptLimits.runnerClaim.consume({ account: authorization.user.id, ip: await requestClientIp() });
  if (!limit.ok) return { status: "error", message: tooManyAttemptsMessage(limit.retryAfterSeconds), values };

  let result: FileRunnerClaimResult;
  try {
    result = await fileRunnerClaim(await getDb(), { userId: authorization.user.id, ...parsed.data });
  } catch (error) {
    logError("linkRunner failed", error);
    return { status: "error", message: "We could not send your details. Please try again in a moment.", values };
  }
  if (!result.ok) {
    return {
      status: "error",
      message:
        result.error === "user-already-linked"
          ? "Your account is already linked to a runner profile."
          : "Your session has ended. Sign in again to continue.",
    };
  }
  // The details stay in the fields, so a runner who mistyped them can correct and send again.
  return { status: "success", message: CLAIM_RECEIVED, values };
}
