"use server";

import { signIn } from "@/auth";
import { getDb } from "@/db";
import { createRunnerAccount, type CreateRunnerAccountResult } from "@/lib/data/users";
import { fieldErrors, formString, type FormState } from "@/lib/form-state";
import { signUpSchema, type SignUpField } from "@/lib/validations/auth";
import { logError } from "@/lib/log";

export type SignUpState = FormState<SignUpField>;

/** Creates a runner account, signs it in and continues to linking the runner profile. */
export async function createAccount(_prev: SignUpState, formData: FormData): Promise<SignUpState> {
  // Public action: no session to check.
  const parsed = signUpSchema.safeParse({
    name: formString(formData, "name"),
    email: formString(formData, "email"),
    password: formString(formData, "password"),
    confirmPassword: formString(formData, "confirmPassword"),
  });
  const values = { name: formString(formData, "name") ?? "", email: formString(formData, "email") ?? "" };
  if (!parsed.success) {
    return { status: "error", errors: fieldErrors<SignUpField>(parsed.error.issues), message: null, values };
  }

  let result: CreateRunnerAccountResult;
  try {
    result = await createRunnerAccount(await getDb(), parsed.data);
  } catch (error) {
    logError("createAccount failed", error);
    return { status: "error", message: "We could not create your account. Please try again in a moment.", values };
  }
  if (!result.ok) {
    return {
      status: "error",
      errors: { email: ["An account with this email already exists. Sign in, or reset your password."] },
      message: null,
      values,
    };
  }

  // Throws NEXT_REDIRECT on success, so it stays outside the try.
  await signIn("credentials", { email: parsed.data.email, password: parsed.data.password, redirectTo: "/account/link" });
  return { status: "success" };
}
