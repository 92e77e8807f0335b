"use server";

import { requestClientIp } from "@/lib/auth/client-ip";
import { fileRunnerClaim } from "@/lib/data/runner-claims";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { msg } from "@/lib/i18n/keys";
import { attemptLimits, retryAfterMinutes } from "@/lib/auth/rate-limit";
import { linkRunnerSchema, type LinkRunnerField } from "@/lib/validations/auth";

export type LinkRunnerState = FormState<LinkRunnerField>;

/**
 * Files the signed-in account's claim to a runner (runner id + name + birth year). It links nothing by
 * itself: an admin approves it (/admin/runners/link). At most 5 claims per account and 20 per IP a day.
 * One answer whether the details matched a runner, a runner linked to someone else, or nothing: any
 * difference would tell a visitor a stranger's birth year.
 */
export const linkRunnerAction = formAction(["runner", "elite", "admin"], {
  name: "linkRunner",
  fields: ["externalId", "name", "birthYear"],
  // The details stay in the fields, so a runner who mistyped them can correct and send again.
  keep: ["externalId", "name", "birthYear"],
  keepOnSuccess: true,
  schema: linkRunnerSchema,
  failure: msg("auth.link.failure"),
  async run(input, { db, user, t }) {
    const limit = await attemptLimits.runnerClaim.consume({ account: user.id, ip: await requestClientIp() });
    if (!limit.ok) return { ok: false, message: t("auth.tooManyAttempts", { minutes: retryAfterMinutes(limit.retryAfterSeconds) }) };

    const result = await fileRunnerClaim(db, { userId: user.id, ...input });
    if (!result.ok) {
      return { ok: false, message: result.error === "user-already-linked" ? t("auth.link.alreadyLinked") : t("actions.signedOut") };
    }
    return { ok: true, message: t("auth.link.received") };
  },
});
