"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { requestClientIp } from "@/lib/auth/client-ip";
import { normalizeEmail } from "@/lib/data/users";
import { attemptLimits, retryAfterMinutes } from "@/lib/auth/rate-limit";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { msg } from "@/lib/i18n/keys";
import { signInSchema, type SignInField } from "@/lib/validations/auth";

export type SignInState = FormState<SignInField>;

/** Signs in with email and password, then goes to the page the visitor wanted (or the dashboard). */
export const signInAction = formAction("public", {
  name: "signInUser",
  fields: ["email", "password", "callbackUrl"],
  keep: ["email"],
  schema: signInSchema,
  failure: msg("auth.signIn.failure"),
  async run({ email, password, callbackUrl }, { t }) {
    // The attempts are counted by the Credentials provider (auth.ts); here they are only read, to explain.
    const keys = { account: normalizeEmail(email), ip: await requestClientIp() };
    const tooMany = (seconds: number) => ({ ok: false as const, message: t("auth.tooManyAttempts", { minutes: retryAfterMinutes(seconds) }) });
    const before = await attemptLimits.signIn.check(keys);
    if (!before.ok) return tooMany(before.retryAfterSeconds);
    try {
      await signIn("credentials", { email, password, redirect: false });
    } catch (error) {
      if (!(error instanceof AuthError && error.type === "CredentialsSignin")) throw error;
      const after = await attemptLimits.signIn.check(keys);
      if (!after.ok) return tooMany(after.retryAfterSeconds);
      return { ok: false, message: t("auth.signIn.incorrect") };
    }
    // formAction lets Next's redirect through.
    redirect(safeCallbackPath(callbackUrl || undefined));
  },
});
