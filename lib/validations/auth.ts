/**
 * Schemas for the account forms; their messages are message keys, translated by formAction
 * (lib/i18n/validation.ts). Shared by the server actions and the Credentials provider. The password minimum comes from lib/auth/password.ts, its strength check from
 * lib/auth/password-strength.ts (both server side only).
 */
import { z } from "zod";
import { PASSWORD_MIN_LENGTH } from "@/lib/validations/limits";
import { checkPasswordStrength } from "@/lib/auth/password-strength";
import { parseExternalRunnerId } from "@/lib/domain/runner-identity";
import { msg } from "@/lib/i18n/keys";

const PASSWORD_MAX_LENGTH = 200;

const email = z
  .string({ error: msg("validation.emailRequired") })
  .trim()
  .min(1, msg("validation.emailRequired"))
  .max(254, msg("validation.emailTooLong"))
  .pipe(z.email({ error: msg("validation.emailInvalid") }));

const newPassword = z
  .string({ error: msg("validation.passwordRequired") })
  .min(PASSWORD_MIN_LENGTH, msg("validation.passwordTooShort"))
  .max(PASSWORD_MAX_LENGTH, msg("validation.tooLong"));

/** Adds the strength refusal (zxcvbn score < 3) to the password field; the account's own words count as guessable. */
function strongPassword(password: string, userInputs: string[], ctx: z.RefinementCtx): void {
  if (password.length < PASSWORD_MIN_LENGTH) return; // already refused for its length
  const strength = checkPasswordStrength(password, userInputs);
  if (!strength.ok) {
    ctx.addIssue({ code: "custom", path: ["password"], message: msg("validation.passwordWeak"), params: { reason: strength.warning ?? "none" } });
  }
}

export const signInSchema = z.object({
  email,
  password: z.string({ error: msg("validation.currentPasswordRequired") }).min(1, msg("validation.currentPasswordRequired")).max(PASSWORD_MAX_LENGTH),
  callbackUrl: z.string().max(2000).optional(),
});

export const signUpSchema = z
  .object({
    name: z.string({ error: msg("validation.nameRequired") }).trim().min(1, msg("validation.nameRequired")).max(120, msg("validation.tooLong")),
    email,
    password: newPassword,
    confirmPassword: z.string({ error: msg("validation.confirmPasswordRequired") }).min(1, msg("validation.confirmPasswordRequired")),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: msg("validation.passwordsMismatch"),
  })
  .superRefine((v, ctx) => strongPassword(v.password, [v.name, v.email], ctx));

/** A UTMB runner id, or a profile link whose last segment starts with it; parsed to the id. */
const externalRunnerId = z
  .string({ error: msg("validation.runnerIdRequired") })
  .trim()
  .min(1, msg("validation.runnerIdRequired"))
  .max(500)
  .transform((value, ctx) => {
    const id = parseExternalRunnerId(value);
    if (id === null) {
      ctx.addIssue({ code: "custom", message: msg("validation.runnerIdInvalid") });
      return z.NEVER;
    }
    return id;
  });

export const linkRunnerSchema = z.object({
  externalId: externalRunnerId,
  name: z
    .string({ error: msg("validation.fullNameRequired") })
    .trim()
    .min(1, msg("validation.fullNameRequired"))
    .max(200, msg("validation.tooLong")),
  birthYear: z.coerce
    .number({ error: msg("validation.birthYear") })
    .int(msg("validation.birthYear"))
    .min(1900, msg("validation.birthYear"))
    .max(new Date().getFullYear(), msg("validation.birthYear")),
});

export const adminLinkRunnerSchema = z.object({
  email,
  externalId: externalRunnerId,
  reason: z.string().trim().max(500, msg("validation.tooLong")).optional(),
});

export const forgotPasswordSchema = z.object({ email });

export const resetPasswordSchema = z
  .object({
    token: z.string({ error: msg("validation.resetLinkIncomplete") }).min(1, msg("validation.resetLinkIncomplete")).max(200),
    password: newPassword,
    confirmPassword: z.string({ error: msg("validation.confirmNewPasswordRequired") }).min(1, msg("validation.confirmNewPasswordRequired")),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: msg("validation.passwordsMismatch"),
  })
  .superRefine((v, ctx) => strongPassword(v.password, [], ctx));

export type SignInField = keyof z.input<typeof signInSchema>;
export type SignUpField = keyof z.input<typeof signUpSchema>;
export type LinkRunnerField = keyof z.input<typeof linkRunnerSchema>;
export type AdminLinkRunnerField = keyof z.input<typeof adminLinkRunnerSchema>;
export type ForgotPasswordField = keyof z.input<typeof forgotPasswordSchema>;
export type ResetPasswordField = keyof z.input<typeof resetPasswordSchema>;
