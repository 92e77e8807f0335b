"use server";

import { getDb } from "@/db";
import { appUrl } from "@/lib/mail/app-url";
import { requestClientIp } from "@/lib/auth/client-ip";
import { normalizeEmail } from "@/lib/data/users";
import { createPasswordReset } from "@/lib/data/accounts";
import { fieldErrors, formString, type FormState } from "@/lib/actions/form-state";
import { passwordResetEmail, sendMail } from "@/lib/mail/mail";
import { attemptLimits, tooManyAttemptsMessage } from "@/lib/auth/rate-limit";
import { forgotPasswordSchema, type ForgotPasswordField } from "@/lib/validations/auth";
import { logError } from "@/lib/log";

export type ForgotPasswordState = FormState<ForgotPasswordField>;

const NEUTRAL_MESSAGE =
  "If an account exists for this email, we have sent a link to reset its password. The link works for 1 hour.";

/** Emails a reset link when the account exists; answers the same either way so emails cannot be probed. */
export async function requestPasswordReset(_prev: ForgotPasswordState, formData: FormData): Promise<ForgotPasswordState> {
  // Public action: no session to check.
  const values = { email: formString(formData, "email") ?? "" };
  const parsed = forgotPasswordSchema.safeParse(values);
  if (!parsed.success) {
    return { status: "error", errors: fieldErrors<ForgotPasswordField>(parsed.error.issues), message: null, values };
  }

  // Limited per email and per address, whether the account exists or not (the answer says nothing of it).
  const limit = await attemptLimits.passwordResetRequest.consume({
    account: normalizeEmail(parsed.data.email),
    ip: await requestClientIp(),
  });
  if (!limit.ok) return { status: "error", message: tooManyAttemptsMessage(limit.retryAfterSeconds), values };

  try {
    const token = await createPasswordReset(await getDb(), parsed.data.email, new Date());
    if (token) {
      const url = appUrl(`/reset-password?token=${encodeURIComponent(token)}`);
      await sendMail(passwordResetEmail(parsed.data.email, url));
    }
  } catch (error) {
    // Logged for the operators; the visitor gets the neutral answer, which must not reveal that the account exists.
    logError("requestPasswordReset failed", error);
  }
  return { status: "success", message: NEUTRAL_MESSAGE };
}
