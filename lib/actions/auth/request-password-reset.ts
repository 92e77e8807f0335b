"use server";

import { appUrl } from "@/lib/mail/app-url";
import { requestClientIp } from "@/lib/auth/client-ip";
import { normalizeEmail } from "@/lib/data/users";
import { createPasswordReset } from "@/lib/data/accounts";
import { findUserLocaleByEmail } from "@/lib/data/user-locale";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { msg } from "@/lib/i18n/keys";
import { passwordResetEmail, sendMail } from "@/lib/mail/mail";
import { attemptLimits, retryAfterMinutes } from "@/lib/auth/rate-limit";
import { forgotPasswordSchema, type ForgotPasswordField } from "@/lib/validations/auth";
import { logError } from "@/lib/log";

export type ForgotPasswordState = FormState<ForgotPasswordField>;

/**
 * Emails a reset link, in the account's language, when the account exists; answers the same either way
 * so emails cannot be probed.
 */
export const requestPasswordResetAction = formAction("public", {
  name: "requestPasswordReset",
  fields: ["email"],
  keep: ["email"],
  schema: forgotPasswordSchema,
  // Never shown: a failure gets the neutral answer below.
  failure: msg("auth.forgot.sent"),
  async run({ email }, { db, locale, t }) {
    // Limited per email and per address, whether the account exists or not (the answer says nothing of it).
    const limit = await attemptLimits.passwordResetRequest.consume({ account: normalizeEmail(email), ip: await requestClientIp() });
    if (!limit.ok) return { ok: false, message: t("auth.tooManyAttempts", { minutes: retryAfterMinutes(limit.retryAfterSeconds) }) };

    try {
      const token = await createPasswordReset(db, email, new Date());
      if (token) {
        const url = appUrl(`/reset-password?token=${encodeURIComponent(token)}`);
        await sendMail(passwordResetEmail(email, url, (await findUserLocaleByEmail(db, email)) ?? locale));
      }
    } catch (error) {
      // Logged for the operators; the visitor gets the neutral answer, which must not reveal that the account exists.
      logError("requestPasswordReset failed", error);
    }
    return { ok: true, message: t("auth.forgot.sent") };
  },
});
