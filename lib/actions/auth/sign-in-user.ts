"use server";

import { AuthError } from "next-auth";
import { redirect } from "next/navigation";
import { signIn } from "@/auth";
import { safeCallbackPath } from "@/lib/auth/callback-url";
import { fieldErrors, formString, type FormState } from "@/lib/form-state";
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

  try {
    await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirect: false });
  } catch (error) {
    if (error instanceof AuthError && error.type === "CredentialsSignin") {
      return { status: "error", message: "Email or password is incorrect", values };
    }
    throw error;
  }
  redirect(safeCallbackPath(parsed.data.callbackUrl));
}
