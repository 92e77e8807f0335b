"use server";

import { getDb } from "@/db";
import { appUrl } from "@/lib/mail/app-url";
import { requestClientIp } from "@/lib/auth/client-ip";
import { normalizeEmail } from "@/lib/data/users";
import { registerAccount } from "@/lib/data/accounts";
import { fieldErrors, formString, type FormState } from "@/lib/actions/form-state";
import { logError } from "@/lib/log";
import { accountExistsEmail, sendMail, signUpConfirmationEmail } from "@/lib/mail/mail";
import { attemptLimits, tooManyAttemptsMessage } from "@/lib/auth/rate-limit";
import { signUpSchema, type SignUpField } from "@/lib/validations/auth";

export type SignUpState = FormState<SignUpField>;

/** The one answer to a valid sign-up, whether the email was free or taken: the mailbox tells its owner which. */
const CHECK_YOUR_EMAIL =
  "Check your email: we have sent you a message to finish creating your account. The link works for 24 hours.";

/**
 * Creates a runner account that works once its email is confirmed, or mails the owner of a taken email.
 * The visitor gets the same answer either way, so the form cannot tell which emails have accounts.
 */
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
  const limit = await attemptLimits.signUp.consume({ account: normalizeEmail(parsed.data.email), ip: await requestClientIp() });
  if (!limit.ok) return { status: "error", message: tooManyAttemptsMessage(limit.retryAfterSeconds), values };

  try {
    const result = await registerAccount(await getDb(), parsed.data, new Date());
    await sendMail(
      result.status === "created"
        ? signUpConfirmationEmail(parsed.data.email, appUrl(`/confirm-email?token=${encodeURIComponent(result.confirmationToken)}`))
        : accountExistsEmail(parsed.data.email, appUrl("/sign-in"), appUrl("/forgot-password")),
    );
  } catch (error) {
    logError("createAccount failed", error);
    return { status: "error", message: "We could not create your account. Please try again in a moment.", values };
  }
  return { status: "success", message: CHECK_YOUR_EMAIL };
}
