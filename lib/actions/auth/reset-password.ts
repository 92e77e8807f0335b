"use server";

import { redirect } from "next/navigation";
import { getDb } from "@/db";
import { requestClientIp } from "@/lib/auth/client-ip";
import { resetPassword as resetPasswordWithToken, type ResetPasswordResult } from "@/lib/data/accounts";
import { attemptLimits, tooManyAttemptsMessage } from "@/lib/auth/rate-limit";
import { fieldErrors, formString, type FormState } from "@/lib/actions/form-state";
import { resetPasswordSchema, type ResetPasswordField } from "@/lib/validations/auth";
import { logError } from "@/lib/log";

export type ResetPasswordState = FormState<ResetPasswordField>;

/** Sets a new password with the token of a reset link, then sends the visitor to sign in. */
export async function resetPassword(_prev: ResetPasswordState, formData: FormData): Promise<ResetPasswordState> {
  // Public action: the token is the credential.
  const parsed = resetPasswordSchema.safeParse({
    token: formString(formData, "token"),
    password: formString(formData, "password"),
    confirmPassword: formString(formData, "confirmPassword"),
  });
  if (!parsed.success) {
    return { status: "error", errors: fieldErrors<ResetPasswordField>(parsed.error.issues), message: null };
  }

  const limit = await attemptLimits.passwordReset.consume({ ip: await requestClientIp() });
  if (!limit.ok) return { status: "error", message: tooManyAttemptsMessage(limit.retryAfterSeconds) };

  let result: ResetPasswordResult;
  try {
    result = await resetPasswordWithToken(await getDb(), parsed.data.token, parsed.data.password, new Date());
  } catch (error) {
    logError("resetPassword failed", error);
    return { status: "error", message: "We could not change your password. Please try again in a moment." };
  }
  if (!result.ok) {
    return { status: "error", message: "This reset link is invalid, expired or already used. Ask for a new one." };
  }

  redirect("/sign-in?reset=1");
}
