/**
 * Schemas for the account forms, with the messages the forms show. Shared by the server actions and the
 * Credentials provider. The password minimum comes from lib/auth/password.ts, its strength check from
 * lib/auth/password-strength.ts (both server side only).
 */
import { z } from "zod";
import { PASSWORD_MIN_LENGTH } from "@/lib/validations/limits";
import { checkPasswordStrength } from "@/lib/auth/password-strength";
import { parseExternalRunnerId } from "@/lib/domain/runner-identity";

const PASSWORD_MAX_LENGTH = 200;

const email = z
  .string({ error: "Enter your email address" })
  .trim()
  .min(1, "Enter your email address")
  .max(254, "This email address is too long")
  .pipe(z.email({ error: "Enter an email address like name@example.com" }));

const newPassword = z
  .string({ error: "Enter a password" })
  .min(PASSWORD_MIN_LENGTH, `Use at least ${PASSWORD_MIN_LENGTH} characters`)
  .max(PASSWORD_MAX_LENGTH, `Use at most ${PASSWORD_MAX_LENGTH} characters`);

/** Adds the strength refusal (zxcvbn score < 3) to the password field; the account's own words count as guessable. */
function strongPassword(password: string, userInputs: string[], ctx: z.RefinementCtx): void {
  if (password.length < PASSWORD_MIN_LENGTH) return; // already refused for its length
  const strength = checkPasswordStrength(password, userInputs);
  if (!strength.ok) ctx.addIssue({ code: "custom", path: ["password"], message: strength.message });
}

export const signInSchema = z.object({
  email,
  password: z.string({ error: "Enter your password" }).min(1, "Enter your password").max(PASSWORD_MAX_LENGTH),
  callbackUrl: z.string().max(2000).optional(),
});

export const signUpSchema = z
  .object({
    name: z.string({ error: "Enter your name" }).trim().min(1, "Enter your name").max(120, "Use at most 120 characters"),
    email,
    password: newPassword,
    confirmPassword: z.string({ error: "Repeat your password" }).min(1, "Repeat your password"),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords do not match",
  })
  .superRefine((v, ctx) => strongPassword(v.password, [v.name, v.email], ctx));

/** A UTMB runner id, or a profile link whose last segment starts with it; parsed to the id. */
const externalRunnerId = z
  .string({ error: "Enter the UTMB runner id or profile link" })
  .trim()
  .min(1, "Enter the UTMB runner id or profile link")
  .max(500)
  .transform((value, ctx) => {
    const id = parseExternalRunnerId(value);
    if (id === null) {
      ctx.addIssue({
        code: "custom",
        message: "Enter the number of the UTMB runner id, or a profile link such as https://utmb.world/runner/2704.kilian.jornet",
      });
      return z.NEVER;
    }
    return id;
  });

export const linkRunnerSchema = z.object({
  externalId: externalRunnerId,
  name: z
    .string({ error: "Enter your full name as it appears in results" })
    .trim()
    .min(1, "Enter your full name as it appears in results")
    .max(200, "Use at most 200 characters"),
  birthYear: z.coerce
    .number({ error: "Enter your birth year, e.g. 1987" })
    .int("Enter your birth year, e.g. 1987")
    .min(1900, "Enter your birth year, e.g. 1987")
    .max(new Date().getFullYear(), "Enter your birth year, e.g. 1987"),
});

export const adminLinkRunnerSchema = z.object({
  email,
  externalId: externalRunnerId,
  reason: z.string().trim().max(500, "Use at most 500 characters").optional(),
});

export const forgotPasswordSchema = z.object({ email });

export const resetPasswordSchema = z
  .object({
    token: z.string({ error: "This reset link is incomplete" }).min(1, "This reset link is incomplete").max(200),
    password: newPassword,
    confirmPassword: z.string({ error: "Repeat your new password" }).min(1, "Repeat your new password"),
  })
  .refine((v) => v.password === v.confirmPassword, {
    path: ["confirmPassword"],
    message: "The passwords do not match",
  })
  .superRefine((v, ctx) => strongPassword(v.password, [], ctx));

export type SignInField = keyof z.input<typeof signInSchema>;
export type SignUpField = keyof z.input<typeof signUpSchema>;
export type LinkRunnerField = keyof z.input<typeof linkRunnerSchema>;
export type AdminLinkRunnerField = keyof z.input<typeof adminLinkRunnerSchema>;
export type ForgotPasswordField = keyof z.input<typeof forgotPasswordSchema>;
export type ResetPasswordField = keyof z.input<typeof resetPasswordSchema>;
