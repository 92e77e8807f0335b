"use server";

import { redirect } from "next/navigation";
import { requestClientIp } from "@/lib/auth/client-ip";
import { resetPassword as resetPasswordWithToken } from "@/lib/data/accounts";
import { attemptLimits, retryAfterMinutes } from "@/lib/auth/rate-limit";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { msg } from "@/lib/i18n/keys";
import { resetPasswordSchema, type ResetPasswordField } from "@/lib/validations/auth";

export type ResetPasswordState = FormState<ResetPasswordField>;

/** Sets a new password with the token of a reset link, then sends the visitor to sign in. */
export const resetPasswordAction = formAction("public", {
  name: "resetPassword",
  // Public action: the token is the credential.
  fields: ["token", "password", "confirmPassword"],
  schema: resetPasswordSchema,
  failure: msg("auth.reset.failure"),
  async run({ token, password }, { db, t }) {
    const limit = await attemptLimits.passwordReset.consume({ ip: await requestClientIp() });
    if (!limit.ok) return { ok: false, message: t("auth.tooManyAttempts", { minutes: retryAfterMinutes(limit.retryAfterSeconds) }) };

    const result = await resetPasswordWithToken(db, token, password, new Date());
    if (!result.ok) {
      return { ok: false, message: t("auth.reset.invalidLink") };
    }
    // formAction lets Next's redirect through.
    redirect("/sign-in?reset=1");
  },
});
