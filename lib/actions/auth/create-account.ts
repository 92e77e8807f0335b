"use server";

import { appUrl } from "@/lib/mail/app-url";
import { requestClientIp } from "@/lib/auth/client-ip";
import { normalizeEmail } from "@/lib/data/users";
import { registerAccount } from "@/lib/data/accounts";
import { findUserLocaleByEmail } from "@/lib/data/user-locale";
import { formAction } from "@/lib/actions/form-action";
import type { FormState } from "@/lib/actions/form-state";
import { msg } from "@/lib/i18n/keys";
import { accountExistsEmail, sendMail, signUpConfirmationEmail } from "@/lib/mail/mail";
import { attemptLimits, retryAfterMinutes } from "@/lib/auth/rate-limit";
import { signUpSchema, type SignUpField } from "@/lib/validations/auth";

export type SignUpState = FormState<SignUpField>;

/**
 * Creates a runner account that works once its email is confirmed, or mails the owner of a taken email.
 * The visitor gets the same answer either way, so the form cannot tell which emails have accounts. The
 * account keeps the language of the page it signed up on; the owner of a taken email is written in theirs.
 */
export const createAccountAction = formAction("public", {
  name: "createAccount",
  fields: ["name", "email", "password", "confirmPassword"],
  keep: ["name", "email"],
  schema: signUpSchema,
  failure: msg("auth.signUp.failure"),
  async run(input, { db, locale, t }) {
    const limit = await attemptLimits.signUp.consume({ account: normalizeEmail(input.email), ip: await requestClientIp() });
    if (!limit.ok) return { ok: false, message: t("auth.tooManyAttempts", { minutes: retryAfterMinutes(limit.retryAfterSeconds) }) };

    const result = await registerAccount(db, { ...input, locale }, new Date());
    await sendMail(
      result.status === "created"
        ? signUpConfirmationEmail(input.email, appUrl(`/confirm-email?token=${encodeURIComponent(result.confirmationToken)}`), locale)
        : accountExistsEmail(input.email, appUrl("/sign-in"), appUrl("/forgot-password"), (await findUserLocaleByEmail(db, input.email)) ?? locale),
    );
    // The one answer to a valid sign-up, whether the email was free or taken: the mailbox tells its owner which.
    return { ok: true, message: t("auth.signUp.checkEmail") };
  },
});
