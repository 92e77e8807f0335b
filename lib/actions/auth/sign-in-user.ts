"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { requestClientIp } from "@/lib/auth/client-ip";
import { normalizeEmail } from "@/lib/data/users";
import { attemptLimits, tooManyAttemptsMessage } from "@/lib/auth/rate-limit";
import { fieldErrors, formString, type FormState } from "@/lib/actions/form-state";
import { signInSchema, type SignInField } from "@/lib/validations/auth";

export type SignInState = FormState<SignInField>;

/** Signs in with email and password, then goes to the page the visitor wanted (or the dashboard). */
export async function signInUser(_prev: SignInState, formData: FormData): Promise<SignInState> {
  // Public action: no session to check.
  const parsed = signInSchema.safeParse({
    email: formString(formData, "email"),
    password: formString(formData, "password"),
    callbackUrl: formString(formData, "callbackUrl") || undefined,
  });
  const values = { email: formString(formData, "email") ?? "" };
  if (!parsed.success) {
    return { status: "error", errors: fieldErrors<SignInField>(parsed.error.issues), message: null, values };
  }

  // The attempts are counted by the Credentials provider (auth.ts); here they are only read, to explain.
  const keys = { account: normalizeEmail(parsed.data.email), ip: await requestClientIp() };
  const before = await attemptLimits.signIn.check(keys);
  if (!before.ok) return { status: "error", message: tooManyAttemptsMessage(before.retryAfterSeconds), values };
  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError && error.type === "CredentialsSignin") {
      const after = await attemptLimits.signIn.check(keys);
      if (!after.ok) return { status: "error", message: tooManyAttemptsMessage(after.retryAfterSeconds), values };
      return { status: "error", message: "Email or password is incorrect", values };
    }
    throw error;
  }
  redirect(safeCallbackPath(parsed.data.callbackUrl));
}
